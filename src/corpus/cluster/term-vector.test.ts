import { describe, expect, it } from 'vitest';
import { wordWeights } from './term-vector.js';

describe('wordWeights', () => {
  // 240 terms in three tiers of counts, so that many tie at the 80th weight and the cut falls inside a tie.
  const terms: Array<[string, number]> = Array.from({ length: 240 }, (_, i) => [`t${String(239 - i).padStart(3, '0')}`, i < 50 ? 5 : i < 140 ? 2 : 1]);
  const kept = wordWeights({ terms, names: [] }, () => 0, 100);

  it('keeps the 80 strongest terms, strongest first, ties by term', () => {
    expect(kept).toHaveLength(80);
    const tier5 = terms.slice(0, 50).map(([t]) => t).sort();
    const tier2 = terms.slice(50, 140).map(([t]) => t).sort();
    expect(kept.map(([t]) => t)).toEqual([...tier5, ...tier2.slice(0, 30)]);
  });

  it('is a unit vector', () => {
    expect(kept.reduce((s, [, w]) => s + w * w, 0)).toBeCloseTo(1, 12);
  });
});
