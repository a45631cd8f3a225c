// The Ops report queries (docs/metrics.md defines every figure). Plain functions (db, args); SQL is
// built only from fixed fragments chosen by enum arguments, values are always bound parameters.
// Percentiles use SQLite's percentile() / median() (linear interpolation, the same definition as
// shared/reports/metrics.ts percentile()).
import type { Database } from 'better-sqlite3';
import type {
  QuestionEventRow,
  RepeatQuestion,
  ReportDimension,
  ReportFilter,
  ReviewCounts,
  SatisfactionSummary,
  SessionSummary,
  SlowQuestion,
  StaffRow,
  StatsRow,
  Timeline,
} from '../../shared/apiReports';
import type { StageId, StageRecord } from '../../shared/deadlines/types';
import { finishStats, foldStats, satisfaction, type StageCounts } from '../../shared/reports/metrics';
import type { BreachItem } from '../../shared/reports/rules';

/** Stages owed by support: a breach nobody answered is charged to the question's assignee. */
const SUPPORT_STAGES = `('D2','D4','D5','D6','D7','C1','C3')`;
/** Who a deadline row counts for: who met it, else (never met, breached, support stage) the assignee. */
export const STAFF_EXPR = `COALESCE(d.met_by, CASE WHEN d.met_at IS NULL AND d.breached_at IS NOT NULL
  AND d.stage IN ${SUPPORT_STAGES} THEN q.assignee END)`;

const AGG = `COUNT(*) AS total,
  SUM(d.met_at IS NOT NULL AND d.breached_at IS NULL) AS met,
  SUM(d.breached_at IS NOT NULL) AS breached,
  SUM(d.breached_at IS NOT NULL AND d.met_at IS NOT NULL) AS late,
  SUM(d.met_at IS NULL AND d.breached_at IS NULL AND d.cancelled_at IS NULL) AS open,
  SUM(d.cancelled_at IS NOT NULL AND d.met_at IS NULL AND d.breached_at IS NULL) AS cancelled,
  SUM(d.warned_at IS NOT NULL) AS warned,
  COUNT(d.met_at) AS responded,
  AVG(d.met_at - d.started_at) AS meanMs,
  median(d.met_at - d.started_at) AS medianMs,
  percentile(d.met_at - d.started_at, 90) AS p90Ms,
  MAX(d.met_at - d.started_at) AS maxMs`;

interface AggRow extends StageCounts {
  responded: number;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
}

function toStats<T extends AggRow>(r: T) {
  const {
    total,
    met,
    breached,
    late,
    open,
    cancelled,
    warned,
    responded,
    meanMs,
    medianMs,
    p90Ms,
    maxMs,
    ...rest
  } = r;
  return {
    ...rest,
    ...finishStats(
      {
        total,
        met: met ?? 0,
        breached: breached ?? 0,
        late: late ?? 0,
        open: open ?? 0,
        cancelled: cancelled ?? 0,
        warned: warned ?? 0,
      },
      { responded, meanMs, medianMs, p90Ms, maxMs },
    ),
  };
}

const HOUR_MS = 3_600_000;

function keyExpr(by: ReportDimension): string {
  switch (by) {
    case 'stage':
      return `''`;
    case 'staff':
      return `COALESCE(${STAFF_EXPR}, '')`;
    case 'role':
      return `COALESCE((SELECT s.role FROM staff s WHERE s.name = ${STAFF_EXPR}), '')`;
    case 'type':
      return 'q.qtype';
    case 'channel':
      return 'q.channel';
    case 'hour':
      // Bound JS numbers arrive as REAL: cast before the modulo so the key is '20', not '20.0'.
      return `CAST(CAST((q.asked_at + @tzMs) / ${HOUR_MS} AS INTEGER) % 24 AS TEXT)`;
    case 'session':
      return 'CAST(q.session_id AS TEXT)';
    case 'day':
      return `date((q.asked_at + @tzMs) / 1000, 'unixepoch')`;
  }
}

