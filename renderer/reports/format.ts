// Cell formatting shared by the report tables (the same rules as the CSV export).
import type { Column, Cell } from '../../shared/reports/tables';
import type { Lang } from '../i18n';

export function fmtCell(col: Column, v: Cell | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') {
    if (col.kind === 'seconds') return (v / 1000).toFixed(1);
    if (col.kind === 'pct') return `${v.toFixed(1)}%`;
    if (col.kind === 'time') return new Date(v).toLocaleString();
    if (col.kind === 'num' && !Number.isInteger(v)) return v.toFixed(1);
    return v.toLocaleString();
  }
  return v;
}

export const colName = (col: Column, lang: Lang) => (lang === 'zh' ? col.zh : col.en);

export function localDate(ts: number): string {
  const d = new Date(ts);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Local midnight of a YYYY-MM-DD input value. */
export function parseLocalDate(v: string, endOfDay = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return undefined;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return endOfDay ? t + 86_400_000 : t;
}

export const tzOffsetMin = () => -new Date().getTimezoneOffset();
