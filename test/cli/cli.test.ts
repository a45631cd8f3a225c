// The `livedesk` command as a user runs it: a real process, real WebSocket on 127.0.0.1, real database.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../helpers/db';

const BIN = join(__dirname, '..', '..', 'bin', 'livedesk.mjs');
const children: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
  cleanups.splice(0).forEach((c) => c());
});

function livedesk(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  const line = (re: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const m = re.exec(stdout);
        if (m) resolve(m);
      };
      child.stdout!.on('data', check);
      child.on('close', () => reject(new Error(`exited before printing ${re}: ${stderr}`)));
      check();
    });
  return { child, done, line };
}

describe('livedesk CLI', () => {
  it('explains bad arguments and exits non-zero', async () => {
    const r1 = await livedesk(['ingest', '--db', 'x.db']).done;
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/missing --source/);
    const r2 = await livedesk(['simulate', '--rate', 'fast']).done;
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--rate needs a number/);
    const r3 = await livedesk(['frobnicate']).done;
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/unknown command: frobnicate/);
    const r4 = await livedesk(['report', '--db', '/nonexistent/x.db']).done;
    expect(r4.code).toBe(2);
    expect(r4.stderr).toMatch(/database not found/);
  });

  it('simulate → ingest --print → report', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = join(dir, 'show.db');
    const sim = livedesk(['simulate', '--port', '0', '--rate', '400', '--total', '120', '--seed', '3']);
    const [, url] = await sim.line(/LiveDesk simulator: (ws:\/\/127\.0\.0\.1:\d+)/);
    const ingest = await livedesk([
      'ingest',
      '--source',
      url,
      '--format',
      'livedesk',
      '--db',
      db,
      '--print',
      '--duration',
      '2',
    ]).done;
    expect(ingest.code).toBe(0);
    const lines = ingest.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(120);
    for (const c of lines) {
      expect(c).toEqual(
        expect.objectContaining({
          platform: 'sim',
          msgId: expect.any(String),
          userId: expect.any(String),
          nickname: expect.any(String),
          text: expect.any(String),
          ts: expect.any(Number),
          kind: expect.stringMatching(/^(chat|gift|like|member|follow|share)$/),
        }),
      );
    }
    expect(new Set(lines.map((c) => c.msgId)).size).toBe(120);
    expect(ingest.stderr).toMatch(/received=120/);

    const json = await livedesk(['report', '--db', db, '--format', 'json']).done;
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.sessions[0].comments).toBe(120);
    expect(report.sessions[0].questions).toBeGreaterThan(0);
    expect(report.stages.find((s: { stage: string }) => s.stage === 'D1')).toBeTruthy();

    const csv = await livedesk(['report', '--db', db, '--format', 'csv']).done;
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    expect(csv.stdout).toMatch(/session,title,startedAt,comments/);
  });
});
