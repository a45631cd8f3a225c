// Viewer tags, mutes, hidden comments, the moderation log and a viewer's history across shows.
// History and counts read through the comments_viewer (platform, user_id, ts) and questions_viewer
// (platform, user_id, asked_at) indexes of migration v3.
import type { Database } from 'better-sqlite3';
import type { Classification, Comment } from '../../shared/model';
import type { FlagRecord, ModeratedComment, ModerationAction, ViewerTag } from '../../shared/apiViewers';
import type {
  HistoryCursor,
  HistoryItem,
  HistoryQuestion,
  QuestionCountRow,
} from '../../shared/viewers/history';
import type { ViewerMute } from '../../shared/viewers/mute';
import type { QuestionStatus } from '../../shared/deadlines/types';
import { rowToDeskComment } from './comments';

export interface ViewerRef {
  platform: string;
  userId: string;
}

// ---- comments ----------------------------------------------------------------------------------

const COMMENT_COLS = `c.id, c.platform, c.msg_id AS msgId, c.room_id AS roomId, c.user_id AS userId, c.nickname,
  c.text, c.channel, c.kind, c.platform_ts AS platformTs, c.ts, c.is_question AS isQuestion, c.qtype,
  c.moderation, c.angry, c.reasons, c.question_id AS questionId, c.session_id AS sessionId,
  c.hidden_at AS hiddenAt`;

type CommentRowWithState = Parameters<typeof rowToDeskComment>[0] & {
  sessionId: number;
  hiddenAt: number | null;
};

function toModerated(r: CommentRowWithState): ModeratedComment & { sessionId: number } {
  return { ...rowToDeskComment(r), hiddenAt: r.hiddenAt, sessionId: r.sessionId };
}

export function getModeratedComment(
  db: Database,
  commentId: number,
): (ModeratedComment & { sessionId: number }) | null {
  const r = db.prepare(`SELECT ${COMMENT_COLS} FROM comments c WHERE c.id = ?`).get(commentId) as
    CommentRowWithState | undefined;
  return r ? toModerated(r) : null;
}

/** Set or clear hidden_at; returns false when the comment does not exist. */
export function setCommentHidden(db: Database, commentId: number, hiddenAt: number | null): boolean {
  return db.prepare('UPDATE comments SET hidden_at = ? WHERE id = ?').run(hiddenAt, commentId).changes === 1;
}

/** This show's hidden comments, newest first. */
export function hiddenComments(db: Database, sessionId: number, limit: number): ModeratedComment[] {
  const rows = db
    .prepare(
      `SELECT ${COMMENT_COLS} FROM comments c
       WHERE c.session_id = ? AND c.hidden_at IS NOT NULL ORDER BY c.id DESC LIMIT ?`,
    )
    .all(sessionId, limit) as CommentRowWithState[];
  return rows.map((r) => {
    const { sessionId: _s, ...rest } = toModerated(r);
    return rest;
  });
}

export function hiddenCount(db: Database, sessionId: number): number {
  return (
    db
      .prepare('SELECT COUNT(*) AS n FROM comments WHERE session_id = ? AND hidden_at IS NOT NULL')
      .get(sessionId) as { n: number }
  ).n;
}

export function viewerExists(db: Database, v: ViewerRef): boolean {
  return (
    db
      .prepare('SELECT 1 FROM comments WHERE platform = ? AND user_id = ? LIMIT 1')
      .get(v.platform, v.userId) !== undefined
  );
}

// ---- tags --------------------------------------------------------------------------------------

export function viewerTags(db: Database, v: ViewerRef): ViewerTag[] {
  return db
    .prepare(
      `SELECT tag, created_by AS createdBy, created_at AS createdAt FROM viewer_tags
       WHERE platform = ? AND user_id = ? ORDER BY created_at, tag`,
    )
    .all(v.platform, v.userId) as ViewerTag[];
}

