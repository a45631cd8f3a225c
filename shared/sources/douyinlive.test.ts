// Shapes from jwwsjlm/douyinLive: docs/websocket-client.md (system live_status frames, text ping/pong,
// `method` + `livename`/`title`/`avatarThumb` metadata), cmd/main/room_session.go (protojson.Marshal of the
// protobuf message) and generated/douyin/douyin.pb.go (ChatMessage common/user/content; Common msgId,
// roomId, createTime; User id, nickName). Fixtures: test/fixtures/sources/douyinlive/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment, CommentKind } from '../model';
import { douyinliveAdapter as a } from './douyinlive';

const fx = (name: string) => fixture('douyinlive', name);
const ctx = { now: 1_732_350_005_000, roomId: '516466932480' };

describe('douyinlive adapter', () => {
  it('parses a WebcastChatMessage with its platform time', () => {
    const out = a.parse(fx('chat.json'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'douyin',
        msgId: '7304567890123456789',
        roomId: '7304500000000000001',
        userId: '98765432101',
        nickname: '小鹿',
        text: 'M码还有吗',
        channel: 'live',
        kind: 'chat',
        platformTs: 1732350000123,
        ts: ctx.now,
      },
    ]);
  });

  it('maps gifts and likes to room events, using common.describe when present', () => {
    expect(a.parse(fx('gift.json'), ctx).comments[0]).toMatchObject({
      kind: 'gift',
      text: '小鹿:送给主播 1个小心心',
    });
    expect(a.parse(fx('like.json'), ctx).comments[0]).toMatchObject({
      kind: 'like',
      text: '点赞 x15',
      userId: '98765432104',
    });
  });

  it('notes methods it does not use instead of refusing them', () => {
    const out = a.parse(fx('room-rank.json'), ctx);
    expect(out).toMatchObject({ comments: [], rejected: [], notes: ['ignored:WebcastRoomRankMessage'] });
  });

  it('live_status ended ends the room; offline is only noted', () => {
    const ended = a.parse(fx('live-status-ended.json'), ctx);
    expect(ended).toMatchObject({
      ended: true,
      comments: [],
      rejected: [],
      notes: ['system:live_status:ROOM_ENDED'],
    });
    const offline = a.parse(fx('live-status-offline.json'), ctx);
    expect(offline).toMatchObject({ ended: false, notes: ['system:live_status:ROOM_OFFLINE'] });
  });

  it('answers a text ping with pong (client and simulator side)', () => {
    expect(a.parse('ping', ctx).replies).toEqual(['pong']);
    expect(a.parse(fx('pong.txt'), ctx)).toMatchObject({ replies: [], rejected: [], notes: ['pong'] });
    expect(a.serverReply?.('ping')).toEqual(['pong']);
    expect(a.serverReply?.('hello')).toEqual([]);
  });

  it('refuses wrong shapes with a reason', () => {
    const cases: Array<[string, string]> = [
      ['{"content":"hi"}', 'missing-method'],
      ['{"method":"DROP TABLE"}', 'unknown-method'],
      ['{"method":"WebcastChatMessage","common":{"msgId":"1"},"content":"hi"}', 'invalid-message: user.id'],
      ['{"method":"WebcastChatMessage","common":{},"user":{"id":"2"},"content":"hi"}', 'missing-msgId'],
      ['{"method":"WebcastChatMessage","common":"x"}', 'invalid-message: common'],
      ['pin', 'bad-json'],
    ];
    for (const [frame, reason] of cases) {
      expect(
        a.parse(frame, ctx).rejected.map((r) => r.reason),
        frame,
      ).toEqual([reason]);
    }
  });

  it('round-trips encode → parse for every kind it maps', () => {
    const kinds: CommentKind[] = [
      'chat',
      'gift',
      'like',
      'member',
      'follow',
      'share',
      'stats',
      'fanclub',
      'end',
    ];
    for (const kind of kinds) {
      const noUser = kind === 'stats' || kind === 'end';
      const c: Comment = {
        platform: 'douyin',
        msgId: '7304567890123456789',
        roomId: '7304500000000000001',
        userId: noUser ? '' : '98765432101',
        nickname: noUser ? '' : '小鹿',
        text: kind === 'chat' ? '发什么快递' : `generated ${kind}`,
        channel: 'live',
        kind,
        platformTs: kind === 'stats' ? null : 1732350000123,
        ts: ctx.now,
      };
      const out = a.parse(a.encode(c)[0], ctx);
      expect(out.comments, kind).toEqual([c]);
      expect(out.ended, kind).toBe(kind === 'end');
    }
  });
});
