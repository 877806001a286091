// Expressions that only mean a day, week, month, quarter or year relative to the time of writing:
// "Wednesday", "yesterday", "last year", "this month", "24 years ago", "the third quarter", "last fall".
import {
  addDays,
  addMonths,
  isoDay,
  isoMonth,
  isoQuarter,
  isoWeek,
  isoWeekday,
  isoYear,
  quarterOf,
  type Day,
} from './calendar.js';
import { cap, COUNT, countValue, ORDINAL_WORD, PART_OF_DAY, SEASON, UNIT, unitCode, WEEKDAY, weekdayNumber } from './lexicon.js';
import { absolute, relative, type DateRule, type Resolved } from './rule.js';

const PART = '(?:\\s+(morning|afternoon|evening|night))?';

const partSuffix = (part: string | undefined): string => (part ? `T${PART_OF_DAY[part.toLowerCase()]}` : '');

/** Unresolvable without an anchor: keep what was stated, mark the rest unknown. */
const unanchored = (value: string, stated: string[]): Resolved => absolute(value, stated);

/** The value of a unit shifted by n from the anchor: day, week, month, quarter or year precision. */
function shifted(anchor: Day, unit: string, n: number): string | null {
  switch (unitCode(unit).code) {
    case 'D': return isoDay(addDays(anchor, n));
    case 'W': return isoWeek(addDays(anchor, 7 * n));
    case 'M': return unitCode(unit).time ? null : isoMonth(addMonths(anchor, n).y, addMonths(anchor, n).m);
    case 'Q': return isoQuarter(anchor.y, quarterOf(anchor.m), n);
    case 'Y': return isoYear(anchor.y + n);
    case 'DE': return String(Math.floor((anchor.y + 10 * n) / 10));
    default: return null;
  }
}

