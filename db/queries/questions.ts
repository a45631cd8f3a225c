import type { Database } from 'better-sqlite3';
import type { DeskCounts, Question, QuestionEvent } from '../../shared/api';
import type { QuestionStatus, StageRecord } from '../../shared/deadlines/types';

const Q_COLS = `q.id, q.session_id AS sessionId, q.comment_id AS commentId, q.platform, q.channel, q.user_id AS userId,
  q.nickname, q.text, q.qtype AS type, q.complexity, q.angry, q.reasons, q.status, q.assignee,
  q.handoff_note AS handoffNote, q.eta_minutes AS etaMinutes, q.ask_count AS askCount, q.dup_key AS dupKey,
  q.asked_at AS askedAt, q.updated_at AS updatedAt`;

interface QuestionRow extends Omit<Question, 'angry' | 'reasons' | 'stages'> {
  angry: number;
  reasons: string;
  dupKey: string | null;
}

export interface StoredQuestion extends Question {
  dupKey: string | null;
}

export type NewQuestion = Omit<StoredQuestion, 'id' | 'stages'>;

export function insertQuestion(db: Database, q: NewQuestion): number {
  const info = db
    .prepare(
      `INSERT INTO questions (session_id, comment_id, platform, channel, user_id, nickname, text, qtype, complexity,
         angry, reasons, status, assignee, handoff_note, eta_minutes, ask_count, dup_key, asked_at, updated_at)
       VALUES (@sessionId, @commentId, @platform, @channel, @userId, @nickname, @text, @type, @complexity,
         @angry, @reasons, @status, @assignee, @handoffNote, @etaMinutes, @askCount, @dupKey, @askedAt, @updatedAt)`,
    )
    .run({ ...q, angry: q.angry ? 1 : 0, reasons: JSON.stringify(q.reasons) });
  return Number(info.lastInsertRowid);
}

export function updateQuestion(
  db: Database,
  q: Pick<
    StoredQuestion,
    'id' | 'status' | 'assignee' | 'handoffNote' | 'etaMinutes' | 'askCount' | 'updatedAt'
  >,
): void {
  db.prepare(
    `UPDATE questions SET status = @status, assignee = @assignee, handoff_note = @handoffNote,
       eta_minutes = @etaMinutes, ask_count = @askCount, updated_at = @updatedAt WHERE id = @id`,
  ).run(q);
}

/** Compare-and-set on status + assignee: the atomic claim. Returns false when someone got there first. */
export function casQuestion(
  db: Database,
  id: number,
  expect: { status: QuestionStatus; assignee: string | null },
  next: { status: QuestionStatus; assignee: string | null; updatedAt: number },
): boolean {
  const info = db
    .prepare(
      `UPDATE questions SET status = ?, assignee = ?, updated_at = ?
       WHERE id = ? AND status = ? AND assignee IS ?`,
    )
    .run(next.status, next.assignee, next.updatedAt, id, expect.status, expect.assignee);
  return info.changes === 1;
}

export function saveStages(db: Database, questionId: number, stages: StageRecord[]): void {
  const st = db.prepare(
    `INSERT INTO deadlines (question_id, stage, seq, started_at, due_at, warn_at, warned_at, met_at, breached_at,
       met_by, cancelled_at, policy_version)
     VALUES (@questionId, @stage, @seq, @startedAt, @dueAt, @warnAt, @warnedAt, @metAt, @breachedAt, @metBy,
       @cancelledAt, @policyVersion)
     ON CONFLICT (question_id, stage, seq) DO UPDATE SET warned_at = excluded.warned_at, met_at = excluded.met_at,
       breached_at = excluded.breached_at, met_by = excluded.met_by, cancelled_at = excluded.cancelled_at,
       due_at = excluded.due_at, warn_at = excluded.warn_at`,
  );
  for (const s of stages) st.run({ questionId, ...s });
}

interface StageRow extends StageRecord {
  questionId: number;
}

function loadStages(db: Database, ids: number[]): Map<number, StageRecord[]> {
  const out = new Map<number, StageRecord[]>();
  if (ids.length === 0) return out;
  const st = db.prepare(
    `SELECT question_id AS questionId, stage, seq, started_at AS startedAt, due_at AS dueAt, warn_at AS warnAt,
       warned_at AS warnedAt, met_at AS metAt, breached_at AS breachedAt, met_by AS metBy,
       cancelled_at AS cancelledAt, policy_version AS policyVersion
     FROM deadlines WHERE question_id = ? ORDER BY started_at, id`,
  );
  for (const id of ids) {
    const rows = st.all(id) as StageRow[];
    out.set(
      id,
      rows.map(({ questionId: _q, ...s }) => s),
    );
  }
  return out;
}

