// Quick replies (快捷短语): search and order for the picker. The category that fits the question's type
// comes first, then the ones that fit any question (follow-up, handoff, greeting), then the rest.
import type { QuestionType } from '../model';
import { CATEGORY_FOR_TYPE, QUICK_REPLY_CATEGORIES } from './types';
import type { QuickReply, QuickReplyCategory } from './types';

export const CATEGORY_LABELS: Record<QuickReplyCategory, { zh: string; en: string }> = {
  greeting: { zh: '问候', en: 'Greeting' },
  product: { zh: '产品/尺码', en: 'Product/size' },
  price: { zh: '价格/优惠', en: 'Price/promo' },
  purchase: { zh: '如何购买', en: 'How to buy' },
  shipping: { zh: '发货/物流', en: 'Shipping' },
  after_sales: { zh: '售后', en: 'After-sales' },
  complaint: { zh: '投诉安抚', en: 'Complaint' },
  followup: { zh: '跟进', en: 'Follow-up' },
  handoff: { zh: '转客服', en: 'Handoff' },
};

const ANY_QUESTION: QuickReplyCategory[] = ['followup', 'handoff', 'greeting'];

export function categoryOrder(type?: QuestionType): QuickReplyCategory[] {
  const first = type ? [CATEGORY_FOR_TYPE[type]] : [];
  const seen = new Set<QuickReplyCategory>();
  return [...first, ...ANY_QUESTION, ...QUICK_REPLY_CATEGORIES].filter((c) =>
    seen.has(c) ? false : (seen.add(c), true),
  );
}

function haystack(q: QuickReply): string {
  const l = CATEGORY_LABELS[q.category];
  return `${q.text}\n${q.en ?? ''}\n${q.category}\n${l.zh}\n${l.en}\n${q.id}`.toLowerCase();
}

/** Replies whose text, English gloss, id or category contain every word of the query; best first. */
export function rankQuickReplies(
  list: readonly QuickReply[],
  query: string,
  type?: QuestionType,
): QuickReply[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rank = new Map(categoryOrder(type).map((c, i) => [c, i]));
  return list
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => {
      const h = haystack(q);
      return words.every((w) => h.includes(w));
    })
    .sort((a, b) => (rank.get(a.q.category) ?? 99) - (rank.get(b.q.category) ?? 99) || a.i - b.i)
    .map(({ q }) => q);
}
