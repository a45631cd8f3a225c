import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_RULES as R } from './defaults';
import { rankQuickReplies } from './quickReplies';
import { validateServiceRules } from './validate';

const clone = () => structuredClone(R);

describe('validateServiceRules', () => {
  it('accepts the defaults', () => {
    expect(validateServiceRules(R)).toEqual({ ok: true, value: R });
  });
  it('refuses an empty pattern with a bilingual message that says where', () => {
    const r = clone();
    r.forbidden[2].pattern = '  ';
    const v = validateServiceRules(r);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors[0]).toBe(
        '禁用语 / forbidden phrase #3 · 词 / pattern: 词不能为空 / pattern is required',
      );
  });
  it('refuses wildcard-only patterns, duplicates, unknown categories and suggestions that are flagged', () => {
    const r = clone();
    r.forbidden.push({ pattern: '**', kind: 'wildcard', suggestion: '好的', reason: '', except: [] });
    expect(validateServiceRules(r).ok).toBe(false);
    const d = clone();
    d.forbidden.push({ ...d.forbidden[0] });
    d.quickReplies.push({ ...d.quickReplies[0] });
    d.forbidden[1].suggestion = '我们不负责';
    const v = validateServiceRules(d);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors.join('\n')).toMatch(/#24 · 词 \/ pattern: 与第 1 条重复/);
      expect(v.errors.join('\n')).toMatch(/快捷短语 \/ quick reply #21 · 编号 \/ id: 与第 1 条重复/);
      expect(v.errors.join('\n')).toMatch(/建议用语本身含禁用语“我们不负责”/);
    }
    const c = validateServiceRules({ ...R, quickReplies: [{ id: 'x', category: 'nope', text: '亲' }] });
    expect(c.ok ? [] : c.errors).toEqual([
      '快捷短语 / quick reply #1 · 分类 / category: 未知分类 / unknown category',
    ]);
  });
  it('fills optional fields', () => {
    const v = validateServiceRules({
      ...R,
      forbidden: [{ pattern: '不行', kind: 'plain', suggestion: '可以' }],
    });
    expect(v.ok && v.value.forbidden[0]).toEqual({
      pattern: '不行',
      kind: 'plain',
      suggestion: '可以',
      reason: '',
      except: [],
    });
  });
});

describe('rankQuickReplies', () => {
  it("puts the question type's category first, then follow-up / handoff / greeting", () => {
    const cats = rankQuickReplies(R.quickReplies, '', 'shipping').map((q) => q.category);
    expect(cats.slice(0, 4)).toEqual(['shipping', 'shipping', 'followup', 'followup']);
    expect(cats).toHaveLength(R.quickReplies.length);
  });
  it('searches text, English gloss and category words', () => {
    expect(rankQuickReplies(R.quickReplies, '私信').map((q) => q.id)).toEqual(['handoff-1']);
    expect(rankQuickReplies(R.quickReplies, 'coupon').map((q) => q.id)).toEqual(['price-2']);
    expect(rankQuickReplies(R.quickReplies, '投诉安抚').map((q) => q.category)).toEqual([
      'complaint',
      'complaint',
    ]);
    expect(rankQuickReplies(R.quickReplies, 'zzz')).toEqual([]);
  });
});
