/**
 * LiveDesk JSON stream format (v1) — what the built-in simulator emits and what any bridge can send.
 *
 * One JSON object per WebSocket text frame (UTF-8; binary frames holding UTF-8 JSON are accepted too):
 *
 *   {"v":1,"type":"comment","platform":"douyin","msgId":"a1b2","roomId":"room-1",
 *    "user":{"id":"u42","nickname":"小鹿"},"text":"M码还有吗","channel":"live","kind":"chat","ts":1732350000000}
 *   {"v":1,"type":"batch","items":[{...comment...}, ...]}   up to 1000 comments; a bad item refuses only itself
 *   {"v":1,"type":"end","roomId":"room-1"}                  the room ended
 *   {"v":1,"type":"ping"}                                   keep-alive, ignored
 *
 * Comment fields:
 *   v         1 (optional; any other value is refused as 'unsupported-version')
 *   platform  source platform, default "livedesk"
 *   msgId     the platform's message id (string or number); de-duplication is on (platform, msgId).
 *             Optional when `ts` is given: a stable key is then derived from platform, room, user,
 *             text and ts (see stableKey.ts). Without both, the comment is refused.
 *   roomId    default: the room the connection was opened for, else ""
 *   user      {"id": string|number (required), "nickname": string (default: the id)}
 *   text      what the viewer wrote (required and non-empty for kind "chat")
 *   channel   "live" (default) | "dm" (private message) | "chat" (support chat window)
 *   kind      "chat" (default; viewer words) | "gift" | "like" | "member" | "follow" | "share" |
 *             "stats" | "fanclub" | "end" | "other" (room events: stored, never treated as questions)
 *   ts        platform time in epoch milliseconds (optional)
 *
 * Limits: frames over 1,000,000 characters are refused unread; nicknames are cut to 64 characters,
 * text to 1000; control characters are removed. Text is kept as plain text (HTML is never interpreted).
 */
import { z } from 'zod';
import type { Comment } from '../model';
import { stableKey } from './stableKey';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import {
  CHANNEL_VALUES,
  KIND_VALUES,
  guardedParse,
  idOf,
  isRecord,
  note,
  own,
  parseJson,
  pushComment,
  reject,
  zodReason,
  epochMs,
} from './frameKit';

export const LIVEDESK_MAX_BATCH = 1000;

const idLike = z.union([z.string().max(4096), z.number()]);

const commentSchema = z.object({
  v: z.literal(1).optional(),
  type: z.literal('comment').optional(),
  platform: z.string().max(4096).optional(),
  msgId: idLike.optional(),
  roomId: idLike.optional(),
  user: z.object({ id: idLike, nickname: z.string().max(100_000).optional() }),
  text: z.string().optional(),
  channel: z.enum(CHANNEL_VALUES).optional(),
  kind: z.enum(KIND_VALUES).optional(),
  ts: z.number().nullable().optional(),
});

function sampleJson(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 240) ?? '';
  } catch {
    return '';
  }
}

function parseComment(item: unknown, ctx: AdapterContext, out: AdapterOutput, raw: string): void {
  const r = commentSchema.safeParse(item);
  if (!r.success) return reject(out, zodReason('invalid-comment', r.error), raw);
  const d = r.data;
  const platform = d.platform?.trim() || 'livedesk';
  const roomId = (d.roomId !== undefined ? idOf(d.roomId) : null) ?? ctx.roomId ?? '';
  const userId = idOf(d.user.id);
  if (userId === null) return reject(out, 'invalid-comment: user.id: empty', raw);
  const text = d.text ?? '';
  const platformTs = d.ts === null || d.ts === undefined ? null : epochMs(d.ts, 'ms');
  let msgId = d.msgId !== undefined ? idOf(d.msgId) : null;
  if (msgId === null) {
    if (platformTs === null) return reject(out, 'missing-msgId', raw);
    msgId = stableKey(platform, roomId, userId, text, platformTs);
  }
  pushComment(
    out,
    {
      platform,
      msgId,
      roomId,
      userId,
      nickname: d.user.nickname?.trim() || userId,
      text,
      channel: d.channel ?? 'live',
      kind: d.kind ?? 'chat',
      platformTs,
    },
    ctx,
    raw,
  );
}

function parseLiveDesk(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  const msg = j.value;
  if (!isRecord(msg)) return reject(out, 'not-an-object', text);
  const v = own(msg, 'v');
  if (v !== undefined && v !== 1) return reject(out, 'unsupported-version', text);
  const type = own(msg, 'type');
  switch (type) {
    case 'comment':
      return parseComment(msg, ctx, out, text);
    case 'batch': {
      const items = own(msg, 'items');
      if (!Array.isArray(items)) return reject(out, 'invalid-batch: items: expected array', text);
      if (items.length > LIVEDESK_MAX_BATCH) return reject(out, 'batch-too-large', text);
      if (items.length === 0) return note(out, 'empty-batch');
      for (const item of items) {
        const itemType = own(item, 'type');
        if (itemType === 'end') out.ended = true;
        else parseComment(item, ctx, out, sampleJson(item));
      }
      return;
    }
    case 'end':
      out.ended = true;
      return;
    case 'ping':
      return note(out, 'ping');
    default:
      return reject(out, typeof type === 'string' ? 'unknown-type' : 'missing-type', text);
  }
}

export function encodeLiveDeskComment(c: Comment): Record<string, unknown> {
  const o: Record<string, unknown> = {
    v: 1,
    type: 'comment',
    platform: c.platform,
    msgId: c.msgId,
    roomId: c.roomId,
    user: { id: c.userId, nickname: c.nickname },
    text: c.text,
    channel: c.channel,
    kind: c.kind,
  };
  if (c.platformTs !== null) o.ts = c.platformTs;
  return o;
}

/** Simulator helper: one batch frame for up to 1000 comments. */
export function encodeLiveDeskBatch(cs: Comment[]): string {
  return JSON.stringify({ v: 1, type: 'batch', items: cs.map(encodeLiveDeskComment) });
}

/** Simulator helper: the room-ended frame. */
export function encodeLiveDeskEnd(roomId: string): string {
  return JSON.stringify({ v: 1, type: 'end', roomId });
}

export const livedeskAdapter: SourceAdapter = {
  format: 'livedesk',
  label: 'LiveDesk JSON',
  handshake: () => [],
  parse: guardedParse(parseLiveDesk),
  encode: (c) => [JSON.stringify(encodeLiveDeskComment(c))],
};
