// Pure conversions between what the Settings pane shows (a number + a unit, a percentage) and what
// the policy stores (milliseconds, a ratio). Unit-tested in test/renderer/settingsUnits.test.ts.
import { MAX_WINDOW_MS } from '../../shared/deadlines/policy';

export type WindowUnit = 's' | 'min' | 'h' | 'day';
export const WINDOW_UNITS: readonly WindowUnit[] = ['s', 'min', 'h', 'day'];
export const UNIT_MS: Record<WindowUnit, number> = { s: 1000, min: 60_000, h: 3_600_000, day: 86_400_000 };

export interface WindowInput {
  value: string;
  unit: WindowUnit;
}

/** Largest unit that divides the window exactly (90 s stays seconds, 120 s becomes 2 min). */
export function msToInput(ms: number): WindowInput {
  for (const unit of ['day', 'h', 'min'] as const) {
    if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0) return { value: String(ms / UNIT_MS[unit]), unit };
  }
  return { value: trimNumber(ms / 1000), unit: 's' };
}

function trimNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** "12", " 1.5 ", "１２" (full-width digits typed with a Chinese IME) → number; anything else NaN. */
export function parseNumber(raw: string): number {
  const s = raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}

export type FieldProblem =
  'required' | 'not_number' | 'not_positive' | 'too_long' | 'too_short' | 'warn_range';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

/** A window as typed → whole milliseconds, with the same limits the server applies. */
export function inputToMs(input: WindowInput): Parsed<number> {
  if (input.value.trim() === '') return { ok: false, problem: 'required' };
  const n = parseNumber(input.value);
  if (!Number.isFinite(n)) return { ok: false, problem: 'not_number' };
  if (n <= 0) return { ok: false, problem: 'not_positive' };
  const ms = Math.round(n * UNIT_MS[input.unit]);
  if (ms < 1000) return { ok: false, problem: 'too_short' };
  if (ms > MAX_WINDOW_MS) return { ok: false, problem: 'too_long' };
  return { ok: true, value: ms };
}

/** 0.7 → "70" (no float noise: 0.29 → "29"). */
export function ratioToPct(ratio: number): string {
  return trimNumber(ratio * 100);
}

/** "70" → 0.7; strictly between 0 and 100 %, as the server requires 0 < warnRatio < 1. */
export function pctToRatio(raw: string): Parsed<number> {
  if (raw.trim() === '') return { ok: false, problem: 'required' };
  const n = parseNumber(raw.replace(/[%％]\s*$/, ''));
  if (!Number.isFinite(n)) return { ok: false, problem: 'not_number' };
  if (!(n > 0 && n < 100)) return { ok: false, problem: 'warn_range' };
  return { ok: true, value: Math.round(n * 1000) / 100000 };
}

/** A span as at most two units: '3 分 30 秒' / '3 min 30 s', '16 小时 48 分' / '16 h 48 min'. */
export function formatSpan(ms: number, lang: 'zh' | 'en'): string {
  const parts: [number, string, string][] = [
    [86_400_000, '天', 'd'],
    [3_600_000, '小时', 'h'],
    [60_000, '分', 'min'],
    [1000, '秒', 's'],
  ];
  let rest = Math.max(0, Math.round(ms / 1000) * 1000);
  const out: string[] = [];
  for (const [size, zh, en] of parts) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (out.length > 0 && out.length < 2)) out.push(`${n} ${lang === 'zh' ? zh : en}`);
    if (out.length === 2) break;
  }
  if (out.length === 0) return lang === 'zh' ? '0 秒' : '0 s';
  // '3 分 0 秒' reads worse than '3 分'
  if (out.length === 2 && out[1].startsWith('0 ')) out.pop();
  return out.join(' ');
}

/** Human age of a timestamp for the sources table: "3 s", "2 min", "—". */
export function ageSeconds(at: number | null, now: number): number | null {
  if (at == null) return null;
  return Math.max(0, Math.floor((now - at) / 1000));
}
