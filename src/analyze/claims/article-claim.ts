import type { Quantity } from './quantities.js';

/** A checkable statement in one article, with what it is about. Offsets are into the article text. */
export interface ArticleClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  /** 'attribution' for "X said Y": the claim is that X said it, not Y itself. */
  kind: 'statement' | 'attribution';
  /** 'open' says a point is unclear or undisclosed; 'hypothetical' is conditional or future. */
  mode: 'fact' | 'hypothetical' | 'open';
  /** Canonical names, lower-cased without punctuation (from the entities stage, else capitalised words). */
  entities: string[];
  /** Concept of the main verb, when one is found. */
  predicate: string | null;
  /** Concepts of the content words outside quoted speech: what the claim is about. */
  concepts: string[];
  /** Concepts of the words quoted from someone: what an attribution claim says they said. */
  said: string[];
  /** For a negative claim, the concepts the negation applies to ("does not include [a clause on X]"). */
  focus: string[];
  /** The words from the negation to the end of its reach ("not include a clause on X"), or null. */
  negated: string | null;
  quantities: Quantity[];
  /** Calendar values (TIMEX3 YYYY, YYYY-MM, YYYY-MM-DD) of the dates in the sentence. */
  dates: string[];
  polarity: 'positive' | 'negative';
  hedges: string[];
  speaker: string | null;
}
