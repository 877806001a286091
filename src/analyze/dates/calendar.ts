// Calendar arithmetic on plain {y, m, d} days (UTC, proleptic Gregorian): no time zones, so that a
// publication date "2024-06-19" stays that day wherever the code runs.

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** The day of a publication value ('YYYY-MM-DD' or an ISO date-time), or null. */
export function parseDay(value: string | null | undefined): Day | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const toUtc = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d);

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const addDays = (day: Day, n: number): Day => fromUtc(toUtc(day) + n * 86_400_000);

export const daysBetween = (a: Day, b: Day): number => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

/** 1 = Monday ... 7 = Sunday (ISO). */
export const isoWeekday = (day: Day): number => ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds months, keeping the day within the target month. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoYear = (y: number): string => pad(y, 4);
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const isoDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

/** ISO 8601 week, e.g. "2024-W25". */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** Quarter `q` of year `y`, shifted by `n` quarters, as "YYYY-Qn". */
export function isoQuarter(y: number, q: number, n = 0): string {
  const index = y * 4 + (q - 1) + n;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}
