// Validation of edited 服务用语 rules (from Settings or any seat): shape, limits, no duplicates, and
// no suggestion that would itself be flagged. Errors are bilingual, one line each, with the place.
import { z } from 'zod';
import { checkReply } from './check';
import { QUICK_REPLY_CATEGORIES, type ServiceRules } from './types';

const text = (max: number, what: string) =>
  z
    .string('必须是文字 / must be text')
    .trim()
    .min(1, `${what}不能为空 / ${what === '词' ? 'pattern' : 'text'} is required`)
    .max(max, `最多 ${max} 字 / at most ${max} characters`);
const optText = (max: number) =>
  z.string('必须是文字 / must be text').trim().max(max, `最多 ${max} 字 / at most ${max} characters`);
const phraseList = z
  .array(
    z
      .string()
      .trim()
      .min(1, '例外词不能为空 / empty exception')
      .max(50, '最多 50 字 / at most 50 characters'),
  )
  .max(20, '最多 20 个例外词 / at most 20 exceptions');

const forbiddenSchema = z.object({
  pattern: text(50, '词').refine(
    (s) => s.length === 0 || s.replace(/[*?\s]/g, '').length > 0,
    '不能只有通配符 / must contain more than wildcards',
  ),
  kind: z.enum(['plain', 'wildcard'], '匹配方式只能是 plain 或 wildcard / kind must be plain or wildcard'),
  suggestion: text(100, '建议用语'),
  reason: optText(200).default(''),
  except: phraseList.default([]),
});

const quickReplySchema = z.object({
  id: z
    .string('必须是文字 / must be text')
    .trim()
    .min(1, '编号不能为空 / id is required')
    .max(40, '最多 40 字 / at most 40 characters'),
  category: z.enum(QUICK_REPLY_CATEGORIES, '未知分类 / unknown category'),
  text: text(500, '内容'),
  en: optText(500).optional(),
});

export const serviceRulesSchema = z.object({
  forbidden: z.array(forbiddenSchema).max(300, '禁用语最多 300 条 / at most 300 forbidden phrases'),
  honorifics: z.object({
    expected: z
      .array(
        z
          .string()
          .trim()
          .min(1, '敬语不能为空 / empty honorific')
          .max(10, '最多 10 字 / at most 10 characters'),
      )
      .max(10, '最多 10 个 / at most 10'),
    prefix: optText(20),
    minLength: z
      .number('必须是数字 / must be a number')
      .int('必须是整数 / must be a whole number')
      .min(0, '不能小于 0 / must be ≥ 0')
      .max(100, '不能大于 100 / must be ≤ 100'),
    informal: z
      .array(
        z.object({
          pattern: text(10, '词'),
          suggestion: text(20, '建议用语'),
          except: phraseList.default([]),
        }),
      )
      .max(20, '最多 20 条 / at most 20'),
  }),
  quickReplies: z.array(quickReplySchema).max(500, '快捷短语最多 500 条 / at most 500 quick replies'),
});

const SECTION: Record<string, string> = {
  forbidden: '禁用语 / forbidden phrase',
  quickReplies: '快捷短语 / quick reply',
  honorifics: '敬语 / honorifics',
  informal: '不礼貌称呼 / informal form',
  expected: '敬语 / honorific',
};
const FIELD: Record<string, string> = {
  pattern: '词 / pattern',
  kind: '匹配方式 / kind',
  suggestion: '建议用语 / suggestion',
  reason: '原因 / reason',
  except: '例外 / exceptions',
  id: '编号 / id',
  category: '分类 / category',
  text: '内容 / text',
  en: '英文 / English',
  prefix: '补敬语前缀 / prefix',
  minLength: '最短字数 / minimum length',
};

/** "禁用语 / forbidden phrase #3 · 词 / pattern" for a zod path. */
export function placeOf(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} #${p + 1}`;
    else parts.push(SECTION[String(p)] ?? FIELD[String(p)] ?? String(p));
  }
  return parts.filter((p) => p !== SECTION.honorifics || path.length === 1).join(' · ');
}

export type ValidateResult = { ok: true; value: ServiceRules } | { ok: false; errors: string[] };

export function validateServiceRules(raw: unknown): ValidateResult {
  const parsed = serviceRulesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((i) => {
        const where = placeOf(i.path);
        return where ? `${where}: ${i.message}` : i.message;
      }),
    };
  }
  const value = parsed.data as ServiceRules;
  const errors: string[] = [];
  const seen = new Map<string, number>();
  value.forbidden.forEach((r, i) => {
    const key = `${r.kind}:${r.pattern.toLowerCase()}`;
    const first = seen.get(key);
    if (first != null) {
      errors.push(
        `${placeOf(['forbidden', i, 'pattern'])}: 与第 ${first + 1} 条重复 / duplicates #${first + 1}`,
      );
    } else seen.set(key, i);
  });
  const ids = new Map<string, number>();
  value.quickReplies.forEach((q, i) => {
    const first = ids.get(q.id);
    if (first != null) {
      errors.push(
        `${placeOf(['quickReplies', i, 'id'])}: 与第 ${first + 1} 条重复 / duplicates #${first + 1}`,
      );
    } else ids.set(q.id, i);
  });
  // A suggestion that is itself flagged would send the user in circles.
  const forbiddenOnly: ServiceRules = {
    ...value,
    honorifics: { ...value.honorifics, expected: [], informal: [] },
  };
  value.forbidden.forEach((r, i) => {
    const hit = checkReply(r.suggestion, forbiddenOnly).issues[0];
    if (hit) {
      errors.push(
        `${placeOf(['forbidden', i, 'suggestion'])}: 建议用语本身含禁用语“${hit.match}” / the suggestion contains the forbidden “${hit.match}”`,
      );
    }
  });
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, value };
}
