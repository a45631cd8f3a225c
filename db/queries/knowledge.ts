// Knowledge base (kb_entries) and shift handovers (handovers), migration v3. Plain functions over
// prepared statements; keywords are stored comma-joined (validated not to contain commas).
import type { Database } from 'better-sqlite3';
import type { Handover, KbCategory, KbEntry } from '../../shared/knowledge/types';

const KB_COLS = `id, category, title, body, keywords, created_by AS createdBy, created_at AS createdAt,
  updated_by AS updatedBy, updated_at AS updatedAt, deleted_at AS deletedAt`;

interface KbRow extends Omit<KbEntry, 'keywords'> {
  keywords: string;
}

const toEntry = (r: KbRow): KbEntry => ({ ...r, keywords: r.keywords ? r.keywords.split(',') : [] });

export interface KbWrite {
  category: KbCategory;
  title: string;
  body: string;
  keywords: string[];
}

export function kbCount(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM kb_entries').get() as { n: number }).n;
}

export function insertKbEntry(db: Database, e: KbWrite, by: string, now: number): KbEntry {
  const info = db
    .prepare(
      `INSERT INTO kb_entries (category, title, body, keywords, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(e.category, e.title, e.body, e.keywords.join(','), by, now, by, now);
  return getKbEntry(db, Number(info.lastInsertRowid)) as KbEntry;
}

export function getKbEntry(db: Database, id: number): KbEntry | null {
  const r = db.prepare(`SELECT ${KB_COLS} FROM kb_entries WHERE id = ?`).get(id) as KbRow | undefined;
  return r ? toEntry(r) : null;
}

export function listKbEntries(
  db: Database,
  opts: { category?: KbCategory; includeDeleted?: boolean } = {},
): KbEntry[] {
  const rows = db
    .prepare(
      `SELECT ${KB_COLS} FROM kb_entries
       WHERE (@category IS NULL OR category = @category) AND (@all = 1 OR deleted_at IS NULL)
       ORDER BY CASE category WHEN 'product' THEN 0 WHEN 'platform' THEN 1 WHEN 'after_sales' THEN 2 ELSE 3 END,
         title, id`,
    )
    .all({ category: opts.category ?? null, all: opts.includeDeleted ? 1 : 0 }) as KbRow[];
  return rows.map(toEntry);
}

/** Live entry with the same title in the same category (case-insensitive), other than `exceptId`. */
export function findKbDuplicate(
  db: Database,
  category: KbCategory,
  title: string,
  exceptId?: number,
): KbEntry | null {
  const r = db
    .prepare(
      `SELECT ${KB_COLS} FROM kb_entries
       WHERE deleted_at IS NULL AND category = ? AND lower(title) = lower(?) AND id IS NOT ? LIMIT 1`,
    )
    .get(category, title, exceptId ?? null) as KbRow | undefined;
  return r ? toEntry(r) : null;
}

export function updateKbEntry(db: Database, id: number, e: KbWrite, by: string, now: number): void {
  db.prepare(
    `UPDATE kb_entries SET category = ?, title = ?, body = ?, keywords = ?, updated_by = ?, updated_at = ?
     WHERE id = ?`,
  ).run(e.category, e.title, e.body, e.keywords.join(','), by, now, id);
}

export function setKbDeleted(
  db: Database,
  id: number,
  deletedAt: number | null,
  by: string,
  now: number,
): void {
  db.prepare('UPDATE kb_entries SET deleted_at = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(
    deletedAt,
    by,
    now,
    id,
  );
}

// ---- handovers ------------------------------------------------------------------------------

/** A handover row; `questions` is filled by the service from the questions' current state. */
export type HandoverRow = Omit<Handover, 'questions'>;

const H_COLS = `id, session_id AS sessionId, author, role, note, open_question_ids AS ids, created_at AS createdAt,
  acknowledged_by AS acknowledgedBy, acknowledged_at AS acknowledgedAt`;

type RawHandover = Omit<HandoverRow, 'questionIds'> & { ids: string };

function toHandover(r: RawHandover): HandoverRow {
  const { ids, ...rest } = r;
  let questionIds: number[] = [];
  try {
    const v = JSON.parse(ids) as unknown;
    if (Array.isArray(v)) questionIds = v.filter((x): x is number => Number.isInteger(x));
  } catch {
    questionIds = [];
  }
  return { ...rest, questionIds };
}

export function insertHandover(
  db: Database,
  h: { sessionId: number; author: string; role: string; note: string; questionIds: number[]; at: number },
): number {
  const info = db
    .prepare(
      `INSERT INTO handovers (session_id, author, role, note, open_question_ids, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(h.sessionId, h.author, h.role, h.note, JSON.stringify(h.questionIds), h.at);
  return Number(info.lastInsertRowid);
}

export function getHandover(db: Database, id: number): HandoverRow | null {
  const r = db.prepare(`SELECT ${H_COLS} FROM handovers WHERE id = ?`).get(id) as RawHandover | undefined;
  return r ? toHandover(r) : null;
}

/** Newest first (uses the handovers_at index). */
export function listHandovers(db: Database, limit: number, before?: number): HandoverRow[] {
  const rows = db
    .prepare(`SELECT ${H_COLS} FROM handovers WHERE created_at < ? ORDER BY created_at DESC, id DESC LIMIT ?`)
    .all(before ?? Number.MAX_SAFE_INTEGER, limit) as RawHandover[];
  return rows.map(toHandover);
}

/** Records who acknowledged it; false when someone already had (the first one counts). */
export function ackHandover(db: Database, id: number, by: string, at: number): boolean {
  const info = db
    .prepare(
      'UPDATE handovers SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL',
    )
    .run(by, at, id);
  return info.changes === 1;
}
