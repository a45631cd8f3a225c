// The store's slices. State only: events and commands update it from outside through
// module-level functions (zustand "practice with no store actions").
import type { DeskComment, Seat } from '../../shared/model';
import type { DeadlineAlert } from '../../shared/deadlines/types';
import type { DeskCounts, Question, SessionInfo, SourceStatus } from '../../shared/api';
import type { Lang } from '../i18n';
import type { CommentFilter } from './reducers';

export interface CommentsSlice {
  /** Newest first, capped (see COMMENT_CAP). */
  comments: DeskComment[];
}

export interface QuestionsSlice {
  questions: Record<number, Question>;
}

export interface StatsSlice {
  counts: DeskCounts | null;
  /** Newest first. */
  alerts: DeadlineAlert[];
}

export interface SourcesSlice {
  sources: SourceStatus[];
}

export type ConnState = 'connecting' | 'open' | 'lost';

export interface SessionSlice {
  session: SessionInfo | null;
  seat: Seat | null;
  /** server now − local now, from session:info. */
  clockOffset: number;
  conn: { state: ConnState; attempt: number; retryAt: number | null };
}

export type TabId = 'host' | 'cohost' | 'support' | 'ops';
export const TABS: readonly TabId[] = ['host', 'cohost', 'support', 'ops'];

export interface Toast {
  id: number;
  kind: 'ok' | 'error';
  text: string;
}

export interface UiSlice {
  tab: TabId;
  lang: Lang;
  toasts: Toast[];
  commentFilter: CommentFilter;
  hostSelected: number | null;
  /** Server-corrected now, ticked once a second by the single countdown interval. */
  now: number;
  seatDialogOpen: boolean;
}

export type DeskState = CommentsSlice & QuestionsSlice & StatsSlice & SourcesSlice & SessionSlice & UiSlice;

export function initialState(now = 0): DeskState {
  return {
    comments: [],
    questions: {},
    counts: null,
    alerts: [],
    sources: [],
    session: null,
    seat: null,
    clockOffset: 0,
    conn: { state: 'connecting', attempt: 0, retryAt: null },
    tab: 'host',
    lang: 'zh',
    toasts: [],
    commentFilter: 'all',
    hostSelected: null,
    now,
    seatDialogOpen: false,
  };
}
