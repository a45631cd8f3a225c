import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  highlightParts,
  isSearchable,
  matchRanges,
  preferredCategories,
  rankEntries,
  snippet,
} from './search';
import type { KbEntry } from './types';

let nextId = 1;
function entry(p: Partial<KbEntry> & Pick<KbEntry, 'title' | 'body'>): KbEntry {
  return {
    id: nextId++,
    category: 'faq',
    keywords: [],
    createdBy: 'ops',
    createdAt: 1,
    updatedBy: 'ops',
    updatedAt: 1,
    deletedAt: null,
    ...p,
  };
}

const returns = entry({
  category: 'after_sales',
  title: '7 天无理由退货',
  body: '亲，收到商品后 7 天内可以申请退货。',
});
const freight = entry({
  category: 'platform',
  title: '运费险',
  body: '亲，如果订单带有运费险，退货运费由保险理赔。',
  keywords: ['运费', '邮费'],
});
const size = entry({
  category: 'product',
  title: '尺码推荐',
  body: '亲，把身高体重发给我们，帮您推荐尺码。',
  keywords: ['码数', '多大码'],
});
const ship = entry({ title: '发货时间', body: '亲，现货 48 小时内发货。', keywords: ['发货', '多久'] });
const gone = entry({ title: '退货旧规则', body: '已作废', deletedAt: 5 });
const all = [freight, size, ship, returns, gone];

describe('rankEntries', () => {
  it('needs two characters (Chinese counts per character) and finds nothing for one', () => {
    expect(isSearchable('退')).toBe(false);
    expect(isSearchable(' 退 ')).toBe(false);
    expect(isSearchable('退货')).toBe(true);
    expect(rankEntries(all, '码')).toEqual([]);
  });

  it('ranks title hits before body hits and leaves deleted entries out', () => {
    const hits = rankEntries(all, '退货');
    expect(hits.map((h) => h.entry.title)).toEqual(['7 天无理由退货', '运费险']);
    expect(hits[0].titleHits).toBe(1);
    expect(hits[1].titleHits).toBe(0);
  });

  it('matches keywords, full-width input and every word of a multi-word query', () => {
    expect(rankEntries(all, '多大码').map((h) => h.entry.id)).toEqual([size.id]);
    expect(rankEntries(all, '４８小时').map((h) => h.entry.id)).toEqual([ship.id]);
    expect(rankEntries(all, '退货 保险').map((h) => h.entry.id)).toEqual([freight.id]);
    expect(rankEntries(all, '退货 尺码')).toEqual([]);
  });

  it('finds a Chinese phrase typed without spaces when its character pairs are all there', () => {
    expect(rankEntries(all, '退货运费').map((h) => h.entry.id)).toEqual([freight.id]);
  });

  it('filters by category, counts per category and prefers the question type’s categories on ties', () => {
    const a = entry({ category: 'faq', title: '物流查询', body: '亲，订单详情里看物流' });
    const b = entry({ category: 'after_sales', title: '物流丢件', body: '亲，丢件可补发' });
    expect(rankEntries([a, b], '物流', { category: 'after_sales' }).map((h) => h.entry.id)).toEqual([b.id]);
    expect(countByCategory(rankEntries([a, b], '物流'))).toEqual({
      product: 0,
      platform: 0,
      after_sales: 1,
      faq: 1,
    });
    const pref = preferredCategories('after_sales');
    expect(rankEntries([a, b], '物流', { preferred: pref })[0].entry.id).toBe(b.id);
    expect(rankEntries([a, b], '物流', { preferred: preferredCategories('shipping') })[0].entry.id).toBe(
      a.id,
    );
  });

  it('breaks remaining ties by the most recent edit and honours the limit', () => {
    const old = entry({ title: '优惠券 A', body: '亲', updatedAt: 10 });
    const recent = entry({ title: '优惠券 B', body: '亲', updatedAt: 20 });
    expect(rankEntries([old, recent], '优惠券').map((h) => h.entry.id)).toEqual([recent.id, old.id]);
    expect(rankEntries([old, recent], '优惠券', { limit: 1 })).toHaveLength(1);
  });
});

describe('highlighting and snippets', () => {
  it('marks every occurrence of every word, merged', () => {
    expect(matchRanges('退货退款退货', '退货')).toEqual([
      [0, 2],
      [4, 6],
    ]);
    expect(matchRanges('运费险运费', '运费 费险')).toEqual([[0, 5]]);
    expect(highlightParts('7 天无理由退货', '退货')).toEqual([
      { text: '7 天无理由', hit: false },
      { text: '退货', hit: true },
    ]);
  });

  it('cuts long bodies around the first match', () => {
    const body = `${'甲'.repeat(100)}运费险${'乙'.repeat(100)}`;
    const s = snippet(body, '运费险', 40);
    expect(s).toContain('运费险');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(snippet('短内容', '运费')).toBe('短内容');
  });
});

describe('spaces', () => {
  it('highlights a word across the spaces the text puts in it', () => {
    expect(matchRanges('现货 48 小时内发货', '48小时')).toEqual([[3, 8]]);
    expect(matchRanges('a.b (x)', '(x)')).toEqual([[4, 7]]);
  });
});
