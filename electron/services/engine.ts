// The desk engine: comments in → classified, stored, questions tracked against the deadline policy.
// All decisions come from the pure cores in shared/; this file only sequences them, persists the
// result in one transaction per batch or action, and keeps one timer for the next deadline moment.
import type { Database } from 'better-sqlite3';
import type { CommandResults, EngineCommandName, DeskCounts, Question, Result } from '../../shared/api';
import { parseCommandArgs, isCommandName } from '../../shared/api';
import type { Classification, Comment, DeskComment, Seat } from '../../shared/model';
import type { DeadlineAlert, DeskAction, Policy } from '../../shared/deadlines/types';
import {
  advanceTime,
  applyAction,
  nextDueAt,
  startQuestion,
  validatePolicy,
} from '../../shared/deadlines/index';
import {
  createClassifier,
  DEFAULT_CLASSIFIER_CONFIG,
  DuplicateIndex,
  validateClassifierConfig,
  type Classifier,
  type ClassifierConfig,
} from '../../shared/classify/index';
import { DEFAULT_SERVICE_RULES, validateServiceRules, type ServiceRules } from '../../shared/service/index';
import {
  casQuestion,
  getQuestion,
  insertComment,
  insertQuestion,
  linkCommentToQuestion,
  listQuestions,
  loadActiveQuestions,
  logEvent,
  questionHistory,
  recentComments,
  saveStages,
  sessionCounts,
  touchStaff,
  updateQuestion,
  type StoredQuestion,
} from '../../db/index';
import { setCommentHidden } from '../../db/queries/viewers';
import type { CallContext, Clock } from './types';

export interface EngineEvents {
  comments(batch: DeskComment[]): void;
  question(q: Question): void;
  alert(a: DeadlineAlert): void;
  counts(c: DeskCounts): void;
  policy?(p: Policy): void;
  classifier?(c: ClassifierConfig): void;
  service?(r: ServiceRules): void;
}

/** Is this viewer muted at `now`? Set by the co-host moderation service (electron/services/viewers.ts). */
export type MuteCheck = (platform: string, userId: string, now: number) => boolean;

export interface IngestResult {
  inserted: number;
  duplicates: number;
  questions: number;
}

const ROOM_EVENT: Classification = {
  isQuestion: false,
  type: 'other',
  complexity: 'simple',
  moderation: 'ok',
  angry: false,
  reasons: ['room event / 直播间事件'],
};

const ACTIVE_DONE = new Set(['closed', 'dismissed', 'answered']);
const WAITING = new Set(['open', 'handed_off', 'claimed', 'contacted', 'escalated']);

function toPublic(q: StoredQuestion): Question {
  const { dupKey: _k, ...rest } = q;
  return rest;
}

type Handler<K extends EngineCommandName> = (args: never, ctx: CallContext) => CommandResults[K];

export class DeskEngine {
  private readonly active = new Map<number, StoredQuestion>();
  private readonly dupes: DuplicateIndex;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = 0;
  private countsTimer: NodeJS.Timeout | null = null;
  private closed = false;
  readonly classifier: Classifier;
  private classifierConfig: ClassifierConfig;
  private muteCheck: MuteCheck | null = null;

  constructor(
    private readonly db: Database,
    readonly sessionId: number,
    private readonly clock: Clock,
    private policy: Policy,
    private readonly events: EngineEvents,
  ) {
    const stored = this.db.prepare("SELECT value FROM settings WHERE key = 'classifier'").get() as
      { value: string } | undefined;
    const parsed = stored ? validateClassifierConfig(JSON.parse(stored.value)) : null;
    this.classifierConfig = parsed?.ok ? parsed.value : DEFAULT_CLASSIFIER_CONFIG;
    this.classifier = createClassifier(this.classifierConfig);
    this.dupes = new DuplicateIndex();
    this.restore();
  }

