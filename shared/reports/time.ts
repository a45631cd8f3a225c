// Calendar helpers for reports. Pure: the caller passes the time-zone offset (minutes east of UTC,
// e.g. 480 for China) so a report cut by hour or month means the same wherever it runs.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hour of day 0–23 in the given zone. */
export function hourOfDay(ts: number, tzOffsetMin: number): number {
  const local = ts + tzOffsetMin * 60_000;
  return Math.floor((((local % DAY) + DAY) % DAY) / HOUR);
}

/** 'YYYY-MM-DD' in the given zone. */
export function dayKey(ts: number, tzOffsetMin: number): string {
  return new Date(ts + tzOffsetMin * 60_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm:ss' in the given zone. */
export function formatLocal(ts: number, tzOffsetMin: number): string {
  return new Date(ts + tzOffsetMin * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** [from, to) of the calendar month containing `ts` in the zone; `shift` −1 = the month before. */
export function monthRange(ts: number, tzOffsetMin: number, shift = 0): { from: number; to: number } {
  const d = new Date(ts + tzOffsetMin * 60_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + shift;
  const off = tzOffsetMin * 60_000;
  return { from: Date.UTC(y, m, 1) - off, to: Date.UTC(y, m + 1, 1) - off };
}

/** [from, to) of the `days` whole days ending with the day containing `ts`. */
export function lastDays(ts: number, tzOffsetMin: number, days: number): { from: number; to: number } {
  const off = tzOffsetMin * 60_000;
  const startOfDay = Math.floor((ts + off) / DAY) * DAY - off;
  return { from: startOfDay - (days - 1) * DAY, to: startOfDay + DAY };
}
