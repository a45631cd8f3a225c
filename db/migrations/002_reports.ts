import type { Database } from 'better-sqlite3';

/**
 * v2: what the Ops reports need.
 * - Covering indexes so a session review and a period report read only index pages (checked with
 *   EXPLAIN QUERY PLAN in test/reports): questions by session and by asked time with the columns the
 *   cuts use, deadlines by question with every column the metrics read, events by session + action.
 * - staff_decisions: every warning / deduction / award Ops confirmed or dismissed (append-only log;
 *   the newest row per proposal key is its current state).
 * - ratings: viewer satisfaction (满意度) recorded by support at follow-up or tagged from a viewer reply.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX questions_report_session ON questions(session_id, asked_at, channel, qtype, assignee, status, ask_count);
    CREATE INDEX questions_report_asked ON questions(asked_at, session_id, channel, qtype, assignee, status);
    CREATE INDEX deadlines_report ON deadlines(question_id, stage, started_at, due_at, met_at, breached_at,
      cancelled_at, warned_at, met_by);
    CREATE INDEX question_events_session_action ON question_events(session_id, action, question_id);
    CREATE INDEX questions_dup ON questions(session_id, dup_key) WHERE dup_key IS NOT NULL;

    CREATE TABLE staff_decisions (
      id INTEGER PRIMARY KEY,
      proposal_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('warning','deduction','award')),
      staff TEXT NOT NULL,
      period_from INTEGER NOT NULL,
      period_to INTEGER NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('confirmed','dismissed')),
      points INTEGER NOT NULL DEFAULT 0,
      reason TEXT NOT NULL,
      note TEXT,
      decided_by TEXT NOT NULL,
      decided_role TEXT NOT NULL,
      decided_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX staff_decisions_key ON staff_decisions(proposal_key, id);
    CREATE INDEX staff_decisions_at ON staff_decisions(decided_at);

    CREATE TABLE ratings (
      id INTEGER PRIMARY KEY,
      question_id INTEGER NOT NULL REFERENCES questions(id),
      session_id INTEGER NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      source TEXT NOT NULL CHECK (source IN ('followup','viewer_reply')),
      comment TEXT,
      rated_by TEXT NOT NULL,
      rated_role TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX ratings_session ON ratings(session_id, at);
    CREATE INDEX ratings_at ON ratings(at);
    CREATE INDEX ratings_question ON ratings(question_id);
  `);
}
