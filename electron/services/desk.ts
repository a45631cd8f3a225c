// Composition root of the main-side services: database, session, engine, stream sources, demo stream.
// Used by the Electron entry, the headless web mode, the CLI and the tests alike.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, Events, Result, SessionInfo, SourceStatus } from '../../shared/api';
import type { Comment } from '../../shared/model';
import type { Policy } from '../../shared/deadlines/types';
import { DEFAULT_POLICY, resolveStage } from '../../shared/deadlines/index';
import { createSession, findResumableSession, getSession, logRejects, openDb } from '../../db/index';
import { createMonotonicClock } from './clock';
import { DeskEngine } from './engine';
import { IngestQueue } from './ingestQueue';
import { startSimulator, type SimulatorServer } from './simulator';
import { WsSource } from './wsSource';
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

function loadPolicy(db: Database, now: number): Policy {
  const row = db.prepare('SELECT body FROM policies ORDER BY version DESC LIMIT 1').get() as
    | { body: string }
    | undefined;
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
  const now = clock.now();
  const resumable = findResumableSession(db, now - RESUME_WITHIN_MS);
  const sessionId =
    resumable?.id ?? createSession(db, opts.sessionTitle ?? `直播 ${new Date(now).toLocaleString('zh-CN')}`, now);
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
  });

  const sources: WsSource[] = [];
  const queue = new IngestQueue((batch: Comment[], bySource) => {
    const res = engine.ingest(batch);
    // Attribute duplicates to the source when there is only one in the batch (the common case).
    if (res.duplicates && bySource.size === 1) {
      const [id] = bySource.keys();
      sources.find((s) => s.id === id)?.countDuplicates(res.duplicates);
    }
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

  let simulator: SimulatorServer | null = null;
  if (opts.demo) {
    simulator = await startSimulator({ rate: opts.demoRate ?? 4, format: 'livedesk', seed: now % 100000 });
    addSource({ id: 'demo', url: simulator.url, format: 'livedesk', label: '演示直播间 Demo room' });
  }
  for (const s of opts.sources ?? []) addSource(s);
  statusTimer = setInterval(pushStatus, 1000);

  const windows: Record<string, number> = {};
  for (const st of Object.keys(policy.stages) as (keyof Policy['stages'])[]) {
    windows[st] = resolveStage(policy, st, 'other', 'live').windowMs;
  }

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
      policyVersion: policy.version,
      windows,
    };
  };

  let closed = false;
  const desk: Desk = {
    sessionId,
    dbFile,
    engine,
    db,
    sources,
    simulator,
    flush: () => queue.flush(),
    async call(ctx, name, rawArgs): Promise<Result<unknown>> {
      if (closed) return { ok: false, error: { code: 'internal', message: 'LiveDesk is shutting down' } };
      if (name === 'session:info') return { ok: true, value: info(ctx) };
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
      // The session stays open on purpose: reopening the app mid-show resumes it (and its deadlines).
      db.close();
    },
  };
  emit('app:ready', { sessionId });
  return desk;
}
