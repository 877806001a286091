import { describe, expect, it } from 'vitest';
import { TermCounts } from './term-counts.js';

describe('TermCounts', () => {
  it('counts each term apart, through many resizes', () => {
    const counts = new TermCounts();
    for (let i = 0; i < 20_000; i++) counts.add(`term${i % 5000}`);
    expect(counts.size).toBe(5000);
    expect(counts.get('term0')).toBe(4);
    expect(counts.get('term4999')).toBe(4);
    counts.add('term7', 3);
    expect(counts.get('term7')).toBe(7);
  });

  it('gives 0 for a term never counted', () => {
    const counts = new TermCounts();
    counts.add('treaty');
    expect(counts.get('treaties')).toBe(0);
    expect(counts.get('')).toBe(0);
  });
});
