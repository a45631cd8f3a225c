// Per-stage outcome and response time, the unit every report is built from.
import type { StageRecord } from './types';

export type StageOutcome = 'open' | 'met' | 'breached' | 'late' | 'cancelled';

/**
 * `late` = breached, then met anyway (counts as a breach; the response time is still known).
 * A stage cancelled after it breached stays `breached`: cancelling never hides a breach.
 */
export function stageOutcome(rec: StageRecord): StageOutcome {
  if (rec.metAt !== null) return rec.breachedAt !== null ? 'late' : 'met';
  if (rec.breachedAt !== null) return 'breached';
  if (rec.cancelledAt !== null) return 'cancelled';
  return 'open';
}

/** True when the stage counts against the deadline (breached, whether or not it was answered late). */
export const isBreach = (rec: StageRecord): boolean => rec.breachedAt !== null;

/** Time from the start of the stage to the response, or null when nobody responded. */
export function responseMs(rec: StageRecord): number | null {
  return rec.metAt === null ? null : rec.metAt - rec.startedAt;
}

/** How far past the due moment the response came (0 = exactly at dueAt), or null when not late. */
export function lateByMs(rec: StageRecord): number | null {
  return rec.metAt !== null && rec.breachedAt !== null ? rec.metAt - rec.dueAt : null;
}
