import { describe, expect, it } from 'vitest';
import { dateInText, dateInUrl, normalizeDate } from './parse-date.js';

describe('normalizeDate', () => {
  it('keeps ISO dates and date-times with their offset', () => {
    expect(normalizeDate('2024-06-19')).toBe('2024-06-19');
    expect(normalizeDate('2024-06-19T09:20:00+0200')).toBe('2024-06-19T09:20:00+02:00');
    expect(normalizeDate('2024-06-19T09:20Z')).toBe('2024-06-19T09:20:00Z');
  });
  it('reads written dates', () => {
    expect(normalizeDate('Jun 19, 2024 09:20')).toBe('2024-06-19');
    expect(normalizeDate('Friday, April 4, 2025')).toBe('2025-04-04');
    expect(normalizeDate('4 April 2025')).toBe('2025-04-04');
    expect(normalizeDate('04.04.2025')).toBe('2025-04-04');
  });
  it('refuses what is not a real date', () => {
    expect(normalizeDate('2024-02-30')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('1066-10-14')).toBeNull();
  });
});

describe('dateInUrl / dateInText', () => {
  it('finds dates in URL paths', () => {
    expect(dateInUrl('https://x.example/2024/06/19/story')).toBe('2024-06-19');
    expect(dateInUrl('https://x.example/news/20240619-story')).toBe('2024-06-19');
  });
  it('does not take article ids or other numbers for dates', () => {
    expect(dateInUrl('https://x.example/news/471033-story')).toBeNull();
    expect(dateInUrl('https://x.example/2024/13/40/story')).toBeNull();
    expect(dateInUrl('not a url')).toBeNull();
  });
  it('finds a date inside a line of text', () => {
    expect(dateInText('Updated: March 5, 2024, 10:00')).toBe('2024-03-05');
    expect(dateInText('No date here, only 12 apples.')).toBeNull();
  });
});

describe('dates in other languages', () => {
  it('reads German, French and Spanish month names', () => {
    expect(dateInText('Veröffentlicht am 14. März 2024 von H. S.')).toBe('2024-03-14');
    expect(dateInText('publié le 3 février 2024')).toBe('2024-02-03');
    expect(dateInText('3 de marzo de 2024')).toBe('2024-03-03');
  });
  it('skips a word that only looks like a month slot', () => {
    expect(dateInText('about 5 apples 2024, then June 2, 2024')).toBe('2024-06-02');
  });
});
