// Lengths of time and vague references: "24 years" in "for the first time in 24 years" is a duration
// (P24Y), not a date; "recently" is PAST_REF, "in recent months" a vague duration (PXM); "daily" a set (P1D).
import { cap, COUNT, countValue, durationValue, UNIT } from './lexicon.js';
import { absolute, type DateRule } from './rule.js';

export const durationRules: DateRule[] = [
  {
    // "three years", "the past two months", "the first nine months", "two-year", "24 hours"
    name: 'duration',
    pattern: new RegExp(
      `\\b(?:[Tt]he\\s+(?:(?:past|last|next|first|coming|previous|following|final|latest)\\s+)?)?(${COUNT})(?:\\s+|-)(${UNIT})(?![\\w-]*-old)(?:-long)?\\b`,
      'gi',
    ),
    resolve(match, _context, source) {
      const [text, count, unit] = match;
      // "a quarter of the staff" is a fraction.
      if (/^quarters?$/i.test(unit!) && /^\s+of\b/.test(source.slice(match.index + text.length, match.index + text.length + 4))) return null;
      // "a second time", "a year-old", bare "the year" are not durations; "a month" and "an hour" are.
      if (/^(?:a|an)$/i.test(count!) && /^seconds?$/i.test(unit!)) return null;
      if (/^(?:many|some|few)$/i.test(count!) && !/s$/i.test(unit!)) return null;
      const value = countValue(count!);
      // "2 year" without a hyphen is part of something else.
      if (typeof value === 'number' && value > 1 && !/s$/i.test(unit!) && !text.includes('-')) return null;
      return absolute(durationValue(value, unit!), ['duration']);
    },
  },
  {
    // "for years", "in decades": a length with no number.
    name: 'bare-duration',
    pattern: /(?:(?<=\b(?:for|in|over|within|after)\s)|\b[Rr]ecent\s+)(years|months|weeks|days|decades|hours|minutes)\b/g,
    resolve: (match) => absolute(durationValue('X', match[1]!), ['duration']),
  },
  {
    name: 'set',
    pattern: new RegExp(`\\b(?:(${cap('daily|weekly|monthly|annually|yearly|hourly|nightly')})|(?:${cap('every|each|per')})\\s+(?:(${COUNT})\\s+)?(${UNIT}))\\b`, 'g'),
    resolve(match) {
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
