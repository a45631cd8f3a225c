/**
 * Douyin via the Go relay douyinLive (jwwsjlm/douyinLive): `ws://127.0.0.1:1088/ws/{live_id}`.
 *
 * Business frames are the Douyin protobuf messages marshalled with Go `protojson` (lowerCamelCase
 * names, 64-bit integers as strings) plus the relay's `method`, `livename`, `title`, `avatarThumb`:
 *   {"method":"WebcastChatMessage","common":{"method":"WebcastChatMessage","msgId":"7301…","roomId":"7300…",
 *    "createTime":"1732350000000"},"user":{"id":"1234","nickName":"小鹿","displayId":"xl"},"content":"M码还有吗"}
 * Status frames: {"type":"system","event":"live_status","code":"ROOM_ENDED","status":"ended","ended":true,…}
 * (ended → `ended`), other system frames are noted. The client may send the text `ping`; the relay
 * answers `pong` (and a `ping` received is answered with `pong`).
 * Mapped methods: Chat/EmojiChat → chat; Gift, Like, Member, Social (action 1 follow, 3 share),
 * RoomUserSeq (stats), Fansclub, Control (status 3 = stream ended). Other `Webcast*` methods are noted
 * and skipped. Event text is `common.describe` when the relay has it, else a short generated line.
 */
import type { Comment, CommentKind } from '../model';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { epochMs, guardedParse, idOf, isRecord, note, own, parseJson, pushComment, reject } from './frameKit';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function parseDouyinLive(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const trimmed = text.trim();
  if (trimmed === 'ping') {
    out.replies.push('pong');
    return;
  }
  if (trimmed === 'pong') return note(out, 'pong');
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  const msg = j.value;
  if (!isRecord(msg)) return reject(out, 'not-an-object', text);

  if (own(msg, 'type') === 'system') {
    const event = str(own(msg, 'event')) || 'unknown';
    const code = str(own(msg, 'code'));
    if (event === 'live_status' && (own(msg, 'ended') === true || own(msg, 'status') === 'ended')) {
      out.ended = true;
    }
    return note(out, `system:${event}${code ? `:${code}` : ''}`);
  }

  const common = own(msg, 'common');
  if (common !== undefined && !isRecord(common)) return reject(out, 'invalid-message: common', text);
  const method = str(own(msg, 'method')) || str(own(common, 'method'));
  if (!method) return reject(out, 'missing-method', text);
  if (!/^Webcast[A-Za-z0-9]+$/.test(method)) return reject(out, 'unknown-method', text);

  let kind: CommentKind;
  let body = '';
  switch (method) {
    case 'WebcastChatMessage':
      kind = 'chat';
      body = str(own(msg, 'content'));
      break;
    case 'WebcastEmojiChatMessage':
      kind = 'chat';
      body = str(own(msg, 'defaultContent'));
      break;
    case 'WebcastGiftMessage': {
      kind = 'gift';
      const gift = own(msg, 'gift');
      const n = str(own(msg, 'repeatCount')) || str(own(msg, 'comboCount')) || '1';
      body = `送出 ${str(own(gift, 'name')) || '礼物'} x${n}`;
      break;
    }
    case 'WebcastLikeMessage':
      kind = 'like';
      body = `点赞 x${str(own(msg, 'count')) || '1'}`;
      break;
    case 'WebcastMemberMessage':
      kind = 'member';
      body = '来了';
      break;
    case 'WebcastSocialMessage': {
      const action = str(own(msg, 'action'));
      kind = action === '1' ? 'follow' : action === '3' ? 'share' : 'other';
      body = kind === 'follow' ? '关注了主播' : kind === 'share' ? '分享了直播间' : '';
      break;
    }
    case 'WebcastRoomUserSeqMessage':
      kind = 'stats';
      body = `在线 ${str(own(msg, 'total')) || '0'}，累计 ${str(own(msg, 'totalUser')) || '0'}`;
      break;
    case 'WebcastFansclubMessage':
      kind = 'fanclub';
      body = str(own(msg, 'content'));
      break;
    case 'WebcastControlMessage':
      if (str(own(msg, 'status')) !== '3') return note(out, `control:${str(own(msg, 'status'))}`);
      kind = 'end';
      body = '直播已结束';
      out.ended = true;
      break;
    default:
      return note(out, `ignored:${method}`);
  }
  if (kind !== 'chat') body = str(own(common, 'describe')) || body;

  const msgId = idOf(own(common, 'msgId'));
  if (msgId === null || msgId === '0') return reject(out, 'missing-msgId', text);
  const user = own(msg, 'user');
  if (user !== undefined && !isRecord(user)) return reject(out, 'invalid-message: user', text);
  const userId = idOf(own(user, 'id')) ?? idOf(own(user, 'idStr')) ?? idOf(own(user, 'secUid')) ?? '';
  if (kind === 'chat' && !userId) return reject(out, 'invalid-message: user.id', text);
  const nickname = str(own(user, 'nickName')) || str(own(user, 'nickname')) || str(own(user, 'displayId'));
  const roomId = idOf(own(common, 'roomId')) ?? ctx.roomId ?? '';
  const platformTs = epochMs(own(common, 'createTime'), 'auto') ?? epochMs(own(msg, 'eventTime'), 's');

  pushComment(
    out,
    {
      platform: 'douyin',
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

const KIND_METHOD: Partial<Record<CommentKind, string>> = {
  chat: 'WebcastChatMessage',
  gift: 'WebcastGiftMessage',
  like: 'WebcastLikeMessage',
  member: 'WebcastMemberMessage',
  follow: 'WebcastSocialMessage',
  share: 'WebcastSocialMessage',
  stats: 'WebcastRoomUserSeqMessage',
  fanclub: 'WebcastFansclubMessage',
  end: 'WebcastControlMessage',
};

function encodeDouyinLive(c: Comment): string[] {
  const method = KIND_METHOD[c.kind];
  if (!method) return [];
  const common: Record<string, unknown> = { method, msgId: c.msgId, roomId: c.roomId };
  if (c.platformTs !== null) common.createTime = String(c.platformTs);
  if (c.kind !== 'chat') common.describe = c.text;
  const m: Record<string, unknown> = { common };
  if (c.kind !== 'stats' && c.kind !== 'end') m.user = { id: c.userId, nickName: c.nickname };
  if (c.kind === 'chat') m.content = c.text;
  if (c.kind === 'follow') m.action = '1';
  if (c.kind === 'share') m.action = '3';
  if (c.kind === 'end') m.status = 3;
  if (c.kind === 'fanclub') m.content = c.text;
  m.method = method;
  m.livename = '';
  m.title = '';
  return [JSON.stringify(m)];
}

export const douyinliveAdapter: SourceAdapter = {
  format: 'douyinlive',
  label: '抖音 douyinLive',
  defaultUrl: 'ws://127.0.0.1:1088/ws/{live_id}',
  handshake: () => [],
  parse: guardedParse(parseDouyinLive),
  encode: encodeDouyinLive,
  serverReply: (frame) => (frame.trim() === 'ping' ? ['pong'] : []),
};
