// The hub WebSocket client against a real `ws` server on 127.0.0.1:0.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket, WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import type { WireMessage, WireRequest } from '../../shared/api';
import type { ConnectionStatus } from '../../renderer/api/types';
import { WsClient } from '../../renderer/api/wsClient';
import { hubUrl } from '../../renderer/api/hubUrl';

interface TestServer {
  url: string;
  wss: WebSocketServer;
  requests: WireRequest[];
  next(): Promise<ServerSocket>;
  close(): Promise<void>;
}

async function server(reply: (req: WireRequest) => WireMessage | null): Promise<TestServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/api' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const requests: WireRequest[] = [];
  const waiting: ((s: ServerSocket) => void)[] = [];
  wss.on('connection', (sock) => {
    sock.on('message', (data) => {
      const req = JSON.parse(String(data)) as WireRequest;
      requests.push(req);
      const res = reply(req);
      if (res) sock.send(JSON.stringify(res));
    });
    waiting.shift()?.(sock);
  });
  const port = (wss.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}/api`,
    wss,
    requests,
    next: () => new Promise((r) => waiting.push(r)),
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => r());
      }),
  };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function client(url: string): {
  ws: WsClient;
  statuses: ConnectionStatus[];
  waitFor: (s: string) => Promise<void>;
} {
  const ws = new WsClient({
    url,
    WebSocketImpl: NodeWebSocket as unknown as typeof WebSocket,
    backoffMs: () => 20,
    lostMessage: () => '连接已断开',
  });
  cleanups.push(() => ws.close());
  const statuses: ConnectionStatus[] = [];
  const waiters: { state: string; resolve: () => void }[] = [];
  ws.onConnection((s) => {
    statuses.push(s);
    for (const w of waiters.filter((x) => x.state === s.state)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const waitFor = (state: string) =>
    statuses.at(-1)?.state === state
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ state, resolve }));
  return { ws, statuses, waitFor };
}

describe('WsClient', () => {
  it('sends wire requests, matches responses by id, and queues calls made before the socket opens', async () => {
    const srv = await server((req) => ({
      t: 'res',
      id: req.id,
      result: { ok: true, value: { echo: req.name } },
    }));
    cleanups.push(() => srv.close());
    const { ws } = client(srv.url);
    const [a, b] = await Promise.all([
      ws.invoke('stats:counts', {}),
      ws.invoke('question:answer', { questionId: 7, how: 'on_air' }),
    ]);
    expect(a).toEqual({ ok: true, value: { echo: 'stats:counts' } });
    expect(b).toEqual({ ok: true, value: { echo: 'question:answer' } });
    expect(srv.requests[1]).toEqual({
      t: 'req',
      id: srv.requests[1].id,
      name: 'question:answer',
      args: { questionId: 7, how: 'on_air' },
    });
    expect(srv.requests[0].id).not.toBe(srv.requests[1].id);
  });

  it('delivers pushed events to the listeners of that name, until unsubscribed', async () => {
    const srv = await server(() => null);
    cleanups.push(() => srv.close());
    const sockP = srv.next();
    const { ws, waitFor } = client(srv.url);
    const got: unknown[] = [];
    const off = ws.on('stats:updated', (p) => got.push(p));
    const sock = await sockP;
    await waitFor('open');
    const second = new Promise((r) => ws.on('app:ready', r));
    sock.send(JSON.stringify({ t: 'evt', name: 'stats:updated', payload: { comments: 1 } }));
    sock.send(JSON.stringify({ t: 'evt', name: 'app:ready', payload: { sessionId: 1 } }));
    await second;
    off();
    const third = new Promise((r) => ws.on('app:ready', r));
    sock.send(JSON.stringify({ t: 'evt', name: 'stats:updated', payload: { comments: 2 } }));
    sock.send(JSON.stringify({ t: 'evt', name: 'app:ready', payload: { sessionId: 1 } }));
    await third;
    expect(got).toEqual([{ comments: 1 }]);
  });

  it('fails pending calls when the socket drops, reports "lost", and reconnects', async () => {
    const srv = await server(() => null); // never answers
    cleanups.push(() => srv.close());
    const firstSock = srv.next();
    const { ws, statuses, waitFor } = client(srv.url);
    await waitFor('open');
    const pending = ws.invoke('session:info', {});
    const sock = await firstSock;
    await new Promise<void>((r) => (srv.requests.length ? r() : sock.once('message', () => r())));
    const reconnected = srv.next();
    sock.terminate();
    expect(await pending).toEqual({ ok: false, error: { code: 'internal', message: '连接已断开' } });
    await reconnected;
    await waitFor('open');
    const states = statuses.map((s) => s.state);
    expect(states).toContain('lost');
    expect(states.at(-1)).toBe('open');
    expect(statuses.find((s) => s.state === 'lost')?.attempt).toBe(1);
  });

  it('answers at once with an error while lost instead of hanging', async () => {
    const srv = await server(() => null);
    const url = srv.url;
    await srv.close();
    const { ws, waitFor } = client(url);
    await waitFor('lost');
    expect(await ws.invoke('stats:counts', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('a hub that refuses the access code (close 4401) leaves the client "denied", without retrying', async () => {
    const srv = await server(() => null);
    cleanups.push(() => srv.close());
    srv.wss.on('connection', (sock) => sock.close(4401, 'access code'));
    let retries = 0;
    const ws = new WsClient({
      url: srv.url,
      WebSocketImpl: NodeWebSocket as unknown as typeof WebSocket,
      backoffMs: () => {
        retries++; // asked only when a retry is scheduled
        return 20;
      },
    });
    cleanups.push(() => ws.close());
    const states: string[] = [];
    await new Promise<void>((resolve) =>
      ws.onConnection((st) => {
        states.push(st.state);
        if (st.state === 'denied') resolve();
      }),
    );
    expect(retries).toBe(0);
    expect(states).not.toContain('lost');
    expect(await ws.invoke('stats:counts', {})).toMatchObject({ ok: false });
  });
});

describe('hubUrl', () => {
  it("passes the page's access code on to the WebSocket", () => {
    expect(hubUrl({ protocol: 'http:', host: '192.168.1.20:5180', search: '?code=012345' })).toBe(
      'ws://192.168.1.20:5180/api?code=012345',
    );
    expect(hubUrl({ protocol: 'https:', host: 'desk.local', search: '' })).toBe('wss://desk.local/api');
    expect(hubUrl({ protocol: 'http:', host: 'h:1' })).toBe('ws://h:1/api');
  });
});
