// Pure helpers for the classifier settings: tag lists and the instant check of a blocked term
// (the same RegExp flags the classifier compiles with, so what passes here passes the server).
import type { BlockedTerm } from '../../shared/classify/config';

const MAX_TERM = 200;

/** Split what was typed or pasted into terms: commas (half/full width), 、, ; and new lines. */
export function splitTags(raw: string): string[] {
  return raw
    .split(/[,，、;；\n\r\t]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Add terms to a list, keeping order and dropping repeats (case-insensitive) and over-long terms. */
export function addTags(list: readonly string[], raw: string): string[] {
  const seen = new Set(list.map((s) => s.toLowerCase()));
  const out = [...list];
  for (const t of splitTags(raw)) {
    const key = t.toLowerCase();
    if (seen.has(key) || t.length > MAX_TERM) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

export type TermProblem = { code: 'empty' } | { code: 'too_long' } | { code: 'regex'; detail: string };

/** null when the term is usable; otherwise what is wrong with it. */
export function checkBlockedTerm(term: Pick<BlockedTerm, 'kind' | 'pattern'>): TermProblem | null {
  if (term.pattern.trim() === '') return { code: 'empty' };
  if (term.pattern.length > MAX_TERM) return { code: 'too_long' };
  if (term.kind === 'regex') {
    try {
      new RegExp(term.pattern, 'iu');
    } catch (e) {
      return { code: 'regex', detail: (e as Error).message };
    }
  }
  return null;
}

/** Does a sample text hit the term? Lets the user try a pattern before saving. */
export function termMatches(term: Pick<BlockedTerm, 'kind' | 'pattern'>, sample: string): boolean {
  if (checkBlockedTerm(term) || !sample) return false;
  const text = sample.normalize('NFKC').toLowerCase();
  if (term.kind === 'plain') return text.includes(term.pattern.normalize('NFKC').toLowerCase().trim());
  if (term.kind === 'wildcard') {
    const src = term.pattern
      .normalize('NFKC')
      .trim()
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(src, 'iu').test(text);
  }
  return new RegExp(term.pattern, 'iu').test(sample);
}

/** Bounds of the flood rule (the same as shared/classify/config.ts's schema). */
export const FLOOD_LIMITS = { windowSec: [1, 3600], repeats: [2, 100] } as const;
export type FloodProblem = 'window' | 'repeats';

/** Which flood fields are out of bounds (window in whole seconds, repeats a whole number). */
export function checkFlood(flood: { windowMs: number; maxRepeats: number }): FloodProblem[] {
  const out: FloodProblem[] = [];
  const sec = flood.windowMs / 1000;
  if (!Number.isInteger(sec) || sec < FLOOD_LIMITS.windowSec[0] || sec > FLOOD_LIMITS.windowSec[1])
    out.push('window');
  const r = flood.maxRepeats;
  if (!Number.isInteger(r) || r < FLOOD_LIMITS.repeats[0] || r > FLOOD_LIMITS.repeats[1]) out.push('repeats');
  return out;
}
