import { describe, expect, it } from 'vitest';
import {
  OUTCOME_LABELS,
  STAGE_IDS,
  STAGE_LABELS,
  STATUS_LABELS,
  formatWindow,
  isBreach,
  lateByMs,
  responseMs,
  stageOutcome,
  stageTitle,
} from './index';
import type { StageRecord } from './index';

const base: StageRecord = {
  stage: 'D1',
  seq: 1,
  startedAt: 1000,
  dueAt: 31_000,
  warnAt: 22_000,
  warnedAt: null,
  metAt: null,
  breachedAt: null,
  metBy: null,
  cancelledAt: null,
  policyVersion: 1,
};

describe('stageOutcome / responseMs', () => {
  it.each([
    ['open', {}, 'open', null, null, false],
    ['met in time', { metAt: 12_000, metBy: 'host' }, 'met', 11_000, null, false],
    ['breached', { breachedAt: 31_000 }, 'breached', null, null, true],
    ['late', { breachedAt: 31_000, metAt: 40_000 }, 'late', 39_000, 9000, true],
    ['cancelled', { cancelledAt: 5000 }, 'cancelled', null, null, false],
    ['breached then cancelled', { breachedAt: 31_000, cancelledAt: 50_000 }, 'breached', null, null, true],
  ] as const)('%s', (_name, patch, outcome, response, late, breach) => {
    const rec = { ...base, ...patch };
    expect([stageOutcome(rec), responseMs(rec), lateByMs(rec), isBreach(rec)]).toEqual([
      outcome,
      response,
      late,
      breach,
    ]);
  });
});

describe('labels', () => {
  const hasHan = /[\u4e00-\u9fff]/;

  it('names and describes every stage and status in Chinese and English', () => {
    for (const id of STAGE_IDS) {
      const l = STAGE_LABELS[id];
      expect([
        hasHan.test(l.zh),
        hasHan.test(l.descZh),
        /^[A-Z]/.test(l.en),
        /^[A-Z]/.test(l.descEn),
      ]).toEqual([true, true, true, true]);
    }
    expect(STAGE_LABELS.D1).toMatchObject({
      zh: '简单问题 30 秒内回复',
      en: 'Simple question answered within 30 s',
    });
    expect(Object.keys(STATUS_LABELS)).toHaveLength(9);
    for (const l of Object.values(STATUS_LABELS))
      expect(hasHan.test(l.zh) && hasHan.test(l.descZh)).toBe(true);
    expect(OUTCOME_LABELS.late).toEqual({ zh: '超时后完成', en: 'Met late' });
  });

  it.each([
    [30_000, '30 秒', '30 s'],
    [90_000, '90 秒', '90 s'],
    [120_000, '2 分钟', '2 min'],
    [3_600_000, '1 小时', '1 h'],
    [86_400_000, '1 天', '1 day'],
    [172_800_000, '2 天', '2 days'],
    [1500, '1.5 秒', '1.5 s'],
  ])('formatWindow(%i)', (ms, zh, en) => {
    expect(formatWindow(ms)).toEqual({ zh, en });
  });

  it('stageTitle quotes the configured window', () => {
    expect(stageTitle('D1', 45_000)).toEqual({
      zh: '简单问题回复(45 秒)',
      en: 'Simple question answered (45 s)',
    });
    expect(stageTitle('C3', 172_800_000)).toEqual({ zh: '投诉回访(2 天)', en: 'Return visit (2 days)' });
  });
});
