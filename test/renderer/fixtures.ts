// Builders for renderer tests.
import type { Question } from '../../shared/api';
import type { DeskComment } from '../../shared/model';
import type { StageRecord } from '../../shared/deadlines/types';

export const T0 = 1_700_000_000_000;

export function stageRec(over: Partial<StageRecord> = {}): StageRecord {
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

export function question(id: number, over: Partial<Question> = {}): Question {
  const askedAt = over.askedAt ?? T0 + id * 1000;
  return {
    id,
    sessionId: 1,
    commentId: id * 10,
    platform: 'sim',
    channel: 'live',
    userId: `u${id}`,
    nickname: `观众${id}`,
    text: `问题 ${id}`,
    type: 'price',
    complexity: 'simple',
    angry: false,
    reasons: [],
    status: 'open',
    assignee: null,
    handoffNote: null,
    etaMinutes: null,
    askCount: 1,
    askedAt,
    updatedAt: askedAt,
    stages: [stageRec({ startedAt: askedAt, dueAt: askedAt + 30_000, warnAt: askedAt + 21_000 })],
    ...over,
  };
}

export function comment(id: number, over: Partial<DeskComment> = {}): DeskComment {
  return {
    id,
    platform: 'sim',
    msgId: `m${id}`,
    roomId: 'r1',
    userId: `u${id}`,
    nickname: `观众${id}`,
    text: `评论 ${id}`,
    channel: 'live',
    kind: 'chat',
    platformTs: null,
    ts: T0 + id,
    questionId: null,
    classification: {
      isQuestion: false,
      type: 'other',
      complexity: 'simple',
      moderation: 'ok',
      angry: false,
      reasons: [],
    },
    ...over,
  };
}
