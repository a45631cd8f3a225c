import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { migrate, LATEST_VERSION } from './migrations/index';

export interface OpenOptions {
  /** Path to an Electron-ABI better_sqlite3.node (Electron only; Node uses the default build). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Stop at this schema version (tests). */
  migrateTo?: number;
}

/** Open (creating if needed) a LiveDesk database: WAL, foreign keys, migrated. */
export function openDb(file: string, opts: OpenOptions = {}): DB {
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives an app crash; FULL also survives a power cut: acknowledged = on disk.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, opts.migrateTo ?? LATEST_VERSION);
  }
  return db;
}

export type { DB };
