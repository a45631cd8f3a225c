// Shapes from HaoDong108/DouyinBarrageGrab: BarrageGrab/Modles/JsonEntity/BarrageMessages.cs (BarrageMsgPack,
// Msg, MsgUser, PackMsgType 1–9) and BarrageGrab/WsBarrageServer.cs (how each Type's Content is generated);
// `Onwer` and string RoomId from README.md (v2.7.3). Fixtures: test/fixtures/sources/barragegrab/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment, CommentKind } from '../model';
import { barragegrabAdapter as a } from './barragegrab';

const fx = (name: string) => fixture('barragegrab', name);
const ctx = { now: 1_732_350_005_000, roomId: 'fallback-room' };

describe('barragegrab adapter', () => {
  it('parses a chat pack, keeping every digit of the 64-bit MsgId and RoomId', () => {
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
        platformTs: null,
        ts: ctx.now,
      },
    ]);
    // 7304567890123456789 and …790 are the same double: without exact parsing they would collide.
    expect(a.parse(fx('chat-sibling.json'), ctx).comments[0].msgId).toBe('7304567890123456790');
  });

  it('stores generated Content of non-chat types as room events, never chat', () => {
    const kinds: Array<[string, CommentKind, string]> = [
      ['gift.json', 'gift', '小鹿 送出 小心心(可连击) x 1个，增量1个'],
      ['member.json', 'member', '路人甲 来了 直播间人数:1523'],
      ['stats.json', 'stats', '当前直播间人数 1523，累计直播间人数 2.0万'],
    ];
    for (const [file, kind, text] of kinds) {
      const out = a.parse(fx(file), ctx);
      expect(out.rejected, file).toEqual([]);
      expect(out.comments[0], file).toMatchObject({ kind, text, platformTs: null });
    }
    expect(a.parse(fx('stats.json'), ctx).comments[0]).toMatchObject({ userId: '', nickname: '' });
    expect(a.parse(fx('gift.json'), ctx).comments[0].roomId).toBe('7304500000000000001');
  });

  it('Type 9 ends the room; the owner may be spelled Onwer or Owner', () => {
    for (const frame of [fx('end.json'), fx('end.json').replace('Onwer', 'Owner')]) {
      const out = a.parse(frame, ctx);
      expect(out.ended).toBe(true);
      expect(out.comments[0]).toMatchObject({ kind: 'end', msgId: '7304567890123456999' });
    }
  });

  it('refuses broken envelopes with a reason', () => {
    const cases: Array<[string, string]> = [
      ['{"Type":1,"ProcessName":"chrome","Data":"{not json"}', 'bad-inner-json'],
      ['{"Type":42,"ProcessName":"chrome","Data":"{}"}', 'unknown-type'],
      ['{"Type":"1","Data":"{}"}', 'invalid-envelope: Type'],
      ['{"Type":1,"Data":12}', 'invalid-envelope: Data'],
      ['{"Type":1,"Data":"{\\"MsgId\\":5,\\"Content\\":\\"hi\\"}"}', 'invalid-data: User.Id'],
      ['{"Type":1,"Data":"{\\"User\\":{\\"Id\\":1},\\"Content\\":\\"hi\\"}"}', 'missing-msgId'],
      ['{"Type":1,"Data":"{\\"MsgId\\":5,\\"User\\":{\\"Id\\":1},\\"Content\\":\\"   \\"}"}', 'empty-text'],
    ];
    for (const [frame, reason] of cases) {
      const out = a.parse(frame, ctx);
      expect(out.comments, frame).toEqual([]);
      expect(
        out.rejected.map((r) => r.reason),
        frame,
      ).toEqual([reason]);
    }
  });

  it('round-trips encode → parse for every kind BarrageGrab sends', () => {
    const kinds: CommentKind[] = [
      'chat',
      'like',
      'member',
      'follow',
      'gift',
      'stats',
      'fanclub',
      'share',
      'end',
    ];
    for (const kind of kinds) {
      const noUser = kind === 'stats' || kind === 'end';
      const c: Comment = {
        platform: 'douyin',
        msgId: '7304567890123456789',
        roomId: '7304500000000000001',
        userId: noUser ? '' : '98765432101',
        nickname: noUser ? '' : '小鹿<b>',
        text: kind === 'chat' ? '有没有优惠券？' : `generated ${kind}`,
        channel: 'live',
        kind,
        platformTs: null,
        ts: ctx.now,
      };
      const frames = a.encode(c);
      expect(frames, kind).toHaveLength(1);
      const out = a.parse(frames[0], ctx);
      expect(out.comments, kind).toEqual([c]);
      expect(out.ended, kind).toBe(kind === 'end');
    }
    expect(a.encode({ ...({} as Comment), kind: 'other' })).toEqual([]);
  });
});
