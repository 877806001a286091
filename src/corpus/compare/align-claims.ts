import { similarity, type PlacedClaim } from './claim-similarity.js';

/** Two claims this similar in what they are about are taken to state the same thing. */
export const SAME_CLAIM = 0.35;

/**
 * Groups the factual claims of a story that state the same thing, across articles. Greedy and
 * order-independent up to ties: claims are visited by publication time, then id, and each joins the
 * group it is most similar to on average (average link: no chaining through one loose match), that has nothing from its own article yet.
 */
export function alignClaims(claims: PlacedClaim[], weight: (key: string) => number): PlacedClaim[][] {
  const ordered = claims
    .filter((c) => c.claim.mode === 'fact')
    .sort((x, y) => (x.published ?? Infinity) - (y.published ?? Infinity) || x.claim.id.localeCompare(y.claim.id));
  const groups: PlacedClaim[][] = [];
  for (const c of ordered) {
    let best: PlacedClaim[] | null = null;
    let bestScore = SAME_CLAIM;
    for (const g of groups) {
      if (g.some((m) => m.articleId === c.articleId)) continue;
      const score = g.reduce((sum, m) => sum + similarity(m.claim, c.claim, weight), 0) / g.length;
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.push(c);
    else groups.push([c]);
  }
  return groups;
}
