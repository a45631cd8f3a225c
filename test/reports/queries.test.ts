// Every report figure on the hand-made fixture (test/reports/fixture.ts explains the numbers).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDB } from '../helpers/db';
import { loadFixture, NOW, S, T0 } from './fixture';
import { createReportHandlers, type ReportHandlers } from '../../electron/services/reports/handlers';
import { statsSql, staffSql, staffRows, filterSql, STAFF_EXPR } from '../../db/queries/reports';
import type { ReportDimension, ReportFilter } from '../../shared/apiReports';

let t: ReturnType<typeof createDB>;
let h: ReportHandlers;
beforeEach(() => {
  t = createDB();
  loadFixture(t.db);
  h = createReportHandlers(t.db, () => NOW);
});
afterEach(() => t.cleanup());

describe('session review (场次复盘)', () => {
  it('counts, outcomes and the repeat questions', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1, slowest: 3 });
    expect(r.session).toMatchObject({ id: 1, title: 'A 场', questions: 8 });
    expect(r.counts).toEqual({
      comments: 23,
      questions: 8,
      asks: 12,
      answeredOnAir: 2,
      answeredByReply: 2,
      handedOff: 2,
      resolved: 1,
      escalated: 1,
      complaints: 1,
      dismissed: 1,
      repeated: 3,
    });
    expect(Object.fromEntries(r.outcomes.map((o) => [o.status, o.count]))).toEqual({
      answered: 4,
      open: 1,
      closed: 1,
      escalated: 1,
      dismissed: 1,
    });
    expect(r.topAsked.map((x) => [x.questionId, x.askCount, x.questions, x.status])).toEqual([
      [1, 5, 2, 'dismissed'],
      [3, 2, 1, 'answered'],
    ]);
  });

  it('per-stage mean / median / p90 / max, breach rate and % met', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1 });
    const d1 = r.stages.find((s) => s.stage === 'D1')!;
    expect(d1).toMatchObject({
      total: 5,
      met: 2,
      breached: 2,
      late: 1,
      open: 0,
      cancelled: 1,
      warned: 3,
      decided: 4,
    });
    expect(d1.metPct).toBe(50);
    expect(d1.breachPct).toBe(50);
    expect(d1.meanMs).toBeCloseTo(70_000 / 3, 3);
    expect(d1.medianMs).toBe(20_000);
    expect(d1.p90Ms).toBe(36_000);
    expect(d1.maxMs).toBe(40_000);
    const d3 = r.stages.find((s) => s.stage === 'D3')!;
    expect([d3.meanMs, d3.medianMs, d3.p90Ms, d3.maxMs]).toEqual([40_000, 40_000, 48_000, 50_000]);
    const d4 = r.stages.find((s) => s.stage === 'D4')!;
    expect(d4).toMatchObject({ met: 1, breached: 1, late: 0, metPct: 50, responded: 1, meanMs: 100_000 });
    const d5 = r.stages.find((s) => s.stage === 'D5')!;
    expect(d5).toMatchObject({ breached: 1, late: 1, metPct: 0, breachPct: 100, meanMs: 700_000 });
    expect(r.stages.map((s) => s.stage)).toEqual(['C1', 'D1', 'D2', 'D3', 'D4', 'D5', 'D7']);
  });

  it('timeline in comments/s and questions/s with breaches marked', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1 });
    const tl = r.timeline;
    expect(tl.t0).toBe(T0);
    expect(tl.bucketMs).toBe(2000); // a 1 h show in ≤ 3000 buckets
    expect(tl.comments).toHaveLength(1801);
    expect(tl.comments[0]).toBe(5.5); // 10 chat + q1's comment in 2 s
    expect(tl.comments[50]).toBe(2.5); // 5 comments at 100 s
    expect(tl.questions[0]).toBe(0.5);
    expect(tl.breaches.map((b) => [b.stage, b.questionId, (b.at - T0) / S])).toEqual([
      ['D1', 3, 150],
      ['D1', 4, 210],
      ['D4', 6, 520],
      ['D5', 5, 890],
    ]);
  });

  it('the slowest questions come with their stages and full history', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1, slowest: 3 });
    expect(r.slowest.map((q) => [q.id, q.worstStage, q.overdueMs / S])).toEqual([
      [4, 'D1', 7200 - 210],
      [6, 'D4', 7200 - 520],
      [5, 'D5', 100],
    ]);
    const q5 = r.slowest[2];
    expect(q5.stages.map((s) => s.stage)).toEqual(['D3', 'D4', 'D5', 'D7']);
    expect(q5.history.map((e) => e.action)).toEqual([
      'ask',
      'handoff',
      'claim',
      'contact',
      'resolve',
      'followup',
    ]);
  });

  it('per-staff table: who met it, else the assignee for an unanswered support stage', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1 });
    const by = Object.fromEntries(r.staff.map((s) => [s.staff, s]));
    expect(Object.keys(by).sort()).toEqual(['丽丽', '主播王', '小美', '阿强'].sort());
    expect(by['小美']).toMatchObject({
      role: 'cohost',
      handled: 4,
      decided: 4,
      met: 4,
      breached: 0,
      metPct: 100,
    });
    expect([by['小美'].meanMs, by['小美'].medianMs, by['小美'].p90Ms]).toEqual([27_500, 25_000, 44_000]);
    expect(by['阿强']).toMatchObject({ handled: 2, total: 4, met: 2, breached: 2, medianMs: 100_000 });
    expect(by['阿强'].breachesByStage).toEqual({ D4: 1, D5: 1 });
    expect(by['主播王']).toMatchObject({ breached: 1, metPct: 0, breachesByStage: { D1: 1 } });
    expect(by['丽丽']).toMatchObject({ met: 2, meanMs: 172_500 });
  });

  it('the two-pass staff table equals grouping every row by its person in one pass', async () => {
    for (const filter of [{ sessionId: 1 }, { from: T0, to: T0 + 3 * 86400 * S }]) {
      const one = (await h.exec('report:stats', { by: 'staff', filter })).rows.filter(
        (r) => r.stage === 'ALL' && r.key,
      );
      const rows = staffRows(t.db, filter);
      expect(rows.map((r) => [r.staff, r.total, r.met, r.breached, r.meanMs])).toEqual(
        one.map((r) => [r.key, r.total, r.met, r.breached, r.meanMs]),
      );
    }
  });

  it('satisfaction rate and the comments', async () => {
    const r = await h.exec('report:session-review', { sessionId: 1 });
    expect(r.satisfaction).toMatchObject({ rated: 2, satisfied: 1, satisfiedPct: 50, meanScore: 3.5 });
    expect(r.satisfaction.comments.map((c) => c.comment)).toEqual(['很满意', '太慢了']);
  });

  it('an unknown session is a not_found error, bad arguments a bad_request', async () => {
    expect(await h.run('report:session-review', { sessionId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await h.run('report:session-review', { sessionId: -1 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await h.run('report:nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
  });
});

describe('cuts and comparison', () => {
  it('by channel, type, hour (in the given zone), role and date range', async () => {
    const byCh = await h.exec('report:stats', { by: 'channel', filter: { sessionId: 1 } });
    const chatAll = byCh.rows.find((r) => r.key === 'chat' && r.stage === 'ALL')!;
    expect(chatAll).toMatchObject({ total: 1, met: 1, meanMs: 45_000 });
    const liveAll = byCh.rows.find((r) => r.key === 'live' && r.stage === 'ALL')!;
    expect(liveAll).toMatchObject({ total: 12, met: 7, breached: 4 });

    const byHour = await h.exec('report:stats', { by: 'hour', filter: { sessionId: 1, tzOffsetMin: 480 } });
    expect([...new Set(byHour.rows.map((r) => r.key))]).toEqual(['20']);

    const byType = await h.exec('report:stats', { by: 'type', filter: { from: T0, to: T0 + 86400 * S } });
    expect(byType.rows.find((r) => r.key === 'product' && r.stage === 'D1')).toMatchObject({
      total: 2,
      met: 1,
      breached: 1,
    });

    const byRole = await h.exec('report:stats', { by: 'role', filter: { sessionId: 1 } });
    expect(byRole.rows.find((r) => r.key === 'support' && r.stage === 'ALL')).toMatchObject({
      total: 6,
      met: 4,
      breached: 2,
    });
    expect(byRole.rows.find((r) => r.key === '' && r.stage === 'ALL')).toMatchObject({
      total: 2,
      breached: 1,
      cancelled: 1,
    });

    const range = await h.exec('report:stats', { by: 'session', filter: { from: T0 + 86000 * S } });
    expect(range.rows.map((r) => r.key)).toEqual(['2', '2']);

    const staffOnly = await h.exec('report:stats', { by: 'stage', filter: { staff: '阿强' } });
    expect(staffOnly.rows.map((r) => [r.stage, r.met, r.breached])).toEqual([
      ['D4', 1, 1],
      ['D5', 0, 1],
      ['D7', 1, 0],
    ]);
  });

  it('rejects a range that ends before it starts', async () => {
    expect(await h.run('report:stats', { filter: { from: 10, to: 5 } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('compares two sessions side by side', async () => {
    const c = await h.exec('report:compare', { a: 1, b: 2 });
    const row = (m: string) => c.rows.find((r) => r.metric === m)!;
    expect(row('questions')).toMatchObject({ a: 8, b: 1, delta: -7 });
    expect(row('D1.metPct')).toMatchObject({ a: 50, b: 100, delta: 50 });
    expect(row('D1.medianMs')).toMatchObject({ a: 20_000, b: 5_000 });
  });
});

describe('staff scorecards, proposals and decisions', () => {
  const period = { from: T0, to: T0 + 2 * 86400 * S };
  it('warnings, deductions (with the tier for a never-answered complaint) and scores', async () => {
    const r = await h.exec('report:scorecards', period);
    const kinds = r.proposals.map((p) => [p.kind, p.staff, p.points]);
    expect(kinds).toEqual([
      ['warning', '主播王', 0],
      ['warning', '阿强', 0],
      ['deduction', '阿强', 22], // q6 D4 never answered: 6680 s over → heavy 20; q5 D5 100 s over → 2
    ]);
    const q = Object.fromEntries(r.staff.map((s) => [s.staff, s]));
    expect(q['阿强']).toMatchObject({
      warnings: 1,
      points: 22,
      score: 78,
      pass: true,
      rated: 2,
      satisfiedPct: 50,
    });
    expect(q['主播王']).toMatchObject({ warnings: 1, points: 0, score: 100 });
    expect(r.unattributed).toEqual([{ stage: 'D1', breached: 1 }]);
    expect(r.proposals.some((p) => p.kind === 'award')).toBe(false); // nobody has 20 decided deadlines
  });

  it('the award is proposed from the data once the rules allow it, and decisions are logged', async () => {
    const rules = { ...(await h.exec('report:rules-get', {})), awardMinDecided: 2 };
    await h.exec('report:rules-set', { rules });
    const r = await h.exec('report:scorecards', period);
    const award = r.proposals.find((p) => p.kind === 'award')!;
    expect(award.staff).toBe('小美'); // 5/5 met, median 10 s … vs 丽丽 2/2, median 172.5 s
    expect(award.reasonZh).toContain('按时率 100.0%(5/5)');
    expect(award.reasonZh).toContain('中位响应 20.0 秒');

    const ops = { name: '运营小张', role: 'ops' };
    const d1 = await h.exec(
      'report:decide',
      { key: award.key, decision: 'confirmed', note: '本月最佳' },
      ops,
    );
    expect(d1).toMatchObject({
      kind: 'award',
      staff: '小美',
      decision: 'confirmed',
      by: '运营小张',
      at: NOW,
    });
    const ded = r.proposals.find((p) => p.kind === 'deduction')!;
    await h.exec('report:decide', { key: ded.key, decision: 'dismissed', note: '系统故障' }, ops);
    const again = await h.exec('report:scorecards', period);
    expect(again.proposals.find((p) => p.key === ded.key)!.decision).toMatchObject({ decision: 'dismissed' });
    // A dismissed deduction no longer counts against the score.
    expect(again.staff.find((s) => s.staff === '阿强')).toMatchObject({ points: 0, score: 100 });
    expect(again.staff.find((s) => s.staff === '小美')!.award).toBe(true);
    const log = await h.exec('report:decisions', {});
    expect(log.map((d) => [d.kind, d.decision, d.note])).toEqual([
      ['deduction', 'dismissed', '系统故障'],
      ['award', 'confirmed', '本月最佳'],
    ]);
    expect(await h.run('report:decide', { key: 'award:nobody:1:2', decision: 'confirmed' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('invalid rules are refused with the field named', async () => {
    const res = await h.run('report:rules-set', {
      rules: { ...(await h.exec('report:rules-get', {})), pointsPerBreach: -1 },
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!res.ok && res.error.message).toContain('pointsPerBreach');
  });

  it('records a rating; an unknown question is not_found', async () => {
    const r = await h.exec(
      'report:rate',
      { questionId: 7, score: 4, source: 'followup', comment: '好' },
      { name: '丽丽', role: 'support' },
    );
    expect(r).toMatchObject({ questionId: 7, sessionId: 1, score: 4, by: '丽丽', at: NOW });
    expect(await h.run('report:rate', { questionId: 999, score: 4, source: 'followup' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('query plans: no report scans a whole table', () => {
  const plan = (sql: string, params: Record<string, unknown>) =>
    (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  const noScan = (details: string[]) => {
    const scans = details.filter(
      (d) =>
        /^SCAN (q|d|questions|deadlines|comments|question_events)\b/.test(d) &&
        !/USING (COVERING )?INDEX/.test(d),
    );
    expect(scans, details.join('\n')).toEqual([]);
  };
  const filters: ReportFilter[] = [
    { sessionId: 1 },
    { from: T0, to: T0 + 30 * 86400 * S },
    { from: T0, to: T0 + 30 * 86400 * S, channel: 'live', type: 'product' },
  ];
  const dims: ReportDimension[] = ['stage', 'staff', 'role', 'type', 'channel', 'hour', 'session', 'day'];
  it('stats cuts use the report indexes', () => {
    for (const f of filters)
      for (const by of dims) {
        const s = statsSql(by, f, true);
        const details = plan(s.sql, s.params);
        noScan(details);
        expect(details.join('\n')).toMatch(/SEARCH q USING (COVERING )?INDEX/);
        expect(details.join('\n')).toMatch(/deadlines_report/);
      }
  });
  it('staff tables and breach lists use the report indexes', () => {
    for (const f of filters) {
      const s = staffSql(f);
      noScan(plan(s.breaches, s.params));
      noScan(plan(s.met, s.params));
      const { where, params } = filterSql(f);
      noScan(
        plan(
          `SELECT ${STAFF_EXPR} FROM questions q JOIN deadlines d ON d.question_id = q.id ${where}`,
          params,
        ),
      );
    }
  });
  it('session review queries use indexes', () => {
    const sqls = [
      'SELECT COUNT(*) FROM comments WHERE session_id = @id',
      'SELECT (ts - 0) / 1000 AS i, COUNT(*) FROM comments WHERE session_id = @id AND ts >= 0 GROUP BY 1',
      `SELECT COUNT(DISTINCT question_id) FROM question_events WHERE session_id = @id AND action = 'handoff'`,
      'SELECT q.dup_key, SUM(q.ask_count) FROM questions q WHERE q.session_id = @id AND q.dup_key IS NOT NULL GROUP BY q.dup_key',
    ];
    for (const s of sqls) noScan(plan(s, { id: 1 }));
  });
});
