// checkReply: is a staff reply to a viewer in line with the 服务用语 rules? Pure and explainable:
// every issue names the text it matched, where, the rule, why, and what to say instead.
//
// Choices (see the tests):
// - Matching is on the text as typed (case-insensitive for Latin), so an issue's index can be used to
//   apply the suggestion in place. Full-width/half-width variants are not folded.
// - A rule's `except` phrases excuse a match that lies inside them: 不行 inside 行不行 (您看行不行？),
//   不能 inside 能不能 / 不能错过, 你 inside 你们 / 迷你. Quoting the viewer (“不能退吗？”) is still
//   flagged: the reply is what the viewer reads.
// - A match inside a longer match is reported once, by the longer rule (我不能 → one issue, not two).
// - Wildcards stay within one clause: `*` is at most 8 characters without punctuation or spaces, so
//   这是*的问题 cannot run across sentences.
// - The honorific check asks for one of `expected` (您 / 亲) in replies of at least `minLength`
//   characters (好的 / 在的 pass); when an informal 你 is already flagged, fixing that adds 您, so no
//   second "missing honorific" issue is raised.
import type { ForbiddenPhrase, ReplyCheck, ReplyIssue, ServiceRules } from './types';

const CLAUSE_CHAR = '[^\\s，。！？；、,.!?;：:]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The RegExp source for a pattern (plain or wildcard). */
export function patternSource(pattern: string, kind: ForbiddenPhrase['kind']): string {
  const p = pattern.trim();
  if (kind === 'plain') return escape(p);
  return p
    .split('')
    .map((c) => (c === '*' ? `${CLAUSE_CHAR}{0,8}?` : c === '?' ? CLAUSE_CHAR : escape(c)))
    .join('');
}

interface CompiledRule {
  re: RegExp;
  except: RegExp | null;
  kind: ReplyIssue['kind'];
  suggestion: string;
  reason: string;
  rule: string;
}

const HONORIFIC_REASON = '用敬语“您” / use the polite 您';
const MISSING_REASON = (expected: string[]) =>
  `缺少敬语（${expected.join('、')}） / no honorific (${expected.join(', ')})`;

const cache = new WeakMap<ServiceRules, CompiledRule[]>();

function exceptRe(list: readonly string[]): RegExp | null {
  const parts = list.map((s) => s.trim()).filter(Boolean);
  return parts.length ? new RegExp(parts.map(escape).join('|'), 'giu') : null;
}

function compile(rules: ServiceRules): CompiledRule[] {
  const hit = cache.get(rules);
  if (hit) return hit;
  const out: CompiledRule[] = [];
  for (const r of rules.forbidden) {
    if (!r.pattern.replace(/[*?\s]/g, '')) continue;
    out.push({
      re: new RegExp(patternSource(r.pattern, r.kind), 'giu'),
      except: exceptRe(r.except),
      kind: 'forbidden',
      suggestion: r.suggestion,
      reason: r.reason,
      rule: r.pattern,
    });
  }
  for (const r of rules.honorifics.informal) {
    if (!r.pattern.trim()) continue;
    out.push({
      re: new RegExp(escape(r.pattern.trim()), 'giu'),
      except: exceptRe(r.except),
      kind: 'honorific',
      suggestion: r.suggestion,
      reason: HONORIFIC_REASON,
      rule: r.pattern,
    });
  }
  cache.set(rules, out);
  return out;
}

function excused(except: RegExp | null, text: string, start: number, end: number): boolean {
  if (!except) return false;
  for (const m of text.matchAll(except)) {
    const a = m.index;
    if (a > start) break;
    if (a <= start && end <= a + m[0].length) return true;
  }
  return false;
}

export function checkReply(text: string, rules: ServiceRules): ReplyCheck {
  const found: ReplyIssue[] = [];
  for (const r of compile(rules)) {
    for (const m of text.matchAll(r.re)) {
      if (!m[0]) continue;
      if (excused(r.except, text, m.index, m.index + m[0].length)) continue;
      found.push({
        kind: r.kind,
        match: m[0],
        index: m.index,
        suggestion: r.suggestion,
        reason: r.reason,
        rule: r.rule,
      });
    }
  }
  found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const issues: ReplyIssue[] = [];
  for (const i of found) {
    const end = i.index + i.match.length;
    if (issues.some((a) => a.index <= i.index && end <= a.index + a.match.length)) continue;
    issues.push(i);
  }
  const h = rules.honorifics;
  const length = Array.from(text.replace(/\s/g, '')).length;
  if (
    h.expected.length > 0 &&
    length >= h.minLength &&
    !h.expected.some((w) => w && text.includes(w)) &&
    !issues.some((i) => i.kind === 'honorific')
  ) {
    issues.push({
      kind: 'honorific',
      match: '',
      index: 0,
      suggestion: h.prefix || undefined,
      reason: MISSING_REASON(h.expected),
    });
  }
  return { ok: issues.length === 0, issues };
}

/** The text with one issue's suggestion applied in place; unchanged when the text moved on since. */
export function applySuggestion(text: string, issue: ReplyIssue): string {
  if (issue.suggestion == null) return text;
  if (text.slice(issue.index, issue.index + issue.match.length) !== issue.match) return text;
  return text.slice(0, issue.index) + issue.suggestion + text.slice(issue.index + issue.match.length);
}

/** The part of a bilingual "中文 / English" reason for one language; other text as it is. */
export function reasonIn(lang: 'zh' | 'en', reason: string): string {
  const i = reason.indexOf(' / ');
  if (i < 0) return reason;
  return lang === 'zh' ? reason.slice(0, i) : reason.slice(i + 3);
}
