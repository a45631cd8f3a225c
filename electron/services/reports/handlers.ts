// The report commands over one database connection, synchronous. The worker (worker.ts) runs them off
// the thread that serves the window; the CLI calls them directly.
import type { Database } from 'better-sqlite3';
import type { Result } from '../../../shared/api';
import {
  reportCommandSchemas,
  type CompareRow,
  type Decision,
  type ExportFile,
  type ReportCommandResults,
  type ReportFilter,
  type Scorecard,
  type ScorecardReport,
  type SessionComparison,
  type SessionReview,
  type StatsReport,
} from '../../../shared/apiReports';
import { REPORT_COMMAND_NAMES } from '../../../shared/reports/names';
import { satisfaction } from '../../../shared/reports/metrics';
import {
  DEFAULT_RULES,
  awardProposal,
  disciplineProposals,
  periodScore,
  reportRulesSchema,
  type BreachItem,
  type ReportRules,
} from '../../../shared/reports/rules';
import { STAGE_IDS, type StageId } from '../../../shared/deadlines/types';
import {
  NotFoundError,
  getDecision,
  getRating,
  insertDecision,
  insertRating,
  latestDecisions,
  listDecisions,
  listSessionSummaries,
  readSetting,
  reviewCounts,
  sessionSatisfaction,
  sessionSummary,
  sessionTimeline,
  slowestQuestions,
  staffRatings,
  staffReport,
  staffRows,
  statsRows,
  statusCounts,
  topAsked,
  writeSetting,
} from '../../../db/queries/reports';
import { buildExport } from './export';
import { ReportError } from './errors';

export type ReportName = (typeof REPORT_COMMAND_NAMES)[number];
export interface Actor {
  name: string;
  role: string;
}

export { ReportError };

const RULES_KEY = 'report.rules';

