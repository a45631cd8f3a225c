// The demo / load stream server: a real WebSocket server on 127.0.0.1 that speaks any adapter format.
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { createDemoRoom, type DemoMix } from '../../shared/sim/demoRoom';
import { getAdapter } from '../../shared/sources/index';
import type { SourceFormat } from '../../shared/sources/types';
import type { Comment } from '../../shared/model';
import type { Clock } from './types';
import { createMonotonicClock } from './clock';

export interface SimulatorOptions {
  port?: number;
  /** Comments per second. */
  rate: number;
  format?: SourceFormat;
  seed?: number;
  mix?: Partial<DemoMix>;
  /** Stop generating after this many comments (the server stays up). */
  total?: number;
  /** Close every connection after each N comments sent (rehearses disconnects). */
  dropEvery?: number;
  /** Go silent on the current connection for S seconds (socket left open) once every `stallEvery` comments. */
  stallSeconds?: number;
  stallEvery?: number;
  /** Comments re-sent after a reconnect (what a real relay replays), to prove de-duplication. */
  replayOverlap?: number;
  roomId?: string;
  clock?: Clock;
  /** Keep every generated comment in `log` (tests compare what was sent with what was stored). */
  keepLog?: boolean;
}

export interface SimulatorServer {
  readonly url: string;
  readonly port: number;
  /** Comments generated so far. */
  readonly generated: number;
  readonly connections: number;
  /** Generated comments, when `keepLog` was set. */
  readonly log: readonly Comment[];
  close(): Promise<void>;
}

const TICK_MS = 20;
const MAX_BACKLOG = 500_000;

export async function startSimulator(opts: SimulatorOptions): Promise<SimulatorServer> {
  const format = opts.format ?? 'livedesk';
  const adapter = getAdapter(format);
  if (!adapter) throw new Error(`unknown format: ${format}`);
  if (!(opts.rate > 0)) throw new Error('rate must be > 0');
  const clock = opts.clock ?? createMonotonicClock();
  const room = createDemoRoom({
    seed: opts.seed ?? 1,
    mix: opts.mix,
    roomId: opts.roomId,
    platform: format === 'livedesk' ? 'sim' : undefined,
  });
  const overlap = opts.replayOverlap ?? 5;

  // frames[i] = the frames of comment (base + i).
  let frames: string[][] = [];
  let base = 0;
  let delivered = 0; // furthest comment index sent to any client
  const cursors = new Map<WebSocket, number>();
  const stalledUntil = new Map<WebSocket, number>();
  const log: Comment[] = [];
  let sinceDrop = 0;
  let sinceStall = 0;

  const wss = new WebSocketServer({ host: '127.0.0.1', port: opts.port ?? 0, maxPayload: 1 << 20 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const port = (wss.address() as AddressInfo).port;

  wss.on('connection', (ws) => {
    cursors.set(ws, Math.max(base, delivered - overlap));
    ws.on('message', (data) => {
      const text = data.toString();
      for (const r of adapter.serverReply?.(text) ?? []) ws.send(r);
    });
    const forget = () => {
      cursors.delete(ws);
      stalledUntil.delete(ws);
    };
    ws.on('close', forget);
    ws.on('error', forget);
  });

  const started = clock.now();
  let generatedCount = 0;
  const tick = () => {
    const now = clock.now();
    const want = Math.floor(((now - started) / 1000) * opts.rate);
    const limit = opts.total ?? Number.POSITIVE_INFINITY;
    while (generatedCount < want && generatedCount < limit) {
      const c = room.next(now);
      const { category: _c, ...comment } = c;
      const encoded = adapter.encode(comment);
      // Some tools carry only viewer chat (e.g. TikTok relays here): what they cannot carry is not sent.
      if (encoded.length === 0) continue;
      frames.push(encoded);
      if (opts.keepLog) log.push(comment);
      generatedCount++;
    }
    if (frames.length > MAX_BACKLOG) {
      const cut = frames.length - MAX_BACKLOG;
      frames = frames.slice(cut);
      base += cut;
    }
    const end = base + frames.length;
    for (const [ws, cursor] of cursors) {
      if (ws.readyState !== ws.OPEN) continue;
      if ((stalledUntil.get(ws) ?? 0) > now) continue;
      let i = cursor;
      let dropped = false;
      while (i < end) {
        for (const f of frames[i - base]) ws.send(f);
        i++;
        if (i > delivered) {
          sinceDrop++;
          sinceStall++;
          delivered = i;
        }
        if (opts.dropEvery && sinceDrop >= opts.dropEvery) {
          sinceDrop = 0;
          dropped = true;
          break;
        }
        if (opts.stallSeconds && opts.stallEvery && sinceStall >= opts.stallEvery) {
          sinceStall = 0;
          stalledUntil.set(ws, now + opts.stallSeconds * 1000);
          break;
        }
      }
      cursors.set(ws, i);
      if (dropped) {
        // The relay drops the connection (1012 "service restart"): the client must reconnect and resume.
        // close(), not terminate(): what was already sent still arrives, so the replay overlap alone
        // decides what comes twice. terminate() would also discard frames still in the socket buffer —
        // how many depends on machine load, and no client could get those back.
        ws.close(1012, 'simulated drop');
        cursors.delete(ws);
      }
    }
  };
  const timer = setInterval(tick, TICK_MS);

  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    get generated() {
      return generatedCount;
    },
    get connections() {
      return cursors.size;
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