  /** Reload open questions after a restart; deadlines that passed meanwhile are judged at their due time. */
  private restore(): void {
    const now = this.clock.now();
    const loaded = loadActiveQuestions(this.db, this.sessionId);
    this.db.transaction(() => {
      for (const q of loaded) {
        const { q: next } = advanceTime(q, now);
        const merged: StoredQuestion = { ...q, ...next };
        saveStages(this.db, q.id, merged.stages);
        this.active.set(q.id, merged);
        if (merged.dupKey) this.dupes.add(merged.dupKey, q.id, q.userId, q.askedAt);
      }
    })();
    this.schedule();
  }

  // ---- ingest ------------------------------------------------------------------------------

  /** A muted viewer's live-room chat is stored (nothing lost) but hidden, and creates no question. */
  setMuteCheck(check: MuteCheck | null): void {
    this.muteCheck = check;
  }

  /** Store a batch of normalized comments in one transaction; duplicates (platform, msgId) are dropped. */
  ingest(batch: readonly Comment[]): IngestResult {
    if (this.closed || batch.length === 0) return { inserted: 0, duplicates: 0, questions: 0 };
    const out: DeskComment[] = [];
    const touched = new Map<number, StoredQuestion>();
    let duplicates = 0;
    let created = 0;
    const now = this.clock.now();
    this.db.transaction(() => {
      for (const c of batch) {
        const k =
          c.kind === 'chat'
            ? this.classifier.classify({ text: c.text, userId: c.userId, ts: c.ts })
            : ROOM_EVENT;
        const id = insertComment(this.db, this.sessionId, { comment: c, classification: k });
        if (id === null) {
          duplicates++;
          continue;
        }
        const muted =
          c.kind === 'chat' &&
          c.channel === 'live' &&
          this.muteCheck !== null &&
          this.muteCheck(c.platform, c.userId, now);
        if (muted) setCommentHidden(this.db, id, now);
        let questionId: number | null = null;
        // Complaints and after-sales requests are tracked even when not phrased as a question
        // ("质量太差了", "我要退货"): they owe the viewer a response all the same.
        if (!muted && k.moderation === 'ok' && (k.isQuestion || k.complexity === 'complex')) {
          const q = this.questionFor(c, id, k);
          questionId = q.id;
          if (q.askCount === 1 && q.commentId === id) created++;
          touched.set(q.id, q);
          linkCommentToQuestion(this.db, id, q.id);
        }
        const dc: DeskComment = { ...c, id, classification: k, questionId };
        out.push(muted ? Object.assign(dc, { hiddenAt: now }) : dc);
      }
    })();
    if (out.length) this.events.comments(out);
    for (const q of touched.values()) this.events.question(toPublic(q));
    if (touched.size) this.schedule();
    this.countsSoon();
    return { inserted: out.length, duplicates, questions: created };
  }

  private questionFor(c: Comment, commentId: number, k: Classification): StoredQuestion {
    const key = this.classifier.questionKey(c.text, k.type);
    const { existingId } = this.dupes.match(key, c.userId, c.ts);
    const existing = existingId !== null ? this.active.get(existingId) : undefined;
    // Merge only into a question still waiting for someone: a repeat of an answered question is a new ask.
    if (existing && WAITING.has(existing.status)) {
      existing.askCount += 1;
      existing.updatedAt = c.ts;
      updateQuestion(this.db, existing);
      logEvent(this.db, {
        questionId: existing.id,
        sessionId: this.sessionId,
        action: 'merge',
        actor: c.nickname,
        role: 'viewer',
        at: c.ts,
        detail: c.text,
      });
      return existing;
    }
    const base = {
      sessionId: this.sessionId,
      commentId,
      platform: c.platform,
      channel: c.channel,
      userId: c.userId,
      nickname: c.nickname,
      text: c.text,
      type: k.type,
      complexity: k.complexity,
      angry: k.angry,
      reasons: k.reasons,
      status: 'open' as const,
      assignee: null,
      handoffNote: null,
      etaMinutes: null,
      askCount: 1,
      dupKey: key,
      askedAt: c.ts,
      updatedAt: c.ts,
    };
    const id = insertQuestion(this.db, base);
    const core = startQuestion(
      { id, type: k.type, complexity: k.complexity, channel: c.channel, askedAt: c.ts },
      this.policy,
      c.ts,
    );
    const q: StoredQuestion = { ...base, id, status: core.status, stages: core.stages };
    if (core.status !== 'open') updateQuestion(this.db, q);
    saveStages(this.db, id, q.stages);
    logEvent(this.db, {
      questionId: id,
      sessionId: this.sessionId,
      action: 'ask',
      actor: c.nickname,
      role: 'viewer',
      at: c.ts,
      detail: c.text,
    });
    this.active.set(id, q);
    this.dupes.add(key, id, c.userId, c.ts);
    return q;
  }

