/**
 * Bilibili live, raw danmaku JSON as blivedm (xfgryujk/blivedm) receives it, relayed one JSON object
 * per frame (or a JSON array of them, ≤ 1000). `cmd` may carry a suffix (`DANMU_MSG:4:0:2:2:2:0`).
 *
 * DANMU_MSG: `info[1]` text, `info[2]` = [uid, uname, …], `info[0][4]` platform time in ms,
 * `info[0][15]` mode_info (newer servers: `extra` JSON text with `id_str`, `user.uid`, `user.base.name`
 * for masked viewers). Where no `id_str` exists the message id is a stable key (see stableKey.ts)
 * from platform + room + uid + text + platform time + `info[0][5]` (rnd), so a replayed message
 * de-duplicates. Room events: SEND_GIFT, SUPER_CHAT_MESSAGE (paid message, kept as a gift event),
 * GUARD_BUY (fanclub), INTERACT_WORD (msg_type 1 enter, 2 follow, 3 share), LIKE_INFO_V3_CLICK,
 * PREPARING (stream ended). Other cmds are noted and skipped. The room id comes from a `roomid` field
 * the relay may add, else the connection's room.
 */
import type { Comment, CommentKind } from '../model';
import { stableKey } from './stableKey';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { epochMs, guardedParse, idOf, isRecord, note, own, parseJson, pushComment, reject } from './frameKit';

export const BILIBILI_MAX_BATCH = 1000;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const at = (v: unknown, i: number): unknown => (Array.isArray(v) && i < v.length ? v[i] : undefined);

function extraOf(modeInfo: unknown): Record<string, unknown> {
  const extra = own(modeInfo, 'extra');
  if (isRecord(extra)) return extra;
  if (typeof extra === 'string' && extra.length < 100_000) {
    const j = parseJson(extra);
    if (j.ok && isRecord(j.value)) return j.value;
  }
  return {};
}

function uidOf(v: unknown): string {
  const id = idOf(v);
  return id && id !== '0' ? id : '';
}

