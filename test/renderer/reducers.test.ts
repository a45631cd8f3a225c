import { describe, expect, it } from 'vitest';
import {
  appendComments,
  cohostQueue,
  filterComments,
  hostQueue,
  metPercent,
  moveSelection,
  pushAlert,
  supportQueue,
  upsertQuestions,
} from '../../renderer/store/reducers';
import { T0, comment, question, stageRec } from './fixtures';

describe('appendComments', () => {
  it('puts the newest first, drops duplicates and keeps at most the cap', () => {
    const a = appendComments([], [comment(1), comment(2), comment(3)], 4);
    expect(a.map((c) => c.id)).toEqual([3, 2, 1]);
    const b = appendComments(a, [comment(3), comment(4), comment(5)], 4);
    expect(b.map((c) => c.id)).toEqual([5, 4, 3, 2]);
  });
  it('returns the same array for an empty batch (no re-render)', () => {
    const a = appendComments([], [comment(1)]);
    expect(appendComments(a, [])).toBe(a);
  });
});

describe('upsertQuestions', () => {
  it('keeps the newer version when an older one arrives late', () => {
    const fresh = question(1, { status: 'answered', updatedAt: T0 + 5000 });
    const stale = question(1, { status: 'open', updatedAt: T0 + 1000 });
    const s1 = upsertQuestions({}, [fresh]);
    const s2 = upsertQuestions(s1, [stale]);
    expect(s2).toBe(s1);
    expect(s2[1].status).toBe('answered');
  });
});

describe('pane queues', () => {
  const qs = upsertQuestions({}, [
    question(1, { askedAt: T0 + 3000 }),
    question(2, { askedAt: T0 + 1000 }),
    question(3, {
      complexity: 'complex',
      type: 'after_sales',
      stages: [stageRec({ stage: 'D3', dueAt: T0 + 60_000 })],
    }),
    question(4, { channel: 'dm', stages: [stageRec({ stage: 'D2', dueAt: T0 + 60_000 })] }),
    question(5, { status: 'answered' }),
    question(6, { status: 'handed_off', stages: [stageRec({ stage: 'D4', dueAt: T0 + 120_000 })] }),
    question(7, { status: 'closed' }),
  ]);
  it('host: open, live, simple; most urgent first', () => {
    expect(hostQueue(qs).map((q) => q.id)).toEqual([2, 1]);
  });
  it('co-host: every open live question, complex ones included', () => {
    expect(cohostQueue(qs).map((q) => q.id)).toEqual([2, 1, 3]);
  });
  it('support: handed-off work and open DMs', () => {
    expect(supportQueue(qs).map((q) => q.id)).toEqual([4, 6]);
  });
});

describe('filterComments', () => {
  const list = [
    comment(1),
    comment(2, { questionId: 9 }),
    comment(3, {
      classification: { ...comment(3).classification, moderation: 'ads', reasons: ['contact info'] },
    }),
    comment(4, { classification: { ...comment(4).classification, angry: true } }),
  ];
  it('filters questions and flagged comments', () => {
    expect(filterComments(list, 'all')).toBe(list);
    expect(filterComments(list, 'questions').map((c) => c.id)).toEqual([2]);
    expect(filterComments(list, 'flagged').map((c) => c.id)).toEqual([3, 4]);
  });
});

describe('small helpers', () => {
  it('metPercent is null before any deadline is decided', () => {
    expect(metPercent(0, 0)).toBeNull();
    expect(metPercent(9, 1)).toBe(90);
    expect(metPercent(2, 1)).toBe(66.7);
  });
  it('moveSelection stays inside the list and recovers a vanished selection', () => {
    expect(moveSelection([], 3, 1)).toBeNull();
    expect(moveSelection([1, 2, 3], null, 1)).toBe(1);
    expect(moveSelection([1, 2, 3], 2, 1)).toBe(3);
    expect(moveSelection([1, 2, 3], 3, 1)).toBe(3);
    expect(moveSelection([1, 2, 3], 1, -1)).toBe(1);
    expect(moveSelection([1, 2, 3], 9, 1)).toBe(1);
  });
  it('pushAlert ignores a repeated alert', () => {
    const a = { questionId: 1, stage: 'D1' as const, seq: 1, level: 'breached' as const, at: T0 };
    const once = pushAlert([], a);
    expect(pushAlert(once, { ...a })).toBe(once);
    expect(pushAlert(once, { ...a, level: 'warning' })).toHaveLength(2);
  });
});