  // ---- actions -----------------------------------------------------------------------------

  private act(
    ctx: CallContext,
    questionId: number,
    action: DeskAction,
    extra?: Partial<StoredQuestion>,
  ): Question {
    const now = this.clock.now();
    const current = this.active.get(questionId) ?? getQuestion(this.db, questionId);
    if (!current || current.sessionId !== this.sessionId) {
      throw new DeskError('not_found', `问题 #${questionId} 不存在 / question #${questionId} not found`);
    }
    const res = applyAction(current, action, this.policy, now);
    if (!res.ok) throw new DeskError(res.code, res.message);
    const next: StoredQuestion = { ...current, ...res.q, ...extra, updatedAt: now };
    this.db.transaction(() => {
      if (action.kind === 'claim') {
        // Atomic claim: only succeeds if nobody changed status/assignee since we read it.
        const won = casQuestion(
          this.db,
          questionId,
          { status: current.status, assignee: current.assignee },
          { status: next.status, assignee: next.assignee, updatedAt: now },
        );
        if (!won) {
          throw new DeskError(
            'conflict',
            `问题 #${questionId} 已被他人认领 / question #${questionId} was already claimed`,
          );
        }
      }
      updateQuestion(this.db, next);
      saveStages(this.db, questionId, next.stages);
      touchStaff(this.db, ctx.seat.name, ctx.seat.role, now);
      logEvent(this.db, {
        questionId,
        sessionId: this.sessionId,
        action: action.kind,
        actor: ctx.seat.name,
        role: ctx.seat.role,
        at: now,
        detail: actionDetail(action),
      });
    })();
    // Closed questions can still owe a deadline (a complaint's return visit, C3): keep watching them.
    if (ACTIVE_DONE.has(next.status) && nextDueAt(next) === null) this.active.delete(questionId);
    else this.active.set(questionId, next);
    const pub = toPublic(next);
    for (const a of res.alerts) this.events.alert(a);
    this.events.question(pub);
    this.schedule();
    this.countsSoon();
    return pub;
  }

