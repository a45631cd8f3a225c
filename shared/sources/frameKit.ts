// Shared plumbing for the stream-source adapters: frame decoding, size limits, text hygiene,
// JSON parsing and the never-throw wrapper. Pure: no Node, no DOM.
import type { z } from 'zod';
import type { Channel, Comment, CommentKind } from '../model';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';

/** Frames larger than this are refused with reason 'oversized' before any parsing. */
export const MAX_FRAME_CHARS = 1_000_000;
export const MAX_NICKNAME_CHARS = 64;
export const MAX_TEXT_CHARS = 1000;
export const MAX_ID_CHARS = 128;
export const MAX_SAMPLE_CHARS = 120;

export const CHANNEL_VALUES = ['live', 'dm', 'chat'] as const satisfies readonly Channel[];
export const KIND_VALUES = [
  'chat',
  'gift',
  'like',
  'member',
  'follow',
  'share',
  'stats',
  'fanclub',
  'end',
  'other',
] as const satisfies readonly CommentKind[];

// Line breaks and tabs become a space; other C0/C1 controls, bidi overrides/isolates, zero-width
// space, word joiner and BOM are removed (they hide text from moderators and keyword rules).
// ZWJ/ZWNJ (U+200C/D) stay: emoji sequences and some scripts need them.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cut to at most `max` code points without splitting a surrogate pair. */
export function capChars(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  let n = 0;
  for (const ch of s) {
    if (n >= max) break;
    out += ch;
    n++;
  }
  return out;
}

/** Control characters stripped, lone surrogates replaced, trimmed, capped at `max` code points. */
export function cleanText(s: string, max: number): string {
  // Cap early so a huge string is not scanned by every regex (then cap again after cleaning).
  const head = s.length > max * 4 + 64 ? s.slice(0, max * 4 + 64) : s;
  const cleaned = head.replace(LONE_SURROGATE, '\uFFFD').replace(BREAKS, ' ').replace(CONTROLS, '').trim();
  return capChars(cleaned, max);
}

/** What a Reject shows: the first ≤120 chars of the frame, control chars stripped. */
export function sampleOf(raw: string): string {
  const s = cleanText(raw.slice(0, MAX_SAMPLE_CHARS * 2), MAX_SAMPLE_CHARS);
  if (s.length <= MAX_SAMPLE_CHARS) return s;
  // Astral characters count twice in .length: keep whole code points within 120 UTF-16 units.
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > MAX_SAMPLE_CHARS) break;
    out += ch;
  }
  return out;
}

function hexSample(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length && i < 40; i++) s += bytes[i].toString(16).padStart(2, '0');
  return `0x${s}${bytes.length > 40 ? '…' : ''} (${bytes.length} bytes)`;
}

/** Strict UTF-8 decoding (no overlongs, no surrogates, ≤ U+10FFFF). null when not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  const n = bytes.length;
  // Skip a UTF-8 BOM.
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < n) {
    const b0 = bytes[i];
    let cp: number;
    if (b0 < 0x80) {
      cp = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = bytes[i + 1];
      if (i + 1 >= n || (b1 & 0xc0) !== 0x80) return null;
      cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (i + 2 >= n || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const b3 = bytes[i + 3];
      if (i + 3 >= n || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return null;
      cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) return null;
      i += 4;
    } else {
      return null;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

export function emptyOutput(): AdapterOutput {
  return { comments: [], rejected: [], replies: [], ended: false };
}

/** Reasons and notes may quote source text (an error message, an event name): keep them clean too. */
export function reject(out: AdapterOutput, reason: string, raw: string): void {
  out.rejected.push({ reason: cleanText(reason, 200) || 'invalid', sample: sampleOf(raw) });
}

export function note(out: AdapterOutput, what: string): void {
  (out.notes ??= []).push(cleanText(what, 120) || 'note');
}

/**
 * Wrap a text parser into SourceAdapter.parse: size limit, binary decoding, and a catch-all so an
 * adapter bug becomes a Reject ('internal: …') instead of an exception in the ingest loop.
 */
