// Knowledge base and shift handover through a real desk (SQLite file, routing in desk.call, events).
import { afterEach, describe, expect, it } from 'vitest';
import { startDesk } from '../../electron/services/desk';
import type { EventName, Question } from '../../shared/api';
import { DEFAULT_KB_ENTRIES } from '../../shared/knowledge/defaults';
import type { KbHit } from '../../shared/knowledge/search';
import { KB_DEFAULT_AUTHOR, type Handover, type KbChange, type KbEntry } from '../../shared/knowledge/types';
import { steppedClock, tempDir } from '../helpers/db';
import { commentFactory } from '../helpers/comments';
import { ok, refused as err } from '../helpers/results';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const ops = { seat: { name: '运营小周', role: 'ops' as const } };
const support = { seat: { name: '客服阿青', role: 'support' as const } };
const nextShift = { seat: { name: '晚班小林', role: 'support' as const } };
const host = { seat: { name: '主播小美', role: 'host' as const } };

async function open(dir: string, clock = steppedClock()) {
  const desk = await startDesk({ dataDir: dir, clock });
  const events: { name: EventName; payload: unknown }[] = [];
  desk.onEvent((name, payload) => {
    if (name.startsWith('kb:') || name.startsWith('handover:')) events.push({ name, payload });
  });
  cleanups.push(() => desk.close());
  return { desk, events, clock };
}

const comment = commentFactory('k');

describe('knowledge base', () => {
  it('starts with the default entries once; an emptied knowledge base stays empty after a restart', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = await open(dir);
    const list = await ok<KbEntry[]>(first.desk.call(ops, 'kb:list', {}));
    expect(list).toHaveLength(DEFAULT_KB_ENTRIES.length);
    expect(list.every((e) => e.createdBy === KB_DEFAULT_AUTHOR)).toBe(true);
    for (const e of list) await ok(first.desk.call(ops, 'kb:delete', { id: e.id }));
    await first.desk.close();

    const again = await open(dir);
    expect(await ok<KbEntry[]>(again.desk.call(ops, 'kb:list', {}))).toEqual([]);
    const withDeleted = await ok<KbEntry[]>(again.desk.call(ops, 'kb:list', { includeDeleted: true }));
    expect(withDeleted).toHaveLength(DEFAULT_KB_ENTRIES.length);
    expect(withDeleted.every((e) => e.deletedAt != null && e.updatedBy === '运营小周')).toBe(true);
  });

  it('creates, edits, deletes and restores with the seat recorded and an event for every seat', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const { desk, events, clock } = await open(dir);
    const created = await ok<KbEntry>(
      desk.call(support, 'kb:create', {
        category: 'product',
        title: '羊毛大衣 面料',
        body: '亲，这款大衣是 70% 羊毛，可干洗',
        keywords: '面料，羊毛、大衣',
      }),
    );
    expect(created).toMatchObject({
      category: 'product',
      keywords: ['面料', '羊毛', '大衣'],
      createdBy: '客服阿青',
      updatedBy: '客服阿青',
      deletedAt: null,
    });
    clock.advance(1000);
    const edited = await ok<KbEntry>(
      desk.call(ops, 'kb:update', {
        id: created.id,
        body: '亲，这款大衣是 80% 羊毛，建议干洗',
        expectedUpdatedAt: created.updatedAt,
      }),
    );
    expect(edited).toMatchObject({
      body: '亲，这款大衣是 80% 羊毛，建议干洗',
      createdBy: '客服阿青',
      updatedBy: '运营小周',
    });
    expect(edited.updatedAt).toBe(clock.now());

    // A second editor who started from the old version is refused, not silently overwritten.
    const stale = await err(
      desk.call(support, 'kb:update', {
        id: created.id,
        title: '大衣面料',
        expectedUpdatedAt: created.updatedAt,
      }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('运营小周');

    const deleted = await ok<KbEntry>(desk.call(ops, 'kb:delete', { id: created.id }));
    expect(deleted.deletedAt).toBe(clock.now());
    const search = await ok<KbHit[]>(desk.call(support, 'kb:search', { query: '羊毛' }));
    expect(search).toEqual([]);
    expect((await err(desk.call(ops, 'kb:update', { id: created.id, title: 'x' }))).code).toBe(
      'invalid_state',
    );
    const restored = await ok<KbEntry>(desk.call(ops, 'kb:restore', { id: created.id }));
    expect(restored.deletedAt).toBeNull();
    expect(
      (await ok<KbHit[]>(desk.call(support, 'kb:search', { query: '羊毛' }))).map((h) => h.entry.id),
    ).toEqual([created.id]);

    expect(
      events.map((e) => `${e.name}:${(e.payload as KbChange).action}:${(e.payload as KbChange).by}`),
    ).toEqual([
      'kb:changed:created:客服阿青',
      'kb:changed:updated:运营小周',
      'kb:changed:deleted:运营小周',
      'kb:changed:restored:运营小周',
    ]);
    const staff = desk.db.prepare('SELECT name, role FROM staff ORDER BY name').all();
    expect(staff).toEqual(
      expect.arrayContaining([
        { name: '客服阿青', role: 'support' },
        { name: '运营小周', role: 'ops' },
      ]),
    );
  });

  it('refuses bad input, duplicate titles and seats that may not edit, changing nothing', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const { desk, events } = await open(dir);
    const before = await ok<KbEntry[]>(desk.call(ops, 'kb:list', {}));
    const bad = await err(desk.call(ops, 'kb:create', { category: 'faq', title: '  ', body: '亲' }));
    expect(bad).toMatchObject({ code: 'bad_request' });
    expect(bad.message).toContain('标题不能为空 / title is required');
    expect((await err(desk.call(ops, 'kb:create', { category: 'other', title: 'a', body: 'b' }))).code).toBe(
      'bad_request',
    );
    const dup = await err(
      desk.call(ops, 'kb:create', { category: 'faq', title: '发货时间', body: '亲，48 小时内发货' }),
    );
    expect(dup.code).toBe('conflict');
    expect(dup.message).toContain('发货时间');
    const hostTry = await err(desk.call(host, 'kb:create', { category: 'faq', title: '新条目', body: '亲' }));
    expect(hostTry.code).toBe('forbidden');
    expect(hostTry.message).toContain('only support, ops and supervisors');
    expect((await err(desk.call(ops, 'kb:delete', { id: 9999 }))).code).toBe('not_found');
    expect(await ok<KbEntry[]>(desk.call(ops, 'kb:list', {}))).toEqual(before);
    expect(events).toEqual([]);
    // Every seat can read and search.
    const hits = await ok<KbHit[]>(desk.call(host, 'kb:search', { query: '退货' }));
    expect(hits[0].entry.title).toBe('7 天无理由退货');
    expect(hits.every((h, i) => i === 0 || h.titleHits <= hits[i - 1].titleHits)).toBe(true);
  });
});

