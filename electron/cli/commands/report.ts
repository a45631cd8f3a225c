// `livedesk report`: the Ops reports from a database, as JSON, CSV (UTF-8 with BOM) or XLSX.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, listSessions, openDb, sessionCounts, stageCounts } from '../../../db/index';
import { parse, num } from '../args';
import { UsageError, type CliCommand } from '../io';
import { toCsv } from '../../services/csv';
import { createReportHandlers } from '../../services/reports/handlers';
import { buildExport, type ExportInput } from '../../services/reports/export';
import { REPORT_DIMENSIONS, type ReportDimension, type ReportFilter } from '../../../shared/apiReports';

export const USAGE = `用法 / usage: livedesk report --db FILE [--format json|csv|xlsx] [--out FILE]
         [--session ID] [--from DATE] [--to DATE] [--by stage|staff|role|type|channel|hour|session|day]
         [--scorecards] [--compare ID] [--lang zh|en] [--tz MINUTES]
  (no --session / --by / --scorecards)  per-session counts (comments, questions, answered, handed off, resolved,
                     deadlines met / breached) and met / breached per stage (D1–D7, C1–C3), as before
  --session ID       the session review (场次复盘): counts, per-stage times, slowest and most-asked questions, staff
  --compare ID       with --session: the two sessions side by side
  --by DIM           response time (mean / median / p90 / max), breach rate and % met per stage, cut by DIM
                     (filtered by --session, --from, --to)
  --scorecards       staff scorecards with the proposed warnings, deductions and best-responder award
                     for --from … --to (default: the last 30 days)
  --from / --to      dates (YYYY-MM-DD, local time; --to is inclusive), ISO times, or epoch ms
  --format           json (default), csv (UTF-8 with BOM, opens in Excel), xlsx (needs --out)
  --lang             column names of csv / xlsx: zh (default) or en
  --tz               minutes east of UTC for dates and hours (default: this computer's, e.g. 480 in China)`;

const DAY = 86_400_000;

/** YYYY-MM-DD (local midnight; `endOfDay` → the next midnight), an ISO time, or epoch ms. */
export function parseWhen(
  v: string | undefined,
  name: string,
  tzMin: number,
  endOfDay = false,
): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d{10,}$/.test(v)) return Number(v);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (d) {
    const t = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - tzMin * 60_000;
    return endOfDay ? t + DAY : t;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t))
    throw new UsageError(`--${name}: 无法识别的时间 / not a date: "${v}" (YYYY-MM-DD, ISO time or epoch ms)`);
  return t;
}

export const run: CliCommand = async (argv, io) => {
  const { values } = parse(argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    session: { type: 'string' },
    compare: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    scorecards: { type: 'boolean' },
    out: { type: 'string' },
    lang: { type: 'string' },
    tz: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!values.db) throw new UsageError('缺少 --db / missing --db FILE');
  const file = resolve(values.db);
  if (!existsSync(file)) throw new UsageError(`数据库不存在 / database not found: ${file}`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'xlsx') {
    throw new UsageError(`--format 必须是 json、csv 或 xlsx / must be json, csv or xlsx, got "${format}"`);
  }
  if (format === 'xlsx' && !values.out) throw new UsageError('xlsx 需要 --out FILE / xlsx needs --out FILE');
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError(`--lang 必须是 zh 或 en / must be zh or en, got "${lang}"`);
  if (values.by !== undefined && !(REPORT_DIMENSIONS as readonly string[]).includes(values.by)) {
    throw new UsageError(
      `--by 必须是 ${REPORT_DIMENSIONS.join('|')} / must be one of them, got "${values.by}"`,
    );
  }
  const tz = num(values.tz, 'tz', { int: true, min: -840, max: 840 }) ?? -new Date().getTimezoneOffset();
  const sessionId = num(values.session, 'session', { int: true, min: 1 });
  const compareId = num(values.compare, 'compare', { int: true, min: 1 });
  if (compareId !== undefined && sessionId === undefined)
    throw new UsageError('--compare 需要 --session / --compare needs --session');
  const from = parseWhen(values.from, 'from', tz);
  const to = parseWhen(values.to, 'to', tz, true);
  if (from !== undefined && to !== undefined && from >= to)
    throw new UsageError('--from 必须早于 --to / --from must be before --to');

  const db = openForReports(file, io.stderr);
  try {
    const now = Date.now();
    const h = createReportHandlers(db, () => now);
    let input: ExportInput | null = null;
    let json: unknown;
    if (values.scorecards) {
      const period = { from: from ?? (to ?? now) - 30 * DAY, to: to ?? now, tzOffsetMin: tz };
      const data = await h.exec('report:scorecards', period);
      input = { kind: 'scorecards', data };
      json = data;
    } else if (values.by) {
      const filter: ReportFilter = { sessionId, from, to, tzOffsetMin: tz };
      const data = await h.exec('report:stats', {
        by: values.by as ReportDimension,
        filter: dropUndefined(filter),
      });
      input = { kind: 'stats', data };
      json = data;
    } else if (sessionId !== undefined && compareId !== undefined) {
      const data = await h.exec('report:compare', { a: sessionId, b: compareId });
      input = { kind: 'compare', data };
      json = data;
    } else if (sessionId !== undefined) {
      const r = await h.run('report:session-review', {
        sessionId,
        slowest: 20,
        topAsked: 20,
        tzOffsetMin: tz,
      });
      if (!r.ok) throw new UsageError(r.error.message);
      const data = r.value as Extract<ExportInput, { kind: 'session-review' }>['data'];
      input = { kind: 'session-review', data };
      // The counts the first version printed stay where scripts expect them.
      json = { sessions: [countsRow(db, data.session)], stages: stageCounts(db, sessionId), review: data };
    } else {
      const sessions = listSessions(db).filter(
        (s) => (from === undefined || s.startedAt >= from) && (to === undefined || s.startedAt < to),
      );
      const rows = sessions.map((s) => countsRow(db, s));
      const stages = stageCounts(db);
      if (format === 'json') json = { sessions: rows, stages };
      else if (format === 'csv') {
        write(io, values.out, '\uFEFF' + toCsv(rows) + '\n' + toCsv(stages));
        return 0;
      } else {
        input = { kind: 'sessions', data: await h.exec('report:sessions', { from, to, limit: 1000 }) };
      }
    }
    if (format === 'json') {
      write(io, values.out, JSON.stringify(json, null, 2) + '\n');
    } else if (input) {
      const f = await buildExport(input, format, lang, tz);
      if (f.encoding === 'base64') write(io, values.out, Buffer.from(f.data, 'base64'));
      else write(io, values.out, f.data);
    }
    if (values.out) io.stderr.write(`已写入 / written: ${resolve(values.out)}\n`);
  } finally {
    db.close();
  }
  return 0;
};

function countsRow(db: Database.Database, s: { id: number; title: string; startedAt: number }) {
  return {
    session: s.id,
    title: s.title,
    startedAt: new Date(s.startedAt).toISOString(),
    ...sessionCounts(db, s.id),
  };
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function write(io: Parameters<CliCommand>[1], out: string | undefined, data: string | Buffer): void {
  if (out) writeFileSync(resolve(out), data);
  else io.stdout.write(data);
}

/** Read-only when the schema is current; an older database is migrated first (reports need v2's indexes). */
function openForReports(file: string, stderr: NodeJS.WritableStream): Database.Database {
  const probe = new Database(file, { readonly: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (version >= LATEST_VERSION) return openDb(file, { readonly: true });
  stderr.write(`正在升级数据库 / upgrading the database to v${LATEST_VERSION} (report indexes)…\n`);
  return openDb(file);
}
