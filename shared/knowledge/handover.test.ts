import { describe, expect, it } from 'vitest';
import type { Question } from '../api';
import type { StageRecord } from '../deadlines/types';
import {
  handoverCounts,
  handoverText,
  isStillOpen,
  openQuestionsForHandover,
  ownerOf,
  toHandoverQuestion,
} from './handover';
import type { Handover } from './types';

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0); // 20:00 in China (UTC+8)

function stage(p: Partial<StageRecord> & Pick<StageRecord, 'stage' | 'dueAt'>): StageRecord {
  return {
    seq: 1,
    startedAt: T0,
    warnAt: p.dueAt - 1000,
    warnedAt: null,
    metAt: null,
    breachedAt: null,
    metBy: null,
    cancelledAt: null,
    policyVersion: 1,
    ...p,
  };
}

function q(id: number, p: Partial<Question>): Question {
  return {
    id,
    sessionId: 1,
    commentId: id,
    platform: 'douyin',
    channel: 'live',
    userId: `u${id}`,
    nickname: `观众${id}`,
    text: `问题${id}`,
    type: 'other',
    complexity: 'simple',
    angry: false,
    reasons: [],
    status: 'open',
    assignee: null,
    handoffNote: null,
    etaMinutes: null,
    askCount: 1,
    askedAt: T0,
    updatedAt: T0,
    stages: [],
    ...p,
  };
}

const liveOpen = q(1, { stages: [stage({ stage: 'D1', dueAt: T0 + 30_000 })] });
const handedOff = q(2, {
  status: 'handed_off',
  type: 'after_sales',
  complexity: 'complex',
  stages: [
    stage({ stage: 'D4', dueAt: T0 + 120_000, breachedAt: T0 + 120_000 }),
    stage({ stage: 'D5', dueAt: T0 + 600_000 }),
  ],
});
const dmOpen = q(3, { channel: 'dm', stages: [stage({ stage: 'D2', dueAt: T0 + 60_000 })] });
const answered = q(4, { status: 'answered', stages: [stage({ stage: 'D1', dueAt: T0, metAt: T0 })] });
const resolvedOwingFollowup = q(5, {
  status: 'resolved',
  assignee: '客服阿青',
  stages: [stage({ stage: 'D7', dueAt: T0 + 60_000 })],
});
const resolvedDone = q(6, { status: 'resolved', stages: [stage({ stage: 'D7', dueAt: T0, metAt: T0 })] });
const dismissed = q(7, {
  status: 'dismissed',
  stages: [stage({ stage: 'D1', dueAt: T0, cancelledAt: T0 })],
});
const closedOwingVisit = q(8, {
  status: 'closed',
  type: 'complaint',
  stages: [stage({ stage: 'C3', dueAt: T0 + 86_400_000 })],
});

describe('which questions a handover carries', () => {
  it('keeps the unanswered, the ones support owes and the done ones with a stage still running', () => {
    const all = [
      liveOpen,
      handedOff,
      dmOpen,
      answered,
      resolvedOwingFollowup,
      resolvedDone,
      dismissed,
      closedOwingVisit,
    ];
    expect(all.filter(isStillOpen).map((x) => x.id)).toEqual([1, 2, 3, 5, 8]);
  });

  it('support first, breached first, then by the next deadline; the host owes open live questions', () => {
    const list = openQuestionsForHandover([
      liveOpen,
      closedOwingVisit,
      dmOpen,
      resolvedOwingFollowup,
      handedOff,
    ]);
    expect(list.map((x) => x.id)).toEqual([2, 3, 5, 8, 1]);
    expect(list.map((x) => x.owner)).toEqual(['support', 'support', 'support', 'support', 'host']);
    expect(ownerOf(liveOpen)).toBe('host');
    expect(list[0]).toMatchObject({
      nextStage: 'D4',
      nextDueAt: T0 + 120_000,
      breached: true,
      stillOpen: true,
    });
    expect(list[4]).toMatchObject({ nextStage: 'D1', breached: false });
  });

  it('a question dealt with since reads as no longer open', () => {
    const h = toHandoverQuestion(resolvedDone);
    expect(h).toMatchObject({ stillOpen: false, nextStage: null, nextDueAt: null });
  });
});

describe('handover text and counts', () => {
  const h: Handover = {
    id: 9,
    sessionId: 1,
    author: '客服阿青',
    role: 'support',
    note: '#2 顾客要换货，已发地址',
    createdAt: T0,
    acknowledgedBy: null,
    acknowledgedAt: null,
    questionIds: [2, 1, 6],
    questions: [
      toHandoverQuestion(handedOff),
      toHandoverQuestion(liveOpen),
      toHandoverQuestion(resolvedDone),
    ],
  };

  it('counts only what is still open', () => {
    expect(handoverCounts(h)).toEqual({ open: 2, support: 1, breached: 1 });
  });

  it('lists id, status, next stage and due time in China time, zh and en', () => {
    const zh = handoverText(h, 'zh').split('\n');
    expect(zh[0]).toBe('交接 #9 · 客服阿青 · 20:00');
    expect(zh[1]).toBe('#2 顾客要换货，已发地址');
    expect(zh[2]).toBe('未结问题 2 个：');
    expect(zh[3]).toMatch(/^#2 已转交 · .+ 已超时 20:02 · 观众2：问题2$/);
    expect(zh).toHaveLength(5);
    const en = handoverText(h, 'en');
    expect(en).toContain('2 open question(s):');
    expect(en).toContain('overdue since 20:02');
  });
});
