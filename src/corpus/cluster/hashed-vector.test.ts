import { describe, expect, it } from 'vitest';
import { hashedDot, hashedVector } from './hashed-vector.js';

describe('hashedDot', () => {
  it('is the cosine of the two unit vectors, whatever order their terms come in', () => {
    const x = new Map([['quake', 0.8], ['kessel', 0.6]]);
    const y = new Map([['toll', 0.6], ['kessel', 0.48], ['quake', 0.64]]);
    expect(hashedDot(hashedVector(y), hashedVector(x))).toBeCloseTo(0.8 * 0.64 + 0.6 * 0.48, 12);
  });

  it('is 0 for vectors with no term in common, and for an empty vector', () => {
    const x = hashedVector(new Map([['pact', 1]]));
    expect(hashedDot(x, hashedVector(new Map([['treaty', 1]])))).toBe(0);
    expect(hashedDot(x, hashedVector(new Map()))).toBe(0);
  });
});
