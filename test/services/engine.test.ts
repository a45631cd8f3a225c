import { afterEach, describe, expect, it } from 'vitest';
import { startDesk, type Desk } from '../../electron/services/desk';
import type { Question } from '../../shared/api';
import { steppedClock, tempDir } from '../helpers/db';
import { commentFactory } from '../helpers/comments';
import { ok } from '../helpers/results';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const host = { seat: { name: '主播小美', role: 'host' as const } };
const support = { seat: { name: '客服阿青', role: 'support' as const } };
const support2 = { seat: { name: '客服小林', role: 'support' as const } };

const comment = commentFactory('m');

async function open(dir: string, clock: ReturnType<typeof steppedClock>): Promise<Desk> {
  const d = await startDesk({ dataDir: dir, clock });
  cleanups.push(() => d.close());
  return d;
}

describe('desk engine', () => {
  it('stores comments once, turns questions into tracked questions, drops duplicates', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    const q = comment('M码还有吗', clock.now());
    const chat = comment('666', clock.now());
    expect(d.engine.ingest([q, chat])).toMatchObject({ inserted: 2, duplicates: 0, questions: 1 });
    expect(d.engine.ingest([q])).toMatchObject({ inserted: 0, duplicates: 1 });
    const open1 = await ok<Question[]>(d.call(host, 'question:list', { statuses: ['open'] }));
    expect(open1).toHaveLength(1);
    expect(open1[0]).toMatchObject({ text: 'M码还有吗', status: 'open', complexity: 'simple' });
    expect(open1[0].stages.map((s) => s.stage)).toEqual(['D1']);
    expect(open1[0].stages[0].dueAt - open1[0].askedAt).toBe(30_000);
  });

  it('answering on air meets D1 and logs who did it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([comment('这件大衣多少钱', clock.now())]);
    const [q] = await ok<Question[]>(d.call(host, 'question:list', {}));
    clock.advance(12_000);
    const answered = await ok<Question>(d.call(host, 'question:answer', { questionId: q.id, how: 'on_air' }));
    expect(answered.status).toBe('answered');
    expect(answered.stages[0]).toMatchObject({
      stage: 'D1',
      metAt: clock.now(),
      metBy: '主播小美',
      breachedAt: null,
    });
    const row = d.db
      .prepare("SELECT actor, role, at FROM question_events WHERE question_id = ? AND action = 'answer'")
      .get(q.id);
    expect(row).toEqual({ actor: '主播小美', role: 'host', at: clock.now() });
    expect(d.engine.counts()).toMatchObject({ answered: 1, deadlinesMet: 1, deadlinesBreached: 0 });
  });

  it('warns at 70 % and breaches at the due time, then records the late answer', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    const alerts: string[] = [];
    d.onEvent((name, p) => {
      if (name === 'deadline:alert')
        alerts.push(`${(p as { stage: string }).stage}:${(p as { level: string }).level}`);
    });
    const t0 = clock.now();
    d.engine.ingest([comment('链接呢', t0)]);
    const [q] = await ok<Question[]>(d.call(host, 'question:list', {}));
    clock.advance(20_999);
    expect(d.engine.tick()).toEqual([]);
    clock.advance(1);
    expect(d.engine.tick()).toEqual([expect.objectContaining({ level: 'warning', at: t0 + 21_000 })]);
    clock.advance(40_000);
    expect(d.engine.tick()).toEqual([expect.objectContaining({ level: 'breached', at: t0 + 30_000 })]);
    expect(alerts).toEqual(['D1:warning', 'D1:breached']);
    const late = await ok<Question>(
      d.call(host, 'question:answer', { questionId: q.id, how: 'reply', text: '1号链接' }),
    );
    expect(late.stages[0]).toMatchObject({ breachedAt: t0 + 30_000, metAt: t0 + 61_000 });
    expect(d.engine.counts()).toMatchObject({ deadlinesBreached: 1, warnings: 1 });
  });

  it('restart: open deadlines are reloaded and judged at their due time, not at restart time', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d1 = await startDesk({ dataDir: dir, clock });
    const t0 = clock.now();
    d1.engine.ingest([comment('不合适能退吗，订单尾号1234', t0)]);
    const [q] = await ok<Question[]>(d1.call(host, 'question:list', {}));
    expect(q.complexity).toBe('complex');
    await ok(d1.call(host, 'question:handoff', { questionId: q.id, note: '退换货' }));
    await d1.close();

    clock.advance(60 * 60_000); // the app was closed for an hour
    const d2 = await open(dir, clock);
    expect(d2.sessionId).toBe(d1.sessionId);
    const [after] = await ok<Question[]>(d2.call(support, 'question:list', {}));
    const d4 = after.stages.find((s) => s.stage === 'D4')!;
    const d5 = after.stages.find((s) => s.stage === 'D5')!;
    expect(d4.breachedAt).toBe(t0 + 120_000);
    expect(d5.breachedAt).toBe(t0 + 600_000);
    const stored = d2.db
      .prepare("SELECT breached_at AS b FROM deadlines WHERE question_id = ? AND stage = 'D4'")
      .get(q.id);
    expect(stored).toEqual({ b: t0 + 120_000 });
  });

  it('two seats cannot claim the same question: the loser gets a clear conflict', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([comment('收到的衣服有破洞，我要退货', clock.now())]);
    const [q] = await ok<Question[]>(d.call(host, 'question:list', {}));
    await ok(d.call(host, 'question:handoff', { questionId: q.id, note: '质量问题' }));
    const [a, b] = await Promise.all([
      d.call(support, 'question:claim', { questionId: q.id }),
      d.call(support2, 'question:claim', { questionId: q.id }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(d.db.prepare('SELECT assignee FROM questions WHERE id = ?').get(q.id)).toEqual({
      assignee: '客服阿青',
    });
  });

  it('refuses bad arguments as data and changes nothing', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([comment('多久发货', clock.now())]);
    const before = d.engine.counts();
    expect(await d.call(host, 'question:answer', { questionId: 'x', how: 'on_air' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await d.call(host, 'question:answer', { questionId: 1, how: 'on_air', extra: 1 })).toMatchObject({
      ok: false,
    });
    expect(await d.call(host, 'no:such', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_command' },
    });
    expect(await d.call(host, 'question:answer', { questionId: 999, how: 'on_air' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(d.engine.counts()).toEqual(before);
  });

  it('merges the same question asked again into one with a count', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([
      comment('M码还有吗', clock.now()),
      comment('M码还有吗？', clock.now()),
      comment('m码还有吗', clock.now()),
    ]);
    const qs = await ok<Question[]>(d.call(host, 'question:list', {}));
    expect(qs).toHaveLength(1);
    expect(qs[0].askCount).toBe(3);
  });
});

describe('complaints without a question mark', () => {
  it('a complaint statement is tracked as a complex question with the complaint deadline', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([comment('质量太差了 刚穿一次就起球', clock.now()), comment('主播好美', clock.now())]);
    const qs = await ok<Question[]>(d.call(host, 'question:list', {}));
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'complaint', complexity: 'complex' });
    expect(qs[0].stages.map((s) => s.stage).sort()).toEqual(['C1', 'D3']);
  });
});

describe('repeats', () => {
  it('a question asked again after it was answered is a new question, not merged into the old one', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = steppedClock();
    const d = await open(dir, clock);
    d.engine.ingest([comment('多久发货', clock.now())]);
    const [q1] = await ok<Question[]>(d.call(host, 'question:list', {}));
    await ok(d.call(host, 'question:answer', { questionId: q1.id, how: 'on_air' }));
    clock.advance(5_000);
    d.engine.ingest([comment('多久发货', clock.now())]);
    const open2 = await ok<Question[]>(d.call(host, 'question:list', { statuses: ['open'] }));
    expect(open2).toHaveLength(1);
    expect(open2[0].id).not.toBe(q1.id);
    expect(open2[0].askCount).toBe(1);
  });
});
