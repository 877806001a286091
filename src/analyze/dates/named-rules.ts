// Dates named rather than numbered: holidays, years read aloud, decades, centuries.
import { isoDay, isoYear } from './calendar.js';
import { SPOKEN_YEAR, spokenYear } from './lexicon.js';
import { absolute, relative, type DateRule } from './rule.js';
import { yearFor } from './year-for.js';

export const namedRules: DateRule[] = [
  {
    // Fixed-date and US holidays; the year as for a month and day without one.
    name: 'holiday',
    hint: /Christmas|New Year|Thanksgiving|Independence Day|Halloween|Valentine/,
    pattern: /\b(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine's Day)(?:,?\s+(\d{4})\b)?/g,
    resolve(match, context) {
      const name = match[1]!;
      const year = match[2] ? Number(match[2]) : null;
      const fixed: Record<string, [number, number]> = {
        Christmas: [12, 25], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], "New Year's Day": [1, 1],
        "New Year's Eve": [12, 31], 'Independence Day': [7, 4], Halloween: [10, 31], "Valentine's Day": [2, 14],
      };
      // Thanksgiving: the fourth Thursday of November.
      const dayOf = (y: number): [number, number] => fixed[name] ?? [11, 22 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7)];
      if (year) return absolute(isoDay({ y: year, m: dayOf(year)[0], d: dayOf(year)[1] }), ['year', 'month', 'day']);
      if (!context.anchor) return null;
      const [m, d] = dayOf(context.anchor.y);
      const y = yearFor(context.anchor, m, d, context.direction());
      return relative(isoDay({ y, m: dayOf(y)[0], d: dayOf(y)[1] }), ['month', 'day'], ['year']);
    },
  },
  {
    name: 'spoken-year',
    hint: /nineteen|eighteen|twenty|thousand/i,
    pattern: new RegExp(`\\b(?:[Tt]he\\s+year\\s+)?${SPOKEN_YEAR}\\b(?![- ](?:percent|dollars?|people|years?|months?|days?|weeks?|hours?)\\b|-)`, 'gi'),
    resolve: ({ 1: century, 2: rest, 3: units }) => absolute(isoYear(spokenYear(century, rest, units)), ['year']),
  },
  {
    name: 'decade',
    hint: /0['’]?s\b/,
    pattern: /(?:(?:[Ee]arly|[Ll]ate)\s+|[Mm]id-)?(1[1-9]\d|20\d)0['’]?s\b/g,
    resolve: (match) => absolute(match[1]!, ['decade']),
  },
  {
    name: 'century',
    hint: /century/,
    pattern: /\b[Tt]he\s+(\d{1,2})(?:st|nd|rd|th)\s+century\b/g,
    resolve: (match) => absolute(String(Number(match[1]) - 1).padStart(2, '0'), ['century']),
  },
];
