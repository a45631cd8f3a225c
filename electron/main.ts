// Electron entry: one locked-down window that talks to the desk services through the contract.
// Logic that can be pure lives in ./ipc (unit-tested without Electron); this file only wires it.
import { BrowserWindow, Menu, app, clipboard, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../shared/api';
import { parseAppArgs } from './ipc/args';
import { INVOKE_CHANNEL, createEventForwarder, createInvokeHandler, defaultSeat } from './ipc/invoke';
import type { InvokeHandler } from './ipc/invoke';
import { lanShareText, lanUrls } from './ipc/lanShare';
import { buildMenuTemplate } from './ipc/menu';
import { electronNativeBindingPath } from './ipc/nativePath';
import { isPermissionAllowed } from './ipc/permissions';
import { createAppProtocolHandler } from './ipc/protocol';
import { APP_INDEX_URL, APP_SCHEME, isAllowedNavigation, secureWebPreferences } from './ipc/security';
import { startDesk } from './services/desk';
import { newAccessCode, startHub, type Hub } from './services/hub';
import type { DeskApp } from './services/types';

const APP_NAME = 'LiveDesk';
const DESK_CLOSE_TIMEOUT_MS = 5000;

interface WindowEntry {
  win: BrowserWindow;
  invoke: InvokeHandler;
}

const windows = new Map<number, WindowEntry>();

/** File → 导出为 PDF: the focused page (e.g. a session review, with its print stylesheet) as A4. */
async function exportPdf(): Promise<void> {
  const win = BrowserWindow.getFocusedWindow();
  if (!win) return;
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: '导出为 PDF / Export as PDF',
    defaultPath: path.join(app.getPath('documents'), `LiveDesk-${stamp}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return;
  try {
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    await fs.promises.writeFile(filePath, pdf);
  } catch (err) {
    dialog.showErrorBox('导出失败 / Export failed', err instanceof Error ? err.message : String(err));
  }
}
/** 局域网共享: the hub other seats reach over the LAN (off until the user starts it from the menu). */
let lanHub: Hub | null = null;
let rendererDir = '';
async function toggleLanShare(): Promise<void> {
  if (lanHub) {
    const hub = lanHub;
    lanHub = null;
    await hub.close();
    await dialog.showMessageBox({
      type: 'info',
      title: '局域网共享 / Share on LAN',
      message: '已停止局域网共享。 / LAN sharing stopped.',
    });
    return;
  }
  if (!deskPromise) return;
  try {
    const desk = await deskPromise;
    const code = newAccessCode((n) => randomBytes(n));
    // Tests point these at 127.0.0.1:0; users get every interface on the usual port (another if it is taken).
    const host = process.env.LIVEDESK_LAN_HOST ?? '0.0.0.0';
    const port = Number(process.env.LIVEDESK_LAN_PORT ?? 5180);
    const start = (p: number) => startHub({ desk, staticDir: rendererDir, host, port: p, accessCode: code });
    lanHub = await start(port).catch(() => start(0));
    const urls = host === '0.0.0.0' ? lanUrls(os.networkInterfaces(), lanHub.port, code) : [lanHub.url];
    const { message, detail } = lanShareText(urls, code);
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: '局域网共享 / Share on LAN',
      message,
      detail,
      buttons: ['复制链接 / Copy link', '好 / OK'],
      defaultId: 0,
    });
    if (response === 0 && urls[0]) clipboard.writeText(urls[0]);
  } catch (err) {
    dialog.showErrorBox(
      '局域网共享失败 / LAN sharing failed',
      err instanceof Error ? err.message : String(err),
    );
  }
}

const hardened = new WeakSet<WebContents>();
let deskPromise: Promise<DeskApp> | null = null;
let deskClosed = false;
let quitting = false;

// Must run before `ready`: app:// is a standard, secure origin so 'self' in the CSP means app://livedesk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const args = parseAppArgs(process.argv);
// Same folder in development (`electron .`) and in the packaged app, whatever productName says.
app.setPath(
  'userData',
  args.dataDir ? path.resolve(args.dataDir) : path.join(app.getPath('appData'), APP_NAME),
);

/** Resolves once the window exists and the desk is started (or has failed). Used by tests. */
export const started: Promise<void> = main();

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0 && deskPromise && !quitting) createWindow(deskPromise);
  });
  app.on('before-quit', (event) => {
    if (deskClosed || !deskPromise) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void Promise.resolve(lanHub?.close())
      .then(() => closeDesk())
      .finally(() => {
        deskClosed = true;
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  await app.whenReady();

  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  rendererDir = rendererRoot;
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    fatal(`界面文件缺失 / Renderer not built: ${rendererRoot}\n请先运行 / Run: npm run build`);
    return;
  }
  hardenSession(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ root: rendererRoot, readFile: (file) => fs.promises.readFile(file) }),
  );
  ipcMain.handle(INVOKE_CHANNEL, onInvoke);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        dev: !app.isPackaged,
        appName: APP_NAME,
        onAbout: showAbout,
        onOpenDataFolder: () => void shell.openPath(app.getPath('userData')),
        onExportPdf: () => void exportPdf(),
        onPrint: () => BrowserWindow.getFocusedWindow()?.webContents.print({}),
        onLanShare: () => void toggleLanShare(),
      }),
    ),
  );

  const nativeBinding = findNativeBinding();
  const desk = startDesk({ dataDir: app.getPath('userData'), demo: args.demo, nativeBinding });
  deskPromise = desk;
  createWindow(desk);
  try {
    (await desk).onEvent(createEventForwarder(() => [...windows.values()].map((e) => e.win.webContents)));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const hint =
      !nativeBinding && /NODE_MODULE_VERSION|better_sqlite3|was compiled against/i.test(message)
        ? '\n\n缺少 Electron 版 better-sqlite3 / Electron build of better-sqlite3 missing: npm run electron:native'
        : '';
    fatal(`LiveDesk 无法启动 / failed to start:\n${message}${hint}`);
  }
}

function findNativeBinding(): string | undefined {
  const file = electronNativeBindingPath({
    packaged: app.isPackaged,
    appRoot: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  return fs.existsSync(file) ? file : undefined;
}

function createWindow(desk: Promise<DeskApp>): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'LiveDesk 直播响应台',
    backgroundColor: '#101418',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  const contents = win.webContents;
  hardenContents(contents);
  const id = contents.id;
  const seatRef = { current: defaultSeat(localUserName()) };
  windows.set(id, { win, invoke: createInvokeHandler(desk, seatRef) });
  win.once('ready-to-show', () => win.show());
  contents.on('did-fail-load', (_event, code, description, url) => {
    console.error(`[livedesk] load failed ${code} ${description}: ${url}`);
    if (!win.isVisible()) win.show();
  });
  contents.on('render-process-gone', (_event, details) => {
    console.error(`[livedesk] renderer gone: ${details.reason} (exit ${details.exitCode})`);
  });
  win.on('closed', () => windows.delete(id));
  void win.loadURL(APP_INDEX_URL);
  return win;
}

async function onInvoke(
  event: IpcMainInvokeEvent,
  name: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  const entry = windows.get(event.sender.id);
  const frame = event.senderFrame;
  const sender = { url: frame?.url ?? null, isMainFrame: !!frame && frame.parent === null };
  if (!entry) {
    return {
      ok: false,
      error: { code: 'bad_request', message: 'IPC refused: sender is not the LiveDesk window' },
    };
  }
  return entry.invoke(sender, name, rawArgs);
}

/** Applied to every web contents (windows, devtools, anything a page might try to create). */
function hardenContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  // The window never talks to the network itself: the desk (main side) owns all connections.
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

async function closeDesk(): Promise<void> {
  let desk: DeskApp;
  try {
    desk = await deskPromise!;
  } catch {
    return; // never started: nothing to flush
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error('[livedesk] desk.close() timed out; quitting anyway');
      resolve();
    }, DESK_CLOSE_TIMEOUT_MS);
  });
  try {
    await Promise.race([desk.close(), timeout]);
  } catch (err) {
    console.error('[livedesk] desk.close() failed', err);
  } finally {
    clearTimeout(timer);
  }
}

function focusWindow(): void {
  const first = windows.values().next();
  if (first.done) return;
  const { win } = first.value;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function localUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

function showAbout(): void {
  const detail = [
    `版本 Version ${app.getVersion()}`,
    `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    `数据文件夹 Data folder: ${app.getPath('userData')}`,
  ].join('\n');
  void dialog.showMessageBox({
    type: 'info',
    title: `关于 ${APP_NAME}`,
    message: 'LiveDesk 直播响应台',
    detail,
  });
}

function fatal(message: string): void {
  console.error(`[livedesk] ${message}`);
  dialog.showErrorBox('LiveDesk', message);
  app.exit(1);
}
