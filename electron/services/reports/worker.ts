// The report worker: owns its own SQLite connection and runs the report commands, so a heavy query
// never blocks the thread that serves the window. Started by ./index.ts (createReportService).
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../../../db/open';
import { createReportHandlers, type Actor } from './handlers';

export interface WorkerRequest {
  id: number;
  name: string;
  args: unknown;
  actor?: Actor;
  /** The main side's clock, read when the call was made. */
  now: number;
}

const { dbFile, nativeBinding } = workerData as { dbFile: string; nativeBinding?: string };
const port = parentPort;
if (!port) throw new Error('reports/worker.ts must run in a worker thread');

let db: ReturnType<typeof openDb>;
try {
  db = openDb(dbFile, { nativeBinding });
  // Reports read a lot and write little (decisions, ratings): a bigger page cache, no fsync waits on reads.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
} catch (e) {
  port.postMessage({ t: 'fatal', message: (e as Error).message });
  throw e;
}
let now = Date.now();
const handlers = createReportHandlers(db, () => now);

port.on('message', (msg: WorkerRequest | { t: 'close' }) => {
  if ('t' in msg) {
    // Messages are handled in order: every query sent before this one has been answered.
    db.close();
    port.postMessage({ t: 'closed' });
    return;
  }
  now = msg.now;
  void handlers
    .run(msg.name, msg.args, msg.actor)
    .then((result) => port.postMessage({ t: 'res', id: msg.id, result }));
});
port.postMessage({ t: 'ready' });
