// Pure countdown arithmetic for the deadline chips. Time is passed in (server-corrected now).
import type { StageId, StageRecord } from '../../shared/deadlines/types';

export type CountdownLevel = 'ok' | 'warn' | 'over' | 'met' | 'breached' | 'cancelled';

export interface CountdownView {
  level: CountdownLevel;
  /** ms left until dueAt (negative once overdue). */
  remainingMs: number;
  /** "0:27", "-0:05", "12:03", "1:02:03" */
  text: string;
}

/** m:ss (h:mm:ss over an hour); negative values get a leading minus. Rounds towards the due moment. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  // Show 0:01 until the very last second has passed, and -0:01 once a full second is over.
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body =
    h > 0
      ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
      : `${m}:${String(s).padStart(2, '0')}`;
  return negative && total > 0 ? `-${body}` : body;
}

/** Where a stage stands at `now`. Met / breached / cancelled stages are final. */
export function stageCountdown(stage: StageRecord, now: number): CountdownView {
  // A server clock a little behind ours must not show more than the window (0:31 of 30 s).
  const remainingMs = Math.min(stage.dueAt - now, stage.dueAt - stage.startedAt);
  if (stage.cancelledAt != null) return { level: 'cancelled', remainingMs, text: '' };
  if (stage.metAt != null)
    return {
      level: 'met',
      remainingMs: stage.dueAt - stage.metAt,
      text: formatDuration(stage.metAt - stage.startedAt),
    };
  if (stage.breachedAt != null || remainingMs <= 0)
    return {
      level: stage.breachedAt != null ? 'breached' : 'over',
      remainingMs,
      text: formatDuration(Math.min(remainingMs, 0)), // a breach recorded a moment early reads 0:00, never "0:01 超时"
    };
  const level = now >= stage.warnAt ? 'warn' : 'ok';
  return { level, remainingMs, text: formatDuration(remainingMs) };
}

/** The stage currently running (not met/breached/cancelled), latest seq first; optionally of one id. */
export function openStage(stages: readonly StageRecord[], id?: StageId): StageRecord | undefined {
  let found: StageRecord | undefined;
  for (const s of stages) {
    if (id && s.stage !== id) continue;
    if (s.metAt != null || s.cancelledAt != null) continue;
    if (!found || s.dueAt < found.dueAt) found = s;
  }
  return found;
}

/** The stage most relevant to show: the open one due first, else the latest record of that id. */
export function latestStage(stages: readonly StageRecord[], id: StageId): StageRecord | undefined {
  let found: StageRecord | undefined;
  for (const s of stages) if (s.stage === id && (!found || s.seq > found.seq)) found = s;
  return found;
}

/** Is a breached-but-not-met stage still "live overdue" (counts as an open problem)? */
export function isOverdue(stage: StageRecord, now: number): boolean {
  return stage.metAt == null && stage.cancelledAt == null && (stage.breachedAt != null || stage.dueAt <= now);
}
