// The knowledge-base (kb:*) and shift-handover (handover:*) commands. Synchronous SQLite on the desk's
// connection (small tables, one row per action); every change records the acting seat and is broadcast
// (kb:changed, handover:updated) so every seat follows it live.
import type { Database } from 'better-sqlite3';
import type { EventName, Events, Result } from '../../shared/api';
import { parseCommandArgs, type KnowledgeCommandName } from '../../shared/api';
import type { KnowledgeCommandResults } from '../../shared/apiKnowledge';
import type { Role } from '../../shared/model';
import { DEFAULT_KB_ENTRIES } from '../../shared/knowledge/defaults';
import {
  compareHandoverQuestions,
  openQuestionsForHandover,
  toHandoverQuestion,
} from '../../shared/knowledge/handover';
import { rankEntries } from '../../shared/knowledge/search';
import {
  KB_CATEGORY_LABELS,
  KB_DEFAULT_AUTHOR,
  type Handover,
  type KbCategory,
  type KbChangeAction,
  type KbEntry,
} from '../../shared/knowledge/types';
import {
  ackHandover,
  findKbDuplicate,
  getHandover,
  getKbEntry,
  insertHandover,
  insertKbEntry,
  kbCount,
  listHandovers,
  listKbEntries,
  setKbDeleted,
  updateKbEntry,
  type HandoverRow,
  type KbWrite,
} from '../../db/queries/knowledge';
import { getQuestion, loadActiveQuestions, touchStaff } from '../../db/queries/questions';
import type { CallContext, Clock } from './types';

type KnowledgeEventName = Extract<EventName, 'kb:changed' | 'handover:updated'>;

export interface KnowledgeServiceOptions {
  db: Database;
  /** The desk's broadcast session: handovers list its open questions. */
  sessionId: number;
  clock: Clock;
  emit<E extends KnowledgeEventName>(name: E, payload: Events[E]): void;
  /** Put the default entries in an empty knowledge base (default true). */
  seedDefaults?: boolean;
}

export interface KnowledgeService {
  /** Validate and run one kb:* / handover:* command. Never throws: errors come back as data. */
  call(ctx: CallContext, name: string, rawArgs: unknown): Result<unknown>;
}

/** The seat roles that may edit the knowledge base (SPEC: support, ops, supervisors). */
export const KB_EDITORS: ReadonlySet<Role> = new Set(['support', 'ops', 'supervisor']);

