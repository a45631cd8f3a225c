import type { Database } from 'better-sqlite3';

/**
 * v3: the desk tools of the SPEC that the first issues did not cover.
 * - kb_entries: the team's searchable knowledge base (产品知识 / 平台规则 / 售后政策 / 常见问题). Soft
 *   delete (deleted_at) so a reply that quoted an entry can still be traced. Small (hundreds of rows):
 *   searched with LIKE over title / body / keywords, which also works for 2-character Chinese queries
 *   (an FTS5 trigram index needs 3).
 * - handovers: shift handover notes (交接); each carries the ids of the questions still open when it was
 *   written, so the next shift sees exactly what it inherits, and who acknowledged it.
 * - viewer_tags: tags on a viewer (潜在客户 / 投诉用户 / 老客户 or the team's own), across sessions.
 * - moderation_actions: every hide / unhide / mute / unmute / flag by a co-host (append-only log);
 *   comments.hidden_at is the current state of a hidden comment, viewer_mutes the current mutes.
 * - Indexes for a viewer's history across sessions (comments and questions by platform + user).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE kb_entries (
      id INTEGER PRIMARY KEY,
      category TEXT NOT NULL CHECK (category IN ('product','platform','after_sales','faq')),
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      keywords TEXT NOT NULL DEFAULT '',
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      deleted_at INTEGER
    ) STRICT;
    CREATE INDEX kb_entries_live ON kb_entries(category, updated_at) WHERE deleted_at IS NULL;

    CREATE TABLE handovers (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id),
      author TEXT NOT NULL,
      role TEXT NOT NULL,
      note TEXT NOT NULL,
      open_question_ids TEXT NOT NULL DEFAULT '[]',
      created_at INTEGER NOT NULL,
      acknowledged_by TEXT,
      acknowledged_at INTEGER
    ) STRICT;
    CREATE INDEX handovers_at ON handovers(created_at);

    CREATE TABLE viewer_tags (
      platform TEXT NOT NULL,
      user_id TEXT NOT NULL,
      tag TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (platform, user_id, tag)
    ) STRICT;

    ALTER TABLE comments ADD COLUMN hidden_at INTEGER;
    CREATE TABLE viewer_mutes (
      platform TEXT NOT NULL,
      user_id TEXT NOT NULL,
      session_id INTEGER NOT NULL REFERENCES sessions(id),
      until_at INTEGER,
      muted_by TEXT NOT NULL,
      muted_at INTEGER NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (platform, user_id, session_id)
    ) STRICT;
    CREATE TABLE moderation_actions (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id),
      action TEXT NOT NULL CHECK (action IN ('hide','unhide','mute','unmute','flag')),
      comment_id INTEGER REFERENCES comments(id),
      platform TEXT NOT NULL,
      user_id TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      actor TEXT NOT NULL,
      role TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX moderation_actions_session ON moderation_actions(session_id, at);

    CREATE INDEX comments_viewer ON comments(platform, user_id, ts);
    CREATE INDEX questions_viewer ON questions(platform, user_id, asked_at);
  `);
}
