// Knowledge base (知识库) and shift handover (交接): the shapes the contract carries. Pure types + labels.
import type { Channel, QuestionType, Role } from '../model';
import type { QuestionStatus, StageId } from '../deadlines/types';

/** The four kinds of knowledge the team's service standard (seed 000) names. */
export const KB_CATEGORIES = ['product', 'platform', 'after_sales', 'faq'] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];

export const KB_CATEGORY_LABELS: Record<KbCategory, { zh: string; en: string }> = {
  product: { zh: '产品知识', en: 'Product' },
  platform: { zh: '平台规则', en: 'Platform rules' },
  after_sales: { zh: '售后政策', en: 'After-sales policy' },
  faq: { zh: '常见问题', en: 'FAQ' },
};

/** created_by of the entries LiveDesk puts in an empty knowledge base (editable like any other). */
export const KB_DEFAULT_AUTHOR = '默认 default';

/** Limits: the body is inserted into a reply, and replies are at most 500 characters. */
export const KB_LIMITS = { title: 60, body: 500, keyword: 20, keywords: 20, query: 100 } as const;

export interface KbEntry {
  id: number;
  category: KbCategory;
  title: string;
  /** What gets inserted into the reply box. */
  body: string;
  keywords: string[];
  createdBy: string;
  createdAt: number;
  updatedBy: string;
  updatedAt: number;
  /** Soft delete: a reply that quoted the entry can still be traced. */
  deletedAt: number | null;
}

export type KbChangeAction = 'created' | 'updated' | 'deleted' | 'restored';

/** The `kb:changed` event: every seat updates its copy. */
export interface KbChange {
  action: KbChangeAction;
  entry: KbEntry;
  by: string;
  role: Role;
}

/** Who owes the next step on a question that is still open. */
export type HandoverOwner = 'support' | 'host';

/** One open question as a handover shows it (its state when read, not when written). */
export interface HandoverQuestion {
  id: number;
  status: QuestionStatus;
  type: QuestionType;
  channel: Channel;
  nickname: string;
  text: string;
  assignee: string | null;
  owner: HandoverOwner;
  /** The open stage due first (null when no stage is running). */
  nextStage: StageId | null;
  nextDueAt: number | null;
  /** An open stage already breached its deadline. */
  breached: boolean;
  /** Still owed something now (false: dealt with since the handover was written). */
  stillOpen: boolean;
}

export interface Handover {
  id: number;
  sessionId: number;
  author: string;
  role: string;
  note: string;
  createdAt: number;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
  /** The ids of the questions open when it was written (stored). */
  questionIds: number[];
  /** Those questions as they are now, most urgent first. */
  questions: HandoverQuestion[];
}

export interface HandoverPreview {
  questions: HandoverQuestion[];
}
