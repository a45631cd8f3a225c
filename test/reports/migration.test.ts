// Migration 002 (reports): indexes, staff_decisions and ratings; a v1 database with data upgrades in place.
import { afterEach, describe, expect, it } from 'vitest';
import { createDB } from '../helpers/db';
import { migrate, userVersion } from '../../db/migrations/index';
import { loadFixture } from './fixture';

let t: ReturnType<typeof createDB>;
afterEach(() => t.cleanup());

describe('migration 002_reports', () => {
  it('upgrades a v1 database with data to v2', () => {
    t = createDB(1);
    expect(userVersion(t.db)).toBe(1);
    t.db.prepare('INSERT INTO sessions (id, title, started_at) VALUES (1, ?, 0)').run('老场次');
    expect(migrate(t.db, 2)).toBe(2);
    const names = (
      t.db.prepare("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as {
        name: string;
        type: string;
      }[]
    ).map((r) => r.name);
    for (const n of [
      'staff_decisions',
      'ratings',
      'questions_report_session',
      'questions_report_asked',
      'deadlines_report',
      'question_events_session_action',
    ]) {
      expect(names).toContain(n);
    }
    expect(t.db.prepare('SELECT title FROM sessions').get()).toEqual({ title: '老场次' });
  });

  it('the new tables are STRICT and check their values', () => {
    t = createDB();
    loadFixture(t.db);
    const strict = t.db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('staff_decisions', 'ratings')")
      .all();
    expect(strict).toEqual(
      expect.arrayContaining([
        { name: 'staff_decisions', strict: 1 },
        { name: 'ratings', strict: 1 },
      ]),
    );
    const badScore = () =>
      t.db
        .prepare(
          `INSERT INTO ratings (question_id, session_id, score, source, rated_by, rated_role, at) VALUES (1, 1, 6, 'followup', 'x', 'support', 0)`,
        )
        .run();
    expect(badScore).toThrow(/CHECK/);
    const badKind = () =>
      t.db
        .prepare(
          `INSERT INTO staff_decisions (proposal_key, kind, staff, period_from, period_to, decision, reason, decided_by, decided_role, decided_at)
           VALUES ('k', 'bonus', 'x', 0, 1, 'confirmed', 'r', 'o', 'ops', 0)`,
        )
        .run();
    expect(badKind).toThrow(/CHECK/);
  });
});
