// Sources set up in the app are validated, connected, listed with their status and reconnected on restart.
import { afterEach, describe, expect, it } from 'vitest';
import { startDesk } from '../../electron/services/desk';
import { startSimulator } from '../../electron/services/simulator';
import { backoffDelay } from '../../electron/services/wsSource';
import type { SourceStatus } from '../../shared/api';
import { tempDir, waitFor } from '../helpers/db';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const ops = { seat: { name: '运营小周', role: 'ops' as const } };

describe('source commands', () => {
  it('adds, lists, persists across a restart and removes a source', async () => {
    const sim = await startSimulator({ rate: 200, format: 'barragegrab', seed: 2 });
    cleanups.push(() => sim.close());
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const d1 = await startDesk({ dataDir: dir, demo: true });
    const added = await d1.call(ops, 'source:add', {
      format: 'barragegrab',
      url: sim.url,
      label: '抖音主号',
    });
    expect(added.ok).toBe(true);
    const list = (added as { value: SourceStatus[] }).value;
    expect(list.map((s) => s.label)).toEqual(['演示直播间 Demo room', '抖音主号']);
    const dup = await d1.call(ops, 'source:add', { format: 'barragegrab', url: sim.url });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const bad = await d1.call(ops, 'source:add', { format: 'barragegrab', url: 'http://example' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await d1.call(ops, 'source:set-demo', { enabled: false })).toMatchObject({ ok: true });
    await d1.close();

    const d2 = await startDesk({ dataDir: dir, demo: true });
    cleanups.push(() => d2.close());
    expect(d2.sources.map((s) => s.status().label)).toEqual(['抖音主号']);
    await waitFor(
      () => d2.sources[0].status().state === 'live' && d2.sources[0].status().received > 0,
      'the stored source to deliver',
    );
    const id = d2.sources[0].id;
    const removed = await d2.call(ops, 'source:remove', { id });
    expect(removed).toMatchObject({ ok: true, value: [] });
    expect(await d2.call(ops, 'source:remove', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('backoff', () => {
  it('doubles up to the cap, with bounded jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, { random: mid }))).toEqual([
      500, 1000, 2000, 4000, 30000,
    ]);
    expect(backoffDelay(2, { random: () => 0 })).toBe(1400); // -30 %
    expect(backoffDelay(2, { random: () => 1 })).toBe(2600); // +30 %
  });
});

describe('several sources at once', () => {
  it('counts each source’s own comments and duplicates', async () => {
    const a = await startSimulator({ rate: 2000, total: 200, format: 'livedesk', seed: 5, dropEvery: 60 });
    const b = await startSimulator({ rate: 2000, total: 150, format: 'barragegrab', seed: 6 });
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const d = await startDesk({
      dataDir: dir,
      sources: [
        { id: 'room', url: a.url, format: 'livedesk' },
        { id: 'dm', url: b.url, format: 'barragegrab' },
      ],
    });
    cleanups.push(() => d.close());
    const stored = () => (d.db.prepare('SELECT COUNT(*) AS n FROM comments').get() as { n: number }).n;
    await waitFor(() => (d.flush(), stored() === 350), '350 comments from two sources');
    const [room, dm] = d.sources.map((s) => s.status());
    expect(room.received - room.duplicates).toBe(200);
    expect(room.duplicates).toBeGreaterThan(0);
    expect(dm).toMatchObject({ received: 150, duplicates: 0, state: 'live' });
  });
});
