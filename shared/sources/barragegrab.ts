/**
 * Douyin via BarrageGrab (HaoDong108/DouyinBarrageGrab, default ws://127.0.0.1:8888).
 *
 * Each frame is a `BarrageMsgPack` envelope `{"Type":int,"ProcessName":str,"Data":"<JSON text>"}`
 * whose `Data` is parsed a second time (an already-parsed object is accepted too). Type: 1 chat,
 * 2 like, 3 member (entered the room), 4 follow, 5 gift, 6 room stats, 7 fan club, 8 share,
 * 9 stream ended. `Data` fields are PascalCase: `MsgId` (C# long), `User{Id,ShortId,DisplayId,Nickname,…}`
 * (null for stats / end), `Content`, `RoomId` (long before v2.7.3, string since), `WebRoomId`, and
 * since v2.7.3 the anchor as `Onwer` (sic; `Owner` accepted too). There is no timestamp: platformTs is null.
 * For every type but 1, `Content` is text BarrageGrab generated ("X 来了", "X 送出 …"), never viewer
 * words, so those become room events (kind gift/like/…), never chat.
 */
import type { Comment, CommentKind } from '../model';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { guardedParse, idOf, isRecord, own, parseJson, pushComment, reject } from './frameKit';

const TYPE_KIND: Record<number, CommentKind> = {
  1: 'chat',
  2: 'like',
  3: 'member',
  4: 'follow',
  5: 'gift',
  6: 'stats',
  7: 'fanclub',
  8: 'share',
  9: 'end',
};
const KIND_TYPE: Partial<Record<CommentKind, number>> = Object.fromEntries(
  Object.entries(TYPE_KIND).map(([t, k]) => [k, Number(t)]),
);

function parseBarrageGrab(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  const env = j.value;
  if (!isRecord(env)) return reject(out, 'not-an-object', text);
  const type = own(env, 'Type');
  if (typeof type !== 'number' || !Number.isInteger(type)) return reject(out, 'invalid-envelope: Type', text);
  const kind = TYPE_KIND[type];
  if (!kind) return reject(out, 'unknown-type', text);
  let data = own(env, 'Data');
  if (typeof data === 'string') {
    const inner = parseJson(data);
    if (!inner.ok) return reject(out, 'bad-inner-json', text);
    data = inner.value;
  }
  if (!isRecord(data)) return reject(out, 'invalid-envelope: Data', text);

  const msgId = idOf(own(data, 'MsgId'));
  if (msgId === null || msgId === '0') return reject(out, 'missing-msgId', text);
  const user = own(data, 'User');
  let userId = '';
  let nickname = '';
  if (isRecord(user)) {
    userId = idOf(own(user, 'Id')) ?? '';
    const nick = own(user, 'Nickname');
    const displayId = own(user, 'DisplayId');
    nickname =
      typeof nick === 'string' && nick.trim() ? nick : typeof displayId === 'string' ? displayId : '';
  } else if (user !== undefined && user !== null) {
    return reject(out, 'invalid-data: User', text);
  }
  if (kind === 'chat' && !userId) return reject(out, 'invalid-data: User.Id', text);
  const content = own(data, 'Content');
  if (content !== undefined && content !== null && typeof content !== 'string')
    return reject(out, 'invalid-data: Content', text);
  const roomId = idOf(own(data, 'RoomId')) ?? idOf(own(data, 'WebRoomId')) ?? ctx.roomId ?? '';

  if (kind === 'end') out.ended = true;
  pushComment(
    out,
    {
      platform: 'douyin',
      msgId,
      roomId: roomId === '0' ? (ctx.roomId ?? '') : roomId,
      userId,
      nickname: nickname || userId,
      text: typeof content === 'string' ? content : '',
      channel: 'live',
      kind,
      platformTs: null,
    },
    ctx,
    text,
  );
}

/** JSON with digit-only ids written as bare numbers, the way Newtonsoft serializes C# `long`. */
function withLongs(json: string, keys: string[]): string {
  let s = json;
  for (const k of keys) s = s.replace(new RegExp(`"${k}":"(-?\\d+)"`), `"${k}":$1`);
  return s;
}

function encodeBarrageGrab(c: Comment): string[] {
  const type = KIND_TYPE[c.kind];
  if (type === undefined) return []; // BarrageGrab has no such message ('other')
  const hasUser = c.kind !== 'stats' && c.kind !== 'end';
  const user = hasUser
    ? {
        Id: c.userId,
        ShortId: 0,
        DisplayId: '',
        Nickname: c.nickname,
        Level: 0,
        PayLevel: 0,
        Gender: 0,
        HeadImgUrl: '',
        SecUid: '',
        FansClub: { ClubName: '', Level: 0 },
        FollowerCount: 0,
        FollowStatus: 0,
        FollowingCount: 0,
      }
    : null;
  const data = withLongs(
    JSON.stringify({ MsgId: c.msgId, User: user, Content: c.text, RoomId: c.roomId, WebRoomId: 0 }),
    ['MsgId', 'Id'],
  );
  return [JSON.stringify({ Type: type, ProcessName: 'chrome', Data: data })];
}

export const barragegrabAdapter: SourceAdapter = {
  format: 'barragegrab',
  label: '抖音 BarrageGrab',
  defaultUrl: 'ws://127.0.0.1:8888',
  handshake: () => [],
  parse: guardedParse(parseBarrageGrab),
  encode: encodeBarrageGrab,
};
