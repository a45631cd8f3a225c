import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY as P,
  advanceTime,
  applyAction,
  nextDueAt,
  startQuestion,
  stageOutcome,
  responseMs,
  lateByMs,
} from './index';
import type { DeskAction, NewQuestion, QuestionCore, StageId, StageRecord } from './index';

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const S = 1000;
const MIN = 60 * S;

/** A fixed clock moved by hand: `at(ms)` jumps to T0 + ms, `step(ms)` moves forward. */
function steppedClock(start = T0) {
  let t = start;
  return {
    now: () => t,
    at: (offset: number) => (t = start + offset),
    step: (ms: number) => (t += ms),
  };
}

const input = (over: Partial<NewQuestion> = {}): NewQuestion => ({
  id: 7,
  type: 'product',
  complexity: 'simple',
  channel: 'live',
  askedAt: T0,
  ...over,
});

function act(q: QuestionCore, action: DeskAction, now: number) {
  const r = applyAction(q, action, P, now);
  if (!r.ok) throw new Error(`expected ${action.kind} to succeed: ${r.message}`);
  return r;
}
function fail(q: QuestionCore, action: DeskAction, now: number) {
  const r = applyAction(q, action, P, now);
  if (r.ok) throw new Error(`expected ${action.kind} to fail`);
  return r;
}
function rec(q: QuestionCore, stage: StageId, seq = 1): StageRecord {
  const r = q.stages.find((s) => s.stage === stage && s.seq === seq);
  if (!r) throw new Error(`no ${stage}#${seq} in ${q.stages.map((s) => `${s.stage}#${s.seq}`).join(',')}`);
  return r;
}
const ids = (q: QuestionCore) => q.stages.map((s) => `${s.stage}#${s.seq}`);

const A = {
  answer: { kind: 'answer', by: 'host', how: 'on_air' },
  reply: { kind: 'answer', by: 'cs1', how: 'reply', text: '亲,有的' },
  handoff: { kind: 'handoff', by: 'cohost', note: '订单问题' },
  claim: { kind: 'claim', by: 'cs1' },
  contact: { kind: 'contact', by: 'cs1', etaMinutes: 8, text: '您好,请提供订单号' },
  progress: { kind: 'progress', by: 'cs1', text: '仓库核实中' },
  resolve: { kind: 'resolve', by: 'cs1', text: '已补发' },
  followup: { kind: 'followup', by: 'cs1', text: '还有其他问题吗?' },
  close: { kind: 'close', by: 'cs1' },
  reopen: { kind: 'reopen', by: 'cs1' },
  reassign: { kind: 'reassign', by: 'lead', to: 'cs2' },
  dismiss: { kind: 'dismiss', by: 'cohost', reason: '重复刷屏' },
  escalate: { kind: 'escalate', by: 'cs1', note: '要求超额赔偿' },
  supervisorReply: { kind: 'supervisor_reply', by: 'boss', text: '同意补偿' },
  accept: { kind: 'accept_complaint', by: 'cs1' },
  returnVisit: { kind: 'return_visit', by: 'cs1', text: '已回访,满意' },
} satisfies Record<string, DeskAction>;

// ---- the deadline table: every row ------------------------------------------------------------

interface Row {
  stage: StageId;
  windowMs: number;
  /** The question right after the stage opened, and when it opened. */
  setup: () => { q: QuestionCore; start: number };
  meet: DeskAction;
}

const liveComplex = () => startQuestion(input({ type: 'after_sales', complexity: 'complex' }), P, T0);
const ROWS: Row[] = [
  {
    stage: 'D1',
    windowMs: 30 * S,
    setup: () => ({ q: startQuestion(input(), P, T0), start: T0 }),
    meet: A.answer,
  },
  {
    stage: 'D2',
    windowMs: 60 * S,
    setup: () => ({ q: startQuestion(input({ type: 'price', channel: 'dm' }), P, T0), start: T0 }),
    meet: A.reply,
  },
  { stage: 'D3', windowMs: 60 * S, setup: () => ({ q: liveComplex(), start: T0 }), meet: A.handoff },
  {
    stage: 'D4',
    windowMs: 120 * S,
    setup: () => ({ q: act(liveComplex(), A.handoff, T0 + 10 * S).q, start: T0 + 10 * S }),
    meet: A.contact,
  },
  {
    stage: 'D5',
    windowMs: 10 * MIN,
    setup: () => ({ q: act(liveComplex(), A.handoff, T0 + 10 * S).q, start: T0 + 10 * S }),
    meet: A.resolve,
  },
  {
    stage: 'D6',
    windowMs: 5 * MIN,
    setup: () => {
      const q = act(act(liveComplex(), A.handoff, T0 + 10 * S).q, A.contact, T0 + 40 * S).q;
      return { q, start: T0 + 40 * S };
    },
    meet: A.progress,
  },
  {
    stage: 'D7',
    windowMs: 60 * S,
    setup: () => {
      const dm = startQuestion(input({ type: 'shipping', complexity: 'complex', channel: 'dm' }), P, T0);
      const q = act(act(dm, A.contact, T0 + 20 * S).q, A.resolve, T0 + 60 * S).q;
      return { q, start: T0 + 60 * S };
    },
    meet: A.followup,
  },
  {
    stage: 'C1',
    windowMs: 10 * MIN,
    setup: () => ({
      q: startQuestion(input({ type: 'complaint', complexity: 'complex' }), P, T0),
      start: T0,
    }),
    meet: A.accept,
  },
  {
    stage: 'C2',
    windowMs: 30 * MIN,
    setup: () => ({ q: act(startQuestion(input(), P, T0), A.escalate, T0 + 5 * S).q, start: T0 + 5 * S }),
    meet: A.supervisorReply,
  },
  {
    stage: 'C3',
    windowMs: 24 * 60 * MIN,
    setup: () => {
      const dm = startQuestion(input({ type: 'complaint', complexity: 'complex', channel: 'dm' }), P, T0);
      return { q: act(dm, A.resolve, T0 + 30 * S).q, start: T0 + 30 * S };
    },
    meet: A.returnVisit,
  },
];

describe.each(ROWS)('deadline $stage ($windowMs ms)', ({ stage, windowMs, setup, meet }) => {
  const warnAt = (start: number) => start + Math.round(windowMs * 0.7);

  it('opens with the default window and a warning at 70 %', () => {
    const { q, start } = setup();
    expect(rec(q, stage)).toEqual({
      stage,
      seq: 1,
      startedAt: start,
      dueAt: start + windowMs,
      warnAt: warnAt(start),
      warnedAt: null,
      metAt: null,
      breachedAt: null,
      metBy: null,
      cancelledAt: null,
      policyVersion: 1,
    });
  });

  it('warns exactly at 70 % of the window, once', () => {
    const { q, start } = setup();
    const clock = steppedClock(warnAt(start) - 1);
    const before = advanceTime(q, clock.now());
    expect(before.alerts.filter((a) => a.stage === stage)).toEqual([]);
    expect(rec(before.q, stage).warnedAt).toBeNull();

    const at = advanceTime(before.q, clock.step(1));
    expect(at.alerts.filter((a) => a.stage === stage)).toEqual([
      { questionId: 7, stage, seq: 1, level: 'warning', at: warnAt(start) },
    ]);
    expect(rec(at.q, stage).warnedAt).toBe(warnAt(start));

    const again = advanceTime(at.q, clock.step(1));
    expect(again.alerts.filter((a) => a.stage === stage)).toEqual([]);
  });

  it('is met 1 ms before the due moment', () => {
    const { q, start } = setup();
    const r = act(q, meet, start + windowMs - 1);
    const s = rec(r.q, stage);
    expect(s.metAt).toBe(start + windowMs - 1);
    expect(s.breachedAt).toBeNull();
    expect(s.warnedAt).toBe(warnAt(start));
    expect(s.metBy).toBe(meet.by);
    expect(stageOutcome(s)).toBe('met');
    expect(responseMs(s)).toBe(windowMs - 1);
    expect(r.changed.map((c) => c.stage)).toContain(stage);
    expect(advanceTime(r.q, start + windowMs + 1).alerts.filter((a) => a.stage === stage)).toEqual([]);
  });

  it('breaches 1 ms after the due moment, stamped at the due moment', () => {
    const { q, start } = setup();
    const { q: after, alerts } = advanceTime(q, start + windowMs + 1);
    expect(rec(after, stage).breachedAt).toBe(start + windowMs);
    expect(alerts.filter((a) => a.stage === stage)).toEqual([
      { questionId: 7, stage, seq: 1, level: 'breached', at: start + windowMs },
    ]);
    expect(stageOutcome(rec(after, stage))).toBe('breached');
  });

  it('breach-then-late-answer keeps breachedAt and records the late response', () => {
    const { q, start } = setup();
    const breached = advanceTime(q, start + windowMs + 1).q;
    const late = act(breached, meet, start + windowMs + 4500);
    const s = rec(late.q, stage);
    expect([s.breachedAt, s.metAt]).toEqual([start + windowMs, start + windowMs + 4500]);
    expect(stageOutcome(s)).toBe('late');
    expect(lateByMs(s)).toBe(4500);
    expect(responseMs(s)).toBe(windowMs + 4500);
  });

  it('a response exactly at the due moment is late even if time was never advanced', () => {
    const { q, start } = setup();
    const r = act(q, meet, start + windowMs);
    const s = rec(r.q, stage);
    expect([s.warnedAt, s.breachedAt, s.metAt]).toEqual([warnAt(start), start + windowMs, start + windowMs]);
    expect(r.alerts.filter((a) => a.stage === stage)).toEqual([
      { questionId: 7, stage, seq: 1, level: 'breached', at: start + windowMs },
    ]);
  });

  it('survives a restart in the middle of the stage', () => {
    const { q, start } = setup();
    const mid = advanceTime(q, start + Math.floor(windowMs / 2)).q;
    const reloaded = JSON.parse(JSON.stringify(mid)) as QuestionCore;
    const { q: after, alerts } = advanceTime(reloaded, start + windowMs + 3 * 60 * MIN);
    const s = rec(after, stage);
    expect([s.warnedAt, s.breachedAt, s.metAt]).toEqual([warnAt(start), start + windowMs, null]);
    // The warning is stale after the restart: only the breach is told.
    expect(alerts.filter((a) => a.stage === stage)).toEqual([
      { questionId: 7, stage, seq: 1, level: 'breached', at: start + windowMs },
    ]);
    expect(advanceTime(after, start + windowMs + 4 * 60 * MIN).alerts).toEqual([]);
  });
});

// ---- entry stages ---------------------------------------------------------------------------

describe('startQuestion', () => {
  it.each([
    ['simple', 'live', 'product', ['D1#1'], 'open'],
    ['simple', 'dm', 'price', ['D2#1'], 'open'],
    ['simple', 'chat', 'purchase', ['D2#1'], 'open'],
    ['complex', 'live', 'after_sales', ['D3#1'], 'open'],
    ['complex', 'dm', 'after_sales', ['D4#1', 'D5#1'], 'handed_off'],
    ['complex', 'chat', 'shipping', ['D4#1', 'D5#1'], 'handed_off'],
    ['complex', 'live', 'complaint', ['D3#1', 'C1#1'], 'open'],
    ['complex', 'dm', 'complaint', ['D4#1', 'D5#1', 'C1#1'], 'handed_off'],
    ['simple', 'live', 'complaint', ['D1#1', 'C1#1'], 'open'],
  ] as const)('%s %s %s → %j (%s)', (complexity, channel, type, stages, status) => {
    const q = startQuestion(input({ complexity, channel, type }), P, T0 + 2 * S);
    expect(ids(q)).toEqual(stages);
    expect(q.status).toBe(status);
    expect(q.assignee).toBeNull();
    expect(q.stages.every((s) => s.startedAt === T0)).toBe(true);
  });

  it('never starts a deadline in the future (platform clock ahead of ours)', () => {
    const q = startQuestion(input({ askedAt: T0 + 9 * S }), P, T0);
    expect(q.askedAt).toBe(T0 + 9 * S);
    expect(rec(q, 'D1')).toMatchObject({ startedAt: T0, dueAt: T0 + 30 * S });
  });
});

// ---- transitions ----------------------------------------------------------------------------

const handedOff = () => act(liveComplex(), A.handoff, T0 + 10 * S).q;
const contacted = () => act(handedOff(), A.contact, T0 + 40 * S).q;
const resolved = () => act(contacted(), A.resolve, T0 + 3 * MIN).q;

describe('transitions', () => {
  it('answer meets D1 and marks the question answered', () => {
    const r = act(startQuestion(input(), P, T0), A.answer, T0 + 12 * S);
    expect(r.q.status).toBe('answered');
    expect(r.changed).toEqual([expect.objectContaining({ stage: 'D1', metAt: T0 + 12 * S, metBy: 'host' })]);
    expect(r.opened).toEqual([]);
    expect(fail(r.q, A.answer, T0 + 13 * S).message).toMatch(/无需回答.*Nothing to answer/);
  });

  it('answering a complex live question meets D3 and reclassifies it simple', () => {
    const r = act(liveComplex(), A.answer, T0 + 20 * S);
    expect([r.q.status, r.q.complexity, rec(r.q, 'D3').metAt]).toEqual(['answered', 'simple', T0 + 20 * S]);
  });

  it('answer is refused once the question is with support', () => {
    expect(fail(handedOff(), A.answer, T0 + 20 * S)).toEqual({
      ok: false,
      code: 'invalid_state',
      message: expect.stringMatching(/请联系观众.*contact the viewer/),
    });
  });

  it('handoff meets D3 and opens D4 (2 min) and D5 (10 min) from the hand-off moment', () => {
    const r = act(liveComplex(), A.handoff, T0 + 45 * S);
    expect(r.q.status).toBe('handed_off');
    expect(rec(r.q, 'D3')).toMatchObject({ metAt: T0 + 45 * S, metBy: 'cohost', breachedAt: null });
    expect(r.opened.map((s) => [s.stage, s.startedAt, s.dueAt, s.warnAt])).toEqual([
      ['D4', T0 + 45 * S, T0 + 165 * S, T0 + 129 * S],
      ['D5', T0 + 45 * S, T0 + 645 * S, T0 + 465 * S],
    ]);
    expect(fail(r.q, A.handoff, T0 + 50 * S).message).toMatch(/不能转交.*handed off/);
  });

  it('handing off a simple question meets D1 and makes it complex', () => {
    const r = act(startQuestion(input(), P, T0), A.handoff, T0 + 5 * S);
    expect([r.q.complexity, rec(r.q, 'D1').metAt, ids(r.q)]).toEqual([
      'complex',
      T0 + 5 * S,
      ['D1#1', 'D4#1', 'D5#1'],
    ]);
  });

  it('claim takes an unclaimed question; the same seat again is a no-op', () => {
    const r = act(handedOff(), A.claim, T0 + 20 * S);
    expect([r.q.status, r.q.assignee]).toEqual(['claimed', 'cs1']);
    const again = act(r.q, A.claim, T0 + 21 * S);
    expect([again.q.assignee, again.changed, again.opened]).toEqual(['cs1', [], []]);
  });

  it('claiming a question claimed by someone else is a conflict', () => {
    const mine = act(handedOff(), A.claim, T0 + 20 * S).q;
    expect(applyAction(mine, { kind: 'claim', by: 'cs2' }, P, T0 + 21 * S)).toEqual({
      ok: false,
      code: 'conflict',
      message: '已被 cs1 认领 / Already claimed by cs1',
    });
  });

  it('contact meets D4, assigns the contacting seat and opens the first D6 window', () => {
    const r = act(handedOff(), A.contact, T0 + 70 * S);
    expect([r.q.status, r.q.assignee]).toEqual(['contacted', 'cs1']);
    expect(rec(r.q, 'D4')).toMatchObject({ metAt: T0 + 70 * S, metBy: 'cs1' });
    expect(r.opened).toEqual([
      expect.objectContaining({ stage: 'D6', seq: 1, startedAt: T0 + 70 * S, dueAt: T0 + 370 * S }),
    ]);
    expect(fail(r.q, A.contact, T0 + 80 * S).message).toMatch(/进度更新.*progress update/);
  });

  it('contact is refused before hand-off and without a positive ETA', () => {
    expect(fail(liveComplex(), A.contact, T0 + 5 * S).message).toMatch(/转交.*Hand the question off/);
    expect(fail(handedOff(), { ...A.contact, etaMinutes: 0 }, T0 + 20 * S).message).toMatch(/ETA/);
  });

  it('progress meets the open D6 window and starts the next one', () => {
    const r = act(contacted(), A.progress, T0 + 3 * MIN);
    expect(rec(r.q, 'D6', 1)).toMatchObject({ metAt: T0 + 3 * MIN, breachedAt: null });
    expect(r.opened).toEqual([
      expect.objectContaining({ stage: 'D6', seq: 2, startedAt: T0 + 3 * MIN, dueAt: T0 + 8 * MIN }),
    ]);
    expect(r.q.status).toBe('contacted');
  });

  it('progress that needs no more coordination opens no further window', () => {
    const r = act(contacted(), { ...A.progress, needsCoordination: false }, T0 + 3 * MIN);
    expect([rec(r.q, 'D6', 1).metAt, r.opened, nextDueAt(r.q) === rec(r.q, 'D5').warnAt]).toEqual([
      T0 + 3 * MIN,
      [],
      true,
    ]);
  });

  it('progress is refused before first contact', () => {
    expect(fail(handedOff(), A.progress, T0 + 20 * S).message).toMatch(/先联系观众.*first contact/);
  });

  it('resolve meets D5, cancels the D6 window, opens D7', () => {
    const r = act(contacted(), A.resolve, T0 + 3 * MIN);
    expect(r.q.status).toBe('resolved');
    expect(rec(r.q, 'D5')).toMatchObject({ metAt: T0 + 3 * MIN, breachedAt: null });
    expect(rec(r.q, 'D6')).toMatchObject({ metAt: null, cancelledAt: T0 + 3 * MIN, breachedAt: null });
    expect(stageOutcome(rec(r.q, 'D6'))).toBe('cancelled');
    expect(r.opened.map((s) => [s.stage, s.dueAt])).toEqual([['D7', T0 + 4 * MIN]]);
  });

  it('resolving straight after hand-off counts as the first contact too', () => {
    const r = act(handedOff(), A.resolve, T0 + 60 * S);
    expect([rec(r.q, 'D4').metAt, rec(r.q, 'D5').metAt, r.q.assignee]).toEqual([
      T0 + 60 * S,
      T0 + 60 * S,
      'cs1',
    ]);
  });

  it('resolve is refused before hand-off', () => {
    expect(fail(liveComplex(), A.resolve, T0 + 5 * S).message).toMatch(/Hand the question off first/);
  });

  it('resolving a complaint meets C1 if still open and opens the 1-day return visit C3', () => {
    const dm = startQuestion(input({ type: 'complaint', complexity: 'complex', channel: 'dm' }), P, T0);
    const r = act(act(dm, A.contact, T0 + 30 * S).q, A.resolve, T0 + 5 * MIN);
    expect(rec(r.q, 'C1').metAt).toBe(T0 + 5 * MIN);
    expect(r.opened.map((s) => [s.stage, s.dueAt])).toEqual([
      ['D7', T0 + 6 * MIN],
      ['C3', T0 + 5 * MIN + 24 * 60 * MIN],
    ]);
  });

  it('followup meets D7 and closes; a complaint still owes the return visit', () => {
    const dm = startQuestion(input({ type: 'complaint', complexity: 'complex', channel: 'dm' }), P, T0);
    const res = act(dm, A.resolve, T0 + 2 * MIN).q;
    const r = act(res, A.followup, T0 + 2 * MIN + 20 * S);
    expect([r.q.status, rec(r.q, 'D7').metAt]).toEqual(['closed', T0 + 2 * MIN + 20 * S]);
    expect(nextDueAt(r.q)).toBe(rec(r.q, 'C3').warnAt);
    const visited = act(r.q, A.returnVisit, T0 + 20 * 60 * MIN);
    expect([visited.q.status, rec(visited.q, 'C3').metAt, nextDueAt(visited.q)]).toEqual([
      'closed',
      T0 + 20 * 60 * MIN,
      null,
    ]);
    expect(fail(r.q, A.followup, T0 + 3 * MIN).message).toMatch(/No follow-up is due/);
  });

  it('close ends an answered question; from resolved it cancels the pending follow-up', () => {
    const answered = act(startQuestion(input(), P, T0), A.answer, T0 + 5 * S).q;
    expect(act(answered, A.close, T0 + 6 * S).q.status).toBe('closed');
    const r = act(resolved(), A.close, T0 + 3 * MIN + 10 * S);
    expect(r.q.status).toBe('closed');
    expect(rec(r.q, 'D7').cancelledAt).toBe(T0 + 3 * MIN + 10 * S);
  });

  it('close is refused while work is pending (dismiss with a reason instead)', () => {
    const r = fail(contacted(), A.close, T0 + 60 * S);
    expect(r.code).toBe('invalid_state');
    expect(r.message).toMatch(/忽略.*dismiss it with a reason/);
  });

  it('reopen after an answer starts a fresh D1 from now', () => {
    const answered = act(startQuestion(input(), P, T0), A.answer, T0 + 5 * S).q;
    const r = act(answered, A.reopen, T0 + 4 * MIN);
    expect(r.q.status).toBe('open');
    expect(r.opened).toEqual([
      expect.objectContaining({ stage: 'D1', seq: 2, startedAt: T0 + 4 * MIN, dueAt: T0 + 4 * MIN + 30 * S }),
    ]);
  });

  it('reopen of a resolved DM question cancels D7 and restarts D4 + D5 with the same assignee', () => {
    const dm = startQuestion(input({ type: 'shipping', complexity: 'complex', channel: 'dm' }), P, T0);
    const res = act(act(dm, A.contact, T0 + 30 * S).q, A.resolve, T0 + 2 * MIN).q;
    const r = act(res, A.reopen, T0 + 150 * S);
    expect([r.q.status, r.q.assignee]).toEqual(['claimed', 'cs1']);
    expect(rec(r.q, 'D7').cancelledAt).toBe(T0 + 150 * S);
    expect(r.opened.map((s) => `${s.stage}#${s.seq}@${s.startedAt - T0}`)).toEqual([
      'D4#2@150000',
      'D5#2@150000',
    ]);
  });

  it('reopen is refused while the question is in progress', () => {
    expect(fail(contacted(), A.reopen, T0 + 60 * S).message).toMatch(/仍在处理中.*still in progress/);
  });

  it('reassign hands the question to another seat', () => {
    const r = act(act(handedOff(), A.claim, T0 + 20 * S).q, A.reassign, T0 + 30 * S);
    expect([r.q.status, r.q.assignee]).toEqual(['claimed', 'cs2']);
    expect(act(handedOff(), A.reassign, T0 + 20 * S).q.status).toBe('claimed');
    expect(fail(handedOff(), { ...A.reassign, to: '  ' }, T0 + 20 * S).message).toMatch(/Choose who/);
  });

  it('dismiss cancels every open stage but never hides a breach', () => {
    const c = contacted(); // D5 due T0+10s+10min, D6 due T0+40s+5min
    const r = act(c, A.dismiss, T0 + 6 * MIN);
    expect(r.q.status).toBe('dismissed');
    expect(rec(r.q, 'D6')).toMatchObject({ breachedAt: T0 + 340 * S, cancelledAt: T0 + 6 * MIN });
    expect(rec(r.q, 'D5')).toMatchObject({ breachedAt: null, cancelledAt: T0 + 6 * MIN });
    expect([stageOutcome(rec(r.q, 'D6')), stageOutcome(rec(r.q, 'D5'))]).toEqual(['breached', 'cancelled']);
    expect(r.alerts).toEqual([{ questionId: 7, stage: 'D6', seq: 1, level: 'breached', at: T0 + 340 * S }]);
    expect(nextDueAt(r.q)).toBeNull();
    expect(fail(r.q, A.dismiss, T0 + 7 * MIN).message).toMatch(/already dismissed/);
    expect(fail(r.q, A.contact, T0 + 7 * MIN).message).toMatch(/dismissed; reopen it first/);
    expect(fail(c, { ...A.dismiss, reason: ' ' }, T0 + 60 * S).message).toMatch(/needs a reason/);
  });

  it('a dismissed complaint can be reopened and gets a fresh C1', () => {
    const q = startQuestion(input({ type: 'complaint', complexity: 'complex' }), P, T0);
    const d = act(q, A.dismiss, T0 + 10 * S).q;
    const r = act(d, A.reopen, T0 + 60 * S);
    expect(ids(r.q)).toEqual(['D3#1', 'C1#1', 'D3#2', 'C1#2']);
    expect(r.q.status).toBe('open');
  });

  it('escalate opens C2 (30 min); the question stays escalated until the supervisor replies', () => {
    const e = act(handedOff(), A.escalate, T0 + 20 * S);
    expect(e.q.status).toBe('escalated');
    expect(e.opened).toEqual([
      expect.objectContaining({ stage: 'C2', seq: 1, dueAt: T0 + 20 * S + 30 * MIN }),
    ]);
    expect(fail(e.q, A.escalate, T0 + 30 * S).message).toMatch(/Already escalated/);
    const c = act(e.q, A.contact, T0 + 40 * S);
    expect(c.q.status).toBe('escalated');
    const s = act(c.q, A.supervisorReply, T0 + 5 * MIN);
    expect([s.q.status, rec(s.q, 'C2').metAt, rec(s.q, 'C2').metBy]).toEqual([
      'contacted',
      T0 + 5 * MIN,
      'boss',
    ]);
    expect(fail(s.q, A.supervisorReply, T0 + 6 * MIN).message).toMatch(/no escalation waiting/);
    const again = act(s.q, A.escalate, T0 + 7 * MIN);
    expect(again.opened.map((x) => `${x.stage}#${x.seq}`)).toEqual(['C2#2']);
  });

  it('accept_complaint meets C1; refused for other questions', () => {
    const q = startQuestion(input({ type: 'complaint', complexity: 'complex' }), P, T0);
    const r = act(q, A.accept, T0 + 3 * MIN);
    expect(rec(r.q, 'C1')).toMatchObject({ metAt: T0 + 3 * MIN, metBy: 'cs1' });
    expect(fail(r.q, A.accept, T0 + 4 * MIN).message).toMatch(/already accepted/);
    expect(fail(startQuestion(input(), P, T0), A.accept, T0).message).toMatch(/不是投诉.*not a complaint/);
  });

  it('return_visit without a pending C3 is refused', () => {
    expect(fail(resolved(), A.returnVisit, T0 + 4 * MIN).message).toMatch(/No return visit is due/);
  });

  it('an action without an actor is refused', () => {
    expect(fail(handedOff(), { kind: 'claim', by: ' ' }, T0).message).toMatch(/缺少操作人/);
  });

  it('never mutates its input', () => {
    const q = contacted();
    const snapshot = JSON.stringify(q);
    act(q, A.resolve, T0 + 20 * MIN);
    advanceTime(q, T0 + 20 * MIN);
    fail(q, A.close, T0 + 20 * MIN);
    expect(JSON.stringify(q)).toBe(snapshot);
  });

  it('never throws: every action on every state returns data with a bilingual message on refusal', () => {
    const states = [
      startQuestion(input(), P, T0),
      startQuestion(input({ channel: 'dm' }), P, T0),
      liveComplex(),
      handedOff(),
      contacted(),
      resolved(),
      act(resolved(), A.followup, T0 + 4 * MIN).q,
      act(contacted(), A.dismiss, T0 + 4 * MIN).q,
      act(contacted(), A.escalate, T0 + 4 * MIN).q,
    ];
    let refusals = 0;
    for (const q of states) {
      for (const a of Object.values(A) as DeskAction[]) {
        const r = applyAction(q, a, P, T0 + 30 * MIN);
        if (!r.ok) {
          refusals++;
          expect(r.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
        }
      }
    }
    expect(refusals).toBeGreaterThan(50);
  });
});

// ---- repeated D6, timers --------------------------------------------------------------------

describe('D6 progress windows', () => {
  it('one question breaches D6 three times (seq 1, 2, 3), each stamped at its own due moment', () => {
    const clock = steppedClock();
    let q = act(handedOff(), A.contact, clock.at(0)).q; // D6#1 due 5:00
    const alerts: string[] = [];
    const tick = (offset: number) => {
      const r = advanceTime(q, clock.at(offset));
      q = r.q;
      alerts.push(...r.alerts.filter((a) => a.stage === 'D6').map((a) => `${a.level}#${a.seq}@${a.at - T0}`));
    };
    tick(5 * MIN + 1);
    q = act(q, A.progress, clock.at(6 * MIN)).q; // late: D6#2 due 11:00
    tick(11 * MIN);
    q = act(q, A.progress, clock.at(12 * MIN)).q; // late: D6#3 due 17:00
    tick(20 * MIN);
    q = act(q, A.resolve, clock.at(21 * MIN)).q;

    expect(alerts).toEqual(['breached#1@300000', 'breached#2@660000', 'breached#3@1020000']);
    const d6 = q.stages.filter((s) => s.stage === 'D6');
    expect(d6.map((s) => [s.seq, s.breachedAt! - T0, s.metAt && s.metAt - T0, stageOutcome(s)])).toEqual([
      [1, 5 * MIN, 6 * MIN, 'late'],
      [2, 11 * MIN, 12 * MIN, 'late'],
      [3, 17 * MIN, null, 'breached'],
    ]);
    expect(rec(q, 'D6', 3).cancelledAt).toBe(T0 + 21 * MIN);
  });
});

describe('nextDueAt', () => {
  it('walks the warn and due moments of the open stages', () => {
    const clock = steppedClock();
    let q = startQuestion(input(), P, clock.now());
    expect(nextDueAt(q)).toBe(T0 + 21 * S);
    q = advanceTime(q, clock.at(21 * S)).q;
    expect(nextDueAt(q)).toBe(T0 + 30 * S);
    q = advanceTime(q, clock.at(30 * S)).q;
    expect(nextDueAt(q)).toBeNull();
  });

  it('takes the earliest over several stages, and only moments after `afterNow` when given', () => {
    const q = handedOff(); // D4 warn 10+84 s, due 130 s; D5 warn 10+420 s, due 610 s
    expect(nextDueAt(q)).toBe(T0 + 94 * S);
    expect(nextDueAt(q, T0 + 94 * S)).toBe(T0 + 130 * S);
    expect(nextDueAt(q, T0 + 130 * S)).toBe(T0 + 430 * S);
    expect(nextDueAt(q, T0 + 610 * S)).toBeNull();
  });

  it('ignores met and cancelled stages', () => {
    expect(nextDueAt(act(startQuestion(input(), P, T0), A.answer, T0 + S).q)).toBeNull();
  });
});

describe('advanceTime', () => {
  it('returns the same object when nothing passed', () => {
    const q = startQuestion(input(), P, T0);
    const r = advanceTime(q, T0 + 20 * S);
    expect(r.q).toBe(q);
    expect(r.alerts).toEqual([]);
  });

  it('reports alerts of several stages in time order', () => {
    const { alerts } = advanceTime(handedOff(), T0 + 11 * MIN);
    expect(alerts.map((a) => `${a.stage}:${a.level}@${(a.at - T0) / S}`)).toEqual([
      'D4:breached@130',
      'D5:breached@610',
    ]);
  });
});
