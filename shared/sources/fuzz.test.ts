// Fuzz-style robustness test: thousands of malformed / hostile frames per adapter, from a seeded PRNG.
// Invariants: parse never throws; every frame is accounted for (a frame that yields no comment, reply,
// note, end or reconnect carries at least one Reject with a reason); every comment that comes out is
// clean (no control characters, nickname ≤ 64, text ≤ 1000, valid kind/channel, ts = ctx.now);
// Object.prototype is never polluted.
import { describe, expect, it } from 'vitest';
import { allFixtures } from '../../test/fixtures/sources/load';
import type { Comment } from '../model';
import { ADAPTERS, MAX_FRAME_CHARS, SOURCE_FORMATS } from './index';
import type { AdapterOutput, SourceFormat } from './types';
import { CHANNEL_VALUES, KIND_VALUES } from './frameKit';

const FRAMES_PER_ADAPTER = 3500;
const ctx = { now: 1_700_000_000_000, roomId: 'fuzz-room' };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** mulberry32: small, fast, seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '"><svg/onload=alert(1)>',
  '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
  '\u202eevil\u202c',
  '\ud800 lone surrogate',
  '__proto__',
  'constructor',
  '{{7*7}}${7*7}',
  'A'.repeat(5000),
  '字'.repeat(3000),
  '\r\nPRIVMSG #x :injected',
  '',
  ' ',
];

function junkValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(14)) {
    case 0:
      return null;
    case 1:
      return rng.next() < 0.5;
    case 2:
      return rng.pick([-1, 0, 1, 1e308, -1e308, 2 ** 53 + 1, 0.5, Number.MAX_SAFE_INTEGER + 2]);
    case 3:
      return rng.pick(HOSTILE_STRINGS);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
    case 7: {
      let v: unknown = 'deep';
      for (let i = 0; i < 60; i++) v = rng.next() < 0.5 ? [v] : { k: v };
      return v;
    }
    case 8:
      return depth < 3 ? [junkValue(rng, depth + 1), junkValue(rng, depth + 1)] : 'x';
    case 9:
      return depth < 3 ? { a: junkValue(rng, depth + 1), __proto__x: 1 } : 'y';
    case 10:
      return String(rng.int(1e9));
    case 11:
      return randomUnicode(rng, rng.int(200));
    case 12:
      return rng.int(100);
    default:
      return 'text';
  }
}

function randomUnicode(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    const cp =
      r < 0.3
        ? rng.int(0x80)
        : r < 0.6
          ? 0x4e00 + rng.int(0x5000)
          : r < 0.8
            ? rng.int(0xd800)
            : 0x1f300 + rng.int(0x300);
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** Replace one random node of a JSON value with junk (or delete it). */
function mutateJson(v: unknown, rng: Rng): unknown {
  const clone = JSON.parse(JSON.stringify(v)) as unknown;
  const containers: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node))
      node.forEach((x, i) => (containers.push({ parent: node, key: i }), walk(x, depth + 1)));
    else
      for (const [k, x] of Object.entries(node)) {
        containers.push({ parent: node as Record<string, unknown>, key: k });
        walk(x, depth + 1);
      }
  };
  walk(clone, 0);
  if (containers.length === 0) return junkValue(rng);
  const times = 1 + rng.int(3);
  for (let t = 0; t < times; t++) {
    const { parent, key } = rng.pick(containers);
    if (rng.next() < 0.2 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
    else (parent as Record<string | number, unknown>)[key] = junkValue(rng);
  }
  return clone;
}

/** Re-stringify a JSON value that may contain inner JSON strings (BarrageGrab Data, Bilibili extra). */
function mutateInnerJson(v: unknown, rng: Rng): unknown {
  if (typeof v === 'string' && (v.startsWith('{') || v.startsWith('['))) {
    try {
      return JSON.stringify(mutateJson(JSON.parse(v), rng));
    } catch {
      return v;
    }
  }
  if (v && typeof v === 'object') {
    const c = Array.isArray(v) ? [...v] : { ...(v as Record<string, unknown>) };
    for (const k of Object.keys(c))
      (c as Record<string, unknown>)[k] = mutateInnerJson((c as Record<string, unknown>)[k], rng);
    return c;
  }
  return v;
}

const BIG_TEXT = 'x'.repeat(10 * 1024 * 1024);
const BIG_BYTES = new Uint8Array(10 * 1024 * 1024).fill(0x41);

function seedsFor(format: SourceFormat): string[] {
  const seeds = allFixtures(format);
  const c: Comment = {
    platform: format === 'twitch' ? 'twitch' : 'douyin',
    msgId: '7304567890123456789',
    roomId: 'room1',
    userId: '12345',
    nickname: 'viewer',
    text: 'M码还有吗',
    channel: 'live',
    kind: 'chat',
    platformTs: 1_700_000_000_000,
    ts: ctx.now,
  };
  seeds.push(...ADAPTERS[format].encode(c));
  return seeds;
}

