/**
 * Bilibili via blivechat (xfgryujk/blivechat) — its own WebSocket `/api/chat` (default ws://127.0.0.1:12450/api/chat).
 *
 * Frames are `{"cmd":N,"data":…}`. On open the client sends JOIN_ROOM
 * `{"cmd":1,"data":{"roomKey":{"type":1,"value":<room id>},"config":{"autoTranslate":false}}}`
 * (type 2 = streamer auth code, a string). The server sends HEARTBEAT (cmd 0) every 10 s and closes a
 * client that has been silent for 15 s, so each heartbeat is answered with `{"cmd":0,"data":{}}`.
 * cmd 2 ADD_TEXT: positional list [0 avatarUrl, 1 timestamp (s), 2 authorName, 3 authorType,
 * 4 content, 5 privilegeType, 6 isGiftDanmaku, 7 authorLevel, 8 isNewbie, 9 isMobileVerified,
 * 10 medalLevel, 11 id, 12 translation, 13 contentType, 14 contentTypeParams, 15 textEmoticons,
 * 16 uid, 17 medalName] (older versions stop at 15; an object form with the same names is accepted).
 * cmd 3 ADD_GIFT, 4 ADD_MEMBER (guard purchase → fanclub), 5 ADD_SUPER_CHAT (kept as a gift event)
 * are room events; 6 DEL_SUPER_CHAT and 7 UPDATE_TRANSLATION are noted; 8 FATAL_ERROR is refused with
 * its message. A missing id falls back to a stable key (stableKey.ts).
 */
import type { Comment, CommentKind } from '../model';
import { stableKey } from './stableKey';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { epochMs, guardedParse, idOf, isRecord, note, own, parseJson, pushComment, reject } from './frameKit';

const HEARTBEAT = '{"cmd":0,"data":{}}';
const GUARD = ['', '总督', '提督', '舰长'];
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function textFields(data: unknown): Record<string, unknown> | null {
  if (isRecord(data)) return data;
  if (!Array.isArray(data) || data.length < 12) return null;
  return {
    timestamp: data[1],
    authorName: data[2],
    content: data[4],
    isGiftDanmaku: data[6],
    id: data[11],
    uid: data[16],
  };
}

function parseBlivechat(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  const msg = j.value;
  if (!isRecord(msg)) return reject(out, 'not-an-object', text);
  const cmd = own(msg, 'cmd');
  if (typeof cmd !== 'number' || !Number.isInteger(cmd)) return reject(out, 'missing-cmd', text);
  const data = own(msg, 'data');
  let kind: CommentKind;
  let f: Record<string, unknown> | null;
  let body: string;
  switch (cmd) {
    case 0:
      out.replies.push(HEARTBEAT);
      return note(out, 'heartbeat');
    case 1:
      return reject(out, 'unexpected-client-command', text);
    case 2:
      f = textFields(data);
      if (!f || typeof own(f, 'content') !== 'string') return reject(out, 'invalid-text: data', text);
      kind = str(own(f, 'isGiftDanmaku')) === '1' || own(f, 'isGiftDanmaku') === true ? 'gift' : 'chat';
      body = str(own(f, 'content'));
      break;
    case 3:
      f = isRecord(data) ? data : null;
      kind = 'gift';
      body = `${str(own(f, 'giftName'))} x${str(own(f, 'num')) || '1'}`;
      break;
    case 4:
      f = isRecord(data) ? data : null;
      kind = 'fanclub';
      body = `开通${GUARD[Number(own(f, 'privilegeType'))] ?? '舰队'}`;
      break;
    case 5:
      f = isRecord(data) ? data : null;
      kind = 'gift';
      body = `醒目留言 ¥${str(own(f, 'price'))}: ${str(own(f, 'content'))}`;
      break;
    case 6:
      return note(out, 'del-super-chat');
    case 7:
      return note(out, 'update-translation');
    case 8:
      return reject(out, `source-error: ${str(own(data, 'msg')).slice(0, 200) || 'fatal error'}`, text);
    default:
      return reject(out, 'unknown-cmd', text);
  }
  if (!f) return reject(out, `invalid-cmd-${cmd}: data`, text);
  const nickname = str(own(f, 'authorName'));
  const uid = idOf(own(f, 'uid'));
  const userId = uid && uid !== '0' ? uid : nickname;
  if (!userId) return reject(out, `invalid-cmd-${cmd}: authorName`, text);
  const roomId = ctx.roomId ?? '';
  const platformTs = epochMs(own(f, 'timestamp'), 'auto');
  const msgId = idOf(own(f, 'id')) ?? stableKey('bilibili', roomId, cmd, userId, body, platformTs);
  pushComment(
    out,
    {
      platform: 'bilibili',
      msgId,
      roomId,
      userId,
      nickname: nickname || userId,
      text: body,
      channel: 'live',
      kind,
      platformTs,
    },
    ctx,
    text,
  );
}

/** ADD_TEXT frames only (what viewers type); room events carry generated text. */
function encodeBlivechat(c: Comment): string[] {
  if (c.kind !== 'chat') return [];
  const ts = c.platformTs === null ? 0 : Math.floor(c.platformTs / 1000);
  const data = ['', ts, c.nickname, 0, c.text, 0, 0, 1, 0, 1, 0, c.msgId, '', 0, [], [], c.userId, ''];
  return [JSON.stringify({ cmd: 2, data })];
}

export const blivechatAdapter: SourceAdapter = {
  format: 'blivechat',
  label: 'Bilibili blivechat',
  defaultUrl: 'ws://127.0.0.1:12450/api/chat',
  handshake: ({ channel }) => {
    const key = (channel ?? '').trim();
    if (!key) return [];
    const roomKey = /^\d{1,15}$/.test(key) ? { type: 1, value: Number(key) } : { type: 2, value: key };
    return [JSON.stringify({ cmd: 1, data: { roomKey, config: { autoTranslate: false } } })];
  },
  parse: guardedParse(parseBlivechat),
  encode: encodeBlivechat,
};