class KnowledgeError extends Error {
  constructor(
    readonly code: 'bad_request' | 'not_found' | 'conflict' | 'invalid_state' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

const hhmm = (ts: number) => new Date(ts).toTimeString().slice(0, 5);

export function createKnowledgeService(opts: KnowledgeServiceOptions): KnowledgeService {
  const { db, clock, emit } = opts;

  // First start only: a knowledge base that was emptied by the team (soft deletes) stays empty.
  if (opts.seedDefaults !== false && kbCount(db) === 0) {
    const now = clock.now();
    db.transaction(() => {
      for (const e of DEFAULT_KB_ENTRIES)
        insertKbEntry(db, { ...e, keywords: [...e.keywords] }, KB_DEFAULT_AUTHOR, now);
    })();
  }

  const mustEdit = (ctx: CallContext) => {
    if (!KB_EDITORS.has(ctx.seat.role)) {
      throw new KnowledgeError(
        'forbidden',
        '只有客服、运营和主管可以编辑知识库 / only support, ops and supervisors can edit the knowledge base',
      );
    }
  };
  const mustFind = (id: number): KbEntry => {
    const e = getKbEntry(db, id);
    if (!e)
      throw new KnowledgeError('not_found', `知识条目 #${id} 不存在 / knowledge entry #${id} not found`);
    return e;
  };
  const noDuplicate = (category: KbCategory, title: string, exceptId?: number) => {
    const dup = findKbDuplicate(db, category, title, exceptId);
    if (dup) {
      throw new KnowledgeError(
        'conflict',
        `「${KB_CATEGORY_LABELS[category].zh}」里已有同名条目 #${dup.id}「${dup.title}」/ ${KB_CATEGORY_LABELS[category].en} already has an entry titled "${dup.title}" (#${dup.id})`,
      );
    }
  };
  const changed = (action: KbChangeAction, entry: KbEntry, ctx: CallContext, now: number) => {
    touchStaff(db, ctx.seat.name, ctx.seat.role, now);
    emit('kb:changed', { action, entry, by: ctx.seat.name, role: ctx.seat.role });
    return entry;
  };

  const withQuestions = (row: HandoverRow): Handover => {
    const questions = row.questionIds
      .map((qid) => getQuestion(db, qid))
      .filter((q) => q != null)
      .map(toHandoverQuestion)
      .sort(compareHandoverQuestions);
    return { ...row, questions };
  };
  const mustFindHandover = (id: number): HandoverRow => {
    const h = getHandover(db, id);
    if (!h) throw new KnowledgeError('not_found', `交接 #${id} 不存在 / handover #${id} not found`);
    return h;
  };
  const openNow = () => openQuestionsForHandover(loadActiveQuestions(db, opts.sessionId));

  type Args<K extends KnowledgeCommandName> = Exclude<
    ReturnType<typeof parseCommandArgs<K>>,
    { ok: false }
  >['value'];
  const handlers: {
    [K in KnowledgeCommandName]: (a: Args<K>, ctx: CallContext) => KnowledgeCommandResults[K];
  } = {
    'kb:list': (a) => listKbEntries(db, a),
    'kb:search': (a) =>
      rankEntries(listKbEntries(db, { category: a.category }), a.query, { limit: a.limit ?? 20 }),
    'kb:create': (a, ctx) => {
      mustEdit(ctx);
      const write: KbWrite = { ...a, keywords: a.keywords ?? [] };
      const now = clock.now();
      const entry = db.transaction(() => {
        noDuplicate(write.category, write.title);
        return insertKbEntry(db, write, ctx.seat.name, now);
      })();
      return changed('created', entry, ctx, now);
    },
    'kb:update': (a, ctx) => {
      mustEdit(ctx);
      const now = clock.now();
      const entry = db.transaction(() => {
        const cur = mustFind(a.id);
        if (cur.deletedAt != null) {
          throw new KnowledgeError(
            'invalid_state',
            `条目 #${a.id} 已删除，请先恢复 / entry #${a.id} is deleted: restore it first`,
          );
        }
        if (a.expectedUpdatedAt !== undefined && a.expectedUpdatedAt !== cur.updatedAt) {
          throw new KnowledgeError(
            'conflict',
            `条目 #${a.id} 已被 ${cur.updatedBy} 于 ${hhmm(cur.updatedAt)} 修改，请重新打开再编辑 / entry #${a.id} was changed by ${cur.updatedBy} at ${hhmm(cur.updatedAt)}: reopen it and edit again`,
          );
        }
        const next: KbWrite = {
          category: a.category ?? cur.category,
          title: a.title ?? cur.title,
          body: a.body ?? cur.body,
          keywords: a.keywords ?? cur.keywords,
        };
        noDuplicate(next.category, next.title, cur.id);
        updateKbEntry(db, cur.id, next, ctx.seat.name, now);
        return getKbEntry(db, cur.id) as KbEntry;
      })();
      return changed('updated', entry, ctx, now);
    },
    'kb:delete': (a, ctx) => {
      mustEdit(ctx);
      const cur = mustFind(a.id);
      if (cur.deletedAt != null) return cur;
      const now = clock.now();
      setKbDeleted(db, cur.id, now, ctx.seat.name, now);
      return changed('deleted', getKbEntry(db, cur.id) as KbEntry, ctx, now);
    },
    'kb:restore': (a, ctx) => {
      mustEdit(ctx);
      const now = clock.now();
      const entry = db.transaction(() => {
        const cur = mustFind(a.id);
        if (cur.deletedAt == null) return null;
        noDuplicate(cur.category, cur.title, cur.id);
        setKbDeleted(db, cur.id, null, ctx.seat.name, now);
        return getKbEntry(db, cur.id) as KbEntry;
      })();
      return entry ? changed('restored', entry, ctx, now) : mustFind(a.id);
    },
    'handover:preview': () => ({ questions: openNow() }),
    'handover:create': (a, ctx) => {
      const now = clock.now();
      const questions = openNow();
      const id = db.transaction(() => {
        touchStaff(db, ctx.seat.name, ctx.seat.role, now);
        return insertHandover(db, {
          sessionId: opts.sessionId,
          author: ctx.seat.name,
          role: ctx.seat.role,
          note: a.note,
          questionIds: questions.map((q) => q.id),
          at: now,
        });
      })();
      const h = withQuestions(mustFindHandover(id));
      emit('handover:updated', h);
      return h;
    },
    'handover:latest': () => {
      const [row] = listHandovers(db, 1);
      return row ? withQuestions(row) : null;
    },
    'handover:list': (a) => listHandovers(db, a.limit ?? 20, a.before).map(withQuestions),
    'handover:ack': (a, ctx) => {
      const now = clock.now();
      const row = mustFindHandover(a.id);
      if (row.acknowledgedAt != null) {
        throw new KnowledgeError(
          'conflict',
          `交接 #${a.id} 已由 ${row.acknowledgedBy ?? '?'} 于 ${hhmm(row.acknowledgedAt)} 确认 / handover #${a.id} was already acknowledged by ${row.acknowledgedBy ?? '?'} at ${hhmm(row.acknowledgedAt)}`,
        );
      }
      if (row.author === ctx.seat.name) {
        throw new KnowledgeError(
          'invalid_state',
          '交接需由下一班确认，不能确认自己写的交接 / the next shift acknowledges a handover, not its author',
        );
      }
      if (!ackHandover(db, a.id, ctx.seat.name, now)) {
        throw new KnowledgeError(
          'conflict',
          `交接 #${a.id} 已被确认 / handover #${a.id} was already acknowledged`,
        );
      }
      touchStaff(db, ctx.seat.name, ctx.seat.role, now);
      const h = withQuestions(mustFindHandover(a.id));
      emit('handover:updated', h);
      return h;
    },
  };

  return {
    call(ctx, name, rawArgs) {
      if (!(name in handlers)) {
        return {
          ok: false,
          error: {
            code: 'unknown_command',
            message: `未知命令 / unknown command: ${String(name).slice(0, 64)}`,
          },
        };
      }
      const cmd = name as KnowledgeCommandName;
      const parsed = parseCommandArgs(cmd, rawArgs);
      if (!parsed.ok) return parsed;
      try {
        const fn = handlers[cmd] as (a: unknown, c: CallContext) => unknown;
        return { ok: true, value: fn(parsed.value, ctx) };
      } catch (e) {
        if (e instanceof KnowledgeError) return { ok: false, error: { code: e.code, message: e.message } };
        return { ok: false, error: { code: 'internal', message: (e as Error).message } };
      }
    },
  };
}