function hydrate(db: Database, rows: QuestionRow[]): StoredQuestion[] {
  const stages = loadStages(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    angry: r.angry === 1,
    reasons: JSON.parse(r.reasons) as string[],
    stages: stages.get(r.id) ?? [],
  }));
}

export function getQuestion(db: Database, id: number): StoredQuestion | null {
  const row = db.prepare(`SELECT ${Q_COLS} FROM questions q WHERE q.id = ?`).get(id) as
    QuestionRow | undefined;
  return row ? hydrate(db, [row])[0] : null;
}

export function listQuestions(
  db: Database,
  sessionId: number,
  statuses: readonly QuestionStatus[] | undefined,
  limit: number,
): StoredQuestion[] {
  const rows = (
    statuses && statuses.length
      ? db
          .prepare(
            `SELECT ${Q_COLS} FROM questions q WHERE q.session_id = ? AND q.status IN (SELECT value FROM json_each(?))
             ORDER BY q.id DESC LIMIT ?`,
          )
          .all(sessionId, JSON.stringify(statuses), limit)
      : db
          .prepare(`SELECT ${Q_COLS} FROM questions q WHERE q.session_id = ? ORDER BY q.id DESC LIMIT ?`)
          .all(sessionId, limit)
  ) as QuestionRow[];
  return hydrate(db, rows);
}

/** Questions that still have a running deadline (for the engine after a restart). */
export function loadActiveQuestions(db: Database, sessionId: number): StoredQuestion[] {
  const rows = db
    .prepare(
      `SELECT ${Q_COLS} FROM questions q WHERE q.session_id = ? AND (q.status IN ('open', 'handed_off', 'claimed', 'contacted', 'escalated', 'resolved')
         OR EXISTS (SELECT 1 FROM deadlines d WHERE d.question_id = q.id AND d.met_at IS NULL AND d.cancelled_at IS NULL))
       ORDER BY q.id`,
    )
    .all(sessionId) as QuestionRow[];
  return hydrate(db, rows);
}

export function logEvent(db: Database, ev: Omit<QuestionEvent, 'id'> & { sessionId: number }): void {
  db.prepare(
    `INSERT INTO question_events (question_id, session_id, action, actor, role, at, detail)
     VALUES (@questionId, @sessionId, @action, @actor, @role, @at, @detail)`,
  ).run(ev);
}

export function questionHistory(db: Database, questionId: number): QuestionEvent[] {
  return db
    .prepare(
      `SELECT id, question_id AS questionId, action, actor, role, at, detail FROM question_events
       WHERE question_id = ? ORDER BY at, id`,
    )
    .all(questionId) as QuestionEvent[];
}

export function touchStaff(db: Database, name: string, role: string, now: number): void {
  db.prepare(
    `INSERT INTO staff (name, role, first_seen, last_seen) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET role = excluded.role, last_seen = excluded.last_seen`,
  ).run(name, role, now, now);
}

/** The Ops pane's live counts for one session, straight from the log. */
export function sessionCounts(db: Database, sessionId: number): DeskCounts {
  const c = db.prepare('SELECT COUNT(*) AS n FROM comments WHERE session_id = ?').get(sessionId) as {
    n: number;
  };
  const q = db
    .prepare(
      `SELECT COUNT(*) AS questions,
         SUM(status = 'open') AS open,
         SUM(status = 'answered') AS answered,
         SUM(status IN ('handed_off','claimed','contacted','escalated')) AS handedOff,
         SUM(status IN ('resolved','closed')) AS resolved,
         SUM(status = 'dismissed') AS dismissed
       FROM questions WHERE session_id = ?`,
    )
    .get(sessionId) as Record<string, number | null>;
  const d = db
    .prepare(
      `SELECT SUM(d.met_at IS NOT NULL AND d.breached_at IS NULL) AS met,
         SUM(d.breached_at IS NOT NULL) AS breached,
         SUM(d.met_at IS NULL AND d.breached_at IS NULL AND d.cancelled_at IS NULL) AS open,
         SUM(d.warned_at IS NOT NULL) AS warned
       FROM deadlines d JOIN questions q ON q.id = d.question_id WHERE q.session_id = ?`,
    )
    .get(sessionId) as Record<string, number | null>;
  return {
    comments: c.n,
    questions: q.questions ?? 0,
    open: q.open ?? 0,
    answered: q.answered ?? 0,
    handedOff: q.handedOff ?? 0,
    resolved: q.resolved ?? 0,
    dismissed: q.dismissed ?? 0,
    deadlinesMet: d.met ?? 0,
    deadlinesBreached: d.breached ?? 0,
    deadlinesOpen: d.open ?? 0,
    warnings: d.warned ?? 0,
  };
}
