import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences.js';
import { findDates } from './find-dates.js';

/** Publication date of the invented articles below: Wednesday 19 June 2024. */
const PUBLISHED = '2024-06-19';

const run = (text: string, published: string | null = PUBLISHED) =>
  findDates(text, splitSentences(text), { value: published, from: published ? 'declared' : null });
const values = (text: string, published?: string | null) => run(text, published).map((d) => [d.text, d.value]);

describe('findDates: must match', () => {
  it('resolves weekdays against the publication date by tense', () => {
    expect(values('The mayor resigned on Monday.')).toEqual([['Monday', '2024-06-17']]);
    expect(values('The council met Wednesday.')).toEqual([['Wednesday', '2024-06-19']]);
    expect(values('The council will vote Friday.')).toEqual([['Friday', '2024-06-21']]);
    expect(values('She left last Wednesday.')).toEqual([['last Wednesday', '2024-06-12']]);
    expect(values('Crews arrived early Tuesday morning.')).toEqual([['early Tuesday morning', '2024-06-18TMO']]);
  });

  it('reads a period opened forward as future, even after a past verb', () => {
    expect(values('The mayor declared three days of mourning, starting on Friday.')).toEqual([['three days', 'P3D'], ['Friday', '2024-06-21']]);
    expect(values('The bridge stays closed until Monday, the agency said.')).toEqual([['Monday', '2024-06-24']]);
    expect(values('The mayor declared three days of mourning on Friday.')).toEqual([['three days', 'P3D'], ['Friday', '2024-06-14']]);
  });

  it('records what was stated and what was inferred', () => {
    const [mention] = run('The port closed last Tuesday.');
    expect(mention).toMatchObject({ value: '2024-06-18', anchor: 'published', stated: ['weekday'], inferred: ['year', 'month', 'day'] });
    const [absolute] = run('The dam opened on March 3, 1987.');
    expect(absolute).toMatchObject({ value: '1987-03-03', anchor: 'none', stated: ['year', 'month', 'day'], inferred: [] });
  });

  it('resolves months, days of the month and years relative to the publication date', () => {
    expect(values('Talks began last September.')).toEqual([['last September', '2023-09']]);
    expect(values('The ferry sank on the 12th, officials said.')).toEqual([['the 12th', '2024-06-12']]);
    expect(values('The ferry sank on the 25th, officials said.')).toEqual([['the 25th', '2024-05-25']]);
    expect(values('Prices rose this month and fell last year.')).toEqual([['this month', '2024-06'], ['last year', '2023']]);
    expect(values('The bridge was built 24 years ago.')).toEqual([['24 years ago', '2000']]);
    expect(values('The law passed Oct. 24 last year.')).toEqual([['Oct. 24 last year', '2023-10-24']]);
    expect(values('It was ratified December 4 last year.')).toEqual([['December 4 last year', '2023-12-04']]);
    expect(values('Sales fell yesterday and will recover tomorrow.')).toEqual([['yesterday', '2024-06-18'], ['tomorrow', '2024-06-20']]);
    expect(values('Profit rose in the third quarter.')).toEqual([['the third quarter', '2023-Q3']]);
  });

  it('reads absolute dates, decades and centuries', () => {
    expect(values('They met in July 2000 and again on 5 May 2019.')).toEqual([['July 2000', '2000-07'], ['5 May 2019', '2019-05-05']]);
    expect(values('A treaty was signed in 1961.')).toEqual([['1961', '1961']]);
    expect(values('Growth slowed in the 1990s.')).toEqual([['1990s', '199']]);
    expect(values('The church dates from the 12th century.')).toEqual([['the 12th century', '11']]);
    expect(values('Filed 2024-01-05 and 6/19/2024.')).toEqual([['2024-01-05', '2024-01-05'], ['6/19/2024', '2024-06-19']]);
  });

  it('keeps unresolved parts unknown when the article has no date', () => {
    expect(values('They met on Wednesday and on March 3.', null)).toEqual([['Wednesday', 'XXXX-WXX-3'], ['March 3', 'XXXX-03-03']]);
  });
});

describe('findDates: durations and references are not dates', () => {
  it('gives durations TIMEX3 duration values', () => {
    expect(values('It was his first visit in 24 years.')).toEqual([['24 years', 'P24Y']]);
    expect(values('The strike lasted three weeks.')).toEqual([['three weeks', 'P3W']]);
    expect(values('He signed a two-year contract.')).toEqual([['two-year', 'P2Y']]);
    expect(values('Power was out for 36 hours.')).toEqual([['36 hours', 'PT36H']]);
    expect(values('Prices have risen in recent months.')).toEqual([['recent months', 'PXM']]);
    expect(values('The service runs daily.')).toEqual([['daily', 'P1D']]);
  });
});

describe('findDates: must not match', () => {
  it.each([
    ['a round-the-clock shift', 'Help is available 24/7 at the centre.'],
    ['a count before a plural noun', 'The ship carried 2000 containers.'],
    ['a count after a quantity word', 'About 1500 people attended.'],
    ['a percentage', 'Turnout was 2010 percent of the quota.'],
    ['the verb may', 'Officials may decide that nothing changes.'],
    ['a fraction of something', 'A quarter of the staff left.'],
    ['a conjunction', 'Call as soon as you land.'],
    ['an age', 'A 57-year-old man was arrested.'],
    ['an amount of money', 'It cost $2024 in total.'],
    ['a clock-like ratio', 'The vote was 3/4 in favour.'],
  ])('%s', (_why, text) => {
    expect(values(text)).toEqual([]);
  });

  it('does not read a day of the month in "the 19th century" or "the 25th anniversary"', () => {
    expect(values('Celebrations on the 25th anniversary drew crowds.')).toEqual([]);
  });
});

describe('findDates: holidays', () => {
  it('dates fixed and moving holidays in the year the tense points to', () => {
    expect(values('Crowds gathered on Christmas Eve.', '2024-12-28')).toEqual([['Christmas Eve', '2024-12-24']]);
    expect(values('Stores closed on Thanksgiving Day 2023.')).toEqual([['Thanksgiving Day 2023', '2023-11-23']]);
  });
});

describe('findDates: spoken years and joined expressions', () => {
  it('reads years said aloud and joins a month to the year after it', () => {
    expect(values('That was in nineteen ninety-six.')).toEqual([['nineteen ninety-six', '1996']]);
    expect(values('It began in January nineteen ninety-seven.')).toEqual([['January nineteen ninety-seven', '1997-01']]);
    expect(values('Trading will halt at 5 p.m. EST Nov. 9.')).toEqual([['5 p.m. EST Nov. 9', '2024-11-09T17:00']]);
    expect(values('The vote is set for Saturday, June 22.')).toEqual([['Saturday, June 22', '2024-06-22']]);
  });

  it('does not read a count of twenty-some things as a year', () => {
    expect(values('Nineteen twenty-dollar bills were found.')).toEqual([]);
  });
});

describe('findDates: prefixes and names', () => {
  it('reads a year after pre-/post- but not inside a hyphenated code', () => {
    expect(values('The post-1959 government fell.')).toEqual([['1959', '1959']]);
    expect(values('Talks stalled in mid-2019.')).toEqual([['mid-2019', '2019']]);
    expect(values('Model XR-2000 shipped.')).toEqual([]);
  });

  it('does not read a newspaper called a daily as a schedule', () => {
    expect(values('The party daily Granma said so.')).toEqual([]);
  });
});
