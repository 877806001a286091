import type { ArticleClaim } from '../analyze/claims/article-claim.js';
import { findClaims } from '../analyze/claims/find-claims.js';

/** A one-sentence text read as a claim (its concepts, polarity, what a negation reaches), or null. */
export function asClaim(text: string): ArticleClaim | null {
  const sentences = [{ start: 0, end: text.length, paragraph: 0 }];
  return findClaims({ id: 'check', text, sentences, entities: [], quotes: [], dates: [] })[0] ?? null;
}

/**
 * The stance a sentence's structure decides, where the headline model is out of its depth in article
 * bodies: a sentence that calls the claim's point unclear discusses it; a negation that bears on the
 * claim's own concepts, against an affirmation (or the reverse), disputes it. Null leaves it to the model.
 */
export function structuralStance(claim: ArticleClaim, sentence: ArticleClaim): 'disagree' | 'discuss' | null {
  // Names say who the claim is about, not what it says about them: they do not count as shared.
  const sharedWith = (keys: string[], other: ArticleClaim): number =>
    keys.filter((k) => other.concepts.includes(k) && !other.entities.includes(k) && !claim.entities.includes(k)).length;
  if (sentence.mode === 'open' && sharedWith(sentence.concepts, claim) >= 2) return 'discuss';
  if (sentence.mode !== 'fact' || claim.polarity === sentence.polarity) return null;
  const [negative, positive] = claim.polarity === 'negative' ? [claim, sentence] : [sentence, claim];
  return sharedWith(negative.focus, positive) >= 2 ? 'disagree' : null;
}
