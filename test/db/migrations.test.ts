import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, migrate, userVersion } from '../../db/migrations/index';
import { openDb } from '../../db/open';
import { createDB } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('v1 creates the core tables as STRICT tables and sets user_version', () => {
    const t = createDB(1);
    cleanups.push(t.cleanup);
    expect(userVersion(t.db)).toBe(1);
    expect(tables(t.db)).toEqual(
      expect.arrayContaining([
        'sessions',
        'comments',
        'questions',
        'deadlines',
        'question_events',
        'staff',
        'settings',
        'policies',
      ]),
    );
    t.db.prepare('INSERT INTO sessions (title, started_at) VALUES (?, ?)').run('s', 1);
    // STRICT: a text where an integer belongs is refused, not silently stored.
    expect(() =>
      t.db.prepare('INSERT INTO sessions (title, started_at) VALUES (?, ?)').run('s', 'yesterday'),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('v1 de-duplicates comments on (platform, msg_id)', () => {
    const t = createDB(1);
    cleanups.push(t.cleanup);
    t.db.prepare('INSERT INTO sessions (title, started_at) VALUES (?, ?)').run('s', 1);
    const ins = t.db.prepare(
      `INSERT INTO comments (session_id, platform, msg_id, room_id, user_id, nickname, text, channel, kind, ts)
       VALUES (1, ?, ?, 'r', 'u', 'n', 't', 'live', 'chat', 1) ON CONFLICT DO NOTHING`,
    );
    expect(ins.run('douyin', 'm1').changes).toBe(1);
    expect(ins.run('douyin', 'm1').changes).toBe(0);
    expect(ins.run('tiktok', 'm1').changes).toBe(1);
  });

  it('v3 adds the desk tools and keeps what v2 stored', () => {
    const t = createDB(2);
    cleanups.push(t.cleanup);
    t.db.prepare('INSERT INTO sessions (title, started_at) VALUES (?, ?)').run('s', 1);
    t.db
      .prepare(
        `INSERT INTO comments (session_id, platform, msg_id, room_id, user_id, nickname, text, channel, kind, ts)
         VALUES (1, 'douyin', 'm1', 'r', 'u1', 'n', '有M码吗', 'live', 'chat', 5)`,
      )
      .run();
    expect(migrate(t.db, 3)).toBe(3);
    expect(tables(t.db)).toEqual(
      expect.arrayContaining([
        'kb_entries',
        'handovers',
        'viewer_tags',
        'viewer_mutes',
        'moderation_actions',
      ]),
    );
    expect(t.db.prepare('SELECT text, hidden_at FROM comments').get()).toEqual({
      text: '有M码吗',
      hidden_at: null,
    });
    const kb = t.db.prepare(
      `INSERT INTO kb_entries (category, title, body, created_by, created_at, updated_by, updated_at)
       VALUES (?, 't', 'b', 'a', 1, 'a', 1)`,
    );
    expect(() => kb.run('faq')).not.toThrow();
    expect(() => kb.run('gossip')).toThrow(/CHECK constraint/);
    const tag = t.db.prepare(
      "INSERT INTO viewer_tags (platform, user_id, tag, created_by, created_at) VALUES ('douyin', 'u1', ?, 'a', 1) ON CONFLICT DO NOTHING",
    );
    expect(tag.run('老客户').changes).toBe(1);
    expect(tag.run('老客户').changes).toBe(0);
    // A viewer's history across sessions reads an index, not the whole comments table.
    const plan = t.db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM comments WHERE platform = 'douyin' AND user_id = 'u1' ORDER BY ts DESC",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/comments_viewer/);
  });

  it('runs every pending migration and is idempotent', () => {
    const t = createDB(0);
    cleanups.push(t.cleanup);
    expect(userVersion(t.db)).toBe(0);
    expect(migrate(t.db)).toBe(LATEST_VERSION);
    expect(migrate(t.db)).toBe(LATEST_VERSION);
    expect(userVersion(t.db)).toBe(MIGRATIONS.length);
  });

  it('rolls back all pending migrations when one fails', () => {
    const t = createDB(0);
    cleanups.push(t.cleanup);
    t.db.exec('CREATE TABLE sessions (x INTEGER)'); // collides with v1
    expect(() => migrate(t.db)).toThrow();
    expect(userVersion(t.db)).toBe(0);
    expect(tables(t.db)).not.toContain('comments');
  });

  it('refuses a database from a newer LiveDesk', () => {
    const t = createDB();
    cleanups.push(t.cleanup);
    t.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    t.db.close();
    expect(() => openDb(t.file)).toThrow(/newer than this LiveDesk supports/);
  });

  it('opens in WAL mode', () => {
    const t = createDB();
    cleanups.push(t.cleanup);
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
