// CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX (exceljs) from the report tables of
// shared/reports/tables.ts, with Chinese column names or English ones.
import ExcelJS from 'exceljs';
import type {
  Decision,
  ExportFile,
  ScorecardReport,
  SessionComparison,
  SessionReview,
  SessionSummary,
  StatsReport,
} from '../../../shared/apiReports';
import {
  compareTable,
  decisionsTable,
  reviewTables,
  scorecardTables,
  sessionsTable,
  statsTable,
  type Cell,
  type Column,
  type ReportTable,
} from '../../../shared/reports/tables';
import { formatLocal } from '../../../shared/reports/time';
import { toCsv } from '../csv';
import { ReportError } from './errors';

export type ExportInput =
  | { kind: 'session-review'; data: SessionReview }
  | { kind: 'compare'; data: SessionComparison }
  | { kind: 'stats'; data: StatsReport }
  | { kind: 'scorecards'; data: ScorecardReport }
  | { kind: 'decisions'; data: Decision[] }
  | { kind: 'sessions'; data: SessionSummary[] };

export function tablesOf(input: ExportInput): ReportTable[] {
  switch (input.kind) {
    case 'session-review':
      return reviewTables(input.data);
    case 'compare':
      return [compareTable(input.data)];
    case 'stats':
      return [statsTable(input.data)];
    case 'scorecards':
      return scorecardTables(input.data);
    case 'decisions':
      return [decisionsTable(input.data)];
    case 'sessions':
      return [sessionsTable(input.data)];
  }
}

function fileStem(input: ExportInput): string {
  switch (input.kind) {
    case 'session-review':
      return `livedesk-session-${input.data.session.id}`;
    case 'compare':
      return `livedesk-compare-${input.data.a.id}-${input.data.b.id}`;
    case 'stats':
      return `livedesk-stats-by-${input.data.by}`;
    case 'scorecards':
      return `livedesk-scorecards`;
    default:
      return `livedesk-${input.kind}`;
  }
}

/** A cell as text for CSV: seconds with one decimal, percentages with one decimal, local times. */
export function textCell(col: Column, v: Cell, tz: number): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (col.kind === 'seconds') return (v / 1000).toFixed(1);
    if (col.kind === 'pct') return v.toFixed(1);
    if (col.kind === 'time') return formatLocal(v, tz);
    if (col.kind === 'num' && !Number.isInteger(v)) return v.toFixed(1);
  }
  return v;
}

export function tableCsv(t: ReportTable, lang: 'zh' | 'en', tz: number): string {
  const header = t.columns.map((col) => col[lang]);
  const rows = t.rows.map((r) => {
    const o: Record<string, unknown> = {};
    t.columns.forEach((col, i) => (o[header[i]] = textCell(col, r[col.key] ?? null, tz)));
    return o;
  });
  return toCsv(rows, header);
}

const SHEET_BAD = /[[\]:*?/\\]/g;

export async function tablesXlsx(tables: ReportTable[], lang: 'zh' | 'en', tz: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LiveDesk 直播响应台';
  const used = new Set<string>();
  for (const t of tables) {
    let name = t[lang].replace(SHEET_BAD, ' ').slice(0, 28) || t.id;
    while (used.has(name)) name = `${name.slice(0, 26)}_${used.size}`;
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((col) => ({
      header: col[lang],
      key: col.key,
      width: Math.min(
        60,
        Math.max(
          10,
          col[lang].length * (lang === 'zh' ? 2 : 1.1) + 2,
          col.key === 'text' || col.key === 'reason' ? 40 : 0,
        ),
      ),
      style:
        col.kind === 'seconds' || col.kind === 'pct'
          ? { numFmt: '0.0' }
          : col.kind === 'time'
            ? { numFmt: 'yyyy-mm-dd hh:mm:ss' }
            : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of t.rows) {
      const row: Record<string, unknown> = {};
      for (const col of t.columns) {
        const v = r[col.key] ?? null;
        if (v === null) row[col.key] = null;
        else if (typeof v === 'number' && col.kind === 'seconds') row[col.key] = Math.round(v / 100) / 10;
        else if (typeof v === 'number' && col.kind === 'pct') row[col.key] = Math.round(v * 10) / 10;
        // Excel has no time zones: store the local wall-clock time the reader expects to see.
        else if (typeof v === 'number' && col.kind === 'time') row[col.key] = new Date(v + tz * 60_000);
        else row[col.key] = v;
      }
      ws.addRow(row);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function buildExport(
  input: ExportInput,
  format: 'csv' | 'xlsx',
  lang: 'zh' | 'en',
  tz: number,
  tableId?: string,
): Promise<ExportFile> {
  let tables = tablesOf(input);
  if (tableId) {
    tables = tables.filter((t) => t.id === tableId);
    if (tables.length === 0)
      throw new ReportError('bad_request', `没有该表 / no table "${tableId}" in ${input.kind}`);
  }
  const stem = fileStem(input) + (tableId ? `-${tableId}` : '');
  if (format === 'csv') {
    const parts = tables.map((t) =>
      tables.length > 1 ? `${toCsv([], [`# ${t[lang]}`])}${tableCsv(t, lang, tz)}` : tableCsv(t, lang, tz),
    );
    return {
      filename: `${stem}.csv`,
      mime: 'text/csv;charset=utf-8',
      encoding: 'utf8',
      data: '\uFEFF' + parts.join('\r\n'),
    };
  }
  const buf = await tablesXlsx(tables, lang, tz);
  return {
    filename: `${stem}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    data: buf.toString('base64'),
  };
}
