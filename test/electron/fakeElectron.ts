// A stand-in for the `electron` module (no Electron binary on CI machines). It records what the
// entry and the preload do, and lets tests fire the events Electron would fire.
import { vi } from 'vitest';
import type { MenuItemSpec } from '../../electron/ipc/menu';

// The fake stores Electron callbacks whose exact signatures the tests do not need to restate.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFn = (...args: any[]) => any;
type Listener = AnyFn;

export class FakeEmitter {
  private listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener) {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(name, wrapped);
  }
  emit(name: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
    return (this.listeners.get(name)?.length ?? 0) > 0;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
  listenerCount(name: string) {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An Electron-style event object whose preventDefault() is observable. */
export function fakeEvent<T extends object>(extra: T = {} as T) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  id = nextContentsId++;
  destroyed = false;
  sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = { url: 'app://livedesk/index.html', parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  pdfOptions: unknown[] = [];
  printToPDF(options: unknown) {
    this.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class BrowserWindow extends FakeEmitter {
  static getFocusedWindow() {
    return state.windows[state.windows.length - 1] ?? null;
  }
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;
  focused = false;
  constructor(public options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    // Electron emits web-contents-created while constructing the window.
    state.app.emit('web-contents-created', fakeEvent(), this.webContents);
    state.windows.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  focus() {
    this.focused = true;
  }
  isVisible() {
    return this.shown;
  }
  isMinimized() {
    return false;
  }
  restore() {}
}

class FakeApp extends FakeEmitter {
  reset() {
    this.removeAllListeners();
    this.lock = true;
    this.isPackaged = false;
    this.appPath = '/nonexistent';
    this.paths = { appData: '/tmp/livedesk-fake-appdata' };
    this.quitCount = 0;
    this.exitCode = null;
  }
  lock = true;
  isPackaged = false;
  appPath = '/nonexistent';
  paths: Record<string, string> = { appData: '/tmp/livedesk-fake-appdata' };
  quitCount = 0;
  exitCode: number | null = null;
  requestSingleInstanceLock = () => this.lock;
  whenReady = () => Promise.resolve();
  getAppPath = () => this.appPath;
  getPath = (name: string) => this.paths[name] ?? `/tmp/livedesk-fake-${name}`;
  setPath = (name: string, value: string) => {
    this.paths[name] = value;
  };
  getVersion = () => '0.0.0-test';
  /** Like Electron: before-quit can be cancelled with preventDefault(). */
  quit = () => {
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitCount++;
  };
  exit = (code = 0) => {
    this.exitCode = code;
  };
}

function createState() {
  return {
    app: new FakeApp(),
    windows: [] as BrowserWindow[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    permissionRequestHandler: null as null | AnyFn,
    permissionCheckHandler: null as null | AnyFn,
    devicePermissionHandler: null as null | AnyFn,
    beforeRequest: null as null | { filter: { urls: string[] }; handler: AnyFn },
    menuTemplate: null as null | MenuItemSpec[],
    saveDialogResult: { canceled: true, filePath: undefined as string | undefined },
    errorBoxes: [] as [string, string][],
    messageBoxes: [] as { message?: string; detail?: string; buttons?: string[] }[],
    clipboardText: null as string | null,
    exposed: [] as [string, unknown][],
    rendererInvoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
    rendererOn: vi.fn((_channel: string, _listener: Listener) => undefined),
  };
}

export const state = createState();

/**
 * Back to a fresh state, in place: vi.resetModules() does not re-run the `electron` mock factory, so
 * a test that boots main.ts again must reset the instance main.ts holds.
 */
export function resetFakeElectron(): void {
  state.app.reset();
  Object.assign(state, { ...createState(), app: state.app });
}

export const electronModule = {
  /** For tests that reset modules: the fake behind this very instance. */
  __fake: { state, reset: resetFakeElectron },
  app: state.app,
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      state.protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: AnyFn) => (state.permissionRequestHandler = h),
      setPermissionCheckHandler: (h: AnyFn) => (state.permissionCheckHandler = h),
      setDevicePermissionHandler: (h: AnyFn) => (state.devicePermissionHandler = h),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, handler: AnyFn) =>
          (state.beforeRequest = { filter, handler }),
      },
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      state.ipcHandlers.set(channel, handler),
  },
  Menu: {
    buildFromTemplate: (template: MenuItemSpec[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemSpec[] }) => (state.menuTemplate = menu.template),
  },
  dialog: {
    showErrorBox: (title: string, content: string) => state.errorBoxes.push([title, content]),
    showMessageBox: async (opts: { message?: string; detail?: string; buttons?: string[] }) => {
      state.messageBoxes.push(opts);
      return { response: 0 };
    },
    showSaveDialog: async () => state.saveDialogResult,
  },
  shell: { openPath: async () => '' },
  clipboard: { writeText: (text: string) => (state.clipboardText = text) },
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => state.exposed.push([key, api]),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => state.rendererInvoke(channel, ...args),
    on: (channel: string, listener: Listener) => state.rendererOn(channel, listener),
  },
};
