import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/find-dates.js';
import { splitSentences } from '../segment/split-sentences.js';
import { checkPublished } from './check-published.js';

const check = (text: string, value: string) => {
  const published = { value, from: 'text' as const };
  return checkPublished(published, findDates(text, splitSentences(text), published)).map((m) => m.rule);
};

// An invented report of a summit held on the 19th and commented on the 25th of one month.
const REPORT =
  'The minister said the summit held this month was not aimed at anyone. On the 25th, he told reporters more talks would follow. ' +
  'The two leaders signed the accord on the 19th in the capital.';

describe('checkPublished', () => {
  it('flags a date early in a month when the text dates its events later in "this month"', () => {
    expect(check(REPORT, '2025-04-04')).toEqual(['published-date-suspect']);
  });

  it('accepts the same text dated after the days it reports', () => {
    expect(check(REPORT, '2024-06-26')).toEqual([]);
  });

  it('accepts past days of the month without "this month" (they are last month)', () => {
    expect(check('The accord was signed on the 19th. Talks resumed on the 25th.', '2025-04-04')).toEqual([]);
  });

  it('does not judge an inferred date', () => {
    const published = { value: '2025-04-04', from: 'inferred' as const };
    expect(checkPublished(published, findDates(REPORT, splitSentences(REPORT), published))).toEqual([]);
  });
});
