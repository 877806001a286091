import type { Direction } from './rule.js';

// Future markers: modal and scheduling words. Past is the default in news, which reports what happened.
const FUTURE = /\b(?:will|won't|shall|going to|scheduled|expected|expects?|plans? to|planned|is due|are due|is set to|are set to|is to|are to|upcoming|intends? to|would)\b|'ll\b/gi;
const PAST = /\b(?:said|told|was|were|had|did|announced|reported|\w{3,}ed)\b/gi;

/**
 * Tense around a span of a sentence: the nearer of a future marker and a past verb decides.
 * `sentence` is the sentence text and `at` the span's offset within it.
 */
export function directionAround(sentence: string, at: number): Direction {
  const nearest = (pattern: RegExp): number => {
    let best = Infinity;
    for (const match of sentence.matchAll(pattern)) best = Math.min(best, Math.abs(match.index - at));
    return best;
  };
  const future = nearest(FUTURE);
  if (future === Infinity) return 'past';
  return future <= nearest(PAST) ? 'future' : 'past';
}
