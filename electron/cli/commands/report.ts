// `livedesk report`: the Ops counts from a database, as JSON or CSV.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listSessions, openDb, sessionCounts, stageCounts } from '../../../db/index';
import { parse, num } from '../args';
import { UsageError, type CliCommand } from '../io';
import { toCsv } from '../../services/csv';

export const USAGE = `用法 / usage: livedesk report --db FILE [--format json|csv] [--session ID]
  Prints per-session counts (comments, questions, answered, handed off, resolved, deadlines met / breached)
  and met / breached per deadline stage (D1–D7, C1–C3).`;

export const run: CliCommand = async (argv, io) => {
  const { values } = parse(argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    session: { type: 'string' },
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
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`--format 必须是 json 或 csv / must be json or csv, got "${format}"`);
  const sessionId = num(values.session, 'session', { int: true, min: 1 });
  const db = openDb(file, { readonly: true });
  try {
    const sessions = listSessions(db).filter((s) => sessionId === undefined || s.id === sessionId);
    if (sessionId !== undefined && sessions.length === 0)
      throw new UsageError(`没有场次 / no session ${sessionId}`);
    const rows = sessions.map((s) => ({
      session: s.id,
      title: s.title,
      startedAt: new Date(s.startedAt).toISOString(),
      ...sessionCounts(db, s.id),
    }));
    const stages = stageCounts(db, sessionId);
    if (format === 'json') {
      io.stdout.write(JSON.stringify({ sessions: rows, stages }, null, 2) + '\n');
    } else {
      io.stdout.write('\uFEFF' + toCsv(rows) + '\n' + toCsv(stages));
    }
  } finally {
    db.close();
  }
  return 0;
};
