import type { Database } from 'better-sqlite3';
import { up as v1 } from './001_init';
import { up as v2 } from './002_reports';
import { up as v3 } from './003_desk_tools';

/** Ordered list: index i migrates user_version i → i + 1. Append only; never edit a shipped one. */
export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [v1, v2, v3];
export const LATEST_VERSION = MIGRATIONS.length;

export class NewerDatabaseError extends Error {
  constructor(found: number) {
    super(
      `数据库版本 ${found} 比本程序支持的 ${LATEST_VERSION} 新，请升级 LiveDesk。 / Database version ${found} is newer than this LiveDesk supports (${LATEST_VERSION}); please upgrade.`,
    );
  }
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Run every pending migration (up to `target`) in one transaction. */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const from = userVersion(db);
  if (from > LATEST_VERSION) throw new NewerDatabaseError(from);
  if (from >= target) return from;
  db.transaction(() => {
    for (let v = from; v < target; v++) {
      MIGRATIONS[v](db);
      db.pragma(`user_version = ${v + 1}`);
    }
  })();
  return target;
}
