// LiveDesk's own JSON format (see the doc comment in livedesk.ts). Fixtures: test/fixtures/sources/livedesk/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import { livedeskAdapter, encodeLiveDeskBatch, encodeLiveDeskEnd } from './livedesk';
import { MAX_FRAME_CHARS } from './frameKit';
import type { Comment } from '../model';

const fx = (name: string) => fixture('livedesk', name);
const ctx = { now: 1_732_350_005_000, roomId: 'room-x' };

describe('livedesk adapter', () => {
  it('parses a single comment frame: ts is the receive time, platformTs the frame time', () => {
    const out = livedeskAdapter.parse(fx('comment.json'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'douyin',
        msgId: 'a1b2',
        roomId: 'room-1',
        userId: 'u42',
        nickname: '小鹿',
        text: 'M码还有吗',
        channel: 'live',
        kind: 'chat',
        platformTs: 1732350000000,
        ts: ctx.now,
      },
    ]);
  });

  it('a bad batch item refuses only itself; defaults apply', () => {
    const out = livedeskAdapter.parse(fx('batch.json'), ctx);
    expect(out.comments.map((c) => c.msgId)).toEqual(['b1', 'b3', 'b4']);
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0].reason).toBe('empty-text');
    const [b1, b3, b4] = out.comments;
    expect(b1).toMatchObject({ channel: 'live', kind: 'chat', platformTs: 1732350001000 });
    expect(b3).toMatchObject({ kind: 'gift', platformTs: null });
    expect(b4).toMatchObject({ channel: 'dm' });
  });

  it('end frame ends the room', () => {
    const out = livedeskAdapter.parse(fx('end.json'), ctx);
    expect(out).toMatchObject({ ended: true, comments: [], rejected: [] });
    expect(livedeskAdapter.parse(encodeLiveDeskEnd('r'), ctx).ended).toBe(true);
  });

  it('fills platform, room and nickname defaults; derives a stable msgId from ts when none is sent', () => {
    const f = JSON.stringify({ v: 1, type: 'comment', user: { id: 7 }, text: '多少钱', ts: 1732350000000 });
    const a = livedeskAdapter.parse(f, ctx).comments[0];
    const b = livedeskAdapter.parse(f, { now: ctx.now + 999, roomId: 'room-x' }).comments[0];
    expect(a).toMatchObject({ platform: 'livedesk', roomId: 'room-x', userId: '7', nickname: '7' });
    expect(a.msgId).toMatch(/^k-[0-9a-f]{16}$/);
    expect(b.msgId).toBe(a.msgId);
    const noId = livedeskAdapter.parse(JSON.stringify({ type: 'comment', user: { id: 7 }, text: 'x' }), ctx);
    expect(noId.rejected.map((r) => r.reason)).toEqual(['missing-msgId']);
  });

  it('refuses wrong shapes with a reason', () => {
    const cases: Array<[string, RegExp]> = [
      ['{', /^bad-json$/],
      ['[1,2]', /^not-an-object$/],
      ['{"v":2,"type":"comment"}', /^unsupported-version$/],
      ['{"type":"hello"}', /^unknown-type$/],
      ['{"text":"hi"}', /^missing-type$/],
      [
        '{"type":"comment","msgId":"m","user":{"id":"u"},"text":"x","channel":"tv"}',
        /^invalid-comment: channel/,
      ],
      ['{"type":"comment","msgId":"m","user":{"id":{}},"text":"x"}', /^invalid-comment: user\.id/],
      ['{"type":"batch","items":{}}', /^invalid-batch/],
      [JSON.stringify({ type: 'batch', items: new Array(1001).fill({}) }), /^batch-too-large$/],
    ];
    for (const [frame, reason] of cases) {
      const out = livedeskAdapter.parse(frame, ctx);
      expect(out.comments, frame).toEqual([]);
      expect(out.rejected, frame).toHaveLength(1);
      expect(out.rejected[0].reason, frame).toMatch(reason);
    }
  });

  it('strips control characters, caps lengths, keeps HTML as plain text', () => {
    const f = JSON.stringify({
      type: 'comment',
      msgId: 'm1',
      user: { id: 'u', nickname: '<img src=x onerror=alert(1)>\u0000\u202e' + 'n'.repeat(200) },
      text: '第一行\r\n第二行\u0007' + '字'.repeat(2000),
    });
    const c = livedeskAdapter.parse(f, ctx).comments[0];
    expect(c.nickname.startsWith('<img src=x onerror=alert(1)>nnn')).toBe(true);
    expect([...c.nickname]).toHaveLength(64);
    expect(c.text.startsWith('第一行 第二行字')).toBe(true);
    expect([...c.text]).toHaveLength(1000);
  });

  it('refuses oversized frames unread and undecodable binary; accepts UTF-8 binary', () => {
    const big = livedeskAdapter.parse('x'.repeat(MAX_FRAME_CHARS + 1), ctx);
    expect(big.rejected.map((r) => r.reason)).toEqual(['oversized']);
    expect(big.rejected[0].sample.length).toBeLessThanOrEqual(120);
    const bin = livedeskAdapter.parse(new Uint8Array([0xff, 0xfe, 0x00, 0x80]), ctx);
    expect(bin.rejected.map((r) => r.reason)).toEqual(['binary']);
    const utf8 = livedeskAdapter.parse(new TextEncoder().encode(fx('comment.json')), ctx);
    expect(utf8.comments[0].text).toBe('M码还有吗');
  });

  it('round-trips encode → parse, single and batch', () => {
    const cs: Comment[] = [
      {
        platform: 'tiktok',
        msgId: '1',
        roomId: 'r',
        userId: 'u',
        nickname: 'N',
        text: 'size?',
        channel: 'chat',
        kind: 'chat',
        platformTs: 1732350000123,
        ts: ctx.now,
      },
      {
        platform: 'douyin',
        msgId: 'g',
        roomId: 'r',
        userId: 'u2',
        nickname: '小',
        text: '',
        channel: 'live',
        kind: 'like',
        platformTs: null,
        ts: ctx.now,
      },
    ];
    for (const c of cs) {
      const frames = livedeskAdapter.encode(c);
      expect(frames.flatMap((f) => livedeskAdapter.parse(f, ctx).comments)).toEqual([c]);
    }
    expect(livedeskAdapter.parse(encodeLiveDeskBatch(cs), ctx).comments).toEqual(cs);
  });
});
