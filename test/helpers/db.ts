import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type DB } from '../../db/open';

/** A real SQLite file in a fresh temp folder, migrated to `version` (default: latest). */
export function createDB(version?: number): { db: DB; file: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'livedesk-test-'));
  const file = join(dir, 'test.db');
  const db = openDb(file, { migrateTo: version });
  return {
    db,
    file,
    dir,
    cleanup() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'livedesk-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function steppedClock(start = Date.UTC(2026, 10, 23, 12, 0, 0)) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
      return t;
    },
    set(ms: number) {
      t = ms;
    },
  };
}

/** Wait until `check` returns truthy (polling), or fail after `timeoutMs` with `what`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false,
  what: string,
  timeoutMs = 15000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
