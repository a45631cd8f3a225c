// Starts the real headless main side (`electron/web.ts`) with its own data folder on port 0 and
// waits for the two lines it prints when ready. No sleeps: resolves on the lines, rejects on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface WebServer {
  url: string;
  dbFile: string;
  dataDir: string;
  /** stderr so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export async function startWebServer(
  opts: { demoRate?: number; timeoutMs?: number; args?: string[] } = {},
): Promise<WebServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'livedesk-e2e-'));
  const args = ['tsx', 'electron/web.ts', '--data-dir', dataDir, '--port', '0'];
  if (opts.demoRate != null) args.push('--demo-rate', String(opts.demoRate));
  if (opts.args) args.push(...opts.args);
  const child: ChildProcess = spawn('npx', args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    detached: true,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr += d));

  const stop = async () => {
    if (child.exitCode == null && child.signalCode == null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM'); // npx → tsx → node: the whole group
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const ready = new Promise<{ url: string; dbFile: string }>((resolveReady, reject) => {
    let url: string | null = null;
    let dbFile: string | null = null;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const u = /^LiveDesk web UI: (http:\/\/127\.0\.0\.1:\d+\/(?:\?code=[\w-]+)?)$/.exec(line);
      if (u) url = u[1];
      const d = /^LiveDesk db: (.+)$/.exec(line);
      if (d) dbFile = d[1];
      if (url && dbFile) {
        clearTimeout(timer);
        resolveReady({ url, dbFile });
      }
    });
    const timer = setTimeout(
      () => reject(new Error(`electron/web.ts not ready in ${opts.timeoutMs ?? 60000} ms:\n${stderr}`)),
      opts.timeoutMs ?? 60000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`electron/web.ts exited (${code}) before ready:\n${stderr}`));
    });
  });

  try {
    const { url, dbFile } = await ready;
    return { url, dbFile, dataDir, log: () => stderr, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
