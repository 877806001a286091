import type { SourcePassage } from '../../core/types.js';
import type { PlacedClaim } from './claim-similarity.js';

export function passageOf({ articleId, claim }: PlacedClaim): SourcePassage {
  return { articleId, text: claim.text, start: claim.start, end: claim.end };
}

/** Pairs of claims from different sources: only those can corroborate or contradict each other. */
export function* crossSourcePairs(claims: PlacedClaim[]): Generator<[PlacedClaim, PlacedClaim]> {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i]!.group !== claims[j]!.group) yield [claims[i]!, claims[j]!];
    }
  }
}
