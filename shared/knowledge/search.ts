// Search over the knowledge base: every word of the query must be found (title, keywords, body or the
// category's name); entries whose title holds more of the words come first, then by score, then the most
// recently edited. The same function serves the reply box (on the cached list, as the user types) and
// the kb:search command. Two characters are enough for Chinese (退货, 尺码).
import type { QuestionType } from '../model';
import { KB_CATEGORY_LABELS, type KbCategory, type KbEntry } from './types';

export const MIN_QUERY_CHARS = 2;

export interface KbHit {
  entry: KbEntry;
  score: number;
  /** How many query words the title holds: the first sort key. */
  titleHits: number;
}

export interface RankOptions {
  category?: KbCategory;
  /** Categories that fit the question being answered: a small boost on ties. */
  preferred?: readonly KbCategory[];
  limit?: number;
}

/** Full-width → half-width (Ｍ码 = M码, ７天 = 7天) and lower case, so a query matches however it is typed. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** Spaces do not count when matching: 48小时 finds “48 小时”, 7天 finds “7 天”. */
const squeeze = (s: string) => normalizeText(s).replace(/\s+/g, '');

export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
}

/** At least MIN_QUERY_CHARS characters, not counting spaces. */
export function isSearchable(query: string): boolean {
  return [...normalizeText(query).replace(/[\s,，、;；]+/g, '')].length >= MIN_QUERY_CHARS;
}

/** The categories that usually hold the answer to a question of this type. */
export function preferredCategories(type?: QuestionType): KbCategory[] {
  switch (type) {
    case 'product':
      return ['product', 'faq'];
    case 'price':
    case 'purchase':
    case 'shipping':
      return ['faq', 'platform'];
    case 'after_sales':
    case 'complaint':
      return ['after_sales', 'platform'];
    default:
      return [];
  }
}

interface Prepared {
  title: string;
  keywords: string[];
  body: string;
  category: string;
  all: string;
}

function prepare(e: KbEntry): Prepared {
  const l = KB_CATEGORY_LABELS[e.category];
  const title = squeeze(e.title);
  const keywords = e.keywords.map(squeeze);
  const body = squeeze(e.body);
  const category = normalizeText(`${l.zh} ${l.en} ${e.category}`);
  return { title, keywords, body, category, all: `${title}\n${keywords.join('\n')}\n${body}` };
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Score of one word against one entry (0 = not found) and whether the title holds it. */
function termScore(p: Prepared, term: string): { score: number; inTitle: boolean } {
  if (p.title === term) return { score: 100, inTitle: true };
  if (p.title.startsWith(term)) return { score: 70, inTitle: true };
  if (p.title.includes(term)) return { score: 50, inTitle: true };
  let best = 0;
  for (const k of p.keywords) {
    if (k === term) best = Math.max(best, 45);
    else if (k.includes(term) || (k.length >= MIN_QUERY_CHARS && term.includes(k))) best = Math.max(best, 30);
  }
  if (best) return { score: best, inTitle: false };
  const inBody = count(p.body, term);
  if (inBody) return { score: 12 + Math.min(3, inBody - 1) * 2, inTitle: false };
  if (p.category.includes(term)) return { score: 6, inTitle: false };
  // A Chinese phrase typed without spaces (退货运费) matches when each pair of its characters is found.
  if ([...term].length >= 3) {
    const chars = [...term];
    const pairs = chars.slice(1).map((c, i) => chars[i] + c);
    if (pairs.every((b) => p.title.includes(b))) return { score: 30, inTitle: true };
    if (pairs.every((b) => p.all.includes(b))) return { score: 8, inTitle: false };
  }
  return { score: 0, inTitle: false };
}

/** Live entries matching every word of the query, best first. Too short a query finds nothing. */
export function rankEntries(entries: readonly KbEntry[], query: string, opts: RankOptions = {}): KbHit[] {
  if (!isSearchable(query)) return [];
  const terms = queryTerms(query);
  const preferred = opts.preferred ?? [];
  const hits: KbHit[] = [];
  for (const entry of entries) {
    if (entry.deletedAt != null) continue;
    if (opts.category && entry.category !== opts.category) continue;
    const p = prepare(entry);
    let score = 0;
    let titleHits = 0;
    let all = true;
    for (const term of terms) {
      const s = termScore(p, term);
      if (!s.score) {
        all = false;
        break;
      }
      score += s.score;
      if (s.inTitle) titleHits++;
    }
    if (!all) continue;
    const pref = preferred.indexOf(entry.category);
    if (pref >= 0) score += preferred.length - pref;
    hits.push({ entry, score, titleHits });
  }
  hits.sort(
    (a, b) =>
      b.titleHits - a.titleHits ||
      b.score - a.score ||
      b.entry.updatedAt - a.entry.updatedAt ||
      a.entry.id - b.entry.id,
  );
  return opts.limit ? hits.slice(0, opts.limit) : hits;
}

/** How many hits per category (for the filter chips). */
export function countByCategory(hits: readonly KbHit[]): Record<KbCategory, number> {
  const out: Record<KbCategory, number> = { product: 0, platform: 0, after_sales: 0, faq: 0 };
  for (const h of hits) out[h.entry.category]++;
  return out;
}

/** [start, end) ranges of the query's words in `text` (merged, in order), for highlighting. */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = queryTerms(query);
  // NFKC can change lengths (e.g. ligatures); only highlight when it does not, which is the common case.
  const hay = normalizeText(text);
  if (hay.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const term of terms) {
    // Spaces in the text between the word's characters are allowed, as in the search itself.
    const re = new RegExp([...term].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
    for (const m of hay.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Split `text` into plain and matched parts (for <mark>). */
export function highlightParts(text: string, query: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of matchRanges(text, query)) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** About `width` characters of `body` around the first match (the start when nothing matches). */
export function snippet(body: string, query: string, width = 80): string {
  if (body.length <= width) return body;
  const first = matchRanges(body, query)[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(width / 4), body.length - width)) : 0;
  const end = Math.min(body.length, start + width);
  return `${start > 0 ? '…' : ''}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
}
