// Shapes from zerodytrash/TikTok-Live-Connector: src/client/_legacy/data-converter.ts (v1 flat event:
// user attributes userId/uniqueId/nickname merged in, event.msgId/createTime as strings), README.md (chat,
// gift, like, member, social, roomUser, streamEnd events); v2 nested `common`/`user` per the WebcastChatMessage
// proto in .proto/src/webcast.proto. Fixtures: test/fixtures/sources/tiktok/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment } from '../model';
import { tiktokAdapter as a } from './tiktok';

const fx = (name: string) => fixture('tiktok', name);
const ctx = { now: 1_683_800_010_000, roomId: '7231111111111111111' };

describe('tiktok adapter', () => {
  it('parses a wrapped v1 chat event', () => {
    const out = a.parse(fx('chat-v1.json'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'tiktok',
        msgId: '7231234567890123456',
        roomId: '7231111111111111111',
        userId: '6506646277295882242',
        nickname: 'Shîñ',
        text: '6',
        channel: 'live',
        kind: 'chat',
        platformTs: 1683800000123,
        ts: ctx.now,
      },
    ]);
  });

  it('parses a bare v1 chat object and a v2 nested one', () => {
    expect(a.parse(fx('chat-v1-bare.json'), ctx).comments[0]).toMatchObject({
      userId: '7012345678901234567',
      nickname: 'Amy',
      text: 'Does this come in size M?',
    });
    expect(a.parse(fx('chat-v2.json'), ctx).comments[0]).toMatchObject({
      msgId: '7231234567890124000',
      userId: '7012345678901234568',
      nickname: 'Ben 🛍️',
      text: 'how much is shipping to Canada?',
      platformTs: 1683800002000,
    });
  });

  it('maps gifts and viewer counts to room events; streamEnd ends the room', () => {
    expect(a.parse(fx('gift.json'), ctx).comments[0]).toMatchObject({ kind: 'gift', text: '送出 Rose x3' });
    expect(a.parse(fx('room-user.json'), ctx).comments[0]).toMatchObject({ kind: 'stats', text: '在线 321' });
    expect(a.parse(fx('stream-end.json'), ctx)).toMatchObject({ ended: true, comments: [], rejected: [] });
  });

  it('refuses wrong shapes with a reason', () => {
    const cases: Array<[string, string]> = [
      ['{"hello":1}', 'missing-event'],
      ['{"event":"chat","data":"x"}', 'invalid-chat: data'],
      ['{"event":"chat","data":{"comment":5,"userId":"1","msgId":"2"}}', 'invalid-chat: comment'],
      ['{"event":"chat","data":{"comment":"hi","msgId":"2"}}', 'invalid-chat: userId'],
      ['{"event":"chat","data":{"comment":"hi","userId":"1"}}', 'missing-msgId'],
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
      platform: 'tiktok',
      msgId: '7231234567890123456',
      roomId: '7231111111111111111',
      userId: '6506646277295882242',
      nickname: 'Shîñ',
      text: 'is the blue one in stock?',
      channel: 'live',
      kind: 'chat',
      platformTs: 1683800000123,
      ts: ctx.now,
    };
    expect(a.parse(a.encode(c)[0], ctx).comments).toEqual([c]);
  });
});
