// The hub server: serves the built window (dist/renderer) over HTTP and carries the same contract
// over WebSocket at /api, for the browser UI and for other seats on the LAN.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { ACCESS_DENIED_CLOSE, wireRequestSchema, type WireMessage } from '../../shared/api';
import type { Seat } from '../../shared/model';
import type { DeskApp } from './types';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HubOptions {
  desk: DeskApp;
  /** Folder with the built renderer (index.html). */
  staticDir: string;
  host?: string;
  port?: number;
  /** Seat of a connection until it sends seat:set. */
  defaultSeat?: Seat;
  /** Largest accepted WebSocket message in bytes. */
  maxMessageBytes?: number;
  /** When set, a seat must connect with ?code=<this> (the page passes its own ?code= on to /api); others
   * are closed with ACCESS_DENIED_CLOSE and told why. For a hub reachable from the LAN. */
  accessCode?: string;
}

/** A 6-digit access code from a CSPRNG (for a hub opened to the LAN). */
export function newAccessCode(random: (n: number) => Uint8Array): string {
  const b = random(4);
  const n = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  return String(n % 1_000_000).padStart(6, '0');
}

function codeMatches(req: IncomingMessage, expected: string): boolean {
  let got = '';
  try {
    got = new URL(req.url ?? '/', 'http://x').searchParams.get('code') ?? '';
  } catch {
    return false;
  }
  const a = Buffer.from(got);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Hub {
  /** Where this machine opens the window (with ?code= when the hub has an access code). */
  readonly url: string;
  readonly port: number;
  readonly clients: number;
  close(): Promise<void>;
}

/** Resolve a URL path inside `root`, refusing anything that escapes it. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p === '/' || p === '') p = '/index.html';
  const full = resolve(root, '.' + normalize(p));
  const rootAbs = resolve(root);
  if (full !== rootAbs && !full.startsWith(rootAbs + sep)) return null;
  return full;
}

export async function startHub(opts: HubOptions): Promise<Hub> {
  const host = opts.host ?? '127.0.0.1';
  const maxBytes = opts.maxMessageBytes ?? 256 * 1024;

  const serveStatic = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const file = resolveStatic(opts.staticDir, req.url ?? '/');
    if (!file) {
      res.writeHead(400, headers).end('bad path');
      return;
    }
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const index = join(opts.staticDir, 'index.html');
      try {
        const body = await readFile(index);
        if (extname(file)) throw new Error('missing asset');
        res.writeHead(200, { ...headers, 'Content-Type': MIME['.html'] }).end(body);
      } catch {
        res
          .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
          .end(
            '未找到 / not found (是否已运行 npm run build:renderer? / did you run npm run build:renderer?)',
          );
      }
    }
  };

  const server = createServer((req, res) => {
    serveStatic(req, res).catch(() => res.writeHead(500).end());
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBytes });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] !== '/api') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    if (opts.accessCode !== undefined && !codeMatches(req, opts.accessCode)) {
      ws.close(ACCESS_DENIED_CLOSE, 'access code');
      return;
    }
    const ctx = { seat: { ...(opts.defaultSeat ?? { name: '访客', role: 'cohost' as const }) } };
    const send = (m: WireMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    // Comments are coalesced to one message per 100 ms per seat: at thousands a second the browser
    // gets a few large messages instead of a flood of tiny ones. Other events go out at once.
    let pending: unknown[] = [];
    let flushTimer: NodeJS.Timeout | null = null;
    const flushComments = () => {
      flushTimer = null;
      if (pending.length) send({ t: 'evt', name: 'comment:batch', payload: pending });
      pending = [];
    };
    const offEvents = opts.desk.onEvent((name, payload) => {
      if (name === 'comment:batch') {
        for (const c of payload as unknown[]) pending.push(c);
        flushTimer ??= setTimeout(flushComments, 100);
        return;
      }
      send({ t: 'evt', name, payload });
    });
    const off = () => {
      offEvents();
      if (flushTimer) clearTimeout(flushTimer);
    };
    ws.on('message', async (data, isBinary) => {
      let raw: unknown;
      try {
        if (isBinary) throw new Error('binary');
        raw = JSON.parse(data.toString());
      } catch {
        send({
          t: 'res',
          id: -1,
          result: {
            ok: false,
            error: { code: 'bad_request', message: '消息不是 JSON / message is not JSON' },
          },
        });
        return;
      }
      const req = wireRequestSchema.safeParse(raw);
      if (!req.success) {
        const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
        send({
          t: 'res',
          id,
          result: { ok: false, error: { code: 'bad_request', message: '请求格式错误 / malformed request' } },
        });
        return;
      }
      const result = await opts.desk.call(ctx, req.data.name, req.data.args);
      send({ t: 'res', id: req.data.id, result });
    });
    ws.on('close', off);
    ws.on('error', off);
  });

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(opts.port ?? 0, host, () => res());
  });
  const port = (server.address() as AddressInfo).port;
  const code = opts.accessCode !== undefined ? `?code=${encodeURIComponent(opts.accessCode)}` : '';
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}/${code}`,
    port,
    get clients() {
      return wss.clients.size;
    },
    close: () =>
      new Promise<void>((res) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => res());
        server.closeAllConnections();
      }),
  };
}
