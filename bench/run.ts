// `npm run bench`: the Ops reports on a year of daily shows (≥ 1,000,000 questions, ≥ 10,000,000
// comments). The database is generated once and cached under bench/out/ (git-ignored).
//   --small        a 10-day database instead (quick check of the bench itself)
//   --runs N       runs per report (default 5)
//   --out DIR      cache folder (default bench/out)
//   --skip-ingest  only the reports (the ingest benchmark takes about a minute)
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FULL, ensureBenchDb } from './reports/generate';
import { measureReports } from './reports/measure';
import { benchIngest } from './ingest';

const { values } = parseArgs({
  options: {
    small: { type: 'boolean' },
    runs: { type: 'string' },
    out: { type: 'string' },
    'skip-ingest': { type: 'boolean' },
  },
});
const outDir = resolve(values.out ?? fileURLToPath(new URL('./out', import.meta.url)));
const opts = values.small ? { ...FULL, days: 10 } : FULL;
const log = (s: string) => console.log(s);

log(
  `LiveDesk 报表基准 / report benchmark — ${opts.days} days × ${opts.commentsPerDay.toLocaleString()} comments/day`,
);
const file = ensureBenchDb(outDir, opts, log);
log(`  ${file}: ${(statSync(file).size / 1e9).toFixed(2)} GB`);
const timings = await measureReports(file, log, Number(values.runs ?? 5));
const failed = timings.filter((t) => t.target !== undefined && t.medianMs > t.target);
log(
  failed.length
    ? `未达标 / over target: ${failed.map((t) => t.name).join('; ')}`
    : '全部达标 / all targets met',
);
process.exitCode = failed.length ? 1 : 0;
if (!values['skip-ingest']) await benchIngest();
