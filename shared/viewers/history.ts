// A viewer's history across shows (观众历史): types and the pure bits (paging cursor, counts).
import type { Channel, CommentKind, Moderation, QuestionType } from '../model';
import type { QuestionStatus } from '../deadlines/types';
import { suggestTags, type PresetTag } from './tags';

/** Position in the history, newest first: (ts, id) of the last item of the previous page. */
export interface HistoryCursor {
  ts: number;
  id: number;
}

export interface HistoryQuestion {
  id: number;
  status: QuestionStatus;
  type: QuestionType;
  assignee: string | null;
  askCount: number;
  /** The viewer asked the same thing as someone else: merged into that question. */
  merged: boolean;
  /** The last answer / resolution: who, in which role, how. */
  answeredBy: { actor: string; role: string; action: string; at: number } | null;
}

export interface HistoryItem {
  commentId: number;
  sessionId: number;
  sessionTitle: string;
  ts: number;
  nickname: string;
  text: string;
  channel: Channel;
  kind: CommentKind;
  moderation: Moderation;
  angry: boolean;
  hiddenAt: number | null;
  question: HistoryQuestion | null;
}

export interface ViewerCounts {
  comments: number;
  sessions: number;
  hidden: number;
  angry: number;
  questions: number;
  /** Questions of type complaint or after-sales. */
  complaints: number;
  byStatus: Partial<Record<QuestionStatus, number>>;
  firstSeen: number | null;
  lastSeen: number | null;
}

export interface QuestionCountRow {
  status: string;
  type: string;
  n: number;
}

export function summarizeQuestions(
  rows: readonly QuestionCountRow[],
): Pick<ViewerCounts, 'questions' | 'complaints' | 'byStatus'> {
  const byStatus: Partial<Record<QuestionStatus, number>> = {};
  let questions = 0;
  let complaints = 0;
  for (const r of rows) {
    questions += r.n;
    if (r.type === 'complaint' || r.type === 'after_sales') complaints += r.n;
    const s = r.status as QuestionStatus;
    byStatus[s] = (byStatus[s] ?? 0) + r.n;
  }
  return { questions, complaints, byStatus };
}

/** The cursor for the next page: only when the page came back full. */
export function nextCursor(
  items: readonly Pick<HistoryItem, 'ts' | 'commentId'>[],
  limit: number,
): HistoryCursor | null {
  if (items.length < limit || items.length === 0) return null;
  const last = items[items.length - 1];
  return { ts: last.ts, id: last.commentId };
}

export function historySuggestions(counts: ViewerCounts, tags: readonly string[]): PresetTag[] {
  return suggestTags({ complaints: counts.complaints, angry: counts.angry, sessions: counts.sessions }, tags);
}
