import type { ArticleFingerprint } from '../dedupe/fingerprint.js';

/** A sparse vector over term stems. */
export type TermVector = Map<string, number>;

const VECTOR_TERMS = 40;
/** Names tell one event from another of the same kind (another earthquake, another summit). */
const NAME_BOOST = 2;

/** Unit TF-IDF vector of an article's strongest terms (sublinear tf; names weigh more). */
export function termVector(fp: ArticleFingerprint, df: (term: string) => number, total: number): TermVector {
  const names = new Set(fp.names.flatMap(([n]) => n.split(/\s+/)));
  const weighted = fp.terms.map(([term, count]): [string, number] => {
    const idf = Math.log((total + 1) / (df(term) + 1)) + 1;
    return [term, (1 + Math.log(count)) * idf * (names.has(term) ? NAME_BOOST : 1)];
  });
  weighted.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const kept = weighted.slice(0, VECTOR_TERMS);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return new Map(kept.map(([t, w]) => [t, w / norm]));
}

export function norm(v: Iterable<[string, number]>): number {
  let s = 0;
  for (const [, w] of v) s += w * w;
  return Math.sqrt(s);
}

/** Cosine of a unit vector with any vector of the given norm. */
export function cosine(unit: TermVector, other: TermVector, otherNorm = norm(other)): number {
  if (!otherNorm) return 0;
  let dot = 0;
  for (const [t, w] of unit) dot += w * (other.get(t) ?? 0);
  return dot / otherNorm;
}
