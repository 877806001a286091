// Lengths of time and vague references: "24 years" in "for the first time in 24 years" is a duration
// (P24Y), not a date; "recently" is PAST_REF, "in recent months" a vague duration (PXM); "daily" a set (P1D).
import { cap, COUNT, countValue, durationValue, UNIT } from './lexicon.js';
import { absolute, type DateRule } from './rule.js';

const RATE_OF_AMOUNT = /(?:\d[\d,.%]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|thrice))(?:\s+[\w-]+){0,2}\s+$/i;

export const durationRules: DateRule[] = [
  {
    // "three years", "the past two months", "the first nine months", "two-year", "24 hours"
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:[Tt]he\\s+(?:(?:past|last|next|first|coming|previous|following|final|latest)\\s+)?)?(${COUNT})(?:\\s+|-)(${UNIT})(?![\\w-]*-old|\\s+old\\b)(?:-long)?\\b`,
      'gi',
    ),
    resolve(match, _context, source) {
      const [text, count, unit] = match;
      // "$500 million a year", "four flights a week" are rates of an amount, not lengths of time.
      const before = source.slice(Math.max(0, match.index - 40), match.index);
      if (/^an?$/i.test(count!) && RATE_OF_AMOUNT.test(before)) return null;
      // "a quarter of the staff" is a fraction.
      if (/^quarters?$/i.test(unit!) && /^\s+of\b/.test(source.slice(match.index + text.length, match.index + text.length + 4))) return null;
      // "a second time", "a year-old", bare "the year" are not durations; "a month" and "an hour" are.
      if (/^(?:a|an)$/i.test(count!) && /^seconds?$/i.test(unit!)) return null;
      if (/^(?:many|some|few)$/i.test(count!) && !/s$/i.test(unit!)) return null;
      const value = countValue(count!);
      // "the past few months", "the last several quarters": no length, a vague past.
      if (value === 'X' && /^the\s+(?:past|last)\s/i.test(text)) return absolute('PAST_REF', []);
      return absolute(durationValue(value, unit!), ['duration']);
    },
  },
  {
    // "for years", "in decades": a length with no number.
    name: 'bare-duration',
    pattern: /(?:(?<=\b(?:for|in|over|within|after)\s)|\b(?:[Rr]ecent|[Cc]oming)\s+)(years|months|weeks|days|decades|hours|minutes)\b/g,
    resolve: (match) => absolute(durationValue('X', match[1]!), ['duration']),
  },
  {
    name: 'set',
    hint: /daily|weekly|monthly|annually|yearly|hourly|nightly|every|each|per\b/i,
    pattern: new RegExp(`\\b(?:(${cap('daily|weekly|monthly|annually|yearly|hourly|nightly')})|(?:${cap('every|each|per')})\\s+(?:(${COUNT})\\s+)?(${UNIT}))\\b`, 'g'),
    resolve(match, _context, text) {
      // "the Communist Party daily Granma": a newspaper.
      if (match[1] && /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) return null;
      if (match[1]) {
        const unit = { daily: 'day', nightly: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour' }[
          match[1].toLowerCase()
        ]!;
        return absolute(durationValue(1, unit), ['set']);
      }
      return absolute(durationValue(match[2] ? countValue(match[2]) : 1, match[3]!), ['set']);
    },
  },
  {
    name: 'reference',
    pattern: new RegExp(
      `\\b(?:(${cap('now|currently|nowadays|presently')})|(${cap('recently|lately')})|(${cap('soon')})|[Tt]he\\s+(past|future|near\\s+future|present))\\b(?!\\s+(?:that|as|after)\\b)`,
      'g',
    ),
    resolve(match, _context, text) {
      // "as soon as" is a conjunction; "the past few days" is a duration (another rule); "now that" a conjunction.
      if (match[3] && /\bas\s+$/i.test(text.slice(Math.max(0, match.index - 4), match.index))) return null;
      if (match[4] && /^\s+(?:\d|few|several|two|three|year|month|week|decade)/.test(text.slice(match.index + match[0].length))) {
        return null;
      }
      const future = match[3] || /future/.test(match[4] ?? '');
      const present = match[1] || match[4] === 'present';
      return absolute(future ? 'FUTURE_REF' : present ? 'PRESENT_REF' : 'PAST_REF', []);
    },
  },
];