/** WHERE clause + parameters for a report filter (questions q joined to deadlines d). */
export function filterSql(f: ReportFilter): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = { tzMs: (f.tzOffsetMin ?? 0) * 60_000 };
  if (f.sessionId !== undefined) {
    parts.push('q.session_id = @sessionId');
    params.sessionId = f.sessionId;
  }
  if (f.from !== undefined) {
    parts.push('q.asked_at >= @from');
    params.from = f.from;
  }
  if (f.to !== undefined) {
    parts.push('q.asked_at < @to');
    params.to = f.to;
  }
  if (f.channel !== undefined) {
    parts.push('q.channel = @channel');
    params.channel = f.channel;
  }
  if (f.type !== undefined) {
    parts.push('q.qtype = @type');
    params.type = f.type;
  }
  if (f.staff !== undefined) {
    parts.push(`${STAFF_EXPR} = @staff`);
    params.staff = f.staff;
  }
  if (f.role !== undefined) {
    parts.push(`${STAFF_EXPR} IN (SELECT name FROM staff WHERE role = @role)`);
    params.role = f.role;
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The SQL of a stats cut (exported for the EXPLAIN QUERY PLAN tests). */
export function statsSql(by: ReportDimension, f: ReportFilter, perStage: boolean) {
  const { where, params } = filterSql(f);
  const sql = `SELECT ${keyExpr(by)} AS key, ${perStage ? 'd.stage' : `'ALL'`} AS stage, ${AGG}
    FROM questions q JOIN deadlines d ON d.question_id = q.id ${where}
    GROUP BY 1${perStage ? ', 2' : ''} ORDER BY 1${perStage ? ', 2' : ''}`;
  return { sql, params };
}

/**
 * Response time, breach rate and % met per stage, cut by one dimension; plus an 'ALL' row per group
 * folded from the stage rows (counts, rates, mean weighted by responses, max). Median and p90 of the
 * ALL row stay null on purpose: one percentile over a 30 s stage and a 10 min stage means nothing.
 */
export function statsRows(db: Database, by: ReportDimension, f: ReportFilter, withAll = true): StatsRow[] {
  const s = statsSql(by, f, true);
  const rows = (db.prepare(s.sql).all(s.params) as (AggRow & { key: string; stage: StageId })[]).map(
    toStats,
  ) as StatsRow[];
  if (!withAll) return rows;
  const out: StatsRow[] = [];
  let group: StatsRow[] = [];
  const flush = () => {
    if (group.length) out.push(...group, { key: group[0].key, stage: 'ALL', ...foldStats(group) });
    group = [];
  };
  for (const r of rows) {
    if (group.length && group[0].key !== r.key) flush();
    group.push(r);
  }
  flush();
  return out;
}

// ---- staff ---------------------------------------------------------------------------------------

export function staffSql(f: ReportFilter) {
  const { where, params } = filterSql(f);
  const w = where ? `${where} AND` : 'WHERE';
  return {
    // Responded rows belong to who met them: response times, met / late, questions handled.
    met: `SELECT d.met_by AS staff, COUNT(DISTINCT q.id) AS handled, COUNT(*) AS responded,
        SUM(d.breached_at IS NULL) AS met, SUM(d.breached_at IS NOT NULL) AS late,
        AVG(d.met_at - d.started_at) AS meanMs, median(d.met_at - d.started_at) AS medianMs,
        percentile(d.met_at - d.started_at, 90) AS p90Ms, MAX(d.met_at - d.started_at) AS maxMs
      FROM questions q JOIN deadlines d ON d.question_id = q.id ${w} d.met_by IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    // Every breach, attributed; for one never met, whether its person met another stage of the question.
    breaches: `SELECT ${STAFF_EXPR} AS staff, d.stage AS stage, q.id AS questionId, q.session_id AS sessionId,
           d.due_at AS dueAt, d.met_at AS metAt, q.qtype = 'complaint' AS complaint,
           CASE WHEN d.met_at IS NULL THEN EXISTS (SELECT 1 FROM deadlines d2 WHERE d2.question_id = q.id
             AND d2.met_by = ${STAFF_EXPR}) END AS metOther
         FROM questions q JOIN deadlines d ON d.question_id = q.id ${w} d.breached_at IS NOT NULL
         ORDER BY d.due_at, q.id`,
    params,
  };
}

export type AttributedBreach = Omit<BreachItem, 'staff'> & { staff: string | null };

/**
 * One row per person with a deadline attributed to them under the filter (see STAFF_EXPR), and every
 * breach. Two passes: the responded rows grouped by who met them, and the breaches; the breaches nobody
 * answered are added to their assignee in JS. Same figures as grouping STAFF_EXPR in one pass
 * (test/reports checks it), a third faster on a month of a busy room.
 */
export function staffReport(
  db: Database,
  f: ReportFilter,
): { rows: StaffRow[]; breaches: AttributedBreach[] } {
  const s = staffSql(f);
  const raw = db.prepare(s.breaches).all(s.params) as (Omit<AttributedBreach, 'complaint'> & {
    complaint: number;
    metOther: number | null;
  })[];
  const breaches = raw.map(({ metOther: _m, ...r }) => ({ ...r, complaint: r.complaint === 1 }));
  const roles = new Map(
    (db.prepare('SELECT name, role FROM staff').all() as { name: string; role: string }[]).map((r) => [
      r.name,
      r.role,
    ]),
  );
  interface Acc {
    byStage: Partial<Record<StageId, number>>;
    unmet: number;
    unmetQuestions: Set<number>;
  }
  const acc = new Map<string, Acc>();
  const get = (name: string) => {
    let a = acc.get(name);
    if (!a) acc.set(name, (a = { byStage: {}, unmet: 0, unmetQuestions: new Set() }));
    return a;
  };
  for (const b of raw) {
    if (b.staff === null) continue;
    const a = get(b.staff);
    a.byStage[b.stage] = (a.byStage[b.stage] ?? 0) + 1;
    if (b.metAt === null) {
      a.unmet++;
      if (!b.metOther) a.unmetQuestions.add(b.questionId);
    }
  }
  const met = db.prepare(s.met).all(s.params) as {
    staff: string;
    handled: number;
    responded: number;
    met: number;
    late: number;
    meanMs: number | null;
    medianMs: number | null;
    p90Ms: number | null;
    maxMs: number | null;
  }[];
  const names = new Set([...met.map((m) => m.staff), ...acc.keys()]);
  const rows: StaffRow[] = [...names].sort().map((name) => {
    const m = met.find((x) => x.staff === name);
    const a = acc.get(name);
    const st = finishStats(
      {
        total: (m?.responded ?? 0) + (a?.unmet ?? 0),
        met: m?.met ?? 0,
        breached: (m?.late ?? 0) + (a?.unmet ?? 0),
        late: m?.late ?? 0,
        open: 0,
        cancelled: 0,
        warned: 0,
      },
      {
        responded: m?.responded ?? 0,
        meanMs: m?.meanMs ?? null,
        medianMs: m?.medianMs ?? null,
        p90Ms: m?.p90Ms ?? null,
        maxMs: m?.maxMs ?? null,
      },
    );
    return {
      staff: name,
      role: roles.get(name) ?? null,
      handled: (m?.handled ?? 0) + (a?.unmetQuestions.size ?? 0),
      total: st.total,
      decided: st.decided,
      met: st.met,
      breached: st.breached,
      metPct: st.metPct,
      meanMs: st.meanMs,
      medianMs: st.medianMs,
      p90Ms: st.p90Ms,
      breachesByStage: a?.byStage ?? {},
    };
  });
  return { breaches, rows };
}

export const staffRows = (db: Database, f: ReportFilter): StaffRow[] => staffReport(db, f).rows;

// ---- sessions ------------------------------------------------------------------------------------

export function listSessionSummaries(
  db: Database,
  a: { from?: number; to?: number; limit?: number },
): SessionSummary[] {
  return db
    .prepare(
      `SELECT s.id, s.title, s.started_at AS startedAt, s.ended_at AS endedAt,
         (SELECT COUNT(*) FROM questions q WHERE q.session_id = s.id) AS questions
       FROM sessions s WHERE s.started_at >= @from AND s.started_at < @to ORDER BY s.started_at DESC, s.id DESC LIMIT @limit`,
    )
    .all({ from: a.from ?? 0, to: a.to ?? 8.64e15, limit: a.limit ?? 200 }) as SessionSummary[];
}

export function sessionSummary(db: Database, id: number): SessionSummary | null {
  return (
    (db
      .prepare(
        `SELECT s.id, s.title, s.started_at AS startedAt, s.ended_at AS endedAt,
           (SELECT COUNT(*) FROM questions q WHERE q.session_id = s.id) AS questions
         FROM sessions s WHERE s.id = ?`,
      )
      .get(id) as SessionSummary | undefined) ?? null
  );
}

export function reviewCounts(db: Database, sessionId: number): ReviewCounts {
  const c = db.prepare('SELECT COUNT(*) AS n FROM comments WHERE session_id = ?').get(sessionId) as {
    n: number;
  };
  const q = db
    .prepare(
      `SELECT COUNT(*) AS questions, COALESCE(SUM(ask_count), 0) AS asks, COALESCE(SUM(qtype = 'complaint'), 0) AS complaints,
         COALESCE(SUM(status = 'dismissed'), 0) AS dismissed, COALESCE(SUM(ask_count > 1), 0) AS repeated
       FROM questions WHERE session_id = ?`,
    )
    .get(sessionId) as {
    questions: number;
    asks: number;
    complaints: number;
    dismissed: number;
    repeated: number;
  };
  const ev = db.prepare(
    'SELECT COUNT(DISTINCT question_id) AS n FROM question_events WHERE session_id = ? AND action = ?',
  );
  const n = (action: string) => (ev.get(sessionId, action) as { n: number }).n;
  const onAir = db
    .prepare(
      `SELECT COUNT(DISTINCT question_id) AS n FROM question_events
       WHERE session_id = ? AND action = 'answer' AND detail LIKE 'on_air%'`,
    )
    .get(sessionId) as { n: number };
  const answered = n('answer');
  return {
    comments: c.n,
    questions: q.questions,
    asks: q.asks,
    answeredOnAir: onAir.n,
    answeredByReply: answered - onAir.n,
    handedOff: n('handoff'),
    resolved: n('resolve'),
    escalated: n('escalate'),
    complaints: q.complaints,
    dismissed: q.dismissed,
    repeated: q.repeated,
  };
}

export function statusCounts(db: Database, sessionId: number): { status: string; count: number }[] {
  return db
    .prepare(
      'SELECT status, COUNT(*) AS count FROM questions WHERE session_id = ? GROUP BY status ORDER BY count DESC',
    )
    .all(sessionId) as { status: string; count: number }[];
}

/** Comments/s and questions/s per bucket (≤ ~3000 buckets), breaches marked. */
export function sessionTimeline(db: Database, s: SessionSummary, asOf: number): Timeline {
  const bounds = db
    .prepare('SELECT MIN(ts) AS lo, MAX(ts) AS hi FROM comments WHERE session_id = ?')
    .get(s.id) as { lo: number | null; hi: number | null };
  const t0 = Math.min(s.startedAt, bounds.lo ?? s.startedAt);
  const end = Math.max(bounds.hi ?? t0, Math.min(s.endedAt ?? asOf, asOf), t0 + 1000);
  const bucketMs = Math.max(1000, Math.ceil((end - t0) / 3000 / 1000) * 1000);
  const n = Math.floor((end - t0) / bucketMs) + 1;
  const comments = new Array<number>(n).fill(0);
  const questions = new Array<number>(n).fill(0);
  const per = 1000 / bucketMs;
  const cRows = db
    .prepare(
      `SELECT CAST((ts - @t0) / @b AS INTEGER) AS i, COUNT(*) AS c FROM comments WHERE session_id = @id AND ts >= @t0 GROUP BY 1`,
    )
    .raw()
    .all({ id: s.id, t0, b: bucketMs }) as [number, number][];
  for (const [i, c] of cRows) if (i >= 0 && i < n) comments[i] = c * per;
  const qRows = db
    .prepare(
      `SELECT CAST((asked_at - @t0) / @b AS INTEGER) AS i, COUNT(*) AS c FROM questions WHERE session_id = @id AND asked_at >= @t0 GROUP BY 1`,
    )
    .raw()
    .all({ id: s.id, t0, b: bucketMs }) as [number, number][];
  for (const [i, c] of qRows) if (i >= 0 && i < n) questions[i] = c * per;
  const breaches = db
    .prepare(
      `SELECT d.breached_at AS at, d.stage AS stage, q.id AS questionId
       FROM questions q JOIN deadlines d ON d.question_id = q.id
       WHERE q.session_id = ? AND d.breached_at IS NOT NULL ORDER BY d.breached_at`,
    )
    .all(s.id) as Timeline['breaches'];
  return { t0, bucketMs, comments, questions, breaches };
}

interface StageDbRow extends StageRecord {
  questionId: number;
}

export function questionStages(db: Database, questionId: number): StageRecord[] {
  return (
    db
      .prepare(
        `SELECT question_id AS questionId, stage, seq, started_at AS startedAt, due_at AS dueAt, warn_at AS warnAt,
           warned_at AS warnedAt, met_at AS metAt, breached_at AS breachedAt, met_by AS metBy,
           cancelled_at AS cancelledAt, policy_version AS policyVersion
         FROM deadlines WHERE question_id = ? ORDER BY started_at, id`,
      )
      .all(questionId) as StageDbRow[]
  ).map(({ questionId: _q, ...s }) => s);
}

export function questionEvents(db: Database, questionId: number): QuestionEventRow[] {
  return db
    .prepare(
      'SELECT id, action, actor, role, at, detail FROM question_events WHERE question_id = ? ORDER BY at, id',
    )
    .all(questionId) as QuestionEventRow[];
}

/** The questions whose worst stage ran furthest past due (open ones measured up to `asOf`). */
export function slowestQuestions(
  db: Database,
  sessionId: number,
  limit: number,
  asOf: number,
): SlowQuestion[] {
  const rows = db
    .prepare(
      `SELECT q.id, MAX(COALESCE(d.met_at, d.cancelled_at, @asOf) - d.due_at) AS overdueMs, d.stage AS worstStage
       FROM questions q JOIN deadlines d ON d.question_id = q.id
       WHERE q.session_id = @id GROUP BY q.id ORDER BY overdueMs DESC, q.id LIMIT @limit`,
    )
    .all({ id: sessionId, asOf, limit }) as { id: number; overdueMs: number; worstStage: StageId }[];
  const qst = db.prepare(
    `SELECT text, nickname, channel, qtype AS type, status, assignee, asked_at AS askedAt, ask_count AS askCount
     FROM questions WHERE id = ?`,
  );
  return rows.map((r) => ({
    ...r,
    ...(qst.get(r.id) as Omit<SlowQuestion, 'id' | 'worstStage' | 'overdueMs' | 'stages' | 'history'>),
    stages: questionStages(db, r.id),
    history: questionEvents(db, r.id),
  }));
}

/** Most-asked questions of a session (ask_count summed over questions sharing a dup key). */
export function topAsked(db: Database, sessionId: number, limit: number): RepeatQuestion[] {
  return db
    .prepare(
      `WITH g AS (
         SELECT MIN(q.id) AS first, MAX(q.id) AS last, SUM(q.ask_count) AS askCount, COUNT(*) AS questions
         FROM questions q WHERE q.session_id = ? AND q.dup_key IS NOT NULL
         GROUP BY q.dup_key HAVING SUM(q.ask_count) > 1)
       SELECT g.first AS questionId, g.askCount, g.questions, f.text, f.qtype AS type, l.status
       FROM g JOIN questions f ON f.id = g.first JOIN questions l ON l.id = g.last
       ORDER BY g.askCount DESC, g.first LIMIT ?`,
    )
    .all(sessionId, limit) as RepeatQuestion[];
}

// ---- satisfaction ---------------------------------------------------------------------------------

export function insertRating(
  db: Database,
  r: {
    questionId: number;
    score: number;
    source: string;
    comment: string | null;
    by: string;
    role: string;
    at: number;
  },
): number {
  const q = db.prepare('SELECT session_id AS sessionId FROM questions WHERE id = ?').get(r.questionId) as
    { sessionId: number } | undefined;
  if (!q) throw new NotFoundError(`问题 #${r.questionId} 不存在 / question #${r.questionId} not found`);
  return Number(
    db
      .prepare(
        `INSERT INTO ratings (question_id, session_id, score, source, comment, rated_by, rated_role, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.questionId, q.sessionId, r.score, r.source, r.comment, r.by, r.role, r.at).lastInsertRowid,
  );
}

export class NotFoundError extends Error {}

const RATING_COLS = `r.id, r.question_id AS questionId, r.session_id AS sessionId, r.score, r.source, r.comment,
  r.rated_by AS by, r.at`;

export function sessionSatisfaction(db: Database, sessionId: number): SatisfactionSummary {
  const rows = db
    .prepare(`SELECT ${RATING_COLS} FROM ratings r WHERE r.session_id = ? ORDER BY r.at, r.id`)
    .all(sessionId) as SatisfactionSummary['comments'];
  return { ...satisfaction(rows.map((r) => r.score)), comments: rows };
}

/** Ratings per person in a period: the question's assignee, else whoever recorded the rating. */
export function staffRatings(db: Database, from: number, to: number): Map<string, number[]> {
  const rows = db
    .prepare(
      `SELECT COALESCE(q.assignee, r.rated_by) AS staff, r.score FROM ratings r JOIN questions q ON q.id = r.question_id
       WHERE r.at >= ? AND r.at < ?`,
    )
    .all(from, to) as { staff: string; score: number }[];
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.staff, [...(out.get(r.staff) ?? []), r.score]);
  return out;
}

export function getRating(db: Database, id: number) {
  return db.prepare(`SELECT ${RATING_COLS} FROM ratings r WHERE r.id = ?`).get(id);
}

// ---- decisions ------------------------------------------------------------------------------------

export interface DecisionInsert {
  key: string;
  kind: string;
  staff: string;
  periodFrom: number;
  periodTo: number;
  decision: 'confirmed' | 'dismissed';
  points: number;
  reason: string;
  note: string | null;
  by: string;
  role: string;
  at: number;
}

const DECISION_COLS = `id, proposal_key AS key, kind, staff, period_from AS periodFrom, period_to AS periodTo, decision,
  points, reason, note, decided_by AS by, decided_role AS role, decided_at AS at`;

export function insertDecision(db: Database, d: DecisionInsert): number {
  return Number(
    db
      .prepare(
        `INSERT INTO staff_decisions (proposal_key, kind, staff, period_from, period_to, decision, points, reason, note,
           decided_by, decided_role, decided_at)
         VALUES (@key, @kind, @staff, @periodFrom, @periodTo, @decision, @points, @reason, @note, @by, @role, @at)`,
      )
      .run(d).lastInsertRowid,
  );
}

export function getDecision(db: Database, id: number): unknown {
  return db.prepare(`SELECT ${DECISION_COLS} FROM staff_decisions WHERE id = ?`).get(id);
}

/** The newest decision for each of these proposal keys. */
export function latestDecisions(db: Database, keys: readonly string[]): Map<string, unknown> {
  const st = db.prepare(
    `SELECT ${DECISION_COLS} FROM staff_decisions WHERE proposal_key = ? ORDER BY id DESC LIMIT 1`,
  );
  const out = new Map<string, unknown>();
  for (const k of keys) {
    const row = st.get(k);
    if (row) out.set(k, row);
  }
  return out;
}

export function listDecisions(
  db: Database,
  a: { from?: number; to?: number; staff?: string; limit?: number },
): unknown[] {
  return db
    .prepare(
      `SELECT ${DECISION_COLS} FROM staff_decisions
       WHERE decided_at >= @from AND decided_at < @to AND (@staff IS NULL OR staff = @staff)
       ORDER BY decided_at DESC, id DESC LIMIT @limit`,
    )
    .all({ from: a.from ?? 0, to: a.to ?? 8.64e15, staff: a.staff ?? null, limit: a.limit ?? 1000 });
}

// ---- settings ---------------------------------------------------------------------------------------

export function readSetting(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database, key: string, value: string, now: number): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, now);
}
