// Ingest throughput: simulator → WebSocket → adapter → classifier → SQLite (one transaction per batch).
// Prints what it measured; no pass/fail thresholds here (the goal: ≥ 5,000 comments/s sustained).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../electron/services/simulator';
import { startDesk } from '../electron/services/desk';
import type { SourceFormat } from '../shared/sources/types';

async function once(format: SourceFormat, rate: number, total: number) {
  const dir = mkdtempSync(join(tmpdir(), 'livedesk-bench-'));
  const sim = await startSimulator({ rate, total, format, seed: 11 });
  const desk = await startDesk({ dataDir: dir, sources: [{ id: 'bench', url: sim.url, format }] });
  const count = () => (desk.db.prepare('SELECT COUNT(*) AS n FROM comments').get() as { n: number }).n;
  const t0 = performance.now();
  let n = 0;
  while (n < total) {
    await new Promise((r) => setTimeout(r, 25));
    desk.flush();
    n = count();
    if (performance.now() - t0 > 120_000) break;
  }
  const secs = (performance.now() - t0) / 1000;
  const questions = (desk.db.prepare('SELECT COUNT(*) AS n FROM questions').get() as { n: number }).n;
  await desk.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    format,
    offeredRate: rate,
    total,
    stored: n,
    seconds: secs,
    perSecond: Math.round(n / secs),
    questions,
  };
}

export async function benchIngest(): Promise<void> {
  console.log('\n== ingest: simulator → WebSocket → classify → SQLite ==');
  console.log('format       offered/s   stored   seconds   achieved/s   questions');
  const runs: [SourceFormat, number, number][] = [
    ['livedesk', 1000, 10_000],
    ['livedesk', 5000, 50_000],
    ['livedesk', 20_000, 100_000],
    ['barragegrab', 5000, 50_000],
    ['twitch', 5000, 50_000],
  ];
  for (const [format, rate, total] of runs) {
    const r = await once(format, rate, total);
    console.log(
      `${r.format.padEnd(12)} ${String(r.offeredRate).padStart(9)} ${String(r.stored).padStart(8)} ${r.seconds
        .toFixed(2)
        .padStart(9)} ${String(r.perSecond).padStart(12)} ${String(r.questions).padStart(11)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest();
