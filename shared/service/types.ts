// 服务用语: the rules a reply to a viewer is checked against, and the quick replies (快捷短语) that
// feed the co-host and support reply boxes. Stored as one JSON object (settings key 'service').
import type { QuestionType } from '../model';

/** plain: the phrase as written; wildcard: `*` = up to 8 characters within one clause, `?` = one character. */
export type PhraseKind = 'plain' | 'wildcard';

export interface ForbiddenPhrase {
  pattern: string;
  kind: PhraseKind;
  /** What to say instead; applying it replaces the matched text. */
  suggestion: string;
  /** Why it is flagged (shown to the user). */
  reason: string;
  /** Longer phrases in which a match is fine, e.g. 不行 inside 行不行 (您看行不行？). */
  except: string[];
}

export interface HonorificRules {
  /** At least one of these is expected in a reply (您 / 亲). Empty = no check. */
  expected: string[];
  /** Inserted at the start when none is present (applying the suggestion). */
  prefix: string;
  /** Replies shorter than this (e.g. 好的 / 在的) are not asked for an honorific. */
  minLength: number;
  /** Informal forms with their polite replacement: 你 → 您 (except 你们). */
  informal: { pattern: string; suggestion: string; except: string[] }[];
}

export const QUICK_REPLY_CATEGORIES = [
  'greeting',
  'product',
  'price',
  'purchase',
  'shipping',
  'after_sales',
  'complaint',
  'followup',
  'handoff',
] as const;
export type QuickReplyCategory = (typeof QUICK_REPLY_CATEGORIES)[number];

export interface QuickReply {
  id: string;
  category: QuickReplyCategory;
  /** What is sent (zh-CN: the viewers are Chinese-speaking). */
  text: string;
  /** English gloss for staff using the English UI; never sent. */
  en?: string;
}

export interface ServiceRules {
  forbidden: ForbiddenPhrase[];
  honorifics: HonorificRules;
  quickReplies: QuickReply[];
}

export interface ReplyIssue {
  kind: 'forbidden' | 'honorific';
  /** The text matched ('' for a missing honorific). */
  match: string;
  /** Where the match starts in the checked text (UTF-16 index), so a suggestion can be applied. */
  index: number;
  suggestion?: string;
  reason: string;
  /** The rule's pattern, so the UI can say which rule fired. */
  rule?: string;
}

export interface ReplyCheck {
  ok: boolean;
  issues: ReplyIssue[];
}

/** The quick-reply category that fits a question type best (shown first in the picker). */
export const CATEGORY_FOR_TYPE: Record<QuestionType, QuickReplyCategory> = {
  product: 'product',
  price: 'price',
  purchase: 'purchase',
  shipping: 'shipping',
  after_sales: 'after_sales',
  complaint: 'complaint',
  other: 'greeting',
};
