import type { Database, Statement } from 'better-sqlite3';
import type { Classification, Comment, DeskComment } from '../../shared/model';

export interface CommentInsert {
  comment: Comment;
  classification: Classification;
}

const cache = new WeakMap<Database, { insert: Statement; link: Statement }>();
function stmts(db: Database) {
  let s = cache.get(db);
  if (!s) {
    s = {
      insert: db.prepare(
        `INSERT INTO comments (session_id, platform, msg_id, room_id, user_id, nickname, text, channel, kind,
           platform_ts, ts, is_question, qtype, moderation, angry, reasons)
         VALUES (@sessionId, @platform, @msgId, @roomId, @userId, @nickname, @text, @channel, @kind,
           @platformTs, @ts, @isQuestion, @qtype, @moderation, @angry, @reasons)
         ON CONFLICT (platform, msg_id) DO NOTHING`,
      ),
      link: db.prepare('UPDATE comments SET question_id = ? WHERE id = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

/**
 * Insert one comment; returns its row id, or null when (platform, msgId) is already stored
 * (a duplicate delivered again, e.g. after a reconnect). Call inside a transaction for batches.
 */
export function insertComment(db: Database, sessionId: number, item: CommentInsert): number | null {
  const { comment: c, classification: k } = item;
  const info = stmts(db).insert.run({
    sessionId,
    platform: c.platform,
    msgId: c.msgId,
    roomId: c.roomId,
    userId: c.userId,
    nickname: c.nickname,
    text: c.text,
    channel: c.channel,
    kind: c.kind,
    platformTs: c.platformTs,
    ts: c.ts,
    isQuestion: k.isQuestion ? 1 : 0,
    qtype: k.isQuestion ? k.type : null,
    moderation: k.moderation,
    angry: k.angry ? 1 : 0,
    reasons: JSON.stringify(k.reasons),
  });
  return info.changes === 0 ? null : Number(info.lastInsertRowid);
}

export function linkCommentToQuestion(db: Database, commentId: number, questionId: number): void {
  stmts(db).link.run(questionId, commentId);
}

interface CommentRow {
  id: number;
  platform: string;
  msgId: string;
  roomId: string;
  userId: string;
  nickname: string;
  text: string;
  channel: Comment['channel'];
  kind: Comment['kind'];
  platformTs: number | null;
  ts: number;
  isQuestion: number;
  qtype: string | null;
  moderation: Classification['moderation'];
  angry: number;
  reasons: string;
  questionId: number | null;
}

export function rowToDeskComment(
  r: CommentRow,
  complexity: Classification['complexity'] = 'simple',
): DeskComment {
  return {
    id: r.id,
    platform: r.platform,
    msgId: r.msgId,
    roomId: r.roomId,
    userId: r.userId,
    nickname: r.nickname,
    text: r.text,
    channel: r.channel,
    kind: r.kind,
    platformTs: r.platformTs,
    ts: r.ts,
    questionId: r.questionId,
    classification: {
      isQuestion: r.isQuestion === 1,
      type: (r.qtype ?? 'other') as Classification['type'],
      complexity,
      moderation: r.moderation,
      angry: r.angry === 1,
      reasons: JSON.parse(r.reasons) as string[],
    },
  };
}

export function recentComments(db: Database, sessionId: number, limit: number): DeskComment[] {
  const rows = db
    .prepare(
      `SELECT id, platform, msg_id AS msgId, room_id AS roomId, user_id AS userId, nickname, text, channel, kind,
         platform_ts AS platformTs, ts, is_question AS isQuestion, qtype, moderation, angry, reasons,
         question_id AS questionId
       FROM comments WHERE session_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(sessionId, limit) as CommentRow[];
  return rows.reverse().map((r) => rowToDeskComment(r));
}

export function logRejects(
  db: Database,
  sessionId: number,
  source: string,
  rejects: { reason: string; sample: string }[],
  at: number,
): void {
  const st = db.prepare(
    'INSERT INTO source_rejects (session_id, source, reason, sample, at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of rejects) st.run(sessionId, source, r.reason, r.sample.slice(0, 200), at);
}