  private readonly handlers: { [K in EngineCommandName]: Handler<K> } = {
    'seat:set': (a: Seat, ctx) => {
      ctx.seat.name = a.name;
      ctx.seat.role = a.role;
      touchStaff(this.db, a.name, a.role, this.clock.now());
      return { ...ctx.seat };
    },
    'question:list': (a: { statuses?: StoredQuestion['status'][]; limit?: number }) =>
      listQuestions(this.db, this.sessionId, a.statuses, a.limit ?? 500).map((q) =>
        toPublic(this.active.get(q.id) ?? q),
      ),
    'question:history': (a: { questionId: number }) => questionHistory(this.db, a.questionId),
    'question:answer': (a: { questionId: number; how: 'on_air' | 'reply'; text?: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'answer', by: ctx.seat.name, how: a.how, text: a.text }),
    'question:handoff': (a: { questionId: number; note: string }, ctx) =>
      this.act(
        ctx,
        a.questionId,
        { kind: 'handoff', by: ctx.seat.name, note: a.note },
        { handoffNote: a.note },
      ),
    'question:claim': (a: { questionId: number }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'claim', by: ctx.seat.name }),
    'question:contact': (a: { questionId: number; etaMinutes: number; text: string }, ctx) =>
      this.act(
        ctx,
        a.questionId,
        { kind: 'contact', by: ctx.seat.name, etaMinutes: a.etaMinutes, text: a.text },
        { etaMinutes: a.etaMinutes },
      ),
    'question:progress': (a: { questionId: number; text: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'progress', by: ctx.seat.name, text: a.text }),
    'question:resolve': (a: { questionId: number; text: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'resolve', by: ctx.seat.name, text: a.text }),
    'question:followup': (a: { questionId: number; text?: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'followup', by: ctx.seat.name, text: a.text }),
    'question:dismiss': (a: { questionId: number; reason: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'dismiss', by: ctx.seat.name, reason: a.reason }),
    'question:reopen': (a: { questionId: number }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'reopen', by: ctx.seat.name }),
    'question:close': (a: { questionId: number }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'close', by: ctx.seat.name }),
    'question:reassign': (a: { questionId: number; to: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'reassign', by: ctx.seat.name, to: a.to }),
    'question:escalate': (a: { questionId: number; note: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'escalate', by: ctx.seat.name, note: a.note }),
    'question:escalation-reply': (a: { questionId: number; text: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'supervisor_reply', by: ctx.seat.name, text: a.text }),
    'question:accept-complaint': (a: { questionId: number }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'accept_complaint', by: ctx.seat.name }),
    'question:return-visit': (a: { questionId: number; text: string }, ctx) =>
      this.act(ctx, a.questionId, { kind: 'return_visit', by: ctx.seat.name, text: a.text }),
    'policy:get': () => this.policy,
    'policy:set': (a: { policy: unknown }, ctx) => this.savePolicy(a.policy, ctx),
    'classifier:get-config': () => this.classifierConfig,
    'classifier:set-config': (a: { config: unknown }, ctx) => this.saveClassifierConfig(a.config, ctx),
    'service:get-rules': () => this.serviceRules(),
    'service:set-rules': (a: { rules: unknown }) => this.saveServiceRules(a.rules),
    'comment:recent': (a: { limit?: number }) => recentComments(this.db, this.sessionId, a.limit ?? 300),
    'stats:counts': () => this.counts(),
  };

  /** Validate and run one command; errors come back as data. */
  call(ctx: CallContext, name: string, rawArgs: unknown): Result<unknown> {
    if (!isCommandName(name) || !(name in this.handlers)) {
      return {
        ok: false,
        error: {
          code: 'unknown_command',
          message: `未知命令 / unknown command: ${String(name).slice(0, 64)}`,
        },
      };
    }
    const parsed = parseCommandArgs(name, rawArgs);
    if (!parsed.ok) return parsed;
    try {
      const handler = this.handlers[name as EngineCommandName] as (a: unknown, c: CallContext) => unknown;
      return { ok: true, value: handler(parsed.value, ctx) };
    } catch (e) {
      if (e instanceof DeskError) return { ok: false, error: { code: e.code, message: e.message } };
      return { ok: false, error: { code: 'internal', message: (e as Error).message } };
    }
  }

  counts(): DeskCounts {
    return sessionCounts(this.db, this.sessionId);
  }

  private countsSoon(): void {
    if (this.countsTimer || this.closed) return;
    this.countsTimer = setTimeout(() => {
      this.countsTimer = null;
      if (!this.closed) this.events.counts(this.counts());
    }, 250);
  }

  // ---- deadlines ---------------------------------------------------------------------------

  /** One timer for the earliest warn/due moment of all open questions. */
  private schedule(): void {
    if (this.closed) return;
    let next = Number.POSITIVE_INFINITY;
    for (const q of this.active.values()) {
      const at = nextDueAt(q);
      if (at !== null && at < next) next = at;
    }
    if (next === Number.POSITIVE_INFINITY) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      return;
    }
    if (this.timer && this.timerAt === next) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = next;
    const delay = Math.max(0, Math.min(next - this.clock.now(), 2 ** 31 - 1));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick();
    }, delay);
  }

  /** Judge every deadline whose warn or due moment has passed. Public for tests with a stepped clock. */
  tick(): DeadlineAlert[] {
    const now = this.clock.now();
    const all: DeadlineAlert[] = [];
    const changed: StoredQuestion[] = [];
    this.db.transaction(() => {
      for (const q of this.active.values()) {
        const { q: next, alerts } = advanceTime(q, now);
        if (!alerts.length) continue;
        const merged = { ...q, ...next };
        this.active.set(q.id, merged);
        saveStages(this.db, q.id, merged.stages);
        changed.push(merged);
        all.push(...alerts);
      }
    })();
    for (const a of all) this.events.alert(a);
    for (const q of changed) this.events.question(toPublic(q));
    if (all.length) this.countsSoon();
    this.schedule();
    return all;
  }

  get currentPolicy(): Policy {
    return this.policy;
  }

  /** Validate and store the policy as the next version; stages already open keep the version they started with. */
  private savePolicy(raw: unknown, ctx: CallContext): Policy {
    const v = validatePolicy(raw);
    if (!v.ok) throw new DeskError('bad_request', v.errors.join('\n'));
    const now = this.clock.now();
    const next: Policy = { ...v.value, version: this.policy.version + 1 };
    this.db
      .prepare('INSERT INTO policies (version, body, created_at) VALUES (?, ?, ?)')
      .run(next.version, JSON.stringify(next), now);
    touchStaff(this.db, ctx.seat.name, ctx.seat.role, now);
    this.policy = next;
    this.events.policy?.(next);
    return next;
  }

  private saveClassifierConfig(raw: unknown, _ctx: CallContext): ClassifierConfig {
    const v = validateClassifierConfig(raw);
    if (!v.ok) throw new DeskError('bad_request', v.error);
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES ('classifier', ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(v.value), this.clock.now());
    this.classifierConfig = v.value;
    this.classifier.setConfig(v.value);
    this.events.classifier?.(v.value);
    return v.value;
  }

  // ---- 服务用语 rules (settings key 'service', versionless; read on first use) ----------------

  private service: ServiceRules | null = null;

  private serviceRules(): ServiceRules {
    if (this.service) return this.service;
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'service'").get() as
      { value: string } | undefined;
    let stored: ReturnType<typeof validateServiceRules> | null = null;
    try {
      stored = row ? validateServiceRules(JSON.parse(row.value)) : null;
    } catch {
      stored = null; // unreadable JSON: fall back to the defaults rather than refuse to reply
    }
    this.service = stored?.ok ? stored.value : DEFAULT_SERVICE_RULES;
    return this.service;
  }

  private saveServiceRules(raw: unknown): ServiceRules {
    const v = validateServiceRules(raw);
    if (!v.ok) throw new DeskError('bad_request', v.errors.join('\n'));
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES ('service', ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(v.value), this.clock.now());
    this.service = v.value;
    this.events.service?.(v.value);
    return v.value;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.countsTimer) clearTimeout(this.countsTimer);
  }
}

export class DeskError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid_state' | 'bad_request' | 'internal',
    message: string,
  ) {
    super(message);
  }
}

function actionDetail(a: DeskAction): string | null {
  switch (a.kind) {
    case 'answer':
      return a.text ? `${a.how}: ${a.text}` : a.how;
    case 'handoff':
    case 'escalate':
      return a.note || null;
    case 'contact':
      return `ETA ${a.etaMinutes} min: ${a.text}`;
    case 'progress':
    case 'resolve':
    case 'supervisor_reply':
    case 'return_visit':
      return a.text;
    case 'followup':
      return a.text ?? null;
    case 'dismiss':
      return a.reason;
    case 'reassign':
      return a.to;
    default:
      return null;
  }
}
