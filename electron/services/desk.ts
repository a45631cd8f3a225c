// Composition root of the main-side services: database, session, engine, stream sources, demo stream.
// Used by the Electron entry, the headless web mode, the CLI and the tests alike.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskCommandName, EventName, Events, Result, SessionInfo, SourceStatus } from '../../shared/api';
import { isCommandName, parseCommandArgs } from '../../shared/api';
import type { Policy } from '../../shared/deadlines/types';
import { DEFAULT_POLICY, resolveStage } from '../../shared/deadlines/index';
import { createSession, findResumableSession, getSession, logRejects, openDb } from '../../db/index';
import { createMonotonicClock } from './clock';
import { DeskEngine } from './engine';
import { IngestQueue } from './ingestQueue';
import { startSimulator, type SimulatorServer } from './simulator';
import { WsSource } from './wsSource';
import { createReportService, type ReportService } from './reports/index';
import { createViewerService } from './viewers';
import { createKnowledgeService } from './knowledge';
import type { CallContext, DeskApp, DeskOptions, EventListener, SourceConfig } from './types';
import type { Database } from 'better-sqlite3';

const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000;

export interface Desk extends DeskApp {
  readonly engine: DeskEngine;
  readonly db: Database;
  readonly sources: WsSource[];
  readonly simulator: SimulatorServer | null;
  /** Flush buffered comments now (tests, shutdown). */
  flush(): void;
}

interface SourceSettings {
  demo: boolean;
  list: SourceConfig[];
}

function readSourceSettings(db: Database): SourceSettings {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'sources'").get() as
    { value: string } | undefined;
  if (!row) return { demo: true, list: [] };
  try {
    const v = JSON.parse(row.value) as Partial<SourceSettings>;
    return { demo: v.demo !== false, list: Array.isArray(v.list) ? v.list : [] };
  } catch {
    return { demo: true, list: [] };
  }
}

function writeSourceSettings(db: Database, v: SourceSettings, now: number): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES ('sources', ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(v), now);
}

function loadPolicy(db: Database, now: number): Policy {
  const row = db.prepare('SELECT body FROM policies ORDER BY version DESC LIMIT 1').get() as
    { body: string } | undefined;
  if (row) return JSON.parse(row.body) as Policy;
  db.prepare('INSERT INTO policies (version, body, created_at) VALUES (?, ?, ?)').run(
    DEFAULT_POLICY.version,
    JSON.stringify(DEFAULT_POLICY),
    now,
  );
  return DEFAULT_POLICY;
}