describe('shift handover', () => {
  it('carries the open questions, shows their state when read and records who acknowledged it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const { desk, events, clock } = await open(dir);
    const now = clock.now();
    desk.engine.ingest([
      comment('M码还有吗', now),
      comment('我买的衣服有破洞要退货', now),
      comment('这件多少钱', now),
    ]);
    const qs = await ok<Question[]>(desk.call(host, 'question:list', {}));
    const byText = (t: string) => qs.find((x) => x.text === t) as Question;
    const size = byText('M码还有吗');
    const refund = byText('我买的衣服有破洞要退货');
    const price = byText('这件多少钱');
    await ok(desk.call(host, 'question:answer', { questionId: price.id, how: 'on_air' }));
    await ok(desk.call(host, 'question:handoff', { questionId: refund.id, note: '订单 123' }));
    clock.advance(130_000); // D4 (2 min) of the handed-off question is breached
    desk.engine.tick();

    const preview = await ok<{ questions: Handover['questions'] }>(
      desk.call(support, 'handover:preview', {}),
    );
    expect(preview.questions.map((x) => [x.id, x.owner, x.breached])).toEqual([
      [refund.id, 'support', true],
      [size.id, 'host', true],
    ]);
    expect(preview.questions[0]).toMatchObject({ status: 'handed_off', nextStage: 'D4' });

    const bad = await err(desk.call(support, 'handover:create', { note: '   ' }));
    expect(bad.message).toContain('请写交接内容 / the note is required');
    expect(await ok(desk.call(support, 'handover:latest', {}))).toBeNull();

    const h = await ok<Handover>(desk.call(support, 'handover:create', { note: '退货那位顾客在等换货地址' }));
    expect(h).toMatchObject({
      author: '客服阿青',
      role: 'support',
      acknowledgedBy: null,
      createdAt: clock.now(),
    });
    expect(h.questionIds).toEqual([refund.id, size.id]);
    const row = desk.db.prepare('SELECT open_question_ids AS ids, session_id AS s FROM handovers').get();
    expect(row).toEqual({ ids: JSON.stringify([refund.id, size.id]), s: desk.sessionId });

    // The next shift sees the questions as they are now.
    await ok(desk.call(host, 'question:answer', { questionId: size.id, how: 'on_air' }));
    const latest = await ok<Handover>(desk.call(nextShift, 'handover:latest', {}));
    expect(latest.questions.map((x) => [x.id, x.stillOpen])).toEqual([
      [refund.id, true],
      [size.id, false],
    ]);

    const own = await err(desk.call(support, 'handover:ack', { id: h.id }));
    expect(own.code).toBe('invalid_state');
    clock.advance(60_000);
    const acked = await ok<Handover>(desk.call(nextShift, 'handover:ack', { id: h.id }));
    expect(acked).toMatchObject({ acknowledgedBy: '晚班小林', acknowledgedAt: clock.now() });
    const twice = await err(desk.call(ops, 'handover:ack', { id: h.id }));
    expect(twice.code).toBe('conflict');
    expect(twice.message).toContain('晚班小林');
    expect((await err(desk.call(ops, 'handover:ack', { id: 404 }))).code).toBe('not_found');

    clock.advance(1000);
    const h2 = await ok<Handover>(desk.call(nextShift, 'handover:create', { note: '无新增' }));
    const history = await ok<Handover[]>(desk.call(ops, 'handover:list', {}));
    expect(history.map((x) => x.id)).toEqual([h2.id, h.id]);
    expect(await ok<Handover[]>(desk.call(ops, 'handover:list', { before: h2.createdAt }))).toHaveLength(1);

    expect(
      events.map(
        (e) => `${e.name}:${(e.payload as Handover).id}:${(e.payload as Handover).acknowledgedBy ?? '-'}`,
      ),
    ).toEqual([
      `handover:updated:${h.id}:-`,
      `handover:updated:${h.id}:晚班小林`,
      `handover:updated:${h2.id}:-`,
    ]);
  });
});