export function readRules(db: Database): ReportRules {
  const raw = readSetting(db, RULES_KEY);
  if (!raw) return DEFAULT_RULES;
  const parsed = reportRulesSchema.safeParse({ ...DEFAULT_RULES, ...(JSON.parse(raw) as object) });
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

export interface ReportHandlers {
  run(name: string, rawArgs: unknown, actor?: Actor): Promise<Result<unknown>>;
  /** Typed direct calls (CLI, tests). Rejects with ReportError. */
  exec<K extends ReportName>(name: K, args: unknown, actor?: Actor): Promise<ReportCommandResults[K]>;
}

/** `now` is injected: open deadlines are measured up to it and decisions are stamped with it. */
export function createReportHandlers(db: Database, now: () => number): ReportHandlers {
  const review = (a: { sessionId: number; slowest?: number; topAsked?: number }): SessionReview => {
    const session = sessionSummary(db, a.sessionId);
    if (!session) throw new ReportError('not_found', `没有场次 / no session #${a.sessionId}`);
    const asOf = now();
    const f: ReportFilter = { sessionId: a.sessionId };
    return {
      session,
      counts: reviewCounts(db, a.sessionId),
      outcomes: statusCounts(db, a.sessionId),
      stages: statsRows(db, 'stage', f, false).map(({ key: _k, ...s }) => s) as SessionReview['stages'],
      timeline: sessionTimeline(db, session, asOf),
      slowest: slowestQuestions(db, a.sessionId, a.slowest ?? 10, asOf),
      topAsked: topAsked(db, a.sessionId, a.topAsked ?? 10),
      staff: staffRows(db, f),
      satisfaction: sessionSatisfaction(db, a.sessionId),
      asOf,
    };
  };

  const compare = (a: { a: number; b: number }): SessionComparison => {
    const ra = review({ sessionId: a.a, slowest: 1, topAsked: 1 });
    const rb = review({ sessionId: a.b, slowest: 1, topAsked: 1 });
    const rows: CompareRow[] = [];
    const add = (metric: string, zh: string, en: string, va: number | null, vb: number | null) =>
      rows.push({ metric, zh, en, a: va, b: vb, delta: va === null || vb === null ? null : vb - va });
    const counts: [keyof SessionReview['counts'], string, string][] = [
      ['comments', '评论数', 'Comments'],
      ['questions', '问题数', 'Questions'],
      ['answeredOnAir', '口播回答', 'Answered on air'],
      ['handedOff', '转交客服', 'Handed off'],
      ['resolved', '已解决', 'Resolved'],
      ['escalated', '已升级', 'Escalated'],
      ['complaints', '投诉', 'Complaints'],
    ];
    for (const [k, zh, en] of counts) add(k, zh, en, ra.counts[k], rb.counts[k]);
    const total = (r: SessionReview) => {
      const met = r.stages.reduce((s, x) => s + x.met, 0);
      const br = r.stages.reduce((s, x) => s + x.breached, 0);
      return met + br ? (100 * met) / (met + br) : null;
    };
    add('metPct', '总按时率 %', 'Overall % met', total(ra), total(rb));
    for (const st of STAGE_IDS) {
      const sa = ra.stages.find((x) => x.stage === st);
      const sb = rb.stages.find((x) => x.stage === st);
      if (!sa && !sb) continue;
      add(`${st}.metPct`, `${st} 按时率 %`, `${st} % met`, sa?.metPct ?? null, sb?.metPct ?? null);
      add(
        `${st}.medianMs`,
        `${st} 中位响应(毫秒)`,
        `${st} median (ms)`,
        sa?.medianMs ?? null,
        sb?.medianMs ?? null,
      );
      add(`${st}.p90Ms`, `${st} P90 响应(毫秒)`, `${st} p90 (ms)`, sa?.p90Ms ?? null, sb?.p90Ms ?? null);
    }
    add(
      'satisfiedPct',
      '满意度 %',
      'Satisfaction %',
      ra.satisfaction.satisfiedPct,
      rb.satisfaction.satisfiedPct,
    );
    return { a: ra.session, b: rb.session, rows };
  };

  const stats = (a: { filter?: ReportFilter; by?: StatsReport['by'] }): StatsReport => {
    const by = a.by ?? 'stage';
    const filter = a.filter ?? {};
    return { by, filter, rows: statsRows(db, by, filter, by !== 'stage') };
  };

  const scorecards = (p: { from: number; to: number; tzOffsetMin?: number }): ScorecardReport => {
    const rules = readRules(db);
    const f: ReportFilter = { from: p.from, to: p.to };
    const period = { from: p.from, to: p.to };
    const { rows, breaches: all } = staffReport(db, f);
    const attributed = all.filter((b): b is BreachItem => b.staff !== null);
    const unattributed = new Map<StageId, number>();
    for (const b of all)
      if (b.staff === null) unattributed.set(b.stage, (unattributed.get(b.stage) ?? 0) + 1);
    const ratings = staffRatings(db, p.from, p.to);
    const discipline = disciplineProposals(attributed, rules, period, now());
    const withSat = rows.map((r) => ({ ...r, ...satisfaction(ratings.get(r.staff) ?? []) }));
    const award = awardProposal(withSat, rules, period);
    const proposals = award ? [...discipline, award] : discipline;
    const decided = latestDecisions(
      db,
      proposals.map((x) => x.key),
    ) as Map<string, Decision>;
    const staff: Scorecard[] = withSat.map((r) => {
      const mine = proposals.filter((x) => x.staff === r.staff);
      const live = mine.filter((x) => decided.get(x.key)?.decision !== 'dismissed');
      const points = live.filter((x) => x.kind === 'deduction').reduce((s, x) => s + x.points, 0);
      return {
        ...r,
        rated: r.rated,
        satisfiedPct: r.satisfiedPct,
        warnings: live.filter((x) => x.kind === 'warning').length,
        points,
        ...periodScore(rules, points),
        award: live.some((x) => x.kind === 'award'),
      };
    });
    return {
      period,
      rules,
      staff,
      proposals: proposals.map((x) => ({ ...x, decision: decided.get(x.key) ?? null })),
      unattributed: [...unattributed].map(([stage, breached]) => ({ stage, breached })),
    };
  };

  const decide = (
    a: { key: string; decision: 'confirmed' | 'dismissed'; note?: string },
    actor: Actor,
  ): Decision => {
    const m = /^(warning|deduction|award):(.+):(\d+):(\d+)$/.exec(a.key);
    if (!m) throw new ReportError('bad_request', `无效的建议编号 / invalid proposal key: ${a.key}`);
    const from = Number(m[3]);
    const to = Number(m[4]);
    // Recompute: a decision is recorded against the proposal as the data shows it now (points, reason).
    const card = scorecards({ from, to });
    const p = card.proposals.find((x) => x.key === a.key);
    if (!p) {
      throw new ReportError('not_found', `该建议已不存在(数据已变化)/ no such proposal any more: ${a.key}`);
    }
    const id = insertDecision(db, {
      key: p.key,
      kind: p.kind,
      staff: p.staff,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      decision: a.decision,
      points: p.points,
      reason: `${p.reasonZh} / ${p.reasonEn}`,
      note: a.note ?? null,
      by: actor.name,
      role: actor.role,
      at: now(),
    });
    return getDecision(db, id) as Decision;
  };

  const exportFile = (a: ReportExportArgs): Promise<ExportFile> => {
    const tz = a.tzOffsetMin ?? 0;
    const lang = a.lang ?? 'zh';
    switch (a.report) {
      case 'session-review': {
        if (!a.sessionId)
          throw new ReportError('bad_request', '导出场次复盘需要 sessionId / sessionId required');
        return buildExport(
          { kind: 'session-review', data: review({ sessionId: a.sessionId, slowest: 20, topAsked: 20 }) },
          a.format,
          lang,
          tz,
          a.table,
        );
      }
      case 'compare':
        if (!a.sessionId || !a.b)
          throw new ReportError('bad_request', '对比需要两个场次 / sessionId and b required');
        return buildExport(
          { kind: 'compare', data: compare({ a: a.sessionId, b: a.b }) },
          a.format,
          lang,
          tz,
          a.table,
        );
      case 'stats':
        return buildExport(
          { kind: 'stats', data: stats({ filter: a.filter, by: a.by }) },
          a.format,
          lang,
          tz,
          a.table,
        );
      case 'scorecards':
        if (!a.period) throw new ReportError('bad_request', '导出考核需要期间 / period required');
        return buildExport({ kind: 'scorecards', data: scorecards(a.period) }, a.format, lang, tz, a.table);
      case 'decisions':
        return buildExport(
          { kind: 'decisions', data: listDecisions(db, { ...(a.period ?? {}), limit: 5000 }) as Decision[] },
          a.format,
          lang,
          tz,
          a.table,
        );
      case 'sessions':
        return buildExport(
          { kind: 'sessions', data: listSessionSummaries(db, { limit: 1000 }) },
          a.format,
          lang,
          tz,
          a.table,
        );
    }
  };

  const impl: {
    [K in ReportName]: (
      args: never,
      actor: Actor,
    ) => ReportCommandResults[K] | Promise<ReportCommandResults[K]>;
  } = {
    'report:sessions': (a: { from?: number; to?: number; limit?: number }) => listSessionSummaries(db, a),
    'report:session-review': review,
    'report:compare': compare,
    'report:stats': stats,
    'report:scorecards': scorecards,
    'report:decide': decide,
    'report:decisions': (a: { from?: number; to?: number; staff?: string; limit?: number }) =>
      listDecisions(db, a) as Decision[],
    'report:rules-get': () => readRules(db),
    'report:rules-set': (a: { rules: unknown }) => {
      const parsed = reportRulesSchema.safeParse(a.rules);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new ReportError(
          'bad_request',
          `规则无效 / invalid rules: ${i?.message} (${i?.path.join('.')})`,
        );
      }
      if (parsed.data.passScore > parsed.data.baseScore) {
        throw new ReportError('bad_request', '及格分不能高于基础分 / passScore must not exceed baseScore');
      }
      writeSetting(db, RULES_KEY, JSON.stringify(parsed.data), now());
      return parsed.data;
    },
    'report:rate': (
      a: { questionId: number; score: number; source: 'followup' | 'viewer_reply'; comment?: string },
      actor,
    ) => {
      const id = insertRating(db, {
        ...a,
        comment: a.comment ?? null,
        by: actor.name,
        role: actor.role,
        at: now(),
      });
      return getRating(db, id) as ReportCommandResults['report:rate'];
    },
    'report:export': exportFile,
  };

  const exec = async <K extends ReportName>(
    name: K,
    rawArgs: unknown,
    actor?: Actor,
  ): Promise<ReportCommandResults[K]> => {
    const schema = reportCommandSchemas[name];
    const parsed = schema.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
      throw new ReportError('bad_request', `${name}: ${issue?.message ?? 'invalid arguments'}${where}`);
    }
    const fn = impl[name] as (
      a: unknown,
      actor: Actor,
    ) => ReportCommandResults[K] | Promise<ReportCommandResults[K]>;
    return await fn(parsed.data, actor ?? { name: 'ops', role: 'ops' });
  };

  return {
    exec,
    async run(name, rawArgs, actor) {
      if (!(REPORT_COMMAND_NAMES as readonly string[]).includes(name)) {
        return {
          ok: false,
          error: { code: 'unknown_command', message: `Unknown command: ${name.slice(0, 64)}` },
        };
      }
      try {
        return { ok: true, value: await exec(name as ReportName, rawArgs, actor) };
      } catch (e) {
        if (e instanceof ReportError) return { ok: false, error: { code: e.code, message: e.message } };
        if (e instanceof NotFoundError)
          return { ok: false, error: { code: 'not_found', message: e.message } };
        return { ok: false, error: { code: 'internal', message: (e as Error).message } };
      }
    },
  };
}

type ReportExportArgs = {
  report: 'session-review' | 'compare' | 'stats' | 'scorecards' | 'decisions' | 'sessions';
  format: 'csv' | 'xlsx';
  lang?: 'zh' | 'en';
  table?: string;
  sessionId?: number;
  b?: number;
  filter?: ReportFilter;
  by?: StatsReport['by'];
  period?: { from: number; to: number; tzOffsetMin?: number };
  tzOffsetMin?: number;
};
