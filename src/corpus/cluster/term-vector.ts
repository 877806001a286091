import { eachEntry, entryCount, hashedDot, hashedVector, type HashedVector, type TermEntries } from './hashed-vector.js';
import { strongest } from './strongest.js';
import { hashString } from '../dedupe/hash.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';

/** A sparse vector over term stems. */
export type TermVector = Map<string, number>;

const VECTOR_TERMS = 80;
const BIGRAM_WEIGHT = 0.5;
/** Names tell one event from another of the same kind (another earthquake, another summit). */
const NAME_BOOST = 3;

/** An article's words and names as two unit TF-IDF vectors: what happened, and who/where. */
export interface ArticleVectors {
  words: TermVector;
  names: TermVector;
}

export function articleVectors(fp: ArticleFingerprint, df: (term: string) => number, total: number): ArticleVectors {
  return { words: new Map(wordWeights(fp, df, total)), names: new Map(unitTfIdf(fp.names, df, total, () => 1)) };
}

/** The words vector's entries, strongest first: all a candidate's closeness needs (its hashed form), without a Map. */
export function wordWeights(fp: Pick<ArticleFingerprint, 'terms' | 'names'>, df: (term: string) => number, total: number): Array<[string, number]> {
  const nameSet = new Set(fp.names.flatMap(([n]) => n.split(/\s+/)));
  return unitTfIdf(fp.terms, df, total, (term) => (nameSet.has(term) ? NAME_BOOST : 1) * (term.includes('_') ? BIGRAM_WEIGHT : 1));
}

/**
 * Unit TF-IDF vector of the strongest terms (sublinear tf), strongest first. The weights of all the
 * terms (200 for a fingerprint) are ranked as positions in a typed array, and only the kept ones become
 * entries: a candidate's vector is computed many times over its life, and the discarded entries were garbage.
 */
function unitTfIdf(counts: Array<[string, number]>, df: (term: string) => number, total: number, boost: (term: string) => number): Array<[string, number]> {
  const weights = new Float64Array(counts.length);
  counts.forEach(([term, count], i) => {
    const idf = Math.log((total + 1) / (df(term) + 1)) + 1;
    weights[i] = (1 + Math.log(count)) * idf * boost(term);
  });
  const kept = strongest(weights, (i) => counts[i]![0], VECTOR_TERMS).map((i): [string, number] => [counts[i]![0], weights[i]!]);
  const length = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  for (const entry of kept) entry[1] /= length;
  return kept;
}

function norm(v: TermEntries): number {
  let s = 0;
  eachEntry(v, (_term, w) => (s += w * w));
  return Math.sqrt(s);
}

const maps = new WeakMap<Array<[string, number]>, TermVector>();

/** A stored centroid as a Map, built once per centroid value (centroids are replaced, never changed). */
export function centroidVector(centroid: Array<[string, number]>): TermVector {
  let found = maps.get(centroid);
  if (!found) {
    found = new Map(centroid);
    maps.set(centroid, found);
  }
  return found;
}

interface HashedForm {
  hashed: HashedVector;
  norm: number;
  /** `hashString` of each term in the vector's own entry order, for the vectors grown from this one. */
  termHashes: Uint32Array;
}

const hashedForms = new WeakMap<object, HashedForm>();
/** Term hashes handed down to a vector whose hashed form is not built yet (a centroid not scored yet). */
const knownTermHashes = new WeakMap<object, Uint32Array>();

/** A vector's hashed form and norm, built once per value (article vectors and centroids are replaced, never changed). */
export function hashedForm(vector: TermEntries): HashedForm {
  let found = hashedForms.get(vector);
  if (!found) {
    let termHashes = knownTermHashes.get(vector);
    if (!termHashes) {
      const hashes = new Uint32Array(entryCount(vector));
      eachEntry(vector, (term, _w, i) => (hashes[i] = hashString(term)));
      termHashes = hashes;
    }
    found = { hashed: hashedVector(vector, termHashes), norm: norm(vector), termHashes };
    hashedForms.set(vector, found);
  }
  return found;
}

/**
 * The hash of each term of `vector` in entry order: from its hashed form or from the vector it grew
 * from, else computed (and kept with its hashed form, built then: a vector asked for is about to be
 * scored or grown, and a story's centroid is scored before an article joins it).
 */
export function termHashes(vector: TermEntries): Uint32Array {
  return knownTermHashes.get(vector) ?? hashedForm(vector).termHashes;
}

/** Records the term hashes of a new vector (in its entry order), so that its hashed form need not hash its terms. */
export function withTermHashes<T extends TermEntries>(vector: T, hashes: Uint32Array): T {
  knownTermHashes.set(vector, hashes);
  return vector;
}

/** Cosine of a unit vector with a centroid. */
export function centroidCosine(unit: TermVector, centroid: Array<[string, number]>): number {
  const c = hashedForm(centroid);
  return c.norm ? hashedDot(hashedForm(unit).hashed, c.hashed) / c.norm : 0;
}

/** Cosine of two centroids. */
export function centroidsCosine(x: Array<[string, number]>, y: Array<[string, number]>): number {
  const a = hashedForm(x);
  const b = hashedForm(y);
  return a.norm && b.norm ? hashedDot(a.hashed, b.hashed) / (a.norm * b.norm) : 0;
}
