import { describe, expect, it } from 'vitest';
import { CandidateVectors } from './candidate-vectors.js';
import { hashedVector } from './hashed-vector.js';

describe('CandidateVectors', () => {
  const vector = hashedVector(new Map([['quake', 1]]));

  it('gives a vector back while the corpus has grown by at most a tenth since it was computed', () => {
    const cache = new CandidateVectors();
    cache.set('a', vector, 1000);
    expect(cache.get('a', 1000)).toBe(vector);
    expect(cache.get('a', 1100)).toBe(vector);
    expect(cache.get('a', 1101)).toBeUndefined();
    expect(cache.get('b', 1000)).toBeUndefined();
  });

  it('keeps the vector computed last', () => {
    const cache = new CandidateVectors();
    const newer = hashedVector(new Map([['kessel', 1]]));
    cache.set('a', vector, 1000);
    cache.set('a', newer, 2000);
    expect(cache.get('a', 2000)).toBe(newer);
  });
});
