// The words temporal expressions are made of, as regex sources and lookups. Calendar words of English,
// not phrases from any article.

/** Full month names; capitalised, so "may" the verb and "march" the verb do not match. */
export const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Month names or their abbreviations (with or without the dot). */
export const MONTH_ANY = `${MONTH_FULL}|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?`;

export const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Month number of a name or abbreviation ("Sept." -> 9). */
export function monthNumber(name: string): number {
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  );
  if (index < 0) throw new Error(`not a month name: ${JSON.stringify(name)}`);
  return index + 1;
}

/** ISO weekday (1 = Monday) of a weekday name. */
export function weekdayNumber(name: string): number {
  const index = WEEKDAY.toLowerCase().split('|').indexOf(name.toLowerCase());
  if (index < 0) throw new Error(`not a weekday name: ${JSON.stringify(name)}`);
  return index + 1;
}

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count: digits, number words up to ninety-nine, or a vague count ("several", "a few") -> 'X'. */
export const COUNT =
  `\\d+(?:\\.\\d+)?|(?:${TENS.slice(2).join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).join('|')}` +
  '|a few|a couple of|several|few|many|some|a dozen|a|an|hundreds of|thousands of';

/** Value of a COUNT match: a number, or 'X' when the text gives no number. */
export function countValue(text: string): number | 'X' {
  const lower = text.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  if (lower === 'a dozen') return 12;
  if (lower === 'a couple of') return 2;
  const [tens, unit] = lower.split(/[- ]/);
  const small = SMALL.indexOf(lower);
  if (small >= 0) return small;
  const tensIndex = TENS.indexOf(tens ?? '');
  if (tensIndex >= 2) return tensIndex * 10 + (unit ? SMALL.indexOf(unit) : 0);
  return 'X';
}

/** Two-digit number words: "ninety-six", "twelve". */
export const TWO_DIGIT_WORDS = `(?:${TENS.slice(2).join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(10).join('|')}`;

/** A year read aloud, as in broadcast transcripts: "nineteen ninety-six", "two thousand one". */
export const SPOKEN_YEAR = `(?:(eighteen|nineteen|twenty)[- ](${TWO_DIGIT_WORDS})|two thousand(?:\\s+(?:and\\s+)?(${SMALL.slice(1, 10).join('|')}))?)`;

export function spokenYear(century: string | undefined, rest: string | undefined, units: string | undefined): number {
  if (!century) return 2000 + (units ? SMALL.indexOf(units.toLowerCase()) : 0);
  return SMALL.indexOf(century.toLowerCase()) * 100 + (countValue(rest!) as number);
}

/** Units of durations, and the TIMEX3 letter and scale of each ("P3Y", "PT4H"). */
export const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)';

export function unitCode(unit: string): { code: string; time: boolean; scale: number } {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (u) {
    case 'second': return { code: 'S', time: true, scale: 1 };
    case 'minute': return { code: 'M', time: true, scale: 1 };
    case 'hour': return { code: 'H', time: true, scale: 1 };
    case 'day': return { code: 'D', time: false, scale: 1 };
    case 'week': return { code: 'W', time: false, scale: 1 };
    case 'fortnight': return { code: 'W', time: false, scale: 2 };
    case 'month': return { code: 'M', time: false, scale: 1 };
    case 'quarter': return { code: 'Q', time: false, scale: 1 };
    case 'year': return { code: 'Y', time: false, scale: 1 };
    // In years, as TimeBank writes them ("two decades" = P20Y).
    case 'decade': return { code: 'Y', time: false, scale: 10 };
    case 'century': return { code: 'Y', time: false, scale: 100 };
    default: throw new Error(`not a time unit: ${JSON.stringify(unit)}`);
  }
}

/** TIMEX3 duration value: "P24Y", "PT3H", "PXM". */
export function durationValue(count: number | 'X', unit: string): string {
  const { code, time, scale } = unitCode(unit);
  const n = count === 'X' ? 'X' : String(Math.round(count * scale * 100) / 100);
  return `P${time ? 'T' : ''}${n}${code}`;
}

export const ORDINAL_WORD = ['first', 'second', 'third', 'fourth'];

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

export const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Case-insensitive first letter: "last" -> "[Ll]ast" (the rest of a time word is lower case in prose). */
export const cap = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
