// Shapes from xfgryujk/blivechat: api/chat.py (Command enum, make_text_message_data positional list incl.
// 16 uid / 17 medalName, _send_test_message gift/super-chat dicts, FATAL_ERROR) and services/chat.py
// (RoomKeyType ROOM_ID=1 / AUTH_CODE=2, ADD_GIFT/ADD_SUPER_CHAT fields with uid). Fixtures:
// test/fixtures/sources/blivechat/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment } from '../model';
import { blivechatAdapter as a } from './blivechat';

const fx = (name: string) => fixture('blivechat', name);
const ctx = { now: 1_732_350_005_000, roomId: '21452505' };

describe('blivechat adapter', () => {
  it('joins the room on open: numeric room id or streamer auth code', () => {
    expect(a.handshake({ channel: '21452505' }).map((f) => JSON.parse(f))).toEqual([
      { cmd: 1, data: { roomKey: { type: 1, value: 21452505 }, config: { autoTranslate: false } } },
    ]);
    expect(JSON.parse(a.handshake({ channel: 'ABCDEF123' })[0]).data.roomKey).toEqual({
      type: 2,
      value: 'ABCDEF123',
    });
    expect(a.handshake({})).toEqual([]);
  });

  it('parses ADD_TEXT (positional list) with uid, seconds timestamp → ms', () => {
    const out = a.parse(fx('add-text.json'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'bilibili',
        msgId: '0f4c2a8e9b7d4c6a8e1f2b3c4d5e6f70',
        roomId: '21452505',
        userId: '300474',
        nickname: 'xfgryujk',
        text: '我能吞下玻璃而不伤身体',
        channel: 'live',
        kind: 'chat',
        platformTs: 1732350000000,
        ts: ctx.now,
      },
    ]);
  });

  it('older 16-item lists without uid fall back to the author name', () => {
    const c = a.parse(fx('add-text-v15.json'), ctx).comments[0];
    expect(c).toMatchObject({
      userId: '主播',
      nickname: '主播',
      text: "I can eat glass, it doesn't hurt me.",
    });
  });

  it('gifts and super chats are room events', () => {
    expect(a.parse(fx('add-gift.json'), ctx).comments[0]).toMatchObject({
      kind: 'gift',
      text: '摩天大楼 x1',
      userId: '300474',
    });
    expect(a.parse(fx('add-super-chat.json'), ctx).comments[0]).toMatchObject({
      kind: 'gift',
      msgId: '4711',
      text: '醒目留言 ¥30: The quick brown fox jumps over the lazy dog',
    });
  });

  it('answers server heartbeats (the server drops clients silent for 15 s)', () => {
    expect(a.parse(fx('heartbeat.json'), ctx)).toMatchObject({
      replies: ['{"cmd":0,"data":{}}'],
      rejected: [],
    });
  });

  it('reports FATAL_ERROR and bad frames as rejects with a reason', () => {
    expect(a.parse(fx('fatal-error.json'), ctx).rejected[0].reason).toBe(
      'source-error: The connection has lost too many times',
    );
    const cases: Array<[string, string]> = [
      ['{"cmd":"2","data":[]}', 'missing-cmd'],
      ['{"cmd":2,"data":[1,2,3]}', 'invalid-text: data'],
      ['{"cmd":3,"data":null}', 'invalid-cmd-3: data'],
      ['{"cmd":99,"data":{}}', 'unknown-cmd'],
      ['{"cmd":1,"data":{}}', 'unexpected-client-command'],
    ];
    for (const [frame, reason] of cases) {
      expect(
        a.parse(frame, ctx).rejected.map((r) => r.reason),
        frame,
      ).toEqual([reason]);
    }
  });

  it('round-trips encode → parse for chat', () => {
    const c: Comment = {
      platform: 'bilibili',
      msgId: 'ab12cd34',
      roomId: '21452505',
      userId: '300474',
      nickname: 'xfgryujk',
      text: '这个有优惠吗 <script>alert(1)</script>',
      channel: 'live',
      kind: 'chat',
      platformTs: 1732350000000,
      ts: ctx.now,
    };
    expect(a.parse(a.encode(c)[0], ctx).comments).toEqual([c]);
    expect(a.encode({ ...c, kind: 'gift' })).toEqual([]);
  });
});
