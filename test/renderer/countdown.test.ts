import { describe, expect, it } from 'vitest';
import type { StageRecord } from '../../shared/deadlines/types';
import { formatDuration, isOverdue, openStage, stageCountdown } from '../../renderer/lib/countdown';

const T0 = 1_700_000_000_000;
function stage(over: Partial<StageRecord> = {}): StageRecord {
  return {
    stage: 'D1',
    seq: 1,
    startedAt: T0,
    dueAt: T0 + 30_000,
    warnAt: T0 + 21_000,
    warnedAt: null,
    metAt: null,
    breachedAt: null,
    metBy: null,
    cancelledAt: null,
    policyVersion: 1,
    ...over,
  };
}

describe('formatDuration', () => {
  it('shows m:ss, rounding towards the due moment', () => {
    expect(formatDuration(30_000)).toBe('0:30');
    expect(formatDuration(29_001)).toBe('0:30');
    expect(formatDuration(1)).toBe('0:01');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(-999)).toBe('0:00');
    expect(formatDuration(-1000)).toBe('-0:01');
    expect(formatDuration(-65_000)).toBe('-1:05');
    expect(formatDuration(10 * 60_000)).toBe('10:00');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

describe('stageCountdown', () => {
  it('is green before warnAt, amber after it, red and overdue after dueAt', () => {
    expect(stageCountdown(stage(), T0 + 5_000)).toMatchObject({
      level: 'ok',
      text: '0:25',
      remainingMs: 25_000,
    });
    expect(stageCountdown(stage(), T0 + 21_000)).toMatchObject({ level: 'warn', text: '0:09' });
    expect(stageCountdown(stage(), T0 + 30_000)).toMatchObject({ level: 'over', text: '0:00' });
    expect(stageCountdown(stage(), T0 + 42_000)).toMatchObject({ level: 'over', text: '-0:12' });
  });
  it('reports a recorded breach as breached even before the local clock reaches dueAt', () => {
    expect(stageCountdown(stage({ breachedAt: T0 + 30_000 }), T0 + 28_500)).toMatchObject({
      level: 'breached',
      text: '0:00',
    });
  });
  it('freezes met stages at the time they took', () => {
    const v = stageCountdown(stage({ metAt: T0 + 12_000 }), T0 + 99_000);
    expect(v).toMatchObject({ level: 'met', text: '0:12' });
  });
  it('never shows more than the window when the server clock is a little behind', () => {
    expect(stageCountdown(stage(), T0 - 800)).toMatchObject({ level: 'ok', text: '0:30' });
  });
  it('marks cancelled stages', () => {
    expect(stageCountdown(stage({ cancelledAt: T0 + 1 }), T0 + 2).level).toBe('cancelled');
  });
});

describe('openStage / isOverdue', () => {
  it('picks the running stage due first, skipping met and cancelled ones', () => {
    const d4 = stage({ stage: 'D4', dueAt: T0 + 120_000, metAt: T0 + 50_000 });
    const d5 = stage({ stage: 'D5', dueAt: T0 + 600_000 });
    const d6 = stage({ stage: 'D6', dueAt: T0 + 300_000 });
    expect(openStage([d4, d5, d6])?.stage).toBe('D6');
    expect(openStage([d4, d5, d6], 'D5')?.stage).toBe('D5');
    expect(openStage([d4], 'D4')).toBeUndefined();
  });
  it('counts a breached, unmet stage as overdue', () => {
    expect(isOverdue(stage({ breachedAt: T0 + 30_000 }), T0)).toBe(true);
    expect(isOverdue(stage(), T0 + 10)).toBe(false);
    expect(isOverdue(stage({ metAt: T0 + 40_000 }), T0 + 50_000)).toBe(false);
  });
});