function makeFrame(format: SourceFormat, seeds: string[], rng: Rng, i: number): string | Uint8Array {
  const seed = rng.pick(seeds);
  if (i % 700 === 0) return BIG_TEXT; // 10 MB text
  if (i % 700 === 1) return BIG_BYTES; // 10 MB binary
  if (i % 700 === 2) return '['.repeat(200_000) + ']'.repeat(200_000); // deep nesting, under the size cap
  if (i % 700 === 3) return `{"a":${'9'.repeat(MAX_FRAME_CHARS - 10)}}`; // huge number literal, under the cap
  switch (rng.int(12)) {
    case 0: {
      const b = new Uint8Array(1 + rng.int(300));
      for (let k = 0; k < b.length; k++) b[k] = rng.int(256);
      return b;
    }
    case 1:
      return randomUnicode(rng, rng.int(400));
    case 2:
      return seed.slice(0, rng.int(seed.length));
    case 3: {
      const chars = [...seed];
      for (let k = 0; k < 1 + rng.int(5); k++)
        chars[rng.int(chars.length)] = String.fromCharCode(rng.int(128));
      return chars.join('');
    }
    case 4:
    case 5:
    case 6: {
      try {
        const parsed = JSON.parse(seed) as unknown;
        return JSON.stringify(
          rng.next() < 0.5 ? mutateJson(parsed, rng) : mutateInnerJson(mutateJson(parsed, rng), rng),
        );
      } catch {
        return seed.replace(/=[^;: ]*/, `=${rng.pick(HOSTILE_STRINGS).replace(/[\r\n ]/g, '')}`);
      }
    }
    case 7:
      return JSON.stringify(junkValue(rng));
    case 8: {
      // prototype-pollution keys spliced into a valid object
      const t = seed.trim();
      return t.startsWith('{')
        ? `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${t.slice(1)}`
        : `__proto__ ${t}`;
    }
    case 9: {
      // hostile nickname/text inside an otherwise valid frame
      const h = rng.pick(HOSTILE_STRINGS);
      return seed.replace(
        /(小鹿|xfgryujk|Shîñ|lovingt3s|弹幕君|bleedPurple|M码还有吗|确实)/,
        JSON.stringify(h).slice(1, -1),
      );
    }
    case 10:
      return new TextEncoder().encode(seed.slice(0, rng.int(seed.length + 1)) + randomUnicode(rng, 5));
    default:
      return format === 'twitch'
        ? rng.pick([
            '@',
            ':',
            '@a=b',
            ':x PRIVMSG',
            'PING',
            '\r\n\r\n',
            '@id=;user-id= :a!a@a PRIVMSG #c :',
            `@${'k=v;'.repeat(2000)} :a PRIVMSG #c :hi`,
          ])
        : rng.pick([
            '',
            'null',
            '0',
            '[]',
            '{}',
            '"str"',
            'true',
            '{"type":',
            '\u0000',
            '[{}]',
            '{"cmd":null}',
          ]);
  }
}

function checkComment(c: Comment): void {
  for (const k of ['platform', 'msgId', 'roomId', 'userId', 'nickname', 'text'] as const) {
    expect(typeof c[k]).toBe('string');
    expect(CONTROL.test(c[k]), `${k} has control chars: ${JSON.stringify(c[k]).slice(0, 80)}`).toBe(false);
  }
  expect(c.msgId.length).toBeGreaterThan(0);
  expect([...c.nickname].length).toBeLessThanOrEqual(64);
  expect([...c.text].length).toBeLessThanOrEqual(1000);
  expect(KIND_VALUES).toContain(c.kind);
  expect(CHANNEL_VALUES).toContain(c.channel);
  expect(c.ts).toBe(ctx.now);
  expect(c.platformTs === null || Number.isFinite(c.platformTs)).toBe(true);
  if (c.kind === 'chat') expect(c.text.length).toBeGreaterThan(0);
}

function producedSomething(o: AdapterOutput): boolean {
  return (
    o.comments.length > 0 || o.replies.length > 0 || o.ended || !!o.reconnect || (o.notes?.length ?? 0) > 0
  );
}

describe('fuzz: malformed frames never throw and are all accounted for', () => {
  for (const format of SOURCE_FORMATS) {
    it(`${format}: ${FRAMES_PER_ADAPTER} frames`, () => {
      const adapter = ADAPTERS[format];
      const rng = prng(0xc0ffee ^ (format.length * 7919));
      const seeds = seedsFor(format);
      let throws = 0;
      let silentFrames = 0;
      let framesWithoutOutput = 0;
      let framesRejected = 0;
      let rejects = 0;
      let comments = 0;
      const reasons = new Map<string, number>();
      for (let i = 0; i < FRAMES_PER_ADAPTER; i++) {
        const frame = makeFrame(format, seeds, rng, i);
        let out: AdapterOutput;
        try {
          out = adapter.parse(frame, ctx);
        } catch {
          throws++;
          continue;
        }
        comments += out.comments.length;
        for (const n of out.notes ?? []) expect(CONTROL.test(n)).toBe(false);
        out.comments.forEach(checkComment);
        for (const r of out.rejected) {
          expect(typeof r.reason).toBe('string');
          expect(r.reason.length).toBeGreaterThan(0);
          expect(CONTROL.test(r.reason)).toBe(false);
          expect(r.sample.length).toBeLessThanOrEqual(120);
          expect(CONTROL.test(r.sample)).toBe(false);
          const key = r.reason.split(':')[0];
          reasons.set(key, (reasons.get(key) ?? 0) + 1);
        }
        rejects += out.rejected.length;
        if (!producedSomething(out)) {
          framesWithoutOutput++;
          if (out.rejected.length > 0) framesRejected++;
          else silentFrames++;
        }
      }
      expect(throws).toBe(0);
      expect(silentFrames).toBe(0);
      // every bad frame that produced nothing carries a counted rejection
      expect(framesRejected).toBe(framesWithoutOutput);
      expect(rejects).toBeGreaterThanOrEqual(framesWithoutOutput);
      expect(framesWithoutOutput).toBeGreaterThan(FRAMES_PER_ADAPTER / 4);
      expect(reasons.get('oversized')).toBeGreaterThanOrEqual(10);
      expect(comments).toBeGreaterThan(0); // the hostile-but-valid frames still come through
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    });
  }
});
