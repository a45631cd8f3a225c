// The question lifecycle as a pure state machine: no timers, no clock reads. Every function takes
// `now` (epoch ms) and returns new objects; inputs are never mutated.
//
// Choices where the seeds are silent (see also the tests):
// - A stage is "open" until it is met or cancelled. A breached stage stays open: the late response
//   still meets it (breachedAt AND metAt set: counted as breached, late response time recorded).
// - A response at exactly dueAt is late; the warning fires at warnAt (inclusive).
// - applyAction first settles every warn/due moment up to `now`, so an action on a question the
//   engine has not advanced yet can never hide a breach (e.g. resolve cancelling an overdue D6).
// - D6: every contact and every progress update opens the next 5-minute window until the question is
//   resolved (a progress update with needsCoordination: false meets the window without opening
//   another). A long silence is one breach of one window, met late by the next update; one question
//   breaches D6 several times across several windows (seq 1, 2, 3…).
// - Resolve meets D5 (and D4 / C1 if still open: a solution is a contact and an acceptance), cancels
//   the open D6 window, opens D7 and, for complaints, C3.
// - Complaint stages (C1–C3) survive close and follow-up: the return visit is owed a day later even
//   though the chat is closed. Only dismiss cancels them.
// - Stages start no later than `now`: a platform timestamp ahead of the local clock does not push a
//   deadline into the future.
import type { Channel, Complexity, QuestionType } from '../model';
import { resolveStage } from './policy';
import type {
  DeadlineAlert,
  DeskAction,
  Policy,
  QuestionCore,
  QuestionStatus,
  StageId,
  StageRecord,
} from './types';

export interface NewQuestion {
  id: number;
  type: QuestionType;
  complexity: Complexity;
  channel: Channel;
  askedAt: number;
}

export type ActionFailure = { ok: false; code: 'invalid_state' | 'conflict'; message: string };
export type ActionResult =
  | {
      ok: true;
      q: QuestionCore;
      /** Existing stage rows this call modified (met, cancelled, or warned/breached while settling). */
      changed: StageRecord[];
      /** New stage rows. */
      opened: StageRecord[];
      /** Warnings / breaches found while settling up to `now` (same rule as advanceTime). */
      alerts: DeadlineAlert[];
    }
  | ActionFailure;

const FLOW_STAGES: readonly StageId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];

export const isOpenStage = (s: StageRecord): boolean => s.metAt === null && s.cancelledAt === null;

/** The stages a question starts with (and restarts with on reopen). */
export function entryStages(complexity: Complexity, channel: Channel): StageId[] {
  if (complexity === 'simple') return [channel === 'live' ? 'D1' : 'D2'];
  // Complex questions that arrive by DM / chat are already at support: no D3.
  return channel === 'live' ? ['D3'] : ['D4', 'D5'];
}

function entryStatus(complexity: Complexity, channel: Channel, assignee: string | null): QuestionStatus {
  if (complexity === 'complex' && channel !== 'live') return assignee ? 'claimed' : 'handed_off';
  return 'open';
}

function newStage(
  policy: Policy,
  q: Pick<QuestionCore, 'type' | 'channel' | 'stages'>,
  stage: StageId,
  startedAt: number,
): StageRecord {
  const sp = resolveStage(policy, stage, q.type, q.channel);
  const seq = 1 + q.stages.reduce((m, s) => (s.stage === stage ? Math.max(m, s.seq) : m), 0);
  return {
    stage,
    seq,
    startedAt,
    dueAt: startedAt + sp.windowMs,
    warnAt: startedAt + Math.round(sp.windowMs * sp.warnRatio),
    warnedAt: null,
    metAt: null,
    breachedAt: null,
    metBy: null,
    cancelledAt: null,
    policyVersion: policy.version,
  };
}

export function startQuestion(input: NewQuestion, policy: Policy, now: number): QuestionCore {
  const start = Math.min(input.askedAt, now);
  const q: QuestionCore = {
    id: input.id,
    status: entryStatus(input.complexity, input.channel, null),
    type: input.type,
    complexity: input.complexity,
    channel: input.channel,
    askedAt: input.askedAt,
    assignee: null,
    stages: [],
  };
  const ids = entryStages(input.complexity, input.channel);
  if (input.type === 'complaint') ids.push('C1');
  for (const id of ids) q.stages.push(newStage(policy, q, id, start));
  return q;
}