export function addViewerTag(db: Database, v: ViewerRef, tag: string, by: string, at: number): boolean {
  return (
    db
      .prepare(
        `INSERT INTO viewer_tags (platform, user_id, tag, created_by, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(v.platform, v.userId, tag, by, at).changes === 1
  );
}

export function removeViewerTag(db: Database, v: ViewerRef, tag: string): boolean {
  return (
    db
      .prepare('DELETE FROM viewer_tags WHERE platform = ? AND user_id = ? AND tag = ?')
      .run(v.platform, v.userId, tag).changes === 1
  );
}

export function allViewerTags(
  db: Database,
  limit: number,
): { platform: string; userId: string; tag: string; createdBy: string; createdAt: number }[] {
  return db
    .prepare(
      `SELECT platform, user_id AS userId, tag, created_by AS createdBy, created_at AS createdAt
       FROM viewer_tags ORDER BY platform, user_id, created_at, tag LIMIT ?`,
    )
    .all(limit) as { platform: string; userId: string; tag: string; createdBy: string; createdAt: number }[];
}

export function tagUsage(db: Database): { tag: string; n: number }[] {
  return db.prepare('SELECT tag, COUNT(*) AS n FROM viewer_tags GROUP BY tag').all() as {
    tag: string;
    n: number;
  }[];
}

// ---- mutes -------------------------------------------------------------------------------------

const MUTE_COLS = `m.platform, m.user_id AS userId, m.session_id AS sessionId, m.until_at AS untilAt,
  m.muted_by AS mutedBy, m.muted_at AS mutedAt, m.reason`;

/** Comments of the viewer in this show hidden since the mute began. */
const SUPPRESSED = `(SELECT COUNT(*) FROM comments c WHERE c.platform = m.platform AND c.user_id = m.user_id
  AND c.ts >= m.muted_at AND c.session_id = m.session_id AND c.hidden_at IS NOT NULL) AS suppressed`;

export function upsertMute(db: Database, m: Omit<ViewerMute, 'suppressed'>): void {
  db.prepare(
    `INSERT INTO viewer_mutes (platform, user_id, session_id, until_at, muted_by, muted_at, reason)
     VALUES (@platform, @userId, @sessionId, @untilAt, @mutedBy, @mutedAt, @reason)
     ON CONFLICT (platform, user_id, session_id) DO UPDATE SET until_at = excluded.until_at,
       muted_by = excluded.muted_by, muted_at = excluded.muted_at, reason = excluded.reason`,
  ).run(m);
}

export function deleteMute(db: Database, sessionId: number, v: ViewerRef): boolean {
  return (
    db
      .prepare('DELETE FROM viewer_mutes WHERE platform = ? AND user_id = ? AND session_id = ?')
      .run(v.platform, v.userId, sessionId).changes === 1
  );
}

export function getMute(db: Database, sessionId: number, v: ViewerRef): ViewerMute | null {
  return (
    (db
      .prepare(
        `SELECT ${MUTE_COLS}, ${SUPPRESSED} FROM viewer_mutes m
         WHERE m.platform = ? AND m.user_id = ? AND m.session_id = ?`,
      )
      .get(v.platform, v.userId, sessionId) as ViewerMute | undefined) ?? null
  );
}

/** Mutes of this show still running at `now`. */
export function activeMutes(db: Database, sessionId: number, now: number): ViewerMute[] {
  return db
    .prepare(
      `SELECT ${MUTE_COLS}, ${SUPPRESSED} FROM viewer_mutes m
       WHERE m.session_id = ? AND (m.until_at IS NULL OR m.until_at > ?) ORDER BY m.muted_at DESC`,
    )
    .all(sessionId, now) as ViewerMute[];
}

// ---- moderation log ----------------------------------------------------------------------------

export function logModeration(db: Database, a: Omit<ModerationAction, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO moderation_actions (session_id, action, comment_id, platform, user_id, reason, actor, role, at)
       VALUES (@sessionId, @action, @commentId, @platform, @userId, @reason, @actor, @role, @at)`,
    )
    .run(a);
  return Number(info.lastInsertRowid);
}

export function moderationLog(db: Database, sessionId: number, limit: number): ModerationAction[] {
  return db
    .prepare(
      `SELECT id, session_id AS sessionId, action, comment_id AS commentId, platform, user_id AS userId, reason,
         actor, role, at
       FROM moderation_actions WHERE session_id = ? ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(sessionId, limit) as ModerationAction[];
}

export function flagsOfSession(db: Database, sessionId: number, limit: number): FlagRecord[] {
  return db
    .prepare(
      `SELECT a.id AS actionId, a.comment_id AS commentId, a.platform, a.user_id AS userId, c.nickname, c.text,
         a.reason, a.actor, a.role, a.at
       FROM moderation_actions a JOIN comments c ON c.id = a.comment_id
       WHERE a.session_id = ? AND a.action = 'flag' ORDER BY a.at DESC, a.id DESC LIMIT ?`,
    )
    .all(sessionId, limit) as FlagRecord[];
}

/** The history reads (exported for the EXPLAIN QUERY PLAN test: they must stay on the viewer indexes). */
export const VIEWER_SQL = {
  historyPage: `SELECT c.id AS commentId, c.session_id AS sessionId, s.title AS sessionTitle, c.ts, c.nickname,
      c.text, c.channel, c.kind, c.moderation, c.angry, c.hidden_at AS hiddenAt, c.question_id AS questionId
    FROM comments c JOIN sessions s ON s.id = c.session_id
    WHERE c.platform = @platform AND c.user_id = @userId AND c.kind = 'chat'
      AND (c.ts < @ts OR (c.ts = @ts AND c.id < @id))
    ORDER BY c.ts DESC, c.id DESC LIMIT @limit`,
  commentCounts: `SELECT COUNT(*) AS comments, COUNT(DISTINCT session_id) AS sessions,
      COALESCE(SUM(hidden_at IS NOT NULL), 0) AS hidden, COALESCE(SUM(angry), 0) AS angry,
      MIN(ts) AS firstSeen, MAX(ts) AS lastSeen
    FROM comments WHERE platform = ? AND user_id = ? AND kind = 'chat'`,
  questionCounts: `SELECT status, qtype AS type, COUNT(*) AS n FROM questions
    WHERE platform = ? AND user_id = ? GROUP BY status, qtype`,
} as const;

// ---- history -----------------------------------------------------------------------------------

interface HistoryRow {
  commentId: number;
  sessionId: number;
  sessionTitle: string;
  ts: number;
  nickname: string;
  text: string;
  channel: Comment['channel'];
  kind: Comment['kind'];
  moderation: Classification['moderation'];
  angry: number;
  hiddenAt: number | null;
  questionId: number | null;
}

/** The viewer's chat comments across shows, newest first, after `cursor`. */
export function viewerHistoryPage(
  db: Database,
  v: ViewerRef,
  cursor: HistoryCursor | null,
  limit: number,
): HistoryItem[] {
  const rows = db.prepare(VIEWER_SQL.historyPage).all({
    platform: v.platform,
    userId: v.userId,
    ts: cursor?.ts ?? Number.MAX_SAFE_INTEGER,
    id: cursor?.id ?? Number.MAX_SAFE_INTEGER,
    limit,
  }) as HistoryRow[];
  const q = db.prepare(
    `SELECT id, status, qtype AS type, assignee, ask_count AS askCount, platform, user_id AS userId
     FROM questions WHERE id = ?`,
  );
  const answered = db.prepare(
    `SELECT actor, role, action, at FROM question_events
     WHERE question_id = ? AND action IN ('answer', 'resolve', 'supervisor_reply')
     ORDER BY at DESC, id DESC LIMIT 1`,
  );
  return rows.map((r) => {
    let question: HistoryQuestion | null = null;
    if (r.questionId != null) {
      const row = q.get(r.questionId) as
        | {
            id: number;
            status: QuestionStatus;
            type: HistoryQuestion['type'];
            assignee: string | null;
            askCount: number;
            platform: string;
            userId: string;
          }
        | undefined;
      if (row) {
        const by = answered.get(row.id) as HistoryQuestion['answeredBy'] | undefined;
        question = {
          id: row.id,
          status: row.status,
          type: row.type,
          assignee: row.assignee,
          askCount: row.askCount,
          merged: row.platform !== v.platform || row.userId !== v.userId,
          answeredBy: by ?? null,
        };
      }
    }
    return {
      commentId: r.commentId,
      sessionId: r.sessionId,
      sessionTitle: r.sessionTitle,
      ts: r.ts,
      nickname: r.nickname,
      text: r.text,
      channel: r.channel,
      kind: r.kind,
      moderation: r.moderation,
      angry: r.angry === 1,
      hiddenAt: r.hiddenAt,
      question,
    };
  });
}

export interface CommentCounts {
  comments: number;
  sessions: number;
  hidden: number;
  angry: number;
  firstSeen: number | null;
  lastSeen: number | null;
  nickname: string | null;
}

export function viewerCommentCounts(db: Database, v: ViewerRef): CommentCounts {
  const agg = db.prepare(VIEWER_SQL.commentCounts).get(v.platform, v.userId) as Omit<
    CommentCounts,
    'nickname'
  >;
  const last = db
    .prepare('SELECT nickname FROM comments WHERE platform = ? AND user_id = ? ORDER BY ts DESC LIMIT 1')
    .get(v.platform, v.userId) as { nickname: string } | undefined;
  return { ...agg, nickname: last?.nickname ?? null };
}

export function viewerQuestionCounts(db: Database, v: ViewerRef): QuestionCountRow[] {
  return db.prepare(VIEWER_SQL.questionCounts).all(v.platform, v.userId) as QuestionCountRow[];
}
