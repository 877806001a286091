import { hashString } from '../dedupe/hash.js';

/**
 * A term vector in the compact form the many cosines of clustering compare: the terms' 32-bit hashes in
 * ascending order, their weights beside them. Written here rather than kept as a Map: an article
 * meets about thirty candidates and ten stories, and a cosine of two Maps costs a string-keyed look-up per term while
 * two sorted lists merge in one pass without hashing or allocation; a cached vector is two typed
 * arrays, which the garbage collector does not scan. Two different terms with one hash count as one
 * term: with 80 terms a side, about one pair of vectors in 700,000 has such a collision, and it moves
 * the cosine by at most the product of two weights.
 */
export interface HashedVector {
  hashes: Uint32Array;
  /** 32-bit when read from a store (stored-vector.ts): a view over the stored bytes. */
  weights: Float64Array | Float32Array;
}

/** Entries a vector may have: a term's position rides in the low bits of its sort key. */
const MAX_ENTRIES = 1 << 16;

/**
 * `termHashes` are the entries' `hashString(term)` in entry order when the caller knows them already (a
 * grown centroid's terms come from the old centroid and the article, both hashed before): hashing each
 * term's characters again was most of building a centroid's form.
 */
export function hashedVector(vector: Iterable<[string, number]>, termHashes?: Uint32Array): HashedVector {
  const entries = Array.isArray(vector) ? (vector as Array<[string, number]>) : [...vector];
  if (entries.length > MAX_ENTRIES) throw new Error(`a hashed vector holds at most ${MAX_ENTRIES} terms, not ${entries.length}`);
  if (termHashes && termHashes.length !== entries.length) throw new Error(`${termHashes.length} term hashes for ${entries.length} terms`);
  // Sorted as one Float64Array of hash × 2^16 + position (exact below 2^53): a typed array sorts
  // numerically without a comparator, and no pair is allocated per term.
  const keys = new Float64Array(entries.length);
  entries.forEach(([term], i) => (keys[i] = (termHashes ? termHashes[i]! : hashString(term)) * MAX_ENTRIES + i));
  keys.sort();
  const hashes = new Uint32Array(keys.length);
  const weights = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    hashes[i] = Math.floor(key / MAX_ENTRIES);
    weights[i] = entries[key % MAX_ENTRIES]![1];
  });
  return { hashes, weights };
}

/** Dot product of two hashed vectors: their cosine when both are unit vectors. */
export function hashedDot(x: HashedVector, y: HashedVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.hashes.length && j < y.hashes.length) {
    const a = x.hashes[i]!;
    const b = y.hashes[j]!;
    if (a < b) i++;
    else if (a > b) j++;
    else dot += x.weights[i++]! * y.weights[j++]!;
  }
  return dot;
}
