import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  p90,
  percentile,
  max,
  rates,
  satisfaction,
  stageStats,
} from '../../shared/reports/metrics';
import { hourOfDay, monthRange, lastDays, dayKey } from '../../shared/reports/time';
import type { StageRecord } from '../../shared/deadlines/types';

const rec = (o: Partial<StageRecord>): StageRecord => ({
  stage: 'D1',
  seq: 1,
  startedAt: 0,
  dueAt: 30_000,
  warnAt: 21_000,
  warnedAt: null,
  metAt: null,
  breachedAt: null,
  metBy: null,
  cancelledAt: null,
  policyVersion: 1,
  ...o,
});

describe('response-time statistics', () => {
  it('mean / median / p90 / max on hand-computed values', () => {
    const v = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(mean(v)).toBe(55);
    expect(median(v)).toBe(55); // between 50 and 60
    // rank (10 − 1) · 0.9 = 8.1 → 90 + 0.1 · (100 − 90)
    expect(p90(v)).toBeCloseTo(91, 10);
    expect(max(v)).toBe(100);
    expect(median([3, 1, 2])).toBe(2);
    expect(p90([5])).toBe(5);
    expect(percentile([1, 2], 0)).toBe(1);
    expect(percentile([1, 2], 100)).toBe(2);
  });

  it('empty sets give null, not 0 or NaN', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(p90([])).toBeNull();
    expect(max([])).toBeNull();
    expect(rates({ met: 0, breached: 0 })).toEqual({ decided: 0, metPct: null, breachPct: null });
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('stage stats: met, late, breached, open and cancelled are counted apart; late counts as a breach', () => {
    const s = stageStats([
      rec({ metAt: 10_000 }), // met in 10 s
      rec({ metAt: 20_000, warnedAt: 21_000 - 1 }), // met in 20 s
      rec({ metAt: 40_000, breachedAt: 30_000, warnedAt: 21_000 }), // late: 40 s
      rec({ breachedAt: 30_000 }), // never answered
      rec({ cancelledAt: 5_000 }), // dismissed before due
      rec({}), // still open
    ]);
    expect(s).toMatchObject({
      total: 6,
      met: 2,
      breached: 2,
      late: 1,
      open: 1,
      cancelled: 1,
      warned: 2,
      decided: 4,
    });
    expect(s.metPct).toBe(50);
    expect(s.breachPct).toBe(50);
    expect(s.responded).toBe(3);
    expect(s.meanMs).toBeCloseTo(70_000 / 3, 6);
    expect(s.medianMs).toBe(20_000);
    expect(s.p90Ms).toBe(36_000); // rank 1.8 → 20 + 0.8 · 20 s
    expect(s.maxMs).toBe(40_000);
  });

  it('a breach that was later cancelled still counts as breached', () => {
    const s = stageStats([rec({ breachedAt: 30_000, cancelledAt: 50_000 })]);
    expect(s).toMatchObject({ breached: 1, cancelled: 0, metPct: 0 });
  });

  it('satisfaction: 4 and 5 of 5 count as satisfied', () => {
    expect(satisfaction([5, 4, 3, 1])).toEqual({ rated: 4, satisfied: 2, satisfiedPct: 50, meanScore: 3.25 });
    expect(satisfaction([])).toEqual({ rated: 0, satisfied: 0, satisfiedPct: null, meanScore: null });
  });
});

describe('report calendar', () => {
  const t = Date.UTC(2026, 10, 1, 16, 30); // 2026-11-02 00:30 in China
  it('hour of day and day follow the given zone', () => {
    expect(hourOfDay(t, 480)).toBe(0);
    expect(hourOfDay(t, 0)).toBe(16);
    expect(dayKey(t, 480)).toBe('2026-11-02');
    expect(dayKey(t, 0)).toBe('2026-11-01');
  });
  it('month and last-N-days ranges are local midnights', () => {
    expect(monthRange(t, 480)).toEqual({
      from: Date.UTC(2026, 10, 1) - 8 * 3600e3,
      to: Date.UTC(2026, 11, 1) - 8 * 3600e3,
    });
    expect(monthRange(t, 480, -1).from).toBe(Date.UTC(2026, 9, 1) - 8 * 3600e3);
    const r = lastDays(t, 480, 30);
    expect(r.to).toBe(Date.UTC(2026, 10, 3) - 8 * 3600e3);
    expect(r.to - r.from).toBe(30 * 86400e3);
  });
});

describe('folding stage rows into an all-stages row', () => {
  it('adds counts, weights the mean by responses, keeps the max, and leaves percentiles null', async () => {
    const { foldStats } = await import('../../shared/reports/metrics');
    const a = stageStats([rec({ metAt: 10_000 }), rec({ metAt: 20_000 })]); // mean 15 s
    const b = stageStats([rec({ metAt: 100_000, breachedAt: 30_000 }), rec({ breachedAt: 30_000 })]);
    const f = foldStats([a, b]);
    expect(f).toMatchObject({
      total: 4,
      met: 2,
      breached: 2,
      late: 1,
      decided: 4,
      metPct: 50,
      responded: 3,
      maxMs: 100_000,
    });
    expect(f.meanMs).toBeCloseTo(130_000 / 3, 6);
    expect(f.medianMs).toBeNull();
    expect(f.p90Ms).toBeNull();
  });
});
