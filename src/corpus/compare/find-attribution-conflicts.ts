import type { Conflict, Quote } from '../../core/types.js';
import { words } from '../../analyze/claims/words.js';

type Found = Omit<Conflict, 'id'>;

export interface PlacedQuote {
  articleId: string;
  group: string;
  quote: Quote;
}

const SAME_WORDS = 0.7;
const MIN_WORDS = 4;

/** The same words given to two different speakers by two sources. */
export function findAttributionConflicts(quotes: PlacedQuote[]): Found[] {
  const found: Found[] = [];
  // Words of each quote and speaker, once: every quote is compared with every other.
  const usable = quotes
    .filter((q) => q.quote.speaker !== null)
    .map((q) => ({ ...q, words: lowerWords(q.quote.text), speakerWords: lowerWords(q.quote.speaker!) }))
    .filter((q) => q.words.length >= MIN_WORDS);
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const [a, b] = [usable[i]!, usable[j]!];
      if (a.group === b.group || sameSpeaker(a.speakerWords, b.speakerWords)) continue;
      if (overlap(a.words, b.words) < SAME_WORDS) continue;
      found.push({
        kind: 'attribution',
        about: `who said "${a.quote.text.slice(0, 80)}"`,
        a: { articleId: a.articleId, text: a.quote.text, start: a.quote.start, end: a.quote.end },
        b: { articleId: b.articleId, text: b.quote.text, start: b.quote.start, end: b.quote.end },
        note: `${a.quote.speaker} vs ${b.quote.speaker}`,
      });
    }
  }
  return found;
}

function lowerWords(text: string): string[] {
  return words(text).map((w) => w.lower);
}

/** "Putin" and "Vladimir Putin" are one speaker: one name's words contain the other's. */
function sameSpeaker(x: string[], y: string[]): boolean {
  return y.every((w) => x.includes(w)) || x.every((w) => y.includes(w));
}

/** Share of the shorter quote's words found in the longer: a shortened quote is the same quote. */
function overlap(x: string[], y: string[]): number {
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.filter((w) => long.has(w)).length / Math.max(1, short.length);
}