export const relativeRules: DateRule[] = [
  {
    name: 'day-word',
    pattern: new RegExp(`\\b(?:(${cap('today|yesterday|tomorrow|tonight')})${PART}|(${cap('this|last')})\\s+(morning|afternoon|evening|night))\\b`, 'g'),
    resolve(match, { anchor }) {
      const word = (match[1] ?? match[3])!.toLowerCase();
      const part = word === 'tonight' || (word === 'last' && match[4] === 'night') ? 'night' : (match[2] ?? match[4]);
      const shift = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (!anchor) return unanchored(word === 'today' ? 'PRESENT_REF' : `XXXX-XX-XX${partSuffix(part)}`, []);
      return relative(isoDay(addDays(anchor, shift)) + partSuffix(part), part ? ['part-of-day'] : [], ['year', 'month', 'day']);
    },
  },
  {
    name: 'weekday',
    hint: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    pattern: new RegExp(`\\b(?:(?:${cap('early|late')})\\s+)?(?:(${cap('last|this|next|past|coming')})\\s+)?(${WEEKDAY})(?:'s)?${PART}\\b`, 'g'),
    resolve(match, { anchor, direction }) {
      const [, word, name, part] = match;
      const target = weekdayNumber(name!);
      if (!anchor) return unanchored(`XXXX-WXX-${target}${partSuffix(part)}`, ['weekday']);
      const w = word?.toLowerCase();
      const back = (isoWeekday(anchor) - target + 7) % 7;
      let shift: number;
      if (w === 'last' || w === 'past') shift = -(back || 7);
      else if (w === 'next' || w === 'coming') shift = (7 - back) % 7 || 7;
      // "Wednesday's ruling" names a day whose event has happened.
      else shift = direction() === 'future' && !match[0].includes("'s") ? (7 - back) % 7 : -back;
      return relative(isoDay(addDays(anchor, shift)) + partSuffix(part), ['weekday'], ['year', 'month', 'day']);
    },
  },
  {
    name: 'unit-relative',
    pattern: new RegExp(
      `\\b(?:(?:${cap('earlier|later|early|late')})\\s+)?(?:(${cap('last|this|next|coming|current|previous|same')})|[Tt]he\\s+(current|previous|coming|same|weekend))(?:\\s+(week|month|year|quarter|weekend|decade))?\\b(?!-)`,
      'g',
    ),
    resolve(match, { anchor }) {
      const word = (match[1] ?? match[2])!.toLowerCase();
      const unit = word === 'weekend' ? 'weekend' : match[3];
      if (!unit) return null;
      const n = word === 'last' || word === 'previous' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
      if (!anchor) return unanchored(n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF', []);
      if (unit === 'weekend') return relative(`${isoWeek(addDays(anchor, 7 * n - (word === 'weekend' ? isoWeekday(anchor) % 7 : 0)))}-WE`, [], ['year', 'week']);
      const value = shifted(anchor, unit, n);
      return value ? relative(value, [], [unit]) : null;
    },
  },
  {
    // "24 years ago", "a year earlier": counted back from the time of writing.
    name: 'ago',
    hint: /\b(?:ago|earlier)\b/i,
    pattern: new RegExp(`\\b(${COUNT})\\s+(${UNIT})\\s+(ago|earlier)\\b`, 'gi'),
    resolve(match, { anchor, sentence, quarterly }) {
      const count = countValue(match[1]!);
      if (count === 'X' || !Number.isInteger(count) || !anchor) return absolute('PAST_REF', []);
      const unit = match[2]!.toLowerCase().replace(/s$/, '');
      // Company results compare a quarter with the same quarter a year before: the last reported one.
      const comparesFigures = /\bquarter\b/.test(sentence) || (/[$%]|\bcents?\b|\bpercent\b/.test(sentence) && quarterly());
      if (unit === 'year' && comparesFigures) return relative(isoQuarter(anchor.y, quarterOf(anchor.m), -1 - 4 * count), ['offset'], ['quarter']);
      const value = shifted(anchor, unit, -count);
      return value ? relative(value, ['offset'], [unit]) : null;
    },
  },
  {
    name: 'year-ago',
    hint: /year-(?:earlier|ago)/,
    pattern: /\b(?:[Tt]he\s+)?year-(?:earlier|ago)(?:\s+(quarter|period))?\b/g,
    resolve(match, { anchor, sentence, quarterly }) {
      if (!anchor) return unanchored('PAST_REF', []);
      const byQuarter = match[1] !== undefined || /\bquarter\b/.test(sentence) || quarterly();
      return relative(byQuarter ? isoQuarter(anchor.y, quarterOf(anchor.m), -5) : isoYear(anchor.y - 1), [], ['year']);
    },
  },
  {
    // "the third quarter", "third-quarter", "the latest quarter", "the fourth quarter of 1989".
    name: 'quarter',
    hint: /quarter|period/i,
    pattern: new RegExp(
      `\\b(?:(${cap('the|this|last|its')}|(?:${cap('this|last|next')})\\s+year's)\\s+)?(?:(1[89]\\d\\d|20\\d\\d)\\s+)?` +
        `(?:(?:fiscal|latest|current|recent|same|calendar|comparable)\\s+)*(?:(${cap(ORDINAL_WORD.join('|'))})[\\s-])?(quarter|period)\\b(?:\\s+of\\s+(\\d{4}))?`,
      'g',
    ),
    resolve(match, { anchor, quarterly }) {
      const [whole, determiner, yearBefore, ordinalWord, unit, yearAfter] = match;
      const lower = whole.toLowerCase();
      const ordinal = ordinalWord ? ORDINAL_WORD.indexOf(ordinalWord.toLowerCase()) + 1 : 0;
      if (!ordinal && !determiner && !yearBefore) return null; // "a quarter of the shares"
      // "the 1988 period", "the latest period": a reporting period only in a report by quarters.
      if (unit === 'period' && (ordinal || !(yearBefore || /latest/.test(lower)) || !quarterly())) return null;
      const ownYear = determiner?.endsWith("year's") && anchor ? anchor.y + ({ last: -1, next: 1 }[determiner.slice(0, 4).trim().toLowerCase()] ?? 0) : undefined;
      const year = yearAfter ?? yearBefore ?? (ownYear === undefined ? undefined : isoYear(ownYear));
      const reported = anchor ? Number(isoQuarter(anchor.y, quarterOf(anchor.m), -1).slice(-1)) : 0;
      if (year && (ordinal || reported)) return absolute(`${year}-Q${ordinal || reported}`, ordinal ? ['year', 'quarter'] : ['year']);
      if (!anchor) return unanchored(ordinal ? `XXXX-Q${ordinal}` : 'XXXX-QX', ordinal ? ['quarter'] : []);
      const current = quarterOf(anchor.m);
      if (ordinal) {
        const y = lower.startsWith('last') || ordinal > current ? anchor.y - 1 : anchor.y;
        return relative(`${isoYear(y)}-Q${ordinal}`, ['quarter'], ['year']);
      }
      if (/\b(?:this|current)\b/.test(lower)) return relative(isoQuarter(anchor.y, current), [], ['year', 'quarter']);
      // "the quarter" in a report is the one just ended.
      return relative(isoQuarter(anchor.y, current, -1), [], ['year', 'quarter']);
    },
  },
  {
    name: 'season',
    hint: /spring|summer|fall|autumn|winter/i,
    pattern: new RegExp(`\\b(?:(${cap('last|this|next|early|late')})\\s+)(spring|summer|fall|autumn|winter)\\b(?:\\s+of\\s+(\\d{4}))?|\\b(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    resolve(match, { anchor, direction }) {
      const season = (match[2] ?? match[4])!.toLowerCase();
      const code = SEASON[season]!;
      const year = match[3] ?? match[5];
      if (year) return absolute(`${year}-${code}`, ['year', 'season']);
      if (!anchor) return unanchored(`XXXX-${code}`, ['season']);
      const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      const word = match[1]!.toLowerCase();
      const started = starts[code]! <= anchor.m;
      let y = anchor.y;
      if (word === 'last') y = started && starts[code]! + 3 <= anchor.m ? anchor.y : anchor.y - 1;
      else if (word === 'next') y = started ? anchor.y + 1 : anchor.y;
      else if (word !== 'this' && direction() === 'past' && !started) y = anchor.y - 1;
      return relative(`${isoYear(y)}-${code}`, ['season'], ['year']);
    },
  },
  {
    name: 'clock-time',
    hint: /\d\s*[ap]\.?m|noon|midnight/i,
    pattern: /\b(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![\w])|([Nn]oon|[Mm]idnight)\b)/g,
    resolve(match, { anchor }) {
      if (match[4]) {
        const time = match[4].toLowerCase() === 'noon' ? 'T12:00' : 'T24:00';
        return anchor ? relative(isoDay(anchor) + time, ['time'], ['year', 'month', 'day']) : unanchored(`XXXX-XX-XX${time}`, ['time']);
      }
      let hour = Number(match[1]);
      if (hour < 1 || hour > 12) return null;
      if (match[3]!.toLowerCase() === 'p' && hour < 12) hour += 12;
      if (match[3]!.toLowerCase() === 'a' && hour === 12) hour = 0;
      const time = `T${String(hour).padStart(2, '0')}:${match[2] ?? '00'}`;
      return anchor ? relative(isoDay(anchor) + time, ['time'], ['year', 'month', 'day']) : unanchored(`XXXX-XX-XX${time}`, ['time']);
    },
  },
];
