// The contract over WebSocket: the same handlers as IPC, every message validated, errors as data.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startDesk } from '../../electron/services/desk';
import { resolveStatic, startHub, CONTENT_SECURITY_POLICY } from '../../electron/services/hub';
import { steppedClock, tempDir } from '../helpers/db';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const staticDir = join(dir, 'www');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>LiveDesk</title>');
  const clock = steppedClock();
  const desk = await startDesk({ dataDir: dir, clock });
  cleanups.push(() => desk.close());
  const hub = await startHub({ desk, staticDir, port: 0 });
  cleanups.push(() => hub.close());
  return { desk, hub, clock };
}

function client(url: string) {
  const ws = new WebSocket(url.replace('http', 'ws') + 'api');
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  const opened = new Promise((r) => ws.once('open', r));
  let id = 0;
  const request = async (raw: unknown) => {
    await opened;
    ws.send(typeof raw === 'string' ? raw : JSON.stringify(raw));
  };
  const call = async (name: string, args: unknown) => {
    const myId = ++id;
    await request({ t: 'req', id: myId, name, args });
    return next((m) => m.t === 'res' && m.id === myId);
  };
  const next = (pred: (m: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const check = () => {
        const found = messages.find((m) => pred(m as Record<string, unknown>));
        if (found) resolve(found as Record<string, unknown>);
        else ws.once('message', () => setImmediate(check));
      };
      check();
    });
  return { ws, call, request, next, close: () => ws.close() };
}

describe('hub', () => {
  it('serves the window with a strict CSP and refuses path traversal', async () => {
    const { hub } = await setup();
    const res = await fetch(hub.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('LiveDesk');
    expect(resolveStatic('/srv/www', '/../etc/passwd')).toBe('/srv/www/etc/passwd');
    // Encoded dot-dot segments are clamped to the root too.
    expect(resolveStatic('/srv/www', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(resolveStatic('/srv/www', '/%E0%A4%A')).toBeNull();
    expect(resolveStatic('/srv/www', '/a%00b')).toBeNull();
  });

  it('carries commands and events of the contract; each connection has its own seat', async () => {
    const { hub, desk, clock } = await setup();
    const c = client(hub.url);
    cleanups.push(c.close);
    const seat = await c.call('seat:set', { name: '助播小李', role: 'cohost' });
    expect(seat).toMatchObject({ result: { ok: true, value: { name: '助播小李', role: 'cohost' } } });
    const evt = c.next((m) => m.t === 'evt' && m.name === 'question:updated');
    desk.engine.ingest([
      {
        platform: 'douyin',
        msgId: 'x1',
        roomId: 'r',
        userId: 'u1',
        nickname: '小鹿',
        text: '多久发货',
        channel: 'live',
        kind: 'chat',
        platformTs: null,
        ts: clock.now(),
      },
    ]);
    const e = (await evt) as { payload: { id: number; text: string } };
    expect(e.payload.text).toBe('多久发货');
    const handed = await c.call('question:handoff', { questionId: e.payload.id, note: '物流' });
    expect(handed).toMatchObject({ result: { ok: true, value: { status: 'handed_off' } } });
    const row = desk.db.prepare("SELECT actor, role FROM question_events WHERE action = 'handoff'").get();
    expect(row).toEqual({ actor: '助播小李', role: 'cohost' });
  });

  it('refuses malformed messages with an error and changes nothing', async () => {
    const { hub, desk } = await setup();
    const c = client(hub.url);
    cleanups.push(c.close);
    const before = desk.engine.counts();
    await c.request('not json');
    expect(await c.next((m) => m.t === 'res' && m.id === -1)).toMatchObject({
      result: { ok: false, error: { code: 'bad_request' } },
    });
    await c.request({ t: 'req', id: 5, name: 'question:answer', args: { questionId: -3, how: 'on_air' } });
    expect(await c.next((m) => m.id === 5)).toMatchObject({
      result: { ok: false, error: { code: 'bad_request' } },
    });
    await c.request({ t: 'req', id: 6, name: 'fs:read', args: {} });
    expect(await c.next((m) => m.id === 6)).toMatchObject({
      result: { ok: false, error: { code: 'unknown_command' } },
    });
    await c.request({ t: 'req', id: 7, name: 'seat:set', args: { name: '', role: 'god' } });
    expect(await c.next((m) => m.id === 7)).toMatchObject({ result: { ok: false } });
    expect(desk.engine.counts()).toEqual(before);
  });
});
