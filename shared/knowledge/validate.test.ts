import { describe, expect, it } from 'vitest';
import { checkReply } from '../service/check';
import { DEFAULT_SERVICE_RULES } from '../service/defaults';
import { DEFAULT_KB_ENTRIES } from './defaults';
import { splitKeywords, validateKbEntry } from './validate';
import { KB_LIMITS } from './types';

describe('validateKbEntry', () => {
  it('trims, splits keywords on Chinese and ASCII separators and drops duplicates', () => {
    const r = validateKbEntry({
      category: 'after_sales',
      title: '  7 天   无理由退货 ',
      body: ' 亲，支持 7 天无理由退货 ',
      keywords: '退货，七天、7天; 退货 Return return',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        category: 'after_sales',
        title: '7 天 无理由退货',
        body: '亲，支持 7 天无理由退货',
        keywords: ['退货', '七天', '7天', 'Return'],
      },
    });
    expect(splitKeywords(['a,b', ' ', 'B'])).toEqual(['a', 'b']);
  });

  it('refuses empty, too long and unknown input with bilingual messages', () => {
    const r = validateKbEntry({ category: 'misc', title: ' ', body: 'x'.repeat(KB_LIMITS.body + 1) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain(
        '分类只能是 产品知识 / 平台规则 / 售后政策 / 常见问题 / category must be product, platform, after_sales or faq',
      );
      expect(r.errors).toContain('标题不能为空 / title is required');
      expect(r.errors).toContain('内容最多 500 字 / text: at most 500 characters');
    }
    const many = validateKbEntry({
      category: 'faq',
      title: 't',
      body: 'b',
      keywords: Array.from({ length: 21 }, (_, i) => `k${i}`),
    });
    expect(many.ok).toBe(false);
    expect(validateKbEntry({ category: 'faq', title: 't', body: 'b', extra: 1 }).ok).toBe(false);
  });
});

describe('default knowledge base', () => {
  it('every default entry is valid and passes the default service-language check', () => {
    const titles = new Set<string>();
    for (const e of DEFAULT_KB_ENTRIES) {
      const v = validateKbEntry(e);
      expect(v.ok, e.title).toBe(true);
      expect(checkReply(e.body, DEFAULT_SERVICE_RULES).issues, e.title).toEqual([]);
      titles.add(`${e.category}/${e.title}`);
    }
    expect(titles.size).toBe(DEFAULT_KB_ENTRIES.length);
    // The four categories of the service standard are all represented.
    expect(new Set(DEFAULT_KB_ENTRIES.map((e) => e.category))).toEqual(
      new Set(['product', 'platform', 'after_sales', 'faq']),
    );
  });
});
