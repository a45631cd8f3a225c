// electron/main.ts when startup cannot go ahead: second instance, renderer not built, desk fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { state as fakeState } from './fakeElectron';

type FakeState = typeof fakeState;

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);
const h = vi.hoisted(() => ({ startDesk: vi.fn() }));
vi.mock('../../electron/services/desk', () => ({ startDesk: h.startDesk }));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-startup-'));
const builtApp = path.join(tmp, 'built');
fs.mkdirSync(path.join(builtApp, 'dist', 'renderer'), { recursive: true });
fs.writeFileSync(path.join(builtApp, 'dist', 'renderer', 'index.html'), '<!doctype html>');

/** Fresh copies of main.ts and the fake electron, configured before main runs. */
async function boot(configure: (s: FakeState) => void) {
  vi.resetModules();
  // The mocked `electron` survives resetModules: reset the very instance main.ts will import.
  const electron = (await import('electron')) as unknown as { __fake: { state: FakeState; reset(): void } };
  electron.__fake.reset();
  const state = electron.__fake.state;
  state.app.paths.appData = path.join(tmp, 'appData');
  configure(state);
  const main = await import('../../electron/main');
  await main.started;
  return state;
}

beforeEach(() => {
  h.startDesk.mockReset();
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('main startup failures', () => {
  it('a second instance quits at once and opens nothing', async () => {
    const state = await boot((s) => {
      s.app.lock = false;
      s.app.appPath = builtApp;
    });
    expect(state.app.quitCount).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(h.startDesk).not.toHaveBeenCalled();
    expect(state.ipcHandlers.size).toBe(0);
  });

  it('says how to build when dist/renderer is missing', async () => {
    const state = await boot((s) => {
      s.app.appPath = path.join(tmp, 'not-built');
    });
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0][1]).toContain('npm run build');
    expect(state.app.exitCode).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(h.startDesk).not.toHaveBeenCalled();
  });

  it('shows the error and exits when the desk cannot start; pending IPC gets an error result', async () => {
    h.startDesk.mockRejectedValue(
      new Error('The module was compiled against a different NODE_MODULE_VERSION'),
    );
    const state = await boot((s) => {
      s.app.appPath = builtApp;
    });
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0][1]).toContain('NODE_MODULE_VERSION');
    expect(state.errorBoxes[0][1]).toContain('npm run electron:native');
    expect(state.app.exitCode).toBe(1);
    const handler = state.ipcHandlers.get('livedesk:invoke')!;
    const win = state.windows[0];
    const result = await handler(
      { sender: win.webContents, senderFrame: { url: 'app://livedesk/index.html', parent: null } },
      'session:info',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes --no-demo through to the desk', async () => {
    h.startDesk.mockResolvedValue({ onEvent: () => () => {}, call: vi.fn(), close: vi.fn() });
    const argv = process.argv;
    process.argv = [...argv, '--no-demo', `--data-dir=${path.join(tmp, 'custom')}`];
    try {
      await boot((s) => {
        s.app.appPath = builtApp;
      });
    } finally {
      process.argv = argv;
    }
    expect(h.startDesk).toHaveBeenCalledWith(
      expect.objectContaining({ demo: false, dataDir: path.join(tmp, 'custom') }),
    );
  });
});
