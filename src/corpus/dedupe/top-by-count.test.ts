import { describe, expect, it } from 'vitest';
import { topByCount } from './top-by-count.js';

describe('topByCount', () => {
  it('takes the highest counts first, ties by key, cutting inside a tie', () => {
    const counts = new Map([['b', 1], ['a', 1], ['z', 3], ['c', 2], ['d', 2], ['e', 1]]);
    expect(topByCount(counts, 4)).toEqual([['z', 3], ['c', 2], ['d', 2], ['a', 1]]);
    expect(topByCount(counts, 10)).toHaveLength(6);
    expect(topByCount(counts, 0)).toEqual([]);
  });

  it('gives the order of a sort by count down and key up, whatever the order the counts came in', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 300; i++) counts.set(`id-${next() % 1000}`, 1 + (next() % 4));
      const expected = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 30);
      expect(topByCount(counts, 30)).toEqual(expected);
    }
  });
});
