// The real desktop app under Playwright's Electron driver: opens the window, waits for the Host
// pane, checks the page is sandboxed and talks to the desk only through window.livedesk, and that
// quitting leaves the SQLite file behind. Skipped (with the reason) where no Electron binary exists.
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { LiveDeskApi } from '../../shared/api';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** node_modules/electron/index.js throws (no path.txt) or names a missing file when the download was skipped. */
function findElectronBinary(): { file: string } | { reason: string } {
  const skipped = 'No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 / offline machine)';
  let file: unknown;
  try {
    file = createRequire(path.join(root, 'package.json'))('electron');
  } catch (err) {
    return {
      reason: `${skipped}: require('electron') failed: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  if (typeof file !== 'string') return { reason: `${skipped}: require('electron') did not return a path` };
  if (!fs.existsSync(file)) return { reason: `${skipped}: ${file} does not exist` };
  return { file };
}

const binary = findElectronBinary();
// Say why in the run's output too, not only in the report's annotations.
if ('reason' in binary) console.warn(`[electron e2e skipped] ${binary.reason}`);

test.describe('Electron app', () => {
  let app: ElectronApplication | null = null;
  let dataDir = '';

  test.beforeAll(() => {
    test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
    test.setTimeout(10 * 60_000);
    execFileSync(process.execPath, [path.join(root, 'scripts', 'buildElectron.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
        cwd: root,
        stdio: 'inherit',
      });
    }
    // Downloads better-sqlite3's Electron build once (skips when .native/ already has it).
    execFileSync(process.execPath, [path.join(root, 'scripts', 'electronNative.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  });

  test.beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-electron-e2e-'));
  });

  test.afterEach(async () => {
    await app?.close().catch(() => {});
    app = null;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the desk window with the Host pane, locked down, and keeps the log on quit', async () => {
    if ('reason' in binary) return;
    app = await electron.launch({
      executablePath: binary.file,
      args: [root, `--data-dir=${dataDir}`],
      cwd: root,
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    const page = await app.firstWindow();
    await expect(page.locator('[data-testid="pane-host"]')).toBeVisible({ timeout: 60_000 });
    expect(page.url()).toMatch(/^app:\/\/livedesk\//);

    // One window; a second launch attempt would only focus it (single-instance lock).
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // The page sees window.livedesk and nothing of Node or Electron.
    const surface = await page.evaluate(async () => {
      const g = globalThis as unknown as Record<string, unknown> & { livedesk: LiveDeskApi };
      const info = await g.livedesk.invoke('session:info', {});
      const unknown = await g.livedesk.invoke('fs:readFile' as never, {} as never);
      let opened: unknown = 'not tried';
      try {
        opened = (g.open as (url: string) => unknown)('https://example.com/');
      } catch (err) {
        opened = String(err);
      }
      return {
        keys: Object.keys(g.livedesk).sort(),
        require: typeof g.require,
        process: typeof g.process,
        ipcRenderer: typeof g.ipcRenderer,
        infoOk: info.ok,
        unknownCode: unknown.ok ? null : unknown.error.code,
        opened: opened === null,
      };
    });
    expect(surface).toEqual({
      keys: ['invoke', 'on'],
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
      infoOk: true,
      unknownCode: 'unknown_command',
      opened: true,
    });

    const csp = await page.evaluate(async () =>
      (await fetch('app://livedesk/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("default-src 'self'");

    await app.close();
    app = null;
    expect(fs.readdirSync(dataDir).some((f) => f.endsWith('.db'))).toBe(true);
  });
});
