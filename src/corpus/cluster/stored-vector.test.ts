import { describe, expect, it } from 'vitest';
import { hashedDot, hashedVector } from './hashed-vector.js';
import { packVector, storedForm, unpackVector } from './stored-vector.js';

describe('stored word vectors', () => {
  const vector = hashedVector([['seawall', 0.8], ['council', 0.5], ['vote_delayed', 0.33166247903554]]);

  it('reads back exactly the stored form, from any offset of a shared buffer', () => {
    const packed = packVector(vector);
    expect(packed.byteLength).toBe(24);
    const pool = new Uint8Array(packed.byteLength + 3);
    pool.set(packed, 3);
    const read = unpackVector(pool.subarray(3));
    expect([...read.hashes]).toEqual([...vector.hashes]);
    expect([...read.weights]).toEqual([...storedForm(vector).weights]);
    expect(hashedDot(read, vector)).toBeCloseTo(1, 6);
  });

  it('reads its own bytes in place, and copies a slice of a larger buffer rather than keep the buffer alive', () => {
    const packed = packVector(vector);
    const read = unpackVector(packed);
    expect(read.hashes.buffer).toBe(packed.buffer);
    expect([...read.weights]).toEqual([...storedForm(vector).weights]);
    const pool = new Uint8Array(packed.byteLength + 8);
    pool.set(packed, 8);
    const sliced = unpackVector(pool.subarray(8));
    expect(sliced.hashes.buffer).not.toBe(pool.buffer);
    expect([...sliced.hashes]).toEqual([...vector.hashes]);
  });

  it('refuses bytes that are not whole terms', () => {
    expect(() => unpackVector(new Uint8Array(12))).toThrow(/8 bytes per term/);
  });
});
