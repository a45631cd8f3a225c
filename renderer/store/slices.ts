// The store's slices. State only: events and commands update it from outside through
// module-level functions (zustand "practice with no store actions").
import type { DeskComment, Seat } from '../../shared/model';
import type { DeadlineAlert, Policy } from '../../shared/deadlines/types';
import type { ClassifierConfig } from '../../shared/classify/config';
import type { DeskCounts, Question, SessionInfo, SourceStatus } from '../../shared/api';
import type { Lang } from '../i18n';
import type { PolicyDraft } from '../settings/policyForm';
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

export type ConnState = 'connecting' | 'open' | 'lost' | 'denied';

export interface SessionSlice {
  session: SessionInfo | null;
  seat: Seat | null;
  /** server now − local now, from session:info. */
  clockOffset: number;
  conn: { state: ConnState; attempt: number; retryAt: number | null };
}

export type TabId = 'host' | 'cohost' | 'support' | 'ops' | 'settings';
export const TABS: readonly TabId[] = ['host', 'cohost', 'support', 'ops', 'settings'];

export interface SettingsSlice {
  /** The deadline policy in force (policy:get / policy:updated); null until fetched. */
  policy: Policy | null;
  classifierConfig: ClassifierConfig | null;
  /** Unsaved edits, kept here so switching tabs loses nothing; null = not editing (follow the server). */
  policyDraft: PolicyDraft | null;
  classifierDraft: ClassifierConfig | null;
  /** Beep on deadline warnings / breaches (kept in localStorage; default off). */
  alertSound: boolean;
}

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

export type DeskState = CommentsSlice &
  QuestionsSlice &
  StatsSlice &
  SourcesSlice &
  SessionSlice &
  UiSlice &
  SettingsSlice;

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
    policy: null,
    classifierConfig: null,
    policyDraft: null,
    classifierDraft: null,
    alertSound: false,
  };
}
