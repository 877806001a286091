import { aboutness, similarity, type KeyWeights, type PlacedClaim } from './claim-similarity.js';

/** Two claims this similar in what they are about are taken to state the same thing. */
export const SAME_CLAIM = 0.35;
const SAMPLE = 8;

/**
 * Groups the factual claims of a story that state the same thing, across articles. Greedy and
 * order-independent up to ties: claims are visited by publication time, then id, and each joins the
 * group it is most similar to on average (average link: no chaining through one loose match), that has nothing from its own article yet.
 */
export function alignClaims(claims: PlacedClaim[], weight: KeyWeights): PlacedClaim[][] {
  const ordered = claims
    .filter((c) => c.claim.mode === 'fact')
    .sort((x, y) => (x.published ?? Infinity) - (y.published ?? Infinity) || x.claim.id.localeCompare(y.claim.id));
  const groups: PlacedClaim[][] = [];
  // Groups by key, to score only groups that share a key with the claim that is not in every other claim.
  const byKey = new Map<string, Set<number>>();
  for (const c of ordered) {
    let best: PlacedClaim[] | null = null;
    let bestScore = SAME_CLAIM;
    const keys = [...aboutness(c.claim)].filter((k) => !weight.common(k));
    const candidates = new Set(keys.flatMap((k) => [...(byKey.get(k) ?? [])]));
    for (const i of candidates) {
      const g = groups[i]!;
      if (g.some((m) => m.articleId === c.articleId)) continue;
      // The first members stand for a group: a claim carried by a hundred outlets costs no more.
      const sample = g.slice(0, SAMPLE);
      const score = sample.reduce((sum, m) => sum + similarity(m.claim, c.claim, weight), 0) / sample.length;
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (!best) groups.push((best = []));
    best.push(c);
    const at = groups.indexOf(best);
    for (const k of keys) byKey.set(k, (byKey.get(k) ?? new Set()).add(at));
  }
  return groups;
}
