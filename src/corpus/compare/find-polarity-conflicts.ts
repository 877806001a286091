import type { Conflict } from '../../core/types.js';
import { coverage, type PlacedClaim, type KeyWeights } from './claim-similarity.js';
import { passageOf } from './passage.js';

type Found = Omit<Conflict, 'id'>;

/** Share (weighted) of what a negation denies that the positive claim must state. */
const SAME_POINT = 0.75;
const MIN_FOCUS = 3;

/**
 * One source says a thing is so, another that it is not: the concepts under the negation ("does
 * not include [a clause on automatic military intervention]") are nearly all stated, without
 * negation, by a factual claim from another source. Sources that call the point unclear are listed
 * with the conflict, not counted as a side.
 */
export function findPolarityConflicts(claims: PlacedClaim[], weight: KeyWeights): Found[] {
  const found: Found[] = [];
  const facts = claims.filter((c) => c.claim.mode === 'fact');
  const open = claims.filter((c) => c.claim.mode === 'open');
  for (const neg of facts) {
    const { focus, negated } = neg.claim;
    if (neg.claim.polarity !== 'negative' || focus.length < MIN_FOCUS) continue;
    const pos = facts
      .filter((p) => p.group !== neg.group && p.claim.polarity === 'positive')
      .map((p) => ({ p, score: coverage(focus, p.claim, weight) }))
      .filter((x) => x.score >= SAME_POINT)
      .sort((x, y) => y.score - x.score)[0];
    if (!pos) continue;
    const unclear = open.filter((o) => focus.filter((k) => o.claim.concepts.includes(k)).length >= 2).map(passageOf);
    const hedged = neg.claim.hedges.length > 0 ? ` (hedged: ${neg.claim.hedges.join(', ')})` : '';
    found.push({
      kind: 'polarity',
      about: negated?.replace(/^\S+\s+/, '') ?? focus.join(' '),
      a: passageOf(neg),
      b: passageOf(pos.p),
      note: `one source says "${negated}"${hedged}; another states it`,
      ...(unclear.length > 0 ? { open: unclear } : {}),
    });
  }
  return found;
}
