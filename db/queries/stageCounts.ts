import type { Database } from 'better-sqlite3';

export interface StageCount {
  stage: string;
  total: number;
  met: number;
  breached: number;
  open: number;
  cancelled: number;
  warned: number;
}

/** Met / breached / open per deadline stage (D1–D7, C1–C3), for one session or all. */
export function stageCounts(db: Database, sessionId?: number): StageCount[] {
  const where = sessionId === undefined ? '' : 'WHERE q.session_id = ?';
  const rows = db
    .prepare(
      `SELECT d.stage AS stage, COUNT(*) AS total,
         SUM(d.met_at IS NOT NULL AND d.breached_at IS NULL) AS met,
         SUM(d.breached_at IS NOT NULL) AS breached,
         SUM(d.met_at IS NULL AND d.breached_at IS NULL AND d.cancelled_at IS NULL) AS open,
         SUM(d.cancelled_at IS NOT NULL AND d.breached_at IS NULL AND d.met_at IS NULL) AS cancelled,
         SUM(d.warned_at IS NOT NULL) AS warned
       FROM deadlines d JOIN questions q ON q.id = d.question_id ${where}
       GROUP BY d.stage ORDER BY d.stage`,
    )
    .all(...(sessionId === undefined ? [] : [sessionId])) as StageCount[];
  return rows;
}
