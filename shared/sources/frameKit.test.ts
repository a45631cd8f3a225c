// The shared plumbing: exact 64-bit ids, strict UTF-8, text hygiene, stable keys, the adapter registry.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, getAdapter, MAX_FRAME_CHARS, SOURCE_FORMATS } from './index';
import { stableKey } from './stableKey';
import { cleanText, decodeUtf8, epochMs, parseJson, quoteLongIntegers, sampleOf } from './frameKit';

describe('source utilities', () => {
  it('quotes 16+ digit integers outside strings only', () => {
    expect(
      quoteLongIntegers(
        '{"a":7304567890123456789,"b":"x 1234567890123456789","c":[-1234567890123456789],"d":1732350000000}',
      ),
    ).toBe(
      '{"a":"7304567890123456789","b":"x 1234567890123456789","c":["-1234567890123456789"],"d":1732350000000}',
    );
    expect(quoteLongIntegers('{"e":"\\"1234567890123456789","f":1234567890123456.5}')).toBe(
      '{"e":"\\"1234567890123456789","f":1234567890123456.5}',
    );
    expect(parseJson('{"id":7304567890123456789}')).toEqual({
      ok: true,
      value: { id: '7304567890123456789' },
    });
  });

  it('decodes strict UTF-8 and refuses anything else', () => {
    const enc = new TextEncoder();
    for (const s of ['hello', '小鹿 M码', '🛍️ emoji', '']) expect(decodeUtf8(enc.encode(s))).toBe(s);
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A'); // BOM skipped
    for (const bad of [
      [0xff],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe4, 0xb8],
    ]) {
      expect(decodeUtf8(new Uint8Array(bad)), bad.join(',')).toBeNull();
    }
  });

  it('cleans text: controls, bidi overrides, zero-width space removed; emoji ZWJ kept; capped by code point', () => {
    expect(cleanText(' a\r\nb\u0000c\u202ed\u200be ', 100)).toBe('a bcde');
    expect(cleanText('👩‍💻', 10)).toBe('👩‍💻');
    expect(cleanText('😀'.repeat(5), 3)).toBe('😀😀😀');
    expect(cleanText('\ud800x', 5)).toBe('\ufffdx');
    expect(sampleOf('😀'.repeat(200)).length).toBeLessThanOrEqual(120);
  });

  it('reads plausible epoch times only', () => {
    expect(epochMs('1732350000123')).toBe(1732350000123);
    expect(epochMs(1732350000, 's')).toBe(1732350000000);
    expect(epochMs(1732350000, 'auto')).toBe(1732350000000);
    expect(epochMs(-5)).toBeNull();
    expect(epochMs(1e20)).toBeNull();
    expect(epochMs('12abc')).toBeNull();
  });

  it('stableKey is deterministic, order-sensitive and distinguishes time', () => {
    const k = stableKey('bilibili', 'u1', '多少钱', 1732350000000);
    expect(k).toMatch(/^k-[0-9a-f]{16}$/);
    expect(stableKey('bilibili', 'u1', '多少钱', 1732350000000)).toBe(k);
    expect(stableKey('bilibili', 'u1', '多少钱', 1732350000001)).not.toBe(k);
    expect(stableKey('bilibili', '多少钱', 'u1', 1732350000000)).not.toBe(k);
    expect(stableKey('a', 'bc')).not.toBe(stableKey('ab', 'c'));
    const keys = new Set(Array.from({ length: 10_000 }, (_, i) => stableKey('p', 'u', `t${i}`, i)));
    expect(keys.size).toBe(10_000);
  });

  it('registry: every format has an adapter; lookups are case-insensitive and safe', () => {
    for (const f of SOURCE_FORMATS) expect(ADAPTERS[f].format).toBe(f);
    expect(getAdapter(' BarrageGrab ')).toBe(ADAPTERS.barragegrab);
    expect(getAdapter('__proto__')).toBeUndefined();
    expect(getAdapter('toString')).toBeUndefined();
    expect(getAdapter('nope')).toBeUndefined();
    expect(MAX_FRAME_CHARS).toBe(1_000_000);
  });

  it('a frame of exactly MAX_FRAME_CHARS is parsed, one more is refused unread', () => {
    const pad = (n: number) => `{"type":"comment","msgId":"m","user":{"id":"u"},"text":"${'x'.repeat(n)}"}`;
    const base = pad(0).length;
    const ok = ADAPTERS.livedesk.parse(pad(MAX_FRAME_CHARS - base), { now: 1 });
    expect(ok.comments).toHaveLength(1);
    expect([...ok.comments[0].text]).toHaveLength(1000);
    const big = ADAPTERS.livedesk.parse(pad(MAX_FRAME_CHARS - base + 1), { now: 1 });
    expect(big.rejected.map((r) => r.reason)).toEqual(['oversized']);
  });
});
