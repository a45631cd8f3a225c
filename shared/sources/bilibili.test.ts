// Shapes from xfgryujk/blivedm: blivedm/models/web.py (DanmakuMessage.from_command: info[0][4] ms timestamp,
// info[0][5] rnd, info[0][7] uid crc32, info[0][15] mode_info with extra/id_str and user.base.name,
// info[1] text, info[2] [uid, uname, …]; GiftMessage, SuperChatMessage, GuardBuyMessage fields).
// Fixtures: test/fixtures/sources/bilibili/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment } from '../model';
import { bilibiliAdapter as a } from './bilibili';
import { stableKey } from './stableKey';

const fx = (name: string) => fixture('bilibili', name);
const ctx = { now: 1_732_350_005_000, roomId: '21452505' };

describe('bilibili (blivedm raw) adapter', () => {
  it('parses a modern DANMU_MSG using extra.id_str as the message id', () => {
    const out = a.parse(fx('danmu-msg.json'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'bilibili',
        msgId: '6fa9959ab8feabcd1b337aa5066768334027',
        roomId: '21452505',
        userId: '12345678',
        nickname: '弹幕君',
        text: '确实',
        channel: 'live',
        kind: 'chat',
        platformTs: 1732350000123,
        ts: ctx.now,
      },
    ]);
  });

  it('derives a stable key when the danmaku has no id (cmd with suffix)', () => {
    const first = a.parse(fx('danmu-msg-legacy.json'), ctx).comments[0];
    const replay = a.parse(fx('danmu-msg-legacy.json'), { ...ctx, now: ctx.now + 60_000 }).comments[0];
    expect(first).toMatchObject({ userId: '87654321', text: '主播这个多少钱', platformTs: 1732350001456 });
    expect(first.msgId).toBe(
      stableKey('bilibili', '21452505', '87654321', '主播这个多少钱', 1732350001456, '1732350001'),
    );
    expect(replay.msgId).toBe(first.msgId);
    const later = fx('danmu-msg-legacy.json').replace('1732350001456', '1732350009999');
    expect(a.parse(later, ctx).comments[0].msgId).not.toBe(first.msgId);
  });

  it('maps gifts, super chats and follows to room events; PREPARING ends the room', () => {
    expect(a.parse(fx('send-gift.json'), ctx).comments[0]).toMatchObject({
      kind: 'gift',
      text: '投喂 辣条 x10',
      msgId: '1732350010123400001',
      platformTs: 1732350010000,
    });
    expect(a.parse(fx('super-chat.json'), ctx).comments[0]).toMatchObject({
      kind: 'gift',
      msgId: 'sc-4711',
      text: '醒目留言 ¥30: 主播这件外套有XL吗',
    });
    expect(a.parse(fx('interact-word.json'), ctx).comments[0]).toMatchObject({
      kind: 'follow',
      roomId: '21452505',
    });
    expect(a.parse(fx('preparing.json'), ctx)).toMatchObject({ ended: true, comments: [], rejected: [] });
    expect(a.parse(fx('watched-change.json'), ctx)).toMatchObject({
      comments: [],
      rejected: [],
      notes: ['ignored:WATCHED_CHANGE'],
    });
  });

  it('accepts a JSON array of messages; a bad one refuses only itself', () => {
    const frame = `[${fx('danmu-msg.json')},{"cmd":"DANMU_MSG","info":"junk"},${fx('send-gift.json')}]`;
    const out = a.parse(frame, ctx);
    expect(out.comments.map((c) => c.kind)).toEqual(['chat', 'gift']);
    expect(out.rejected.map((r) => r.reason)).toEqual(['invalid-danmu: info']);
  });

  it('refuses wrong shapes with a reason', () => {
    const cases: Array<[string, string]> = [
      ['{"info":[]}', 'missing-cmd'],
      ['{"cmd":"DANMU_MSG","info":[[],"hi",[]]}', 'invalid-danmu: user'],
      ['{"cmd":"DANMU_MSG","info":[[],5,[1,"a"]]}', 'invalid-danmu: info'],
      ['{"cmd":"SEND_GIFT","data":[]}', 'invalid-SEND_GIFT: data'],
      ['"DANMU_MSG"', 'not-an-object'],
    ];
    for (const [frame, reason] of cases) {
      expect(
        a.parse(frame, ctx).rejected.map((r) => r.reason),
        frame,
      ).toEqual([reason]);
    }
  });

  it('round-trips encode → parse for danmaku', () => {
    const c: Comment = {
      platform: 'bilibili',
      msgId: 'k-0123456789abcdef',
      roomId: '21452505',
      userId: '87654321',
      nickname: '买买买',
      text: '包邮吗',
      channel: 'live',
      kind: 'chat',
      platformTs: 1732350001456,
      ts: ctx.now,
    };
    expect(a.parse(a.encode(c)[0], ctx).comments).toEqual([c]);
  });
});
