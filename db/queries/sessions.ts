import type { Database } from 'better-sqlite3';

export interface SessionRow {
  id: number;
  title: string;
  startedAt: number;
  endedAt: number | null;
}

export function createSession(db: Database, title: string, now: number): number {
  return Number(
    db.prepare('INSERT INTO sessions (title, started_at) VALUES (?, ?)').run(title, now).lastInsertRowid,
  );
}

/** The newest session that was never ended (the app stopped mid-show) and began after `since`. */
export function findResumableSession(db: Database, since: number): SessionRow | null {
  const row = db
    .prepare(
      `SELECT id, title, started_at AS startedAt, ended_at AS endedAt FROM sessions
       WHERE ended_at IS NULL AND started_at >= ? ORDER BY id DESC LIMIT 1`,
    )
    .get(since) as SessionRow | undefined;
  return row ?? null;
}

export function endSession(db: Database, id: number, now: number): void {
  db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(now, id);
}

export function getSession(db: Database, id: number): SessionRow | null {
  return (
    (db
      .prepare('SELECT id, title, started_at AS startedAt, ended_at AS endedAt FROM sessions WHERE id = ?')
      .get(id) as SessionRow | undefined) ?? null
  );
}

export function listSessions(db: Database): SessionRow[] {
  return db
    .prepare('SELECT id, title, started_at AS startedAt, ended_at AS endedAt FROM sessions ORDER BY id DESC')
    .all() as SessionRow[];
}
