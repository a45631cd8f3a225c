// electron/main.ts against a mocked `electron` and a mocked desk: the window is locked down, the
// page cannot leave the app, IPC is refused unless it comes from our page and names a contract
// command, events reach the window, and quitting closes the desk first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/ipc/security';
import { fakeEvent, state } from './fakeElectron';
import type { BrowserWindow } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const h = vi.hoisted(() => {
  const listeners: ((name: string, payload: unknown) => void)[] = [];
  let releaseClose: () => void = () => {};
  const desk = {
    sessionId: 1,
    dbFile: '/tmp/livedesk-test.db',
    call: vi.fn(
      async (ctx: { seat: unknown }, name: string, args: { name?: string; role?: string } | undefined) => {
        if (name === 'seat:set') {
          return args?.name
            ? { ok: true, value: { name: args.name, role: args.role } }
            : { ok: false, error: { code: 'bad_request', message: 'seat:set: name required' } };
        }
        return { ok: true, value: { name, seat: ctx.seat } };
      },
    ),
    onEvent: vi.fn((listener: (name: string, payload: unknown) => void) => {
      listeners.push(listener);
      return () => {};
    }),
    close: vi.fn(() => new Promise<void>((resolve) => (releaseClose = resolve))),
  };
  return { desk, listeners, startDesk: vi.fn(async (_opts: unknown) => desk), release: () => releaseClose() };
});
vi.mock('../../electron/services/desk', () => ({ startDesk: h.startDesk }));

/** What the fake desk answers: the seat it was called with, or an error. */
type TestResult = { ok: boolean; value: { seat: { name: string; role: string } }; error?: { code: string } };

let tmp: string;
let win: BrowserWindow;

