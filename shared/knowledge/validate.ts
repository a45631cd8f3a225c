// Validation of a knowledge-base entry as typed in Settings or sent by any seat: trimmed, within the
// limits, keywords split and de-duplicated. Errors are bilingual, one line each.
import { z } from 'zod';
import { KB_CATEGORIES, KB_LIMITS, type KbCategory } from './types';

/** 退货, 运费险 / 7天 — commas (both widths), 、 ; and spaces separate keywords. */
const KEYWORD_SPLIT = /[,，、;；\s]+/;

/** Split, trim and de-duplicate keywords (case-insensitive, first spelling kept). */
export function splitKeywords(raw: string | readonly string[]): string[] {
  const parts = (typeof raw === 'string' ? [raw] : raw).flatMap((s) => s.split(KEYWORD_SPLIT));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const k = p.trim();
    if (!k || seen.has(k.toLowerCase())) continue;
    seen.add(k.toLowerCase());
    out.push(k);
  }
  return out;
}

const required = (max: number, zh: string, en: string) =>
  z
    .string(`${zh}必须是文字 / ${en} must be text`)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `${zh}不能为空 / ${en} is required`)
        .max(max, `${zh}最多 ${max} 字 / ${en}: at most ${max} characters`),
    );

export const kbCategorySchema = z.enum(
  KB_CATEGORIES,
  '分类只能是 产品知识 / 平台规则 / 售后政策 / 常见问题 / category must be product, platform, after_sales or faq',
);

export const kbKeywordsSchema = z
  .union([z.string(), z.array(z.string())], '关键词必须是文字 / keywords must be text')
  .transform((v) => splitKeywords(v))
  .pipe(
    z
      .array(
        z
          .string()
          .max(
            KB_LIMITS.keyword,
            `关键词最多 ${KB_LIMITS.keyword} 字 / a keyword is at most ${KB_LIMITS.keyword} characters`,
          ),
      )
      .max(
        KB_LIMITS.keywords,
        `最多 ${KB_LIMITS.keywords} 个关键词 / at most ${KB_LIMITS.keywords} keywords`,
      ),
  );

export const kbTitleSchema = required(KB_LIMITS.title, '标题', 'title').transform((s) =>
  s.replace(/\s+/g, ' '),
);
export const kbBodySchema = required(KB_LIMITS.body, '内容', 'text');

export const kbEntryInputSchema = z
  .object({
    category: kbCategorySchema,
    title: kbTitleSchema,
    body: kbBodySchema,
    keywords: kbKeywordsSchema.optional(),
  })
  .strict();

export interface KbEntryInput {
  category: KbCategory;
  title: string;
  body: string;
  keywords: string[];
}

/** Validate one entry (Settings checks as typed, the service at the boundary). */
export function validateKbEntry(
  raw: unknown,
): { ok: true; value: KbEntryInput } | { ok: false; errors: string[] } {
  const r = kbEntryInputSchema.safeParse(raw);
  if (r.success) return { ok: true, value: { ...r.data, keywords: r.data.keywords ?? [] } };
  return { ok: false, errors: r.error.issues.map((i) => i.message) };
}
