// The report service: runs the report commands in a worker thread (./worker.ts) so a year-long query
// never blocks the thread that serves the window. From source (tsx, vitest) the worker is worker.ts
// loaded through tsx; in the Electron bundle it is dist-electron/reportWorker.cjs next to main.cjs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../../shared/api';
import type { Seat } from '../../../shared/model';

export interface ReportServiceOptions {
  dbFile: string;
  /** Electron-ABI better_sqlite3.node (as for openDb). */
  nativeBinding?: string;
  /** Main-side clock (default Date.now); read once per call and passed to the worker. */
  clock?: { now(): number };
  /** Override the worker script (tests / unusual layouts). */
  workerFile?: string;
}

export interface ReportService {
  /** Validate and run one `report:*` command. Never throws: errors come back as data. */
  call(name: string, args: unknown, ctx?: { seat: Seat }): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** Where the worker script is. From source it is worker.ts, loaded through tsx's module hooks. */
export function resolveWorker(override?: string): { file: string; fromSource: boolean } {
  if (override) return { file: override, fromSource: /\.[cm]?ts$/.test(override) };
  const here = fileURLToPath(import.meta.url);
  if (/\.[cm]?ts$/.test(here)) return { file: join(dirname(here), 'worker.ts'), fromSource: true };
  // Bundled: esbuild writes the worker as its own entry next to main.cjs (scripts/buildElectron.mjs).
  const bundled = join(dirname(here), 'reportWorker.cjs');
  // Packaged with asarUnpack for the worker: prefer the real file next to app.asar.
  const unpacked = bundled.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  if (unpacked !== bundled && existsSync(unpacked)) return { file: unpacked, fromSource: false };
  if (existsSync(bundled)) return { file: bundled, fromSource: false };
  throw new Error(`报表线程文件缺失 / report worker missing: ${bundled}`);
}

/** A worker that registers tsx in its own thread first, then imports the TypeScript entry. */
function sourceWorker(file: string, workerData: unknown): Worker {
  // The ESM build of tsx's API (require.resolve would give the CommonJS one).
  const pkgFile = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const esmApi = (pkg.exports['./esm/api'] as { import: { default: string } }).import.default;
  const api = pathToFileURL(join(dirname(pkgFile), esmApi)).href;
  const entry = pathToFileURL(file).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })
    .catch((e) => { require('node:worker_threads').parentPort.postMessage({ t: 'fatal', message: String(e && e.stack || e) }); });`;
  return new Worker(boot, { eval: true, workerData });
}

type FromWorker =
  | { t: 'ready' }
  | { t: 'closed' }
  | { t: 'fatal'; message: string }
  | { t: 'res'; id: number; result: Result<unknown> };

export function createReportService(opts: ReportServiceOptions): ReportService {
  const clock = opts.clock ?? { now: () => Date.now() };
  const { file, fromSource } = resolveWorker(opts.workerFile);
  const workerData = { dbFile: opts.dbFile, nativeBinding: opts.nativeBinding };
  const worker = fromSource ? sourceWorker(file, workerData) : new Worker(file, { workerData });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  let dead: string | null = null;
  const failAll = (message: string) => {
    dead = message;
    for (const done of pending.values()) done({ ok: false, error: { code: 'internal', message } });
    pending.clear();
  };
  worker.on('message', (m: FromWorker) => {
    if (m.t === 'res') {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    } else if (m.t === 'fatal') failAll(`报表线程无法启动 / report worker failed to start: ${m.message}`);
  });
  worker.on('error', (e) => failAll(`报表线程出错 / report worker failed: ${e.message}`));
  worker.on('exit', (code) => failAll(`报表线程已退出 / report worker exited (${code})`));
  // Idle reports must not keep a CLI or a test process alive.
  worker.unref();

  let closing: Promise<void> | null = null;
  return {
    call(name, args, ctx) {
      if (dead) return Promise.resolve({ ok: false, error: { code: 'internal', message: dead } });
      const id = nextId++;
      worker.ref();
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, (r) => {
          if (pending.size <= 1) worker.unref();
          resolve(r);
        });
        const actor = ctx ? { name: ctx.seat.name, role: ctx.seat.role } : undefined;
        worker.postMessage({ id, name, args, actor, now: clock.now() });
      });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        if (dead) return resolve();
        worker.ref();
        const finish = () => {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve());
        };
        // The worker closes its database after the queries already queued, then says so.
        worker.on('message', (m: { t: string }) => m.t === 'closed' && finish());
        worker.once('exit', finish);
        // A stuck query must not hold shutdown forever.
        const timer = setTimeout(finish, 5000);
        worker.postMessage({ t: 'close' });
      });
      return closing;
    },
  };
}
