// Expressions that name calendar dates: "June 19, 2024", "Oct. 24 last year", "July 2000", "the 1990s",
// "last September", "on the 25th". Year-less ones take their year from the anchor and the tense.
import { isoDay, isoMonth, isoYear } from './calendar.js';
import { cap, MONTH_ANY, MONTH_FULL, monthNumber } from './lexicon.js';
import { absolute, relative, type DateRule, type Resolved, type RuleContext } from './rule.js';
import { offsetYear, validDay, yearFor } from './year-for.js';

const END = '(?![\\w])';
/** "early", "late", "mid-", "the end of": a modifier TIMEX3 keeps in the span (as its MOD), value unchanged. */
const MOD = `(?:(?:${cap('early|late')})\\s+|[Mm]id-\\s?|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?`;
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(1[1-9]\\d\\d|20\\d\\d)';
const REL_YEAR = `(?:,?\\s+(${cap('last|this|next')})\\s+year)`;

function monthDay(m: number, d: number, relWord: string | undefined, context: RuleContext): Resolved | null {
  const { anchor } = context;
  if (!anchor) {
    return d >= 1 && d <= 31 ? absolute(`XXXX-${isoMonth(0, m).slice(5)}-${String(d).padStart(2, '0')}`, ['month', 'day']) : null;
  }
  const y = relWord ? offsetYear(anchor, relWord) : yearFor(anchor, m, d, context.direction());
  if (!validDay(y, m, d)) return null;
  return relative(isoDay({ y, m, d }), ['month', 'day'], ['year']);
}

