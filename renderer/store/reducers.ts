// Pure state transitions and derivations used by the store slices (unit-tested in test/renderer).
import type { DeskComment } from '../../shared/model';
import type { DeadlineAlert } from '../../shared/deadlines/types';
import type { Question } from '../../shared/api';
import { openStage } from '../lib/countdown';

export const COMMENT_CAP = 2000;
export const ALERT_CAP = 200;

/** Newest first; de-duplicated on id; at most `cap` kept. `batch` is in arrival order (oldest first). */
export function appendComments(
  prev: readonly DeskComment[],
  batch: readonly DeskComment[],
  cap = COMMENT_CAP,
): DeskComment[] {
  if (batch.length === 0) return prev as DeskComment[];
  const seen = new Set<number>();
  const fresh: DeskComment[] = [];
  for (let i = batch.length - 1; i >= 0; i--) {
    const c = batch[i];
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    fresh.push(c);
  }
  const out = fresh;
  for (const c of prev) {
    if (out.length >= cap) break;
    if (!seen.has(c.id)) out.push(c);
  }
  return out.length > cap ? out.slice(0, cap) : out;
}

/** Keep the newer of two versions of a question (events can cross a list response). */
export function upsertQuestions(
  prev: Record<number, Question>,
  incoming: readonly Question[],
): Record<number, Question> {
  let next: Record<number, Question> | null = null;
  for (const q of incoming) {
    const old = (next ?? prev)[q.id];
    if (old && old.updatedAt > q.updatedAt) continue;
    if (!next) next = { ...prev };
    next[q.id] = q;
  }
  return next ?? prev;
}

export function pushAlert(
  prev: readonly DeadlineAlert[],
  alert: DeadlineAlert,
  cap = ALERT_CAP,
): DeadlineAlert[] {
  const dup = prev.some(
    (a) =>
      a.questionId === alert.questionId &&
      a.stage === alert.stage &&
      a.seq === alert.seq &&
      a.level === alert.level,
  );
  if (dup) return prev as DeadlineAlert[];
  return [alert, ...prev].slice(0, cap);
}

const byDue = (stage: 'D1' | 'D3' | undefined) => (q: Question) => {
  const s = openStage(q.stages, stage) ?? openStage(q.stages);
  return s ? s.dueAt : q.askedAt + 1e12;
};

function sortBy<T>(items: T[], key: (x: T) => number, tie: (x: T) => number): T[] {
  return items.sort((a, b) => key(a) - key(b) || tie(a) - tie(b));
}

/** Host pane: open live-room simple questions, most urgent first. */
export function hostQueue(questions: Record<number, Question>): Question[] {
  const list = Object.values(questions).filter(
    (q) => q.status === 'open' && q.channel === 'live' && q.complexity === 'simple',
  );
  return sortBy(list, byDue('D1'), (q) => q.id);
}

/** Co-host pane: every open live-room question (simple ones by D1, complex ones by D3). */
export function cohostQueue(questions: Record<number, Question>): Question[] {
  const list = Object.values(questions).filter((q) => q.status === 'open' && q.channel === 'live');
  return sortBy(list, byDue(undefined), (q) => q.id);
}

export const SUPPORT_STATUSES = ['handed_off', 'claimed', 'contacted', 'resolved', 'escalated'] as const;

/** A complaint stage still owed (escalation reply, return visit) keeps a closed question on the desk. */
const owesComplaintStage = (q: Question) =>
  q.status !== 'dismissed' &&
  q.stages.some((s) => (s.stage === 'C2' || s.stage === 'C3') && s.metAt == null && s.cancelledAt == null);

/** Support pane: handed-off and escalated work, open DM / chat-window questions, owed return visits. */
export function supportQueue(questions: Record<number, Question>): Question[] {
  const list = Object.values(questions).filter(
    (q) =>
      (SUPPORT_STATUSES as readonly string[]).includes(q.status) ||
      (q.status === 'open' && q.channel !== 'live') ||
      owesComplaintStage(q),
  );
  return sortBy(list, byDue(undefined), (q) => q.id);
}

export type CommentFilter = 'all' | 'questions' | 'flagged';

export function isFlagged(c: DeskComment): boolean {
  return c.classification.moderation !== 'ok' || c.classification.angry;
}
export function isQuestionComment(c: DeskComment): boolean {
  return c.questionId != null || c.classification.isQuestion;
}
export function filterComments(
  comments: readonly DeskComment[],
  filter: CommentFilter,
): readonly DeskComment[] {
  if (filter === 'all') return comments;
  return comments.filter(filter === 'questions' ? isQuestionComment : isFlagged);
}

/** % of decided deadlines that were met; null before any is decided. */
export function metPercent(met: number, breached: number): number | null {
  const total = met + breached;
  return total === 0 ? null : Math.round((met / total) * 1000) / 10;
}

/** Move a selection within a list by id, keeping it valid when the list changes. */
export function moveSelection(ids: readonly number[], current: number | null, delta: number): number | null {
  if (ids.length === 0) return null;
  const at = current == null ? -1 : ids.indexOf(current);
  if (at < 0) return ids[0];
  const next = Math.min(ids.length - 1, Math.max(0, at + delta));
  return ids[next];
}