export async function startDesk(opts: DeskOptions): Promise<Desk> {
  const clock = opts.clock ?? createMonotonicClock();
  mkdirSync(opts.dataDir, { recursive: true });
  const dbFile = opts.dbFile ?? join(opts.dataDir, 'livedesk.db');
  const db = openDb(dbFile, { nativeBinding: opts.nativeBinding });
  // Heavy report queries run in a worker thread with their own connection, so they never block the
  // thread that serves the window. Started on the first report call: most desks (CLI ingest, tests,
  // a show without Ops) never need it, and it costs a thread and a module load.
  let reports: ReportService | null = null;
  const reportService = () =>
    (reports ??= createReportService({ dbFile, nativeBinding: opts.nativeBinding, clock }));
  const now = clock.now();
  const resumable = findResumableSession(db, now - RESUME_WITHIN_MS);
  const sessionId =
    resumable?.id ??
    createSession(db, opts.sessionTitle ?? `直播 ${new Date(now).toLocaleString('zh-CN')}`, now);
  const policy = loadPolicy(db, now);

  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(name: E, payload: Events[E]) => {
    for (const l of listeners) {
      try {
        l(name, payload);
      } catch {
        // A broken listener (closed socket) must not stop the desk.
      }
    }
  };

  const engine = new DeskEngine(db, sessionId, clock, policy, {
    comments: (b) => emit('comment:batch', b),
    question: (q) => emit('question:updated', q),
    alert: (a) => emit('deadline:alert', a),
    counts: (c) => emit('stats:updated', c),
    policy: (p) => emit('policy:updated', p),
    classifier: (c) => emit('classifier:updated', c),
    service: (r) => emit('service:updated', r),
  });

  // Knowledge base and shift handovers (kb:*, handover:*): same connection, small tables.
  const knowledge = createKnowledgeService({ db, sessionId, clock, emit });

  // Co-host moderation and viewer tags; also gives the engine its mute check (see engine.setMuteCheck).
  const viewers = createViewerService({ db, sessionId, clock, engine, emit });

  const sources: WsSource[] = [];
  const queue = new IngestQueue((sourceId, batch) => {
    const res = engine.ingest(batch);
    if (res.duplicates) sources.find((s) => s.id === sourceId)?.countDuplicates(res.duplicates);
  });

  let statusTimer: NodeJS.Timeout | null = null;
  const pushStatus = () => emit('source:status', sources.map((s) => s.status()) as SourceStatus[]);
  const addSource = (cfg: SourceConfig) => {
    const src = new WsSource(cfg, clock, {
      onComments: (id, cs) => queue.push(id, cs),
      onRejects: (id, rejects) => logRejects(db, sessionId, id, rejects, clock.now()),
      onStatus: () => pushStatus(),
    });
    sources.push(src);
    src.start();
  };

  // Sources given by the caller (CLI flags) are used as they are; otherwise the ones the team set up in
  // the app (settings 'sources'), persisted so the next start reconnects them.
  const persist = opts.sources === undefined;
  const stored = persist ? readSourceSettings(db) : { demo: true, list: [] };
  let simulator: SimulatorServer | null = null;
  const startDemo = async () => {
    if (simulator) return;
    simulator = await startSimulator({ rate: opts.demoRate ?? 4, format: 'livedesk', seed: now % 100000 });
    addSource({ id: 'demo', url: simulator.url, format: 'livedesk', label: '演示直播间 Demo room' });
  };
  const stopDemo = async () => {
    removeSource('demo');
    await simulator?.close();
    simulator = null;
  };
  const removeSource = (id: string) => {
    const i = sources.findIndex((s) => s.id === id);
    if (i < 0) return false;
    sources[i].stop();
    sources.splice(i, 1);
    pushStatus();
    return true;
  };
  let demoEnabled = Boolean(opts.demo) && stored.demo;
  if (demoEnabled) await startDemo();
  for (const s of opts.sources ?? stored.list) addSource(s);
  const saveSources = () => {
    if (!persist) return;
    const list = sources.filter((s) => s.id !== 'demo').map((s) => s.config);
    writeSourceSettings(db, { demo: demoEnabled, list }, clock.now());
  };
  const sourceCommands = async (name: string, rawArgs: unknown): Promise<Result<unknown>> => {
    const parsed = parseCommandArgs(name as DeskCommandName, rawArgs);
    if (!parsed.ok) return parsed;
    const a = parsed.value as Record<string, unknown>;
    const list = () => sources.map((x) => x.status());
    if (name === 'source:list') return { ok: true, value: list() };
    if (name === 'source:add') {
      const id = `${a.format}-${Date.now().toString(36)}`;
      if (sources.some((x) => x.config.url === a.url && x.config.format === a.format)) {
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: `已接入该数据源 / this source is already connected: ${String(a.url)}`,
          },
        };
      }
      addSource({
        id,
        url: a.url as string,
        format: a.format as string,
        label: a.label as string | undefined,
        channel: a.channel as string | undefined,
        stallSeconds: a.stallSeconds as number | undefined,
      });
      saveSources();
      return { ok: true, value: list() };
    }
    if (name === 'source:remove') {
      if (a.id === 'demo') {
        demoEnabled = false;
        await stopDemo();
      } else if (!removeSource(a.id as string)) {
        return {
          ok: false,
          error: { code: 'not_found', message: `没有该数据源 / no source ${String(a.id)}` },
        };
      }
      saveSources();
      return { ok: true, value: list() };
    }
    if (name === 'source:set-demo') {
      demoEnabled = a.enabled as boolean;
      if (demoEnabled) await startDemo();
      else await stopDemo();
      saveSources();
      return { ok: true, value: list() };
    }
    return { ok: false, error: { code: 'unknown_command', message: name } };
  };
  statusTimer = setInterval(pushStatus, 1000);

  const info = (ctx: CallContext): SessionInfo => {
    const s = getSession(db, sessionId);
    return {
      sessionId,
      title: s?.title ?? '',
      startedAt: s?.startedAt ?? now,
      seat: { ...ctx.seat },
      now: clock.now(),
      sources: sources.map((x) => x.status()),
      counts: engine.counts(),
      policyVersion: engine.currentPolicy.version,
      windows: Object.fromEntries(
        (Object.keys(engine.currentPolicy.stages) as (keyof Policy['stages'])[]).map((st) => [
          st,
          resolveStage(engine.currentPolicy, st, 'other', 'live').windowMs,
        ]),
      ),
    };
  };

  let closed = false;
  const desk: Desk = {
    sessionId,
    dbFile,
    engine,
    db,
    sources,
    get simulator() {
      return simulator;
    },
    flush: () => queue.flush(),
    async call(ctx, name, rawArgs): Promise<Result<unknown>> {
      if (closed) return { ok: false, error: { code: 'internal', message: 'LiveDesk is shutting down' } };
      if (name === 'session:info') return { ok: true, value: info(ctx) };
      if (name.startsWith('kb:') || name.startsWith('handover:')) return knowledge.call(ctx, name, rawArgs);
      if (name.startsWith('report:')) return reportService().call(name, rawArgs, ctx);
      if (name.startsWith('viewer:') || name.startsWith('moderation:'))
        return viewers.call(ctx, name, rawArgs);
      if (name.startsWith('source:') && isCommandName(name)) return sourceCommands(name, rawArgs);
      return engine.call(ctx, name, rawArgs);
    },
    onEvent(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (statusTimer) clearInterval(statusTimer);
      for (const s of sources) s.stop();
      queue.flush();
      engine.close();
      await simulator?.close();
      await reports?.close();
      // The session stays open on purpose: reopening the app mid-show resumes it (and its deadlines).
      db.close();
    },
  };
  emit('app:ready', { sessionId });
  return desk;
}