export const calendarRules: DateRule[] = [
  {
    name: 'month-day-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`${MOD}(${MONTH_ANY})\\s+${DAY},?\\s+${YEAR}${END}`, 'g'),
    resolve(match) {
      const [, month, day, year] = match;
      const [y, m, d] = [Number(year), monthNumber(month!), Number(day)];
      return validDay(y, m, d) ? absolute(isoDay({ y, m, d }), ['year', 'month', 'day']) : null;
    },
  },
  {
    name: 'day-month-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`(?:[Tt]he\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_FULL}),?\\s+${YEAR}${END}`, 'g'),
    resolve(match) {
      const [, day, month, year] = match;
      const [y, m, d] = [Number(year), monthNumber(month!), Number(day)];
      return validDay(y, m, d) ? absolute(isoDay({ y, m, d }), ['year', 'month', 'day']) : null;
    },
  },
  {
    name: 'iso-date',
    hint: /\d-\d\d-\d/,
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    resolve(match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return m >= 1 && m <= 12 && validDay(y, m, d) ? absolute(isoDay({ y, m, d }), ['year', 'month', 'day']) : null;
    },
  },
  {
    // US numeric dates need all three parts: "6/19/2024"; "24/7" and "3/4" are not dates.
    name: 'numeric-date',
    hint: /\d\/\d/,
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    resolve(match) {
      const short = Number(match[3]);
      const y = match[3]!.length === 4 ? short : short < 50 ? 2000 + short : 1900 + short;
      const [m, d] = [Number(match[1]), Number(match[2])];
      return m >= 1 && m <= 12 && validDay(y, m, d) ? absolute(isoDay({ y, m, d }), ['year', 'month', 'day']) : null;
    },
  },
  {
    name: 'month-day',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`${MOD}(${MONTH_ANY})\\s+${DAY}(?![\\d:])(?!,?\\s+\\d)${REL_YEAR}?${END}`, 'g'),
    resolve(match, context) {
      return monthDay(monthNumber(match[1]!), Number(match[2]), match[3], context);
    },
  },
  {
    name: 'day-month',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`(?:[Tt]he\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_FULL})${REL_YEAR}?${END}`, 'g'),
    resolve(match, context) {
      return monthDay(monthNumber(match[2]!), Number(match[1]), match[3], context);
    },
  },
  {
    // "on the 25th": the day of the anchor's month, or of the month before when that day is still to come.
    name: 'ordinal-day',
    hint: /n the \d/,
    pattern: /(?<=\b[Oo]n\s)the\s+([0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|floor|birthday|round|amendment|time|of\b))/g,
    resolve(match, { anchor, direction }) {
      const d = Number(match[1]);
      if (!anchor) return d >= 1 && d <= 31 ? absolute(`XXXX-XX-${String(d).padStart(2, '0')}`, ['day']) : null;
      let { y, m } = anchor;
      if (d > anchor.d && direction() === 'past') [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
      if (d < anchor.d && direction() === 'future') [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
      return validDay(y, m, d) ? relative(isoDay({ y, m, d }), ['day'], ['year', 'month']) : null;
    },
  },
  {
    name: 'month-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`${MOD}(${MONTH_ANY}),?\\s+(?:of\\s+)?${YEAR}${END}`, 'g'),
    resolve: (match) => absolute(isoMonth(Number(match[2]), monthNumber(match[1]!)), ['year', 'month']),
  },
  {
    name: 'month-relative-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`${MOD}(${MONTH_FULL})\\s+(${cap('last|this|next')})\\s+year${END}`, 'g'),
    resolve({ 1: month, 2: word }, { anchor }) {
      const m = monthNumber(month!);
      if (!anchor) return absolute(`XXXX-${String(m).padStart(2, '0')}`, ['month']);
      return relative(isoMonth(offsetYear(anchor, word), m), ['month'], ['year']);
    },
  },
  {
    // A month on its own: "last September", "in March". "May" alone is too often the verb.
    name: 'month',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    pattern: new RegExp(`${MOD}(?:(${cap('last|this|next')})\\s+)?(${MONTH_FULL})${END}`, 'g'),
    resolve(match, context, text) {
      const [whole, , month] = match;
      const preposition = /\b(since|until|in|by|during|through|from)\s+$/i.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1];
      const word = match[1] ?? preposition;
      if (whole === 'May' && !word) return null;
      const m = monthNumber(month!);
      const { anchor } = context;
      if (!anchor) return absolute(`XXXX-${String(m).padStart(2, '0')}`, ['month']);
      const w = word?.toLowerCase();
      let y = anchor.y;
      if (w === 'last') y = m < anchor.m ? anchor.y : anchor.y - 1;
      else if (w === 'next') y = m > anchor.m ? anchor.y : anchor.y + 1;
      else if (w !== 'this') {
        const direction = w === 'since' ? 'past' : w === 'until' ? 'future' : context.direction();
        y = yearFor(anchor, m, 15, direction, w === 'since' || w === 'until');
      }
      return relative(isoMonth(y, m), ['month'], ['year']);
    },
  },
  {
    name: 'year',
    hint: /1[1-9]\d\d|20\d\d/,
    pattern: new RegExp(`${MOD}(?:(?:[Ff]iscal|FY)\\s*)?(?<![\\d$£€.,#/])(?<!(?<!\\b(?:[Pp]re|[Pp]ost|[Mm]id))-)${YEAR}(?![\\d%]|[.,:/-]\\d|\\s*(?:percent|per cent))`, 'g'),
    resolve(match, { anchor }, text) {
      const y = Number(match[1]);
      if (anchor && y > anchor.y + 30) return null;
      return looksLikeCount(text, match.index, match.index + match[0].length) ? null : absolute(isoYear(y), ['year']);
    },
  },
];


/** "2000 containers", "about 1500 troops": a number before a plural noun or after a quantity word is a count. */
function looksLikeCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (/\b(?:about|some|over|nearly|than|almost|around|roughly|approximately|least|another|additional|only|just|extra|top)\s+$/i.test(before)) {
    return true;
  }
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && next.length > 3 && /s$/.test(next) && !/(?:ss|us|is|ics|was|has|its|this)$/.test(next);
}