/** Marks a passed warn / due moment on one open stage (mutates `s`, a private copy). */
function settle(s: StageRecord, now: number, questionId: number, alerts: DeadlineAlert[]): boolean {
  if (!isOpenStage(s)) return false;
  const warn = s.warnedAt === null && now >= s.warnAt;
  const breach = s.breachedAt === null && now >= s.dueAt;
  if (warn) s.warnedAt = s.warnAt;
  if (breach) s.breachedAt = s.dueAt;
  const base = { questionId, stage: s.stage, seq: s.seq };
  // A warning discovered together with its breach (e.g. after a restart) is stale: only the breach is told.
  if (warn && !breach) alerts.push({ ...base, level: 'warning', at: s.warnAt });
  if (breach) alerts.push({ ...base, level: 'breached', at: s.dueAt });
  return warn || breach;
}

const byMoment = (a: DeadlineAlert, b: DeadlineAlert) =>
  a.at - b.at || a.stage.localeCompare(b.stage) || a.seq - b.seq;

/** Marks warnings (warnedAt = warnAt) and breaches (breachedAt = dueAt) whose moment has passed. Idempotent. */
export function advanceTime(q: QuestionCore, now: number): { q: QuestionCore; alerts: DeadlineAlert[] } {
  const alerts: DeadlineAlert[] = [];
  let touched = false;
  const stages = q.stages.map((s) => {
    const copy = { ...s };
    if (settle(copy, now, q.id, alerts)) {
      touched = true;
      return copy;
    }
    return s;
  });
  return touched ? { q: { ...q, stages }, alerts: alerts.sort(byMoment) } : { q, alerts };
}

/** The next unmarked warn or due moment among open stages (strictly after `afterNow` when given). */
export function nextDueAt(q: QuestionCore, afterNow?: number): number | null {
  let next: number | null = null;
  for (const s of q.stages) {
    if (!isOpenStage(s)) continue;
    for (const m of [s.warnedAt === null ? s.warnAt : null, s.breachedAt === null ? s.dueAt : null]) {
      if (m === null || (afterNow !== undefined && m <= afterNow)) continue;
      if (next === null || m < next) next = m;
    }
  }
  return next;
}

// ---- actions -------------------------------------------------------------------------------

interface Ctx {
  q: QuestionCore;
  policy: Policy;
  now: number;
  changed: Set<StageRecord>;
  opened: StageRecord[];
  alerts: DeadlineAlert[];
}

const invalid = (message: string): ActionFailure => ({ ok: false, code: 'invalid_state', message });

function openRec(c: Ctx, stage: StageId): StageRecord | undefined {
  return c.q.stages.find((s) => s.stage === stage && isOpenStage(s));
}
function meet(c: Ctx, s: StageRecord, by: string): void {
  s.metAt = c.now;
  s.metBy = by;
  c.changed.add(s);
}
function cancel(c: Ctx, which: (s: StageRecord) => boolean): void {
  for (const s of c.q.stages) {
    if (isOpenStage(s) && which(s)) {
      s.cancelledAt = c.now;
      c.changed.add(s);
    }
  }
}
function open(c: Ctx, stage: StageId): void {
  const s = newStage(c.policy, c.q, stage, c.now);
  c.q.stages.push(s);
  c.opened.push(s);
}

/** While an escalation waits for the supervisor, mid-flow steps keep the question marked escalated. */
function setStatus(c: Ctx, next: QuestionStatus): void {
  const midFlow = next === 'open' || next === 'handed_off' || next === 'claimed' || next === 'contacted';
  if (c.q.status === 'escalated' && midFlow && openRec(c, 'C2')) return;
  c.q.status = next;
}

/** Where the flow stands judging by its stages (used when an escalation is answered). */
function flowStatus(q: QuestionCore): QuestionStatus {
  const has = (id: StageId) => q.stages.some((s) => s.stage === id && isOpenStage(s));
  if (has('D1') || has('D2') || has('D3')) return 'open';
  if (has('D4')) return q.assignee ? 'claimed' : 'handed_off';
  if (has('D5')) return 'contacted';
  if (has('D7')) return 'resolved';
  if (q.stages.some((s) => s.stage === 'D5' && s.metAt !== null)) return 'closed';
  if (q.stages.some((s) => (s.stage === 'D1' || s.stage === 'D2' || s.stage === 'D3') && s.metAt !== null)) {
    return 'answered';
  }
  return 'open';
}

