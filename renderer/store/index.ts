// One zustand store for the window; slices in ./slices, pure transitions in ./reducers.
import { create } from 'zustand';
import type { DeskComment } from '../../shared/model';
import type { DeadlineAlert, Policy } from '../../shared/deadlines/types';
import type { ClassifierConfig } from '../../shared/classify/config';
import type { DeskCounts, Question, SessionInfo, SourceStatus } from '../../shared/api';
import { t, type Lang, type MessageKey, type Params } from '../i18n';
import { appendComments, pushAlert, upsertQuestions } from './reducers';
import { initialState, type DeskState, type TabId, type Toast } from './slices';

export const useDesk = create<DeskState>()(() => initialState(Date.now()));

const set = useDesk.setState;
const get = useDesk.getState;

/** For tests: back to a fresh store. */
export function resetDesk(now = 0): void {
  pendingComments = [];
  set(initialState(now), true);
}

// ---- comments: batched, one store update per animation frame --------------------------------

let pendingComments: DeskComment[] = [];
let flushScheduled = false;
const raf = (globalThis as { requestAnimationFrame?: (fn: () => void) => number }).requestAnimationFrame;
const schedule: (fn: () => void) => void = raf
  ? (fn) => raf.call(globalThis, fn)
  : (fn) => setTimeout(fn, 16);

export function queueComments(batch: readonly DeskComment[]): void {
  if (batch.length === 0) return;
  pendingComments.push(...batch);
  if (flushScheduled) return;
  flushScheduled = true;
  schedule(flushComments);
}

export function flushComments(): void {
  flushScheduled = false;
  if (pendingComments.length === 0) return;
  const batch = pendingComments;
  pendingComments = [];
  set((s) => ({ comments: appendComments(s.comments, batch) }));
}

export function replaceComments(list: readonly DeskComment[]): void {
  // comment:recent comes oldest first or newest first depending on the server; sort by id.
  const sorted = [...list].sort((a, b) => a.id - b.id);
  set((s) => ({ comments: appendComments(s.comments, sorted) }));
}

// ---- questions / stats / sources / session ---------------------------------------------------

export function applyQuestions(list: readonly Question[]): void {
  set((s) => {
    const questions = upsertQuestions(s.questions, list);
    return questions === s.questions ? s : { questions };
  });
}
export function applyCounts(counts: DeskCounts): void {
  set({ counts });
}
export function applyAlert(alert: DeadlineAlert): void {
  set((s) => ({ alerts: pushAlert(s.alerts, alert) }));
}
export function applySources(sources: SourceStatus[]): void {
  set({ sources });
}
export function applySession(info: SessionInfo, localNow: number): void {
  const clockOffset = info.now - localNow;
  set({
    session: info,
    clockOffset,
    now: localNow + clockOffset,
    counts: info.counts,
    sources: info.sources,
  });
}
/** Keeps the newest version when a policy:set result and the policy:updated event cross. */
export function applyPolicy(policy: Policy): void {
  set((s) => (s.policy && s.policy.version > policy.version ? s : { policy }));
}
export function applyClassifierConfig(classifierConfig: ClassifierConfig): void {
  set({ classifierConfig });
}
export function setPolicyDraft(policyDraft: DeskState['policyDraft']): void {
  set({ policyDraft });
}
export function setClassifierDraft(classifierDraft: ClassifierConfig | null): void {
  set({ classifierDraft });
}
export function setConn(state: DeskState['conn']): void {
  set({ conn: state });
}
export function tick(localNow: number): void {
  set((s) => ({ now: localNow + s.clockOffset }));
}

// ---- ui -------------------------------------------------------------------------------------

export function setTab(tab: TabId): void {
  set({ tab });
}
export function setLang(lang: Lang): void {
  set({ lang });
}
export function setCommentFilter(commentFilter: DeskState['commentFilter']): void {
  set({ commentFilter });
}
export function setHostSelected(hostSelected: number | null): void {
  set({ hostSelected });
}
export function setSeatDialog(open: boolean): void {
  set({ seatDialogOpen: open });
}

let toastSeq = 0;
const TOAST_MS = { ok: 2500, error: 6000 };
export function toast(kind: Toast['kind'], text: string): void {
  const id = ++toastSeq;
  set((s) => ({ toasts: [...s.toasts.slice(-2), { id, kind, text }] }));
  setTimeout(() => dismissToast(id), TOAST_MS[kind]);
}
export function dismissToast(id: number): void {
  set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) }));
}

/** Translate with the current language (outside React). */
export function tr(key: MessageKey, params?: Params): string {
  return t(get().lang, key, params);
}

/** Translate inside components; re-renders when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useDesk((s) => s.lang);
  return (key, params) => t(lang, key, params);
}

export type { DeskState, TabId } from './slices';
