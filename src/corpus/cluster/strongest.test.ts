import { describe, expect, it } from 'vitest';
import { strongest } from './strongest.js';

describe('strongest', () => {
  const keys = ['e', 'b', 'd', 'a', 'c', 'f'];
  const weights = Float64Array.of(0.5, 0.9, 0.5, 0.5, 0.1, 0.9);
  const named = (positions: number[]): string[] => positions.map((i) => keys[i]!);

  it('takes the largest weights first, ties by key, cutting inside a tie', () => {
    expect(named(strongest(weights, (i) => keys[i]!, 4))).toEqual(['b', 'f', 'a', 'd']);
  });

  it('orders them all when there are no more than k', () => {
    expect(named(strongest(weights, (i) => keys[i]!, 6))).toEqual(['b', 'f', 'a', 'd', 'e', 'c']);
    expect(named(strongest(weights, (i) => keys[i]!, 10))).toEqual(['b', 'f', 'a', 'd', 'e', 'c']);
  });
});
