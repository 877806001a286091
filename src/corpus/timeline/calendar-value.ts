import type { DateMention } from '../../core/types.js';

/** The calendar part of a TIMEX3 value ("2024-06-19TMO" -> "2024-06-19"), or null for durations, refs, weeks, X. */
export function calendarValue(mention: DateMention): string | null {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d|-[A-Z])/.exec(mention.value)?.[0] ?? null;
}

/** Days since 1970 of the first day of a calendar value. */
export function dayNumber(value: string): number {
  const [y, m = '01', d = '01'] = value.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** Days since 1970 of the last day of a calendar value ("2023" -> 2023-12-31). */
export function lastDayNumber(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  if (d !== undefined) return dayNumber(value);
  if (m !== undefined) return Date.UTC(y!, m, 0) / 86_400_000;
  return Date.UTC(y! + 1, 0, 0) / 86_400_000;
}
