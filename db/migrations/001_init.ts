import type { Database } from 'better-sqlite3';

/** v1: sessions, comments, questions, per-stage deadlines, the action log, staff, settings. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      started_at INTEGER NOT NULL,
      ended_at INTEGER
    ) STRICT;

    CREATE TABLE comments (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id),
      platform TEXT NOT NULL,
      msg_id TEXT NOT NULL,
      room_id TEXT NOT NULL,
      user_id TEXT NOT NULL,
      nickname TEXT NOT NULL,
      text TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('live','dm','chat')),
      kind TEXT NOT NULL,
      platform_ts INTEGER,
      ts INTEGER NOT NULL,
      is_question INTEGER NOT NULL DEFAULT 0,
      qtype TEXT,
      moderation TEXT NOT NULL DEFAULT 'ok',
      angry INTEGER NOT NULL DEFAULT 0,
      reasons TEXT NOT NULL DEFAULT '[]',
      question_id INTEGER,
      UNIQUE (platform, msg_id)
    ) STRICT;
    CREATE INDEX comments_session_ts ON comments(session_id, ts);

    CREATE TABLE questions (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id),
      comment_id INTEGER NOT NULL REFERENCES comments(id),
      platform TEXT NOT NULL,
      channel TEXT NOT NULL,
      user_id TEXT NOT NULL,
      nickname TEXT NOT NULL,
      text TEXT NOT NULL,
      qtype TEXT NOT NULL,
      complexity TEXT NOT NULL CHECK (complexity IN ('simple','complex')),
      angry INTEGER NOT NULL DEFAULT 0,
      reasons TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL,
      assignee TEXT,
      handoff_note TEXT,
      eta_minutes INTEGER,
      ask_count INTEGER NOT NULL DEFAULT 1,
      dup_key TEXT,
      asked_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX questions_session_status ON questions(session_id, status);
    CREATE INDEX questions_asked ON questions(asked_at);

    CREATE TABLE deadlines (
      id INTEGER PRIMARY KEY,
      question_id INTEGER NOT NULL REFERENCES questions(id),
      stage TEXT NOT NULL,
      seq INTEGER NOT NULL DEFAULT 1,
      started_at INTEGER NOT NULL,
      due_at INTEGER NOT NULL,
      warn_at INTEGER NOT NULL,
      warned_at INTEGER,
      met_at INTEGER,
      breached_at INTEGER,
      met_by TEXT,
      cancelled_at INTEGER,
      policy_version INTEGER NOT NULL,
      UNIQUE (question_id, stage, seq)
    ) STRICT;
    CREATE INDEX deadlines_open ON deadlines(due_at) WHERE met_at IS NULL AND cancelled_at IS NULL;

    CREATE TABLE question_events (
      id INTEGER PRIMARY KEY,
      question_id INTEGER NOT NULL REFERENCES questions(id),
      session_id INTEGER NOT NULL,
      action TEXT NOT NULL,
      actor TEXT NOT NULL,
      role TEXT NOT NULL,
      at INTEGER NOT NULL,
      detail TEXT
    ) STRICT;
    CREATE INDEX question_events_q ON question_events(question_id, at);
    CREATE INDEX question_events_actor ON question_events(actor, at);

    CREATE TABLE staff (
      name TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      first_seen INTEGER NOT NULL,
      last_seen INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE policies (
      version INTEGER PRIMARY KEY,
      body TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE source_rejects (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL,
      source TEXT NOT NULL,
      reason TEXT NOT NULL,
      sample TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
  `);
}