export function guardedParse(
  inner: (text: string, ctx: AdapterContext, out: AdapterOutput) => void,
): SourceAdapter['parse'] {
  return (frame, ctx) => {
    const out = emptyOutput();
    let text: string;
    try {
      if (typeof frame === 'string') {
        if (frame.length > MAX_FRAME_CHARS) {
          reject(out, 'oversized', frame.slice(0, MAX_SAMPLE_CHARS));
          return out;
        }
        text = frame;
      } else if (frame instanceof Uint8Array) {
        // A UTF-8 frame of MAX_FRAME_CHARS characters is at most 4 bytes per character.
        if (frame.byteLength > MAX_FRAME_CHARS * 4) {
          out.rejected.push({ reason: 'oversized', sample: hexSample(frame) });
          return out;
        }
        const decoded = decodeUtf8(frame);
        if (decoded === null) {
          out.rejected.push({ reason: 'binary', sample: hexSample(frame) });
          return out;
        }
        if (decoded.length > MAX_FRAME_CHARS) {
          reject(out, 'oversized', decoded.slice(0, MAX_SAMPLE_CHARS));
          return out;
        }
        text = decoded;
      } else {
        out.rejected.push({ reason: 'not-a-frame', sample: sampleOf(String(typeof frame)) });
        return out;
      }
    } catch (e) {
      return { ...emptyOutput(), rejected: [{ reason: `internal: ${errMsg(e)}`, sample: '' }] };
    }
    try {
      inner(text, ctx, out);
    } catch (e) {
      // Keep what was already produced; the rest of the frame is refused.
      reject(out, `internal: ${errMsg(e)}`, text);
    }
    return out;
  };
}

function errMsg(e: unknown): string {
  try {
    return e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
  } catch {
    return 'unknown error';
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false };

const LONG_DIGITS = /\d{16}/;

/**
 * Integer literals of 16+ digits (outside strings) become JSON strings before parsing, so 64-bit ids
 * (Douyin msgId ~7.3e18, C# `long`, Go `int64` via encoding/json) keep every digit: JSON.parse would
 * round them to the nearest double, and two different messages would share one id.
 */
export function quoteLongIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  let out = '';
  let last = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped char
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) {
      inString = true;
      continue;
    }
    const isMinus = ch === 0x2d;
    if (isMinus || (ch >= 0x30 && ch <= 0x39)) {
      let j = isMinus ? i + 1 : i;
      while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const digits = j - (isMinus ? i + 1 : i);
      const next = j < n ? text.charCodeAt(j) : -1;
      const isInteger = next !== 0x2e && next !== 0x65 && next !== 0x45; // not . e E
      if (digits >= 16 && isInteger) {
        out += text.slice(last, i) + '"' + text.slice(i, j) + '"';
        last = j;
      }
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(quoteLongIntegers(text)) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property read (never walks the prototype chain, so `__proto__`/`constructor` keys are inert). */
export function own(o: unknown, key: string): unknown {
  if (!isRecord(o)) return undefined;
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** The first zod issue, as 'path: message', for a Reject reason. */
export function zodReason(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return prefix;
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  return `${prefix}: ${path}: ${issue.message}`.slice(0, 300);
}

/** Id-like value (string or safe integer) → string; anything else → null. */
export function idOf(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = cleanText(v, MAX_ID_CHARS);
    return s.length ? s : null;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return null;
}

/** A plausible epoch-ms time (1990…2200), else null. Seconds are scaled when `unit` says so. */
export function epochMs(v: unknown, unit: 'ms' | 's' | 'auto' = 'ms'): number | null {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\d{1,16}$/.test(v)) n = Number(v);
  else return null;
  if (!Number.isFinite(n) || n <= 0) return null;
  if (unit === 's' || (unit === 'auto' && n < 1e11)) n = n * 1000;
  n = Math.round(n);
  return n >= 631152000000 && n <= 7258118400000 ? n : null;
}

export interface RawComment {
  platform: string;
  msgId: string;
  roomId: string;
  userId: string;
  nickname: string;
  text: string;
  channel: Channel;
  kind: CommentKind;
  platformTs: number | null;
}

/**
 * Clean and length-cap every field, then add the comment. A chat with no text left is refused
 * (reason 'empty-text'); room events may have empty text. A kind 'end' comment also ends the room.
 */
export function pushComment(out: AdapterOutput, raw: RawComment, ctx: AdapterContext, frame: string): void {
  const c: Comment = {
    platform: cleanText(raw.platform, 32) || 'unknown',
    msgId: cleanText(raw.msgId, MAX_ID_CHARS),
    roomId: cleanText(raw.roomId, MAX_ID_CHARS),
    userId: cleanText(raw.userId, MAX_ID_CHARS),
    nickname: cleanText(raw.nickname, MAX_NICKNAME_CHARS),
    text: cleanText(raw.text, MAX_TEXT_CHARS),
    channel: raw.channel,
    kind: raw.kind,
    platformTs: raw.platformTs,
    ts: ctx.now,
  };
  if (!c.msgId) return reject(out, 'missing-msgId', frame);
  if (c.kind === 'chat' && !c.text) return reject(out, 'empty-text', frame);
  out.comments.push(c);
  if (c.kind === 'end') out.ended = true;
}
