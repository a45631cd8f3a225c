// `livedesk ingest`: headless ingest of one or more sources into a database.
import { dirname, resolve } from 'node:path';
import { startDesk } from '../../services/desk';
import { getAdapter, SOURCE_FORMATS } from '../../../shared/sources/index';
import { parse, num, parseSourceSpec } from '../args';
import type { DeskComment } from '../../../shared/model';
import { UsageError, type CliCommand } from '../io';

export const USAGE = `用法 / usage: livedesk ingest --source ws://… [--format F] --db FILE [--print] [--duration S] [--stall-seconds S]
  --source   a WebSocket URL, or FORMAT=URL; repeat for several sources
  --format   ${SOURCE_FORMATS.join(' | ')} (default livedesk)
  --print    write one normalized comment per line (JSON) to stdout; diagnostics go to stderr
  --duration stop after S seconds (default: until Ctrl+C)`;

export const run: CliCommand = async (argv, io) => {
  const { values } = parse(argv, {
    source: { type: 'string', multiple: true },
    format: { type: 'string' },
    db: { type: 'string' },
    print: { type: 'boolean' },
    duration: { type: 'string' },
    'stall-seconds': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!values.source?.length) throw new UsageError('缺少 --source / missing --source ws://…');
  if (!values.db) throw new UsageError('缺少 --db / missing --db FILE');
  if (values.format && !getAdapter(values.format)) {
    throw new UsageError(
      `--format 必须是 / must be one of: ${SOURCE_FORMATS.join(', ')} (got "${values.format}")`,
    );
  }
  const duration = num(values.duration, 'duration', { min: 0.1 });
  const stallSeconds = num(values['stall-seconds'], 'stall-seconds', { min: 0.5, max: 3600 });
  const sources = values.source.map((s, i) => {
    const spec = parseSourceSpec(s, values.format);
    if (!getAdapter(spec.format)) throw new UsageError(`未知格式 / unknown format: ${spec.format}`);
    return { ...spec, id: values.source!.length > 1 ? `src${i + 1}` : spec.format, stallSeconds };
  });
  const dbFile = resolve(values.db);
  const desk = await startDesk({
    dataDir: dirname(dbFile),
    dbFile,
    sources,
    sessionTitle: `ingest ${sources.map((s) => s.url).join(' ')}`,
  });
  let stored = 0;
  desk.onEvent((name, payload) => {
    if (name === 'comment:batch') {
      const batch = payload as DeskComment[];
      stored += batch.length;
      if (values.print) {
        let out = '';
        for (const c of batch) {
          out +=
            JSON.stringify({
              platform: c.platform,
              msgId: c.msgId,
              roomId: c.roomId,
              userId: c.userId,
              nickname: c.nickname,
              text: c.text,
              channel: c.channel,
              kind: c.kind,
              ts: c.ts,
              platformTs: c.platformTs,
              isQuestion: c.classification.isQuestion,
            }) + '\n';
        }
        io.stdout.write(out);
      }
    }
  });
  let lastStates = '';
  const statusTimer = setInterval(() => {
    const line = desk.sources
      .map((s) => {
        const st = s.status();
        return `${st.id} ${st.state} ${st.perSecond}/s recv=${st.received} dup=${st.duplicates} rej=${st.rejected} reconnects=${st.reconnects}`;
      })
      .join(' | ');
    const states = desk.sources.map((s) => s.status().state).join(',');
    if (states !== lastStates || Date.now() % 10_000 < 1000) io.stderr.write(line + '\n');
    lastStates = states;
  }, 1000);
  const timeout = duration
    ? new Promise<void>((r) => setTimeout(r, duration * 1000))
    : new Promise<void>(() => undefined);
  const allEnded = new Promise<void>((r) => {
    const t = setInterval(() => {
      if (desk.sources.every((s) => s.status().state === 'ended')) {
        clearInterval(t);
        r();
      }
    }, 200);
  });
  await Promise.race([io.stopSignal, timeout, allEnded]);
  clearInterval(statusTimer);
  desk.flush();
  const summary = desk.sources.map((s) => s.status());
  await desk.close();
  for (const st of summary) {
    io.stderr.write(
      `${st.id}: state=${st.state} received=${st.received} duplicates=${st.duplicates} rejected=${st.rejected} reconnects=${st.reconnects}\n`,
    );
  }
  io.stderr.write(`stored ${stored} new comments in ${dbFile}\n`);
  return 0;
};
