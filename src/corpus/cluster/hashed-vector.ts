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

/** A vector as its entries, term and weight, in their order: a Map's or a list's. */
export type TermEntries = ReadonlyMap<string, number> | ReadonlyArray<readonly [string, number]>;

export function entryCount(vector: TermEntries): number {
  return vector instanceof Map ? vector.size : (vector as ReadonlyArray<unknown>).length;
}

/**
 * Visits a vector's entries in order with their positions. Map.forEach and an indexed loop allocate
 * nothing per entry; for-of over a Map (or spreading it) made a [term, weight] pair and an iterator result
 * for each, and centroids are walked this way for every article that joins or meets a story.
 */
export function eachEntry(vector: TermEntries, visit: (term: string, weight: number, position: number) => void): void {
  if (vector instanceof Map) {
    let i = 0;
    vector.forEach((weight: number, term: string) => visit(term, weight, i++));
    return;
  }
  const list = vector as ReadonlyArray<readonly [string, number]>;
  for (let i = 0; i < list.length; i++) visit(list[i]![0], list[i]![1], i);
}

/**
 * `termHashes` are the entries' `hashString(term)` in entry order when the caller knows them already (a
 * grown centroid's terms come from the old centroid and the article, both hashed before): hashing each
 * term's characters again was most of building a centroid's form.
 */
export function hashedVector(vector: TermEntries, termHashes?: Uint32Array): HashedVector {
  const n = entryCount(vector);
  if (n > MAX_ENTRIES) throw new Error(`a hashed vector holds at most ${MAX_ENTRIES} terms, not ${n}`);
  if (termHashes && termHashes.length !== n) throw new Error(`${termHashes.length} term hashes for ${n} terms`);
  // Sorted as one Float64Array of hash × 2^16 + position (exact below 2^53): a typed array sorts
  // numerically without a comparator, and no pair is allocated per term.
  const keys = new Float64Array(n);
  const byPosition = new Float64Array(n);
  eachEntry(vector, (term, weight, i) => {
    keys[i] = (termHashes ? termHashes[i]! : hashString(term)) * MAX_ENTRIES + i;
    byPosition[i] = weight;
  });
  keys.sort();
  const hashes = new Uint32Array(n);
  const weights = new Float64Array(n);
  keys.forEach((key, i) => {
    hashes[i] = Math.floor(key / MAX_ENTRIES);
    weights[i] = byPosition[key % MAX_ENTRIES]!;
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
