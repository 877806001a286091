import type { HashedVector } from './hashed-vector.js';

/**
 * A word vector as an index keeps it with its article: the terms' hashes, then their weights as 32-bit
 * floats, little-endian, in one byte array (640 bytes for 80 terms: an SQLite BLOB, a PostgreSQL bytea,
 * or one typed array in memory, which the garbage collector does not scan). 32-bit weights move a cosine
 * by ~1e-7; `storedForm` rounds a fresh vector the same way, so an article's vector is the same value
 * whether a later article meets it in the same batch or reads it back from a store.
 */
export function packVector(vector: HashedVector): Uint8Array {
  const n = vector.hashes.length;
  const bytes = new Uint8Array(n * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < n; i++) {
    view.setUint32(i * 4, vector.hashes[i]!, true);
    view.setFloat32((n + i) * 4, vector.weights[i]!, true);
  }
  return bytes;
}

export function unpackVector(bytes: Uint8Array): HashedVector {
  if (bytes.byteLength % 8 !== 0) throw new Error(`a stored word vector has 8 bytes per term, not ${bytes.byteLength} bytes`);
  const n = bytes.byteLength / 8;
  // A driver's Buffer may be a slice of a shared pool at any offset: read through a view of its own range.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashes = new Uint32Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = view.getUint32(i * 4, true);
    weights[i] = view.getFloat32((n + i) * 4, true);
  }
  return { hashes, weights };
}

/** The vector with its weights rounded as stored. */
export function storedForm(vector: HashedVector): HashedVector {
  return { hashes: vector.hashes, weights: Float64Array.from(vector.weights, Math.fround) };
}
