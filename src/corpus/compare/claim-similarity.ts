import type { ArticleClaim } from '../../analyze/claims/article-claim.js';

/** A claim placed in the corpus: which article, which source group, when published. */
export interface PlacedClaim {
  articleId: string;
  group: string;
  /** Publication time in ms, or null when unknown. */
  published: number | null;
  claim: ArticleClaim;
}

/**
 * What a claim is about: its concepts, entities, figures and dates, as one set of keys. Figures and
 * dates can be left out, to ask whether two claims are alike apart from them.
 */
export function aboutness(claim: ArticleClaim, withValues = true): Set<string> {
  return new Set([
    ...claim.concepts,
    ...claim.said.map((c) => `said:${c}`),
    ...claim.entities.map((e) => `entity:${e}`),
    ...(withValues ? claim.quantities.map((q) => `figure:${q.kind}:${q.value}:${q.unit}`) : []),
    ...(withValues ? claim.dates.map((d) => `date:${d}`) : []),
  ]);
}

/**
 * Inverse document frequency of each key over the claims of a story: in a story about two leaders,
 * their names are in every sentence and say little about which claim a sentence makes.
 */
export function keyWeights(claims: PlacedClaim[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const { claim } of claims) for (const key of aboutness(claim)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = claims.length;
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5));
}

/** Weighted cosine of the two claims' aboutness, with a bonus when the main verbs agree. */
export function similarity(a: ArticleClaim, b: ArticleClaim, weight: (key: string) => number, withValues = true): number {
  const ka = aboutness(a, withValues);
  const kb = aboutness(b, withValues);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const k of ka) {
    const w = weight(k) ** 2;
    na += w;
    if (kb.has(k)) shared += w;
  }
  for (const k of kb) nb += weight(k) ** 2;
  if (na === 0 || nb === 0) return 0;
  const bonus = a.predicate && a.predicate === b.predicate ? 0.1 : 0;
  return Math.min(1, shared / Math.sqrt(na * nb) + bonus);
}

/** Weighted share of `needles` found among the keys of `claim`. */
export function coverage(needles: string[], claim: ArticleClaim, weight: (key: string) => number): number {
  const keys = aboutness(claim);
  let total = 0;
  let found = 0;
  for (const n of needles) {
    total += weight(n);
    if (keys.has(n)) found += weight(n);
  }
  return total === 0 ? 0 : found / total;
}