function parseOne(msg: unknown, ctx: AdapterContext, out: AdapterOutput, raw: string): void {
  if (!isRecord(msg)) return reject(out, 'not-an-object', raw);
  const cmdFull = own(msg, 'cmd');
  if (typeof cmdFull !== 'string' || !cmdFull) return reject(out, 'missing-cmd', raw);
  const cmd = cmdFull.split(':')[0];
  if (!/^[A-Z0-9_]{1,64}$/.test(cmd)) return reject(out, 'invalid-cmd', raw);
  const roomId =
    idOf(own(msg, 'roomid')) ?? idOf(own(msg, 'room_id')) ?? idOf(own(msg, 'roomId')) ?? ctx.roomId ?? '';
  const base = { platform: 'bilibili', roomId, channel: 'live' as const };

  if (cmd === 'DANMU_MSG') {
    const info = own(msg, 'info');
    const meta = at(info, 0);
    const text = at(info, 1);
    const userArr = at(info, 2);
    if (!Array.isArray(info) || !Array.isArray(meta) || !Array.isArray(userArr) || typeof text !== 'string')
      return reject(out, 'invalid-danmu: info', raw);
    const modeInfo = at(meta, 15);
    const extra = extraOf(modeInfo);
    const mUser = own(modeInfo, 'user');
    const userId = uidOf(at(userArr, 0)) || uidOf(own(mUser, 'uid')) || str(at(meta, 7));
    const nickname = str(at(userArr, 1)) || str(own(own(mUser, 'base'), 'name'));
    if (!userId && !nickname) return reject(out, 'invalid-danmu: user', raw);
    const platformTs = epochMs(at(meta, 4), 'ms');
    const msgId =
      idOf(own(extra, 'id_str')) ??
      stableKey('bilibili', roomId, userId || nickname, text, platformTs, str(at(meta, 5)));
    return pushComment(
      out,
      {
        ...base,
        msgId,
        userId: userId || nickname,
        nickname: nickname || userId,
        text,
        kind: 'chat',
        platformTs,
      },
      ctx,
      raw,
    );
  }

  const data = own(msg, 'data');
  let kind: CommentKind;
  let userId: string;
  let nickname: string;
  let body: string;
  let platformTs: number | null;
  let msgId: string | null;
  switch (cmd) {
    case 'SEND_GIFT':
      kind = 'gift';
      userId = uidOf(own(data, 'uid'));
      nickname = str(own(data, 'uname'));
      body = `${str(own(data, 'action')) || '赠送'} ${str(own(data, 'giftName'))} x${str(own(data, 'num')) || '1'}`;
      platformTs = epochMs(own(data, 'timestamp'), 's');
      msgId = idOf(own(data, 'tid')) ?? idOf(own(data, 'rnd'));
      break;
    case 'SUPER_CHAT_MESSAGE':
      kind = 'gift';
      userId = uidOf(own(data, 'uid'));
      nickname = str(own(own(data, 'user_info'), 'uname'));
      body = `醒目留言 ¥${str(own(data, 'price'))}: ${str(own(data, 'message'))}`;
      platformTs = epochMs(own(data, 'start_time'), 's');
      msgId = idOf(own(data, 'id'));
      msgId = msgId ? `sc-${msgId}` : null;
      break;
    case 'GUARD_BUY':
      kind = 'fanclub';
      userId = uidOf(own(data, 'uid'));
      nickname = str(own(data, 'username'));
      body = `开通 ${str(own(data, 'gift_name'))} x${str(own(data, 'num')) || '1'}`;
      platformTs = epochMs(own(data, 'start_time'), 's');
      msgId = null;
      break;
    case 'INTERACT_WORD': {
      const t = str(own(data, 'msg_type'));
      kind =
        t === '1' ? 'member' : t === '2' || t === '4' || t === '5' ? 'follow' : t === '3' ? 'share' : 'other';
      userId = uidOf(own(data, 'uid'));
      nickname = str(own(data, 'uname'));
      body =
        kind === 'member'
          ? '进入直播间'
          : kind === 'follow'
            ? '关注了主播'
            : kind === 'share'
              ? '分享了直播间'
              : '';
      platformTs = epochMs(own(data, 'timestamp'), 's');
      msgId = idOf(own(data, 'trigger_time'))
        ? stableKey('bilibili', roomId, userId, t, str(own(data, 'trigger_time')))
        : null;
      break;
    }
    case 'LIKE_INFO_V3_CLICK':
      kind = 'like';
      userId = uidOf(own(data, 'uid'));
      nickname = str(own(data, 'uname'));
      body = str(own(data, 'like_text')) || '点赞';
      platformTs = null;
      // No id or time in the message: keyed on receive time (likes are not replayed after a reconnect).
      msgId = stableKey('bilibili', roomId, userId, 'like', ctx.now);
      break;
    case 'PREPARING':
      out.ended = true;
      return note(out, 'PREPARING');
    default:
      return note(out, `ignored:${cmd}`);
  }
  if (!isRecord(data)) return reject(out, `invalid-${cmd}: data`, raw);
  if (!userId && !nickname) return reject(out, `invalid-${cmd}: user`, raw);
  msgId ??= stableKey('bilibili', roomId, cmd, userId || nickname, body, platformTs);
  pushComment(
    out,
    {
      ...base,
      msgId,
      userId: userId || nickname,
      nickname: nickname || userId,
      text: body,
      kind,
      platformTs,
    },
    ctx,
    raw,
  );
}

function parseBilibili(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const j = parseJson(text);
  if (!j.ok) return reject(out, 'bad-json', text);
  if (Array.isArray(j.value)) {
    if (j.value.length > BILIBILI_MAX_BATCH) return reject(out, 'batch-too-large', text);
    if (j.value.length === 0) return note(out, 'empty-batch');
    for (const m of j.value) parseOne(m, ctx, out, safeSample(m));
    return;
  }
  parseOne(j.value, ctx, out, text);
}

function safeSample(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 240) ?? '';
  } catch {
    return '';
  }
}

/** Danmaku only: room events carry generated text that would not read back as the same comment. */
function encodeBilibili(c: Comment): string[] {
  if (c.kind !== 'chat') return [];
  const ts = c.platformTs ?? 0;
  const extra = { send_from_me: false, content: c.text, id_str: c.msgId };
  const info = [
    [
      0,
      1,
      25,
      16777215,
      ts,
      0,
      0,
      '00000000',
      0,
      0,
      0,
      '',
      0,
      '{}',
      '{}',
      { mode: 0, extra: JSON.stringify(extra) },
    ],
    c.text,
    [/^\d{1,15}$/.test(c.userId) ? Number(c.userId) : c.userId, c.nickname, 0, 0, 0, 10000, 1, ''],
    [],
    [0, 0, 9868950, '>50000', 0],
    ['', ''],
    0,
    0,
    null,
    { ts: Math.floor(ts / 1000), ct: '00000000' },
    0,
    0,
    null,
    null,
    0,
    0,
    [0],
  ];
  const frame: Record<string, unknown> = { cmd: 'DANMU_MSG', info };
  if (c.roomId) frame.roomid = c.roomId;
  return [JSON.stringify(frame)];
}

export const bilibiliAdapter: SourceAdapter = {
  format: 'bilibili',
  label: 'Bilibili blivedm (DANMU_MSG)',
  handshake: () => [],
  parse: guardedParse(parseBilibili),
  encode: encodeBilibili,
};
