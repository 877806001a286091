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
 * dates can be left out, to ask whether two claims are alike apart from them. Cached per claim
 * object: a story compares each claim with many others.
 */
export function aboutness(claim: ArticleClaim, withValues = true): Set<string> {
  const cache = withValues ? withValuesCache : withoutValuesCache;
  let keys = cache.get(claim);
  if (!keys) {
    keys = new Set([
      ...claim.concepts,
      ...claim.said.map((c) => `said:${c}`),
      ...claim.entities.map((e) => `entity:${e}`),
      ...(withValues ? claim.quantities.map((q) => `figure:${q.kind}:${q.value}:${q.unit}`) : []),
      ...(withValues ? claim.dates.map((d) => `date:${d}`) : []),
    ]);
    cache.set(claim, keys);
  }
  return keys;
}

const withValuesCache = new WeakMap<ArticleClaim, Set<string>>();
const withoutValuesCache = new WeakMap<ArticleClaim, Set<string>>();

/** Key weights of a story; the squared norm of each claim's keys is kept with them. */
export interface KeyWeights {
  (key: string): number;
  norm(keys: Set<string>): number;
  /** True for a key in more than a quarter of the story's claims (and more than a few). */
  common(key: string): boolean;
}

/**
 * Inverse document frequency of each key over the claims of a story: in a story about two leaders,
 * their names are in every sentence and say little about which claim a sentence makes.
 */
export function keyWeights(claims: PlacedClaim[]): KeyWeights {
  const df = new Map<string, number>();
  for (const { claim } of claims) for (const key of aboutness(claim)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = claims.length;
  const weight = (key: string): number => Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5));
  const norms = new WeakMap<Set<string>, number>();
  const norm = (keys: Set<string>): number => {
    let value = norms.get(keys);
    if (value === undefined) {
      value = 0;
      for (const k of keys) value += weight(k) ** 2;
      norms.set(keys, value);
    }
    return value;
  };
  const common = (key: string): boolean => (df.get(key) ?? 0) > Math.max(3, n / 4);
  return Object.assign(weight, { norm, common });
}

/** Weighted cosine of the two claims' aboutness, with a bonus when the main verbs agree. */
export function similarity(a: ArticleClaim, b: ArticleClaim, weight: KeyWeights, withValues = true): number {
  const ka = aboutness(a, withValues);
  const kb = aboutness(b, withValues);
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  let shared = 0;
  for (const k of small) if (large.has(k)) shared += weight(k) ** 2;
  const na = weight.norm(ka);
  const nb = weight.norm(kb);
  if (na === 0 || nb === 0) return 0;
  const bonus = a.predicate && a.predicate === b.predicate ? 0.1 : 0;
  return Math.min(1, shared / Math.sqrt(na * nb) + bonus);
}

/** Weighted share of `needles` found among the keys of `claim`. */
export function coverage(needles: string[], claim: ArticleClaim, weight: KeyWeights): number {
  const keys = aboutness(claim);
  let total = 0;
  let found = 0;
  for (const n of needles) {
    total += weight(n);
    if (keys.has(n)) found += weight(n);
  }
  return total === 0 ? 0 : found / total;
}
