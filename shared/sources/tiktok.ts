/**
 * TikTok LIVE via TikTok-Live-Connector (zerodytrash/TikTok-Live-Connector) events relayed as JSON.
 *
 * A frame is either an event wrapped as `{"event":"chat","data":{…}}` (`type` accepted for `event`)
 * or a bare `chat` object (recognized by its `comment` field). Both data shapes are read:
 *   v1 (flat):   {"comment":"…","userId":"6506…","uniqueId":"gu12246","nickname":"Shîñ","msgId":"7230…","createTime":"1683…"}
 *   v2 (nested): {"common":{"msgId":"…","createTime":"…","roomId":"…"},"user":{"userId":"…","uniqueId":"…","nickname":"…"},"comment":"…"}
 * `questionNew` (viewer Q&A) is chat too. Room events: gift, like, member, social/follow/share,
 * subscribe (fanclub), roomUser (stats); `streamEnd` ends the room; connected/disconnected/error and
 * other events are noted. createTime is epoch ms.
 */
import type { Comment, CommentKind } from '../model';
import { stableKey } from './stableKey';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { epochMs, guardedParse, idOf, isRecord, note, own, parseJson, pushComment, reject } from './frameKit';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const NOTED = new Set([
  'connected',
  'disconnected',
  'websocketConnected',
  'error',
  'rawData',
  'decodedData',
  'liveIntro',
]);

function parseTikTok(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  const msg = j.value;
  if (!isRecord(msg)) return reject(out, 'not-an-object', text);
  let event = own(msg, 'event') ?? own(msg, 'type');
  let data: unknown = own(msg, 'data');
  if (event === undefined && typeof own(msg, 'comment') === 'string') {
    event = 'chat';
    data = msg;
  }
  if (typeof event !== 'string' || !event) return reject(out, 'missing-event', text);
  if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(event)) return reject(out, 'invalid-event', text);
  if (event === 'streamEnd') {
    out.ended = true;
    return note(out, 'streamEnd');
  }
  if (NOTED.has(event)) return note(out, event);
  if (!isRecord(data)) return reject(out, `invalid-${event}: data`, text);

  const common = own(data, 'common');
  const user = isRecord(own(data, 'user')) ? own(data, 'user') : data;
  let kind: CommentKind;
  let body: string;
  switch (event) {
    case 'chat':
      kind = 'chat';
      if (typeof own(data, 'comment') !== 'string') return reject(out, 'invalid-chat: comment', text);
      body = str(own(data, 'comment'));
      break;
    case 'questionNew':
      kind = 'chat';
      body = str(own(data, 'questionText')) || str(own(own(data, 'details'), 'text'));
      break;
    case 'gift': {
      kind = 'gift';
      const name =
        str(own(data, 'giftName')) ||
        str(own(own(data, 'giftDetails'), 'giftName')) ||
        str(own(data, 'giftId'));
      body = `送出 ${name} x${str(own(data, 'repeatCount')) || '1'}`;
      break;
    }
    case 'like':
      kind = 'like';
      body = `点赞 x${str(own(data, 'likeCount')) || '1'}`;
      break;
    case 'member':
      kind = 'member';
      body = '来了';
      break;
    case 'follow':
      kind = 'follow';
      body = '关注了主播';
      break;
    case 'share':
      kind = 'share';
      body = '分享了直播间';
      break;
    case 'social': {
      const d = str(own(data, 'displayType'));
      kind = d.includes('follow') ? 'follow' : d.includes('share') ? 'share' : 'other';
      body = kind === 'follow' ? '关注了主播' : kind === 'share' ? '分享了直播间' : str(own(data, 'label'));
      break;
    }
    case 'subscribe':
      kind = 'fanclub';
      body = '订阅了主播';
      break;
    case 'roomUser':
      kind = 'stats';
      body = `在线 ${str(own(data, 'viewerCount'))}`;
      break;
    default:
      return note(out, `ignored:${event}`);
  }

  const userId = idOf(own(user, 'userId')) ?? idOf(own(user, 'uniqueId')) ?? '';
  const nickname = str(own(user, 'nickname')) || str(own(user, 'uniqueId'));
  if (kind !== 'stats' && !userId) return reject(out, `invalid-${event}: userId`, text);
  const roomId = idOf(own(data, 'roomId')) ?? idOf(own(common, 'roomId')) ?? ctx.roomId ?? '';
  const platformTs = epochMs(own(data, 'createTime') ?? own(common, 'createTime'), 'auto');
  let msgId = idOf(own(data, 'msgId')) ?? idOf(own(common, 'msgId'));
  if (msgId === null) {
    if (kind === 'stats') msgId = stableKey('tiktok', roomId, 'roomUser', ctx.now);
    else if (platformTs !== null) msgId = stableKey('tiktok', roomId, event, userId, body, platformTs);
    else return reject(out, 'missing-msgId', text);
  }
  pushComment(
    out,
    {
      platform: 'tiktok',
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

/** `chat` events in the v1 flat shape, wrapped the way relays forward them. */
function encodeTikTok(c: Comment): string[] {
  if (c.kind !== 'chat') return [];
  const data: Record<string, unknown> = {
    comment: c.text,
    userId: c.userId,
    uniqueId: c.nickname.replace(/\s+/g, '').toLowerCase() || c.userId,
    nickname: c.nickname,
    msgId: c.msgId,
    roomId: c.roomId,
    followRole: 0,
    userBadges: [],
    isModerator: false,
    isNewGifter: false,
    isSubscriber: false,
    topGifterRank: null,
  };
  if (c.platformTs !== null) data.createTime = String(c.platformTs);
  return [JSON.stringify({ event: 'chat', data })];
}

export const tiktokAdapter: SourceAdapter = {
  format: 'tiktok',
  label: 'TikTok-Live-Connector',
  handshake: () => [],
  parse: guardedParse(parseTikTok),
  encode: encodeTikTok,
};
