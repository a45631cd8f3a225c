// The built dist-electron/main.cjs with the real desk (Node's better-sqlite3, demo stream on
// 127.0.0.1) behind a fake `electron`: the bundle loads, IPC reaches the desk, events reach the
// window, and quitting closes the database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronModule, state } from './fakeElectron';

const root = path.resolve(__dirname, '..', '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
let tmp: string;

function invoke(name: string, args: unknown) {
  const win = state.windows[0];
  return state.ipcHandlers.get('livedesk:invoke')!(
    { sender: win.webContents, senderFrame: { url: 'app://livedesk/index.html', parent: null } },
    name,
    args,
  ) as Promise<{ ok: boolean; value: { seat: { name: string; role: string } } }>;
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'buildElectron.mjs')], {
    cwd: root,
    stdio: 'pipe',
  });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-bundle-'));
  fs.mkdirSync(path.join(tmp, 'app', 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html>');
  state.app.appPath = path.join(tmp, 'app');
  state.app.paths.appData = path.join(tmp, 'appData');
  // The bundle does require('electron'): hand it the fake through the CommonJS cache.
  const electronId = requireFromRoot.resolve('electron');
  const fake = new Module(electronId);
  fake.filename = electronId;
  fake.loaded = true;
  fake.exports = electronModule;
  requireFromRoot.cache[electronId] = fake;
  const main = requireFromRoot(path.join(root, 'dist-electron', 'main.cjs')) as { started: Promise<void> };
  await main.started;
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('dist-electron/main.cjs with the real desk', () => {
  it('starts without errors and answers session:info for the window seat', async () => {
    expect(state.errorBoxes).toEqual([]);
    const info = await invoke('session:info', {});
    expect(info.ok).toBe(true);
    expect(info.value.seat.role).toBe('host');
  });

  it('seat:set is validated by the desk and then sticks to the window', async () => {
    expect((await invoke('seat:set', { name: '', role: 'host' })).ok).toBe(false);
    expect(await invoke('seat:set', { name: '小李', role: 'support' })).toMatchObject({ ok: true });
    expect((await invoke('session:info', {})).value.seat).toEqual({ name: '小李', role: 'support' });
  });

  it('demo comments arrive in the window as livedesk:event', async () => {
    const win = state.windows[0];
    await expect
      .poll(
        () => win.webContents.sent.some(([ch, name]) => ch === 'livedesk:event' && name === 'comment:batch'),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
  });

  it('the bundled preload needs nothing but electron and exposes window.livedesk', async () => {
    const source = fs.readFileSync(path.join(root, 'dist-electron', 'preload.cjs'), 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    requireFromRoot(path.join(root, 'dist-electron', 'preload.cjs'));
    expect(state.exposed.map(([key]) => key)).toEqual(['livedesk']);
    const api = state.exposed[0][1] as { invoke(name: string, args: unknown): Promise<unknown> };
    await expect(api.invoke('nope', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_command' },
    });
  });

  it('quitting closes the desk and leaves the database file', async () => {
    state.app.quit(); // what closing the last window does on Windows / Linux
    await expect.poll(() => state.app.quitCount, { timeout: 15_000 }).toBe(1);
    const files = fs.readdirSync(path.join(tmp, 'appData', 'LiveDesk'));
    expect(files.some((f) => f.endsWith('.db'))).toBe(true);
  });
});
