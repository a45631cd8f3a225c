// Export: CSV with a BOM and Chinese (or English) headers; XLSX read back with exceljs; the CLI.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createDB } from '../helpers/db';
import { loadFixture, NOW, T0 } from './fixture';
import { createReportHandlers, type ReportHandlers } from '../../electron/services/reports/handlers';
import { runCli } from '../../electron/cli/main';

let t: ReturnType<typeof createDB>;
let h: ReportHandlers;
beforeEach(() => {
  t = createDB();
  loadFixture(t.db);
  h = createReportHandlers(t.db, () => NOW);
});
afterEach(() => t.cleanup());

async function readXlsx(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('report export', () => {
  it('XLSX of a session review: one sheet per table, Chinese headers, numbers as numbers', async () => {
    const f = await h.exec('report:export', {
      report: 'session-review',
      format: 'xlsx',
      sessionId: 1,
      tzOffsetMin: 480,
    });
    expect(f.filename).toBe('livedesk-session-1.xlsx');
    expect(f.encoding).toBe('base64');
    const wb = await readXlsx(f.data);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '场次概况',
      '各环节时效',
      '处理结果',
      '最慢问题',
      '高频问题',
      '人员表现',
      '满意度评价',
    ]);
    const stages = wb.getWorksheet('各环节时效')!;
    const header = (stages.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['环节', '期限数', '按时', '超时']);
    const col = (name: string) => header.indexOf(name) + 1;
    const d1 = stages.getRow(3); // C1 first, then D1
    expect(String(d1.getCell(1).value)).toMatch(/^D1/);
    expect(d1.getCell(col('按时率')).value).toBe(50);
    expect(d1.getCell(col('中位响应(秒)')).value).toBe(20);
    expect(d1.getCell(col('P90 响应(秒)')).value).toBe(36);
    expect(d1.getCell(col('平均响应(秒)')).value).toBe(23.3);
    const slow = wb.getWorksheet('最慢问题')!;
    const asked = slow.getRow(2).getCell(2).value as Date;
    // Local wall-clock time (UTC+8) stored as the cell's date: q4 asked at 20:03:00.
    expect(asked.toISOString()).toBe('2026-11-01T20:03:00.000Z');
  });

  it('English column names on request', async () => {
    const f = await h.exec('report:export', {
      report: 'session-review',
      format: 'xlsx',
      sessionId: 1,
      lang: 'en',
    });
    const wb = await readXlsx(f.data);
    const ws = wb.getWorksheet('Deadlines by stage')!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Stage', 'Deadlines', 'Met']);
  });

  it('CSV starts with a UTF-8 BOM and carries the Chinese header', async () => {
    const f = await h.exec('report:export', {
      report: 'session-review',
      format: 'csv',
      sessionId: 1,
      table: 'staff',
    });
    expect(f.filename).toBe('livedesk-session-1-staff.csv');
    expect(f.data.charCodeAt(0)).toBe(0xfeff);
    const lines = f.data.slice(1).split('\r\n');
    expect(lines[0].startsWith('人员,岗位,处理问题数,已判定期限,按时,超时,按时率')).toBe(true);
    const xm = lines.find((l) => l.startsWith('小美'))!;
    expect(xm.split(',').slice(2, 10)).toEqual(['4', '4', '4', '0', '100.0', '27.5', '25.0', '44.0']);
    expect(
      await h.run('report:export', { report: 'session-review', format: 'csv', sessionId: 1, table: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('every report kind exports', async () => {
    const period = { from: T0, to: T0 + 2 * 86_400_000 };
    for (const args of [
      { report: 'stats', by: 'staff', filter: period },
      { report: 'scorecards', period },
      { report: 'compare', sessionId: 1, b: 2 },
      { report: 'decisions' },
      { report: 'sessions' },
    ]) {
      for (const format of ['csv', 'xlsx']) {
        const r = await h.run('report:export', { ...args, format });
        expect(r.ok, JSON.stringify(r)).toBe(true);
      }
    }
  });
});

describe('livedesk report (CLI)', () => {
  function io() {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d) => (out += d));
    stderr.on('data', (d) => (err += d));
    return {
      io: { stdin: new PassThrough(), stdout, stderr, stopSignal: new Promise<void>(() => {}) },
      out: () => out,
      err: () => err,
    };
  }
  const cli = async (args: string[]) => {
    const x = io();
    const code = await runCli(['report', '--db', t.file, ...args], x.io);
    return { code, out: x.out(), err: x.err() };
  };

  it('keeps the first version’s counts and adds the cuts', async () => {
    const plain = await cli(['--format', 'json']);
    expect(plain.code).toBe(0);
    const j = JSON.parse(plain.out);
    expect(j.sessions.map((s: { session: number; comments: number }) => [s.session, s.comments])).toEqual([
      [2, 1],
      [1, 23],
    ]);
    expect(j.stages.find((s: { stage: string }) => s.stage === 'D1')).toMatchObject({ met: 3, breached: 2 });

    const by = await cli([
      '--format',
      'json',
      '--by',
      'staff',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-01',
      '--tz',
      '480',
    ]);
    const stats = JSON.parse(by.out);
    expect(
      stats.rows.find((r: { key: string; stage: string }) => r.key === '小美' && r.stage === 'ALL'),
    ).toMatchObject({
      met: 4,
    });

    const csv = await cli(['--format', 'csv', '--session', '1', '--lang', 'en']);
    expect(csv.out.charCodeAt(0)).toBe(0xfeff);
    expect(csv.out).toContain('# Deadlines by stage');

    const out = join(t.dir, 'cards.xlsx');
    const x = await cli([
      '--format',
      'xlsx',
      '--scorecards',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-02',
      '--tz',
      '480',
      '--out',
      out,
    ]);
    expect(x.code).toBe(0);
    const wb = await readXlsx(readFileSync(out).toString('base64'));
    expect(wb.getWorksheet('人员考核')!.rowCount).toBe(5); // header + 4 people
  });

  it('clear errors for bad input', async () => {
    expect((await cli(['--format', 'xlsx'])).err).toMatch(/needs --out/);
    expect((await cli(['--by', 'weekday'])).err).toMatch(/--by/);
    expect((await cli(['--from', 'yesterday'])).err).toMatch(/not a date/);
    expect((await cli(['--session', '42'])).err).toMatch(/no session #42/);
    expect((await cli(['--session', '42'])).code).toBe(2);
  });
});
