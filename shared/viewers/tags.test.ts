import { describe, expect, it } from 'vitest';
import { PRESET_TAGS, suggestTags, tagKey, tagTone, tagVocabulary, validateTag } from './tags';

describe('validateTag', () => {
  it('accepts the presets and short team tags, trimmed and width-normalized', () => {
    for (const p of PRESET_TAGS) expect(validateTag(p, [])).toEqual({ ok: true, tag: p });
    expect(validateTag('  ＶＩＰ  大客户 ', [])).toEqual({ ok: true, tag: 'VIP 大客户' });
  });
  it('refuses empty, long, separator-bearing and duplicate tags with zh + en reasons', () => {
    expect(validateTag('   ', [])).toMatchObject({ ok: false, error: expect.stringContaining('不能为空') });
    const long = validateTag('一二三四五六七八九十一二三', []);
    expect(long).toMatchObject({ ok: false, error: expect.stringContaining('at most 12') });
    // 12 Chinese characters is the limit, counted in characters rather than UTF-16 units.
    expect(validateTag('一二三四五六七八九十一二', []).ok).toBe(true);
    expect(validateTag('😀😀😀😀😀😀😀😀😀😀😀😀', []).ok).toBe(true);
    expect(validateTag('老客户,VIP', []).ok).toBe(false);
    expect(validateTag('a/b', []).ok).toBe(false);
    expect(validateTag('tab\there', []).ok).toBe(true); // whitespace collapses to one space
    expect(validateTag('bell\u0007', []).ok).toBe(false);
    expect(validateTag('vip', ['VIP'])).toEqual({
      ok: false,
      error: '该观众已有标签“VIP” / the viewer already has the tag "VIP"',
    });
    expect(
      validateTag(
        '新标签',
        Array.from({ length: 10 }, (_, i) => `t${i}`),
      ).ok,
    ).toBe(false);
  });
  it('tagKey ignores case and width', () => {
    expect(tagKey('ＶＩＰ')).toBe(tagKey('vip'));
  });
});

describe('suggestTags', () => {
  it('proposes 投诉用户 for complaints or anger and 老客户 for regulars, never what is already there', () => {
    expect(suggestTags({ complaints: 1, angry: 0, sessions: 1 }, [])).toEqual(['投诉用户']);
    expect(suggestTags({ complaints: 0, angry: 2, sessions: 1 }, [])).toEqual(['投诉用户']);
    expect(suggestTags({ complaints: 0, angry: 0, sessions: 3 }, [])).toEqual(['老客户']);
    expect(suggestTags({ complaints: 1, angry: 1, sessions: 5 }, ['投诉用户', '老客户'])).toEqual([]);
    expect(suggestTags({ complaints: 0, angry: 0, sessions: 2 }, [])).toEqual([]);
  });
});

describe('tagVocabulary / tagTone', () => {
  it('lists presets first, then the team’s own tags by use', () => {
    expect(
      tagVocabulary([
        { tag: '老客户', n: 9 },
        { tag: '砍价', n: 1 },
        { tag: 'VIP', n: 4 },
      ]),
    ).toEqual(['潜在客户', '投诉用户', '老客户', 'VIP', '砍价']);
    expect(tagTone('投诉用户')).toBe('complaint');
    expect(tagTone('VIP')).toBe('custom');
  });
});
