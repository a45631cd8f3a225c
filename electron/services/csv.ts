/** RFC 4180 CSV from an array of flat objects (header = keys of the first row). */
export function toCsv(rows: ReadonlyArray<object>, header?: string[]): string {
  if (rows.length === 0 && !header) return '';
  const keys = header ?? Object.keys(rows[0]);
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading = + - @ would run as a formula in Excel: prefix it (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [keys.map(cell).join(',')];
  for (const r of rows) lines.push(keys.map((k) => cell((r as Record<string, unknown>)[k])).join(','));
  return lines.join('\r\n') + '\r\n';
}
