// Times every report on the big benchmark database: in-thread (the query cost) and through the
// worker-thread service (what the window waits for), plus how long the main thread's event loop
// stalls while a year-long report runs in the worker (it should not).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDb } from '../../db/open';
import { createReportHandlers } from '../../electron/services/reports/handlers';
import { createReportService } from '../../electron/services/reports/index';
import type { ReportName } from '../../electron/services/reports/handlers';

const DAY = 86_400_000;
const TARGET_MS = 300;

export interface Timing {
  name: string;
  runs: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
  target?: number;
}

function med(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function measureReports(file: string, log: (s: string) => void, runs = 5): Promise<Timing[]> {
  const db = openDb(file, { readonly: false });
  db.pragma('cache_size = -65536');
  const span = db
    .prepare('SELECT MIN(started_at) AS lo, MAX(started_at) AS hi, COUNT(*) AS n FROM sessions')
    .get() as {
    lo: number;
    hi: number;
    n: number;
  };
  const sizes = db
    .prepare(
      `SELECT (SELECT MAX(id) FROM comments) AS comments, (SELECT MAX(id) FROM questions) AS questions,
         (SELECT MAX(id) FROM deadlines) AS deadlines, (SELECT MAX(id) FROM question_events) AS events`,
    )
    .get() as Record<string, number>;
  log(
    `数据库 / database: ${span.n} sessions, ${sizes.comments.toLocaleString()} comments, ${sizes.questions.toLocaleString()} questions, ` +
      `${sizes.deadlines.toLocaleString()} deadlines, ${sizes.events.toLocaleString()} events`,
  );
  const now = span.hi + DAY;
  const h = createReportHandlers(db, () => now);
  const mid = Math.ceil(span.n / 2);
  const last30 = { from: now - 30 * DAY, to: now };
  const year = { from: span.lo, to: now };
  const cases: { name: string; cmd: ReportName; args: unknown; target?: number }[] = [
    {
      name: `场次复盘 session review #${mid}`,
      cmd: 'report:session-review',
      args: { sessionId: mid },
      target: TARGET_MS,
    },
    {
      name: `场次复盘 session review #${span.n} (latest)`,
      cmd: 'report:session-review',
      args: { sessionId: span.n },
      target: TARGET_MS,
    },
    {
      name: '30 天人员考核 30-day staff scorecards',
      cmd: 'report:scorecards',
      args: last30,
      target: TARGET_MS,
    },
    { name: '场次对比 compare two sessions', cmd: 'report:compare', args: { a: mid, b: mid + 1 } },
    { name: '30 天 by stage', cmd: 'report:stats', args: { by: 'stage', filter: last30 } },
    { name: '30 天 by staff', cmd: 'report:stats', args: { by: 'staff', filter: last30 } },
    { name: '30 天 by role', cmd: 'report:stats', args: { by: 'role', filter: last30 } },
    { name: '30 天 by type', cmd: 'report:stats', args: { by: 'type', filter: last30 } },
    { name: '30 天 by channel', cmd: 'report:stats', args: { by: 'channel', filter: last30 } },
    {
      name: '30 天 by hour',
      cmd: 'report:stats',
      args: { by: 'hour', filter: { ...last30, tzOffsetMin: 480 } },
    },
    {
      name: '30 天 by day, live + complaint',
      cmd: 'report:stats',
      args: { by: 'day', filter: { ...last30, channel: 'live', type: 'complaint' } },
    },
    { name: '1 场 by staff', cmd: 'report:stats', args: { by: 'staff', filter: { sessionId: mid } } },
    { name: '全年 by stage (365 days)', cmd: 'report:stats', args: { by: 'stage', filter: year } },
    { name: '全年 by channel (365 days)', cmd: 'report:stats', args: { by: 'channel', filter: year } },
    { name: '场次列表 session list', cmd: 'report:sessions', args: { limit: 400 } },
    {
      name: '导出 XLSX session review',
      cmd: 'report:export',
      args: { report: 'session-review', format: 'xlsx', sessionId: mid },
    },
    {
      name: '导出 CSV 30-day scorecards',
      cmd: 'report:export',
      args: { report: 'scorecards', format: 'csv', period: last30 },
    },
  ];
  const out: Timing[] = [];
  for (const c of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await h.exec(c.cmd, c.args);
      times.push(performance.now() - t);
    }
    const t: Timing = {
      name: c.name,
      runs,
      firstMs: times[0],
      medianMs: med(times),
      maxMs: Math.max(...times),
      target: c.target,
    };
    out.push(t);
    log(row(t));
  }
  db.close();

  // Through the worker: the window's view, and the main thread's event loop while a year-long query runs.
  const svc = createReportService({ dbFile: file, clock: { now: () => now } });
  try {
    for (const c of [cases[0], cases[2]]) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const r = await svc.call(c.cmd, c.args);
        if (!r.ok) throw new Error(r.error.message);
        times.push(performance.now() - t);
      }
      const t: Timing = {
        name: `worker: ${c.name}`,
        runs,
        firstMs: times[0],
        medianMs: med(times),
        maxMs: Math.max(...times),
        target: c.target,
      };
      out.push(t);
      log(row(t));
    }
    const hist = monitorEventLoopDelay({ resolution: 5 });
    hist.enable();
    const t = performance.now();
    const r = await svc.call('report:stats', { by: 'staff', filter: year });
    const took = performance.now() - t;
    hist.disable();
    if (!r.ok) throw new Error(r.error.message);
    log(
      `  worker: 全年 by staff ${took.toFixed(0)} ms — main-thread event-loop delay meanwhile: max ${(hist.max / 1e6).toFixed(1)} ms, p99 ${(hist.percentile(99) / 1e6).toFixed(1)} ms`,
    );
  } finally {
    await svc.close();
  }
  return out;
}

function row(t: Timing): string {
  const verdict =
    t.target === undefined ? '' : t.medianMs <= t.target ? `  ✓ ≤ ${t.target} ms` : `  ✗ > ${t.target} ms`;
  return `  ${t.name.padEnd(44)} first ${t.firstMs.toFixed(1).padStart(8)} ms   median ${t.medianMs.toFixed(1).padStart(8)} ms   max ${t.maxMs.toFixed(1).padStart(8)} ms${verdict}`;
}
