// The report service runs the commands in a worker thread with its own connection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDB } from '../helpers/db';
import { loadFixture, NOW, T0 } from './fixture';
import { createReportService, type ReportService } from '../../electron/services/reports/index';
import { REPORT_COMMAND_NAMES } from '../../shared/reports/names';
import { reportCommandSchemas } from '../../shared/apiReports';
import { commandSchemas } from '../../shared/api';

let t: ReturnType<typeof createDB>;
let svc: ReportService;
beforeEach(() => {
  t = createDB();
  loadFixture(t.db);
  svc = createReportService({ dbFile: t.file, clock: { now: () => NOW } });
});
afterEach(async () => {
  await svc.close();
  t.cleanup();
});

describe('report service (worker thread)', () => {
  it('answers report commands from the worker', async () => {
    const r = await svc.call('report:session-review', { sessionId: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { counts: { questions: number } }).counts.questions).toBe(8);
    // Calls run concurrently from the caller's side and each gets its own answer.
    const [a, b] = await Promise.all([
      svc.call('report:sessions', {}),
      svc.call('report:session-review', { sessionId: 2 }),
    ]);
    expect(a.ok && (a.value as unknown[]).length).toBe(2);
    expect(b.ok && (b.value as { session: { id: number } }).session.id).toBe(2);
  });

  it('records who decided, from the caller’s seat', async () => {
    const cards = await svc.call('report:scorecards', { from: T0, to: T0 + 86_400_000 });
    if (!cards.ok) throw new Error(cards.error.message);
    const key = (cards.value as { proposals: { key: string }[] }).proposals[0].key;
    const d = await svc.call(
      'report:decide',
      { key, decision: 'confirmed' },
      { seat: { name: '运营小张', role: 'ops' } },
    );
    expect(d).toMatchObject({ ok: true, value: { by: '运营小张', role: 'ops', at: NOW } });
    // The main thread's own connection sees the worker's write.
    expect(t.db.prepare('SELECT decided_by FROM staff_decisions').all()).toEqual([
      { decided_by: '运营小张' },
    ]);
  });

  it('errors come back as data', async () => {
    expect(await svc.call('report:session-review', { sessionId: 0 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await svc.call('question:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_command' },
    });
  });

  it('after close, calls fail cleanly', async () => {
    await svc.close();
    expect(await svc.call('report:sessions', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('a database that cannot be opened is reported, not thrown', async () => {
    const bad = createReportService({ dbFile: '/nonexistent/dir/x.db' });
    expect(await bad.call('report:sessions', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    await bad.close();
  });
});

describe('contract', () => {
  it('the zod-free name list matches the report schemas, and the schemas are in the contract', () => {
    expect([...REPORT_COMMAND_NAMES].sort()).toEqual(Object.keys(reportCommandSchemas).sort());
    for (const n of REPORT_COMMAND_NAMES) expect(n in commandSchemas).toBe(true);
  });
});