function invoke(sender: unknown, senderFrame: unknown, name: unknown, args?: unknown) {
  const handler = state.ipcHandlers.get('livedesk:invoke');
  if (!handler) throw new Error('no livedesk:invoke handler');
  return handler({ sender, senderFrame }, name, args) as Promise<TestResult>;
}
const appFrame = { url: 'app://livedesk/index.html', parent: null };

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-main-'));
  fs.mkdirSync(path.join(tmp, 'app', 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(tmp, 'app', 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>LiveDesk</title>',
  );
  fs.writeFileSync(path.join(tmp, 'app', 'dist', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'do not serve');
  state.app.appPath = path.join(tmp, 'app');
  state.app.paths.appData = path.join(tmp, 'appData');
  const main = await import('../../electron/main');
  await main.started;
  expect(state.windows).toHaveLength(1);
  win = state.windows[0];
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('startup', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('starts the desk in the user-data folder with the demo stream', () => {
    expect(h.startDesk).toHaveBeenCalledTimes(1);
    const opts = h.startDesk.mock.calls[0][0] as Record<string, unknown>;
    expect(opts.dataDir).toBe(path.join(tmp, 'appData', 'LiveDesk'));
    expect(opts.demo).toBe(true);
    // No .native/ build in the temp app folder: fall back to what node_modules has.
    expect(opts.nativeBinding).toBeUndefined();
  });

  it('creates one 1440×900 window with locked-down webPreferences and loads app://livedesk/', () => {
    expect(win.options).toMatchObject({ width: 1440, height: 900, show: false });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(win.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(win.loadedUrl).toBe('app://livedesk/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('has a zh-CN menu; developer tools only in development', () => {
    const labels = (state.menuTemplate ?? []).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['文件', '视图', '帮助']));
    const view = state.menuTemplate!.find((m) => m.label === '视图');
    expect(view?.submenu?.map((i) => i.role)).toContain('toggleDevTools');
  });
});

describe('navigation and new windows', () => {
  it('denies window.open', () => {
    expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: 'app://livedesk/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('blocks navigation and redirects away from the app', () => {
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = fakeEvent({ url: 'https://evil.example/phish' });
      win.webContents.emit(name, away, away.url);
      expect(away.defaultPrevented, name).toBe(true);
      const fileUrl = fakeEvent({ url: 'file:///etc/passwd' });
      win.webContents.emit(name, fileUrl, fileUrl.url);
      expect(fileUrl.defaultPrevented, name).toBe(true);
      const inside = fakeEvent({ url: 'app://livedesk/index.html' });
      win.webContents.emit(name, inside, inside.url);
      expect(inside.defaultPrevented, name).toBe(false);
    }
  });

  it('hardens any other web contents the app creates, and refuses <webview>', async () => {
    const { FakeWebContents } = await import('./fakeElectron');
    const other = new FakeWebContents();
    state.app.emit('web-contents-created', fakeEvent(), other);
    expect(other.windowOpenHandler?.({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    const nav = fakeEvent({ url: 'https://x.example/' });
    other.emit('will-navigate', nav, nav.url);
    expect(nav.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    other.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });
});

describe('permissions and network', () => {
  it('denies permission requests and checks', () => {
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      const callback = vi.fn();
      state.permissionRequestHandler!(win.webContents, permission, callback, {
        requestingUrl: 'app://livedesk/index.html',
      });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(
        state.permissionCheckHandler!(win.webContents, permission, 'app://livedesk', {}),
        permission,
      ).toBe(false);
    }
    expect(state.devicePermissionHandler!({})).toBe(false);
  });

  it('lets only our page write the clipboard (copy a quick reply)', () => {
    const ours = vi.fn();
    state.permissionRequestHandler!(win.webContents, 'clipboard-sanitized-write', ours, {
      requestingUrl: 'app://livedesk/index.html',
    });
    expect(ours).toHaveBeenCalledWith(true);
    const foreign = vi.fn();
    state.permissionRequestHandler!(win.webContents, 'clipboard-sanitized-write', foreign, {
      requestingUrl: 'https://evil.example/',
    });
    expect(foreign).toHaveBeenCalledWith(false);
  });

  it('cancels any http(s)/ws(s) request from the window', () => {
    expect(state.beforeRequest?.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    const callback = vi.fn();
    state.beforeRequest!.handler({ url: 'https://tracker.example/x.js' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP header', async () => {
    const handler = state.protocolHandlers.get('app')!;
    const res = await handler(new Request('app://livedesk/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>LiveDesk</title>');
    const js = await handler(new Request('app://livedesk/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('refuses to serve files outside dist/renderer', async () => {
    const handler = state.protocolHandlers.get('app')!;
    for (const url of [
      'app://livedesk/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      'app://livedesk/..%2f..%2f..%2fsecret.txt',
      'app://livedesk/assets/..%5c..%5c..%5csecret.txt',
    ]) {
      const res = await handler(new Request(url));
      expect(res.status, url).not.toBe(200);
      expect(await res.text(), url).not.toContain('do not serve');
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('IPC', () => {
  it('refuses a call from a foreign frame or a sub-frame, without reaching the desk', async () => {
    h.desk.call.mockClear();
    const foreign = await invoke(
      win.webContents,
      { url: 'https://evil.example/', parent: null },
      'stats:counts',
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const sub = await invoke(
      win.webContents,
      { url: 'app://livedesk/index.html', parent: {} },
      'stats:counts',
      {},
    );
    expect(sub.ok).toBe(false);
    const gone = await invoke(win.webContents, null, 'stats:counts', {});
    expect(gone.ok).toBe(false);
    const { FakeWebContents } = await import('./fakeElectron');
    const stranger = await invoke(new FakeWebContents(), appFrame, 'stats:counts', {});
    expect(stranger.ok).toBe(false);
    expect(h.desk.call).not.toHaveBeenCalled();
  });

  it('refuses channels that are not in the contract', async () => {
    h.desk.call.mockClear();
    for (const name of ['fs:readFile', '__proto__', 'constructor', 42, null]) {
      const result = await invoke(win.webContents, appFrame, name, {});
      expect(result, String(name)).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    }
    expect(h.desk.call).not.toHaveBeenCalled();
  });

  it('calls the desk with the window seat, and seat:set changes it only when it succeeds', async () => {
    const first = await invoke(win.webContents, appFrame, 'session:info', {});
    expect(first.ok).toBe(true);
    expect(first.value.seat).toMatchObject({ role: 'host' });
    expect(first.value.seat.name.length).toBeGreaterThan(0);

    const set = await invoke(win.webContents, appFrame, 'seat:set', { name: '小美', role: 'cohost' });
    expect(set).toEqual({ ok: true, value: { name: '小美', role: 'cohost' } });
    expect((await invoke(win.webContents, appFrame, 'session:info', {})).value.seat).toEqual({
      name: '小美',
      role: 'cohost',
    });

    const bad = await invoke(win.webContents, appFrame, 'seat:set', { role: 'ops' });
    expect(bad.ok).toBe(false);
    expect((await invoke(win.webContents, appFrame, 'session:info', {})).value.seat).toEqual({
      name: '小美',
      role: 'cohost',
    });
  });
});

describe('events', () => {
  it('forwards contract events to the window and drops anything else', () => {
    expect(h.listeners).toHaveLength(1);
    win.webContents.sent.length = 0;
    const payload = { sessionId: 1 };
    h.listeners[0]('app:ready', payload);
    h.listeners[0]('internal:secret', { token: 'x' });
    expect(win.webContents.sent).toEqual([['livedesk:event', 'app:ready', payload]]);
  });

  it('skips a destroyed window', () => {
    win.webContents.sent.length = 0;
    win.webContents.destroyed = true;
    h.listeners[0]('stats:updated', {});
    expect(win.webContents.sent).toEqual([]);
    win.webContents.destroyed = false;
  });
});

describe('menu', () => {
  const item = (label: string) =>
    state.menuTemplate!.flatMap((m) => m.submenu ?? []).find((i) => i.label === label)!;

  it('File → 导出为 PDF saves the focused page as an A4 PDF where the user chose', async () => {
    const file = path.join(tmp, 'review.pdf');
    state.saveDialogResult = { canceled: false, filePath: file };
    item('导出为 PDF…').click!();
    await vi.waitFor(() => expect(fs.existsSync(file)).toBe(true));
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^%PDF/);
    expect(win.webContents.pdfOptions.at(-1)).toMatchObject({ pageSize: 'A4' });
  });

  it('File → 局域网共享 opens the hub for other seats with an access code, and closes it again', async () => {
    process.env.LIVEDESK_LAN_HOST = '127.0.0.1';
    process.env.LIVEDESK_LAN_PORT = '0';
    try {
      item('局域网共享… / Share on LAN…').click!();
      await vi.waitFor(() =>
        expect(state.clipboardText).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=\d{6}$/),
      );
      const url = new URL(state.clipboardText!);
      expect(state.messageBoxes.at(-1)?.detail).toContain(
        `访问码 / access code: ${url.searchParams.get('code')}`,
      );
      const { WebSocket } = await import('ws');
      const api = (q: string) => new WebSocket(`ws://${url.host}/api${q}`);
      // Without the code (or with a wrong one) the hub says no and closes.
      for (const q of ['', '?code=000000x']) {
        const closed = await new Promise<number>((resolve) => api(q).on('close', (code) => resolve(code)));
        expect(closed).toBe(4401);
      }
      // With it, the seat speaks the contract.
      const ws = api(url.search);
      const reply = await new Promise<{ t: string; id: number; result: { ok: boolean } }>(
        (resolve, reject) => {
          ws.on('open', () => ws.send(JSON.stringify({ t: 'req', id: 7, name: 'session:info', args: {} })));
          ws.on('message', (d) => resolve(JSON.parse(String(d))));
          ws.on('error', reject);
        },
      );
      expect(reply).toMatchObject({ t: 'res', id: 7, result: { ok: true } });
      ws.close();
      // The page itself is served too (other seats open the link in a browser).
      const page = await fetch(`http://${url.host}/`);
      expect(await page.text()).toContain('<title>LiveDesk</title>');

      item('局域网共享… / Share on LAN…').click!();
      await vi.waitFor(() => expect(state.messageBoxes.at(-1)?.message).toContain('已停止局域网共享'));
      await expect(fetch(`http://${url.host}/`)).rejects.toThrow();
    } finally {
      delete process.env.LIVEDESK_LAN_HOST;
      delete process.env.LIVEDESK_LAN_PORT;
    }
  });

  it('a cancelled save dialog writes nothing', async () => {
    const before = win.webContents.pdfOptions.length;
    state.saveDialogResult = { canceled: true, filePath: undefined };
    item('导出为 PDF…').click!();
    await new Promise((r) => setImmediate(r));
    expect(win.webContents.pdfOptions.length).toBe(before);
  });
});

describe('quit', () => {
  it('closes the desk (flushes SQLite) before the app quits', async () => {
    expect(h.desk.close).not.toHaveBeenCalled();
    state.app.quit(); // what closing the last window does on Windows / Linux
    await vi.waitFor(() => expect(h.desk.close).toHaveBeenCalledTimes(1));
    expect(state.app.quitCount).toBe(0); // still waiting for close()
    state.app.quit(); // a second request while closing does not close twice
    expect(h.desk.close).toHaveBeenCalledTimes(1);
    h.release();
    await vi.waitFor(() => expect(state.app.quitCount).toBe(1));
  });
});
