// The report metrics, defined once (docs/metrics.md explains each in words). Pure: the SQL in
// db/queries/reports.ts computes the same numbers with SQLite's percentile functions, and
// test/reports checks both against hand-computed fixtures.
import type { StageRecord } from '../deadlines/types';
import { stageOutcome } from '../deadlines/stats';

/** Arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks: rank = (n − 1) · p / 100.
 * The same definition as SQLite's `percentile(Y, P)` and Excel's PERCENTILE.INC, so a figure in the
 * app, in the export and in a manager's spreadsheet agree.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);
export const p90 = (values: readonly number[]): number | null => percentile(values, 90);
export function max(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** Counts and response times of a set of deadline rows (one stage, one staff member, one cut…). */
export interface StageStats {
  /** Every deadline row in the set. */
  total: number;
  /** Met on time (met before the due moment). */
  met: number;
  /** Breached: not met by the due moment, whether answered later (`late`) or never. */
  breached: number;
  /** Breached, then met anyway (part of `breached`). */
  late: number;
  /** Still running: neither met nor breached nor cancelled. */
  open: number;
  /** Stopped mattering before the due moment (dismissed / merged question). */
  cancelled: number;
  /** Rows that got the 70 % warning. */
  warned: number;
  /** met + breached: the rows whose outcome is decided. */
  decided: number;
  /** met / decided, 0–100, or null when nothing is decided. */
  metPct: number | null;
  /** breached / decided, 0–100, or null when nothing is decided. */
  breachPct: number | null;
  /** Response time = metAt − startedAt over the rows that were responded to (met or late), in ms. */
  responded: number;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
}

export interface StageCounts {
  total: number;
  met: number;
  breached: number;
  late: number;
  open: number;
  cancelled: number;
  warned: number;
}

/** Rates from counts: the one place met % and breach % are computed. */
export function rates(c: Pick<StageCounts, 'met' | 'breached'>): {
  decided: number;
  metPct: number | null;
  breachPct: number | null;
} {
  const decided = c.met + c.breached;
  if (decided === 0) return { decided, metPct: null, breachPct: null };
  return { decided, metPct: (100 * c.met) / decided, breachPct: (100 * c.breached) / decided };
}

export function finishStats(
  c: StageCounts,
  times: {
    responded: number;
    meanMs: number | null;
    medianMs: number | null;
    p90Ms: number | null;
    maxMs: number | null;
  },
): StageStats {
  return { ...c, ...rates(c), ...times };
}

/** Stats of a set of stage records (the pure reference the SQL must agree with). */
export function stageStats(recs: readonly StageRecord[]): StageStats {
  const c: StageCounts = { total: 0, met: 0, breached: 0, late: 0, open: 0, cancelled: 0, warned: 0 };
  const times: number[] = [];
  for (const r of recs) {
    c.total++;
    if (r.warnedAt !== null) c.warned++;
    const o = stageOutcome(r);
    if (o === 'met') c.met++;
    else if (o === 'late') {
      c.breached++;
      c.late++;
    } else if (o === 'breached') c.breached++;
    else if (o === 'open') c.open++;
    else c.cancelled++;
    if (r.metAt !== null) times.push(r.metAt - r.startedAt);
  }
  return finishStats(c, {
    responded: times.length,
    meanMs: mean(times),
    medianMs: median(times),
    p90Ms: p90(times),
    maxMs: max(times),
  });
}

/** Fold several groups' stats into one: counts and rates add up, the mean is weighted by responses, max is
 *  the max; percentiles cannot be folded and come back null. */
export function foldStats(parts: readonly StageStats[]): StageStats {
  const c: StageCounts = { total: 0, met: 0, breached: 0, late: 0, open: 0, cancelled: 0, warned: 0 };
  let responded = 0;
  let sum = 0;
  let mx: number | null = null;
  for (const p of parts) {
    c.total += p.total;
    c.met += p.met;
    c.breached += p.breached;
    c.late += p.late;
    c.open += p.open;
    c.cancelled += p.cancelled;
    c.warned += p.warned;
    if (p.responded && p.meanMs !== null) {
      responded += p.responded;
      sum += p.meanMs * p.responded;
    }
    if (p.maxMs !== null) mx = mx === null ? p.maxMs : Math.max(mx, p.maxMs);
  }
  return finishStats(c, {
    responded,
    meanMs: responded ? sum / responded : null,
    medianMs: null,
    p90Ms: null,
    maxMs: mx,
  });
}

export function emptyStats(): StageStats {
  return finishStats(
    { total: 0, met: 0, breached: 0, late: 0, open: 0, cancelled: 0, warned: 0 },
    { responded: 0, meanMs: null, medianMs: null, p90Ms: null, maxMs: null },
  );
}

/** Percent change helper for the side-by-side comparison: b relative to a, or null. */
export function delta(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return b - a;
}

/** Satisfaction: a rating of 4 or 5 (of 5) counts as satisfied. */
export const SATISFIED_MIN_SCORE = 4;
export function satisfaction(scores: readonly number[]): {
  rated: number;
  satisfied: number;
  satisfiedPct: number | null;
  meanScore: number | null;
} {
  const satisfied = scores.filter((s) => s >= SATISFIED_MIN_SCORE).length;
  return {
    rated: scores.length,
    satisfied,
    satisfiedPct: scores.length ? (100 * satisfied) / scores.length : null,
    meanScore: mean(scores),
  };
}