const STATUS_TEXT: Record<QuestionStatus, string> = {
  open: '待处理 / open',
  answered: '已回答 / answered',
  handed_off: '已转交 / handed off',
  claimed: '已认领 / claimed',
  contacted: '已联系 / contacted',
  resolved: '已解决 / resolved',
  closed: '已关闭 / closed',
  escalated: '已升级 / escalated',
  dismissed: '已忽略 / dismissed',
};

function ended(q: QuestionCore): ActionFailure | null {
  if (q.status !== 'closed' && q.status !== 'dismissed') return null;
  return invalid(
    `问题已${q.status === 'closed' ? '关闭' : '忽略'},请先重新打开 / The question is ${q.status}; reopen it first`,
  );
}

function run(c: Ctx, a: DeskAction): ActionFailure | null {
  const q = c.q;
  switch (a.kind) {
    case 'answer': {
      const end = ended(q);
      if (end) return end;
      const rec = openRec(c, 'D1') ?? openRec(c, 'D2') ?? openRec(c, 'D3');
      if (!rec) {
        return invalid(
          openRec(c, 'D5')
            ? '问题已转交客服:请联系观众或给出解决方案 / The question is with support: contact the viewer or resolve it'
            : `问题状态为「${STATUS_TEXT[q.status]}」,无需回答 / Nothing to answer: the question is ${q.status}`,
        );
      }
      meet(c, rec, a.by);
      // Answering a question the classifier called complex means it was simple after all.
      if (rec.stage === 'D3') q.complexity = 'simple';
      setStatus(c, 'answered');
      return null;
    }
    case 'handoff': {
      const end = ended(q);
      if (end) return end;
      const rec = openRec(c, 'D3') ?? openRec(c, 'D1') ?? openRec(c, 'D2');
      if (!rec) {
        return invalid(
          `问题状态为「${STATUS_TEXT[q.status]}」,不能转交 / Only a waiting question can be handed off (it is ${q.status})`,
        );
      }
      meet(c, rec, a.by);
      q.complexity = 'complex';
      q.assignee = null;
      open(c, 'D4');
      open(c, 'D5');
      setStatus(c, 'handed_off');
      return null;
    }
    case 'claim': {
      const end = ended(q);
      if (end) return end;
      if (q.assignee !== null && q.assignee !== a.by) {
        return {
          ok: false,
          code: 'conflict',
          message: `已被 ${q.assignee} 认领 / Already claimed by ${q.assignee}`,
        };
      }
      q.assignee = a.by;
      if (q.status === 'handed_off') setStatus(c, 'claimed');
      return null;
    }
    case 'contact': {
      const end = ended(q);
      if (end) return end;
      if (!Number.isFinite(a.etaMinutes) || a.etaMinutes <= 0) {
        return invalid('预计时间必须大于 0 分钟 / The ETA must be more than 0 minutes');
      }
      const rec = openRec(c, 'D4');
      if (!rec) {
        return invalid(
          openRec(c, 'D5')
            ? '已联系过观众:请发送进度更新 / The viewer was already contacted: post a progress update'
            : '请先转交客服 / Hand the question off to support first',
        );
      }
      meet(c, rec, a.by);
      q.assignee ??= a.by;
      open(c, 'D6');
      setStatus(c, 'contacted');
      return null;
    }
    case 'progress': {
      const end = ended(q);
      if (end) return end;
      if (!openRec(c, 'D5'))
        return invalid('没有处理中的问题可更新进度 / There is no work in progress to report on');
      if (openRec(c, 'D4')) return invalid('请先联系观众 / Make first contact before posting progress');
      const d6 = openRec(c, 'D6');
      if (d6) meet(c, d6, a.by);
      if (a.needsCoordination !== false) open(c, 'D6');
      return null;
    }
    case 'resolve': {
      const end = ended(q);
      if (end) return end;
      const d5 = openRec(c, 'D5');
      if (!d5) {
        return invalid(
          openRec(c, 'D3') || openRec(c, 'D1') || openRec(c, 'D2')
            ? '请先转交客服或直接回答 / Hand the question off first, or answer it'
            : `问题状态为「${STATUS_TEXT[q.status]}」,无需解决 / Nothing to resolve: the question is ${q.status}`,
        );
      }
      const d4 = openRec(c, 'D4');
      if (d4) meet(c, d4, a.by);
      meet(c, d5, a.by);
      const c1 = openRec(c, 'C1');
      if (c1) meet(c, c1, a.by);
      cancel(c, (s) => s.stage === 'D6');
      q.assignee ??= a.by;
      open(c, 'D7');
      if (q.type === 'complaint') open(c, 'C3');
      setStatus(c, 'resolved');
      return null;
    }
    case 'followup': {
      const d7 = openRec(c, 'D7');
      if (!d7 || q.status === 'dismissed') return invalid('没有待跟进的询问 / No follow-up is due');
      meet(c, d7, a.by);
      setStatus(c, 'closed');
      return null;
    }
    case 'close': {
      if (q.status !== 'answered' && q.status !== 'resolved') {
        return invalid(
          `只能关闭已回答或已解决的问题(当前「${STATUS_TEXT[q.status]}」);其他情况请“忽略”并写明原因 / Only answered or resolved questions can be closed (this one is ${q.status}); dismiss it with a reason instead`,
        );
      }
      cancel(c, (s) => FLOW_STAGES.includes(s.stage));
      setStatus(c, 'closed');
      return null;
    }
    case 'reopen': {
      if (!['answered', 'resolved', 'closed', 'dismissed'].includes(q.status)) {
        return invalid(
          `问题仍在处理中(「${STATUS_TEXT[q.status]}」),无需重新打开 / The question is still in progress (${q.status})`,
        );
      }
      cancel(c, (s) => FLOW_STAGES.includes(s.stage));
      for (const id of entryStages(q.complexity, q.channel)) open(c, id);
      if (
        q.type === 'complaint' &&
        !q.stages.some((s) => s.stage === 'C1' && (s.metAt !== null || isOpenStage(s)))
      ) {
        open(c, 'C1');
      }
      q.status = entryStatus(q.complexity, q.channel, q.assignee);
      return null;
    }
    case 'reassign': {
      const end = ended(q);
      if (end) return end;
      const to = a.to.trim();
      if (!to) return invalid('请选择接手的人 / Choose who takes the question over');
      q.assignee = to;
      if (q.status === 'handed_off') setStatus(c, 'claimed');
      return null;
    }
    case 'dismiss': {
      if (q.status === 'dismissed') return invalid('问题已忽略 / The question is already dismissed');
      if (!a.reason.trim()) return invalid('忽略需要写明原因 / Dismissing needs a reason');
      cancel(c, () => true);
      q.status = 'dismissed';
      return null;
    }
    case 'escalate': {
      const end = ended(q);
      if (end) return end;
      if (openRec(c, 'C2'))
        return invalid('已升级,正在等待主管回复 / Already escalated: waiting for the supervisor');
      open(c, 'C2');
      q.status = 'escalated';
      return null;
    }
    case 'supervisor_reply': {
      const c2 = openRec(c, 'C2');
      if (!c2) return invalid('没有等待主管回复的升级 / There is no escalation waiting for a supervisor');
      meet(c, c2, a.by);
      if (q.status === 'escalated') q.status = flowStatus(q);
      return null;
    }
    case 'accept_complaint': {
      const c1 = openRec(c, 'C1');
      if (!c1) {
        return invalid(
          q.type === 'complaint'
            ? '投诉已受理 / The complaint was already accepted'
            : '这不是投诉 / This question is not a complaint',
        );
      }
      meet(c, c1, a.by);
      return null;
    }
    case 'return_visit': {
      const c3 = openRec(c, 'C3');
      if (!c3) return invalid('没有待回访的投诉 / No return visit is due');
      meet(c, c3, a.by);
      return null;
    }
  }
}

/** Applies one desk action. Invalid transitions come back as data (zh / en message), never thrown. */
export function applyAction(q: QuestionCore, action: DeskAction, policy: Policy, now: number): ActionResult {
  if (typeof action.by !== 'string' || !action.by.trim()) {
    return invalid('缺少操作人 / The action needs who did it (by)');
  }
  const c: Ctx = {
    q: { ...q, stages: q.stages.map((s) => ({ ...s })) },
    policy,
    now,
    changed: new Set(),
    opened: [],
    alerts: [],
  };
  for (const s of c.q.stages) if (settle(s, now, q.id, c.alerts)) c.changed.add(s);
  const failure = run(c, action);
  if (failure) return failure;
  return {
    ok: true,
    q: c.q,
    changed: c.q.stages.filter((s) => c.changed.has(s)),
    opened: c.opened,
    alerts: c.alerts.sort(byMoment),
  };
}
