import { describe, expect, it } from 'vitest';
import { readDateLine } from './date-line.js';

describe('readDateLine', () => {
  it.each([
    ['Friday, April 4, 2025', '2025-04-04'],
    ['Jun 19, 2024 09:20', '2024-06-19T09:20'],
    ['Nov. 1, 2023', '2023-11-01'],
    ['Updated: 2024-06-19', '2024-06-19'],
    ['PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM', '2013-05-02'],
    ['12: 52 p. m. EDT May 2, 2013', '2013-05-02'],
  ])('reads the date line %s', (line, value) => {
    expect(readDateLine(line)).toMatchObject({ value, hasYear: true });
  });

  it('says whether other words stand beside the date', () => {
    expect(readDateLine('May 6, 2024')?.labelled).toBe(false);
    expect(readDateLine('Date Published: Tuesday, November 15, 2011')).toEqual({ value: '2011-11-15', hasYear: true, labelled: true, timed: false });
    expect(readDateLine('April 24, 2013 - 4: 45pm')).toEqual({ value: '2013-04-24', hasYear: true, labelled: false, timed: true });
  });

  it('reads a date line without a year, and says the year is missing', () => {
    expect(readDateLine('June 19')?.hasYear).toBe(false);
  });

  it.each([
    'On October 24 last year, when the State Duma ratified the document, the treaty came into force.',
    'March 2 was the last day of the old timetable.',
    'Sunday',
    'Related Articles',
    'Last week',
  ])('does not take the sentence or word %s for a date line', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});
