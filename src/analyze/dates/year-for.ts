// Which year a date the text gives without one belongs to.
import { daysInMonth, type Day } from './calendar.js';
import type { Direction } from './rule.js';

export function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= daysInMonth(y, m);
}

/** Days a date may lie on the "wrong" side of the anchor for its tense before the other year wins. */
const TENSE_BIAS_DAYS = 200;

/**
 * Year of a month (and day) the text gives without one: of the anchor's year and its neighbours, the
 * one nearest the anchor, a date on the side the tense does not point to counting as 200 days further
 * ("payable Dec. 15" in late October is this December; "in September" in a June report of the past is last
 * year's). `strict` forbids the other side altogether ("since August").
 */
export function yearFor(anchor: Day, m: number, d: number, direction: Direction, strict = false): number {
  const now = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  let best = { cost: Infinity, y: anchor.y };
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const days = (Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))) - now) / 86_400_000;
    const wrongSide = direction === 'past' ? days > 7 : days < -7;
    if (strict && wrongSide) continue;
    const cost = Math.abs(days) + (wrongSide ? TENSE_BIAS_DAYS : 0);
    if (cost < best.cost) best = { cost, y };
  }
  return best.y;
}

export function offsetYear(anchor: Day, word: string | undefined): number {
  const w = word?.toLowerCase();
  return anchor.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}
