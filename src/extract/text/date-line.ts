import * as chrono from 'chrono-node';

/** A calendar date stated in a line. */
export interface StatedDate {
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM' when the line states the time. */
  value: string;
  /** Whether the line states the year (a publication date needs it; a teaser's date does not). */
  hasYear: boolean;
}

/** A line that is a date and (almost) nothing else: a dateline, or the date under a teaser. */
export interface DateLine extends StatedDate {
  /** Whether words other than the date stand on the line ("Updated", "Date published:"). */
  labelled: boolean;
  /** Whether the line gives a time of day, read or not ("9: 53 PM" in detokenised text is not read). */
  timed: boolean;
}

// Anchor for chrono: fixed, so that the same line always reads the same (the stage is pure). Only
// lines that state the day are accepted, so the anchor decides at most a missing year, which is
// then reported as absent (hasYear false) rather than used.
const ANCHOR = new Date(Date.UTC(2000, 0, 1));

/**
 * Reads a line as a date when the date covers the line: at most two other words ("Updated", "Published
 * on") may remain. "On October 24 last year, when ..." is a sentence that starts with a date, not a
 * date line.
 */
export function readDateLine(text: string): DateLine | null {
  if (text.length > 60 || !/\d/.test(text)) return null;
  const found = findDate(text);
  const label = found ? wordsOf(found.rest).length : Infinity;
  if (!found || label > 2) return null;
  const timed = found.date.value.includes('T') || /\d\s*:\s*\d|\d\s*[ap]\.?\s?m\b/i.test(found.rest);
  return { ...found.date, labelled: label > 0, timed };
}

/** The first stated calendar date in a short line, and the rest of the line around it. */
export function findDate(text: string): { date: StatedDate; rest: string } | null {
  const [result] = chrono.parse(text, ANCHOR);
  // A stated calendar date has digits; "Last week" or "Today" alone on a line is relative to nothing here.
  if (!result || !/\d/.test(result.text) || !result.start.isCertain('day') || !result.start.isCertain('month')) return null;
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`.replace(/\s+/g, ' ').trim();
  const { start } = result;
  const date = [start.get('year'), start.get('month'), start.get('day')].map((part, i) => pad(part ?? 0, i === 0 ? 4 : 2)).join('-');
  const time = start.isCertain('hour') ? `T${pad(start.get('hour') ?? 0, 2)}:${pad(start.get('minute') ?? 0, 2)}` : '';
  return { date: { value: `${date}${time}`, hasYear: start.isCertain('year') }, rest };
}

/**
 * The label words of what is left beside a date: figures, am/pm, ordinal endings and time-zone
 * abbreviations are parts of a date or time that chrono did not take ("1: 32 PM EDT"), not a label.
 */
function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !/^\d+([ap]m)?$/i.test(word) && !/^(am|pm|a|p|m|st|nd|rd|th)$/i.test(word) && !/^[A-Z]{2,4}$/.test(word));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
