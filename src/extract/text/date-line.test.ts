import { describe, expect, it } from 'vitest';
import { readDateLine } from './date-line.js';

describe('readDateLine', () => {
  it.each([
    ['Friday, April 4, 2025', '2025-04-04'],
    ['Jun 19, 2024 09:20', '2024-06-19T09:20'],
    ['Nov. 1, 2023', '2023-11-01'],
    ['Updated: 2024-06-19', '2024-06-19'],
  ])('reads the date line %s', (line, value) => {
    expect(readDateLine(line)).toEqual({ value, hasYear: true });
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
