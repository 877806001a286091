import type { Direction } from './rule.js';

// Future markers: modal and scheduling words, and the prepositions that open a period forward ("starting on
// Thursday", "until Friday"). Past is the default in news, which reports what happened.
const FUTURE =
  /\b(?:will|won't|shall|going to|scheduled|expected|expects?|plans? to|planned|planning|set to|as soon as|ready to|is due|are due|is set to|are set to|is to|are to|upcoming|intends? to|would|starting|beginning|until|till|ahead of)\b|'ll\b/gi;
// Past verbs; a participle after "be"/"been" ("will be named") is not one, nor are "succeed", "need".
const PAST = /\b(?:said|told|was|were|had|did|announced|reported|(?<!\b(?:be|been|being)\s)\w{2,}(?<!e)ed)\b/gi;
/** A verb after the expression governs it less often than one before it ("said Friday", "met on Monday"). */
const AFTER_WEIGHT = 2;

/**
 * Tense around a span of a sentence: the nearer of a future marker and a past verb decides.
 * `sentence` is the sentence text and `at` the span's offset within it.
 */
export function directionAround(sentence: string, at: number): Direction {
  const nearest = (pattern: RegExp): number => {
    let best = Infinity;
    for (const match of sentence.matchAll(pattern)) {
      const distance = match.index < at ? at - match.index : (match.index - at) * AFTER_WEIGHT;
      best = Math.min(best, distance);
    }
    return best;
  };
  const future = nearest(FUTURE);
  if (future === Infinity) return 'past';
  return future <= nearest(PAST) ? 'future' : 'past';
}
