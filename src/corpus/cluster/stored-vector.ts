import type { HashedVector } from './hashed-vector.js';

/**
 * A word vector as an index keeps it with its article: the terms' hashes, then their weights as 32-bit
 * floats, little-endian, in one byte array (640 bytes for 80 terms: an SQLite BLOB, a PostgreSQL bytea,
 * or one typed array in memory, which the garbage collector does not scan). 32-bit weights move a cosine
 * by ~1e-7; `storedForm` rounds a fresh vector the same way (to 32-bit weights), so an article's vector is the same value
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

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * The stored vector as two typed-array views over its bytes, not copied: an article meets ~30 candidates,
 * and copying each one's vector into new arrays was most of the cost of reading it. Float32 weights, as
 * `storedForm` makes them.
 */
export function unpackVector(bytes: Uint8Array): HashedVector {
  if (bytes.byteLength % 8 !== 0) throw new Error(`a stored word vector has 8 bytes per term, not ${bytes.byteLength} bytes`);
  const n = bytes.byteLength / 8;
  if (!LITTLE_ENDIAN) return decodeBigEndianHost(bytes, n);
  // A driver's Buffer may be a slice of a shared pool: at an offset a typed array cannot start at (not a
  // multiple of 4), and a view of it would keep the whole pool alive as long as the vector is cached.
  // Such bytes are copied once into their own buffer; an index's own array (memory, SQLite) is not.
  const own = bytes.byteOffset % 4 === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : new Uint8Array(bytes);
  return { hashes: new Uint32Array(own.buffer, own.byteOffset, n), weights: new Float32Array(own.buffer, own.byteOffset + n * 4, n) };
}

/** Views would read the little-endian bytes in the wrong order on such a host. */
function decodeBigEndianHost(bytes: Uint8Array, n: number): HashedVector {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashes = new Uint32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = view.getUint32(i * 4, true);
    weights[i] = view.getFloat32((n + i) * 4, true);
  }
  return { hashes, weights };
}

/** The vector with its weights rounded as stored, and of the type they are read back as. */
export function storedForm(vector: HashedVector): HashedVector {
  return { hashes: vector.hashes, weights: Float32Array.from(vector.weights) };
}
