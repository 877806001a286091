import type { Sentence } from '../../core/types.js';

/** A word of the text with what the name recogniser needs to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter (or is an all-capitals acronym). */
  cap: boolean;
  /** Ended by "'s" / "’s", which was cut off (`end` excludes it). */
  possessive: boolean;
  /** Something other than a single space (punctuation, quote mark, line break) separates it from the previous word. */
  breakBefore: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  initial: boolean;
}

// Words with inner hyphens, apostrophes, dots and ampersands ("Jong-un", "O'Brien", "U.S.", "AT&T").
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?/gu;
const ABBREVIATED = /^(?:\p{L}\.)+$|^\p{Lu}\.$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Inc|Corp|Ltd|Co)\.$/u;

const UPPER = /^\p{Lu}/u;
const OPENING_QUOTE = /[“«"‘]\s?$/u;
const strippedOrAbbreviated = (lower: string): string => (lower.endsWith('.') ? lower.slice(0, -1) : lower);

/** One pass over the text; sentence starts come from the segmenter. Linear in the text length. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let prevEnd = -1;
  let prevStrippedDot = false;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    let strippedDot = false;
    if (word.endsWith('.') && !ABBREVIATED.test(word)) {
      word = word.slice(0, -1);
      strippedDot = true;
    }
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const beforeLast = word[word.length - 2];
    if ((last === 115 /* s */ && (beforeLast === "'" || beforeLast === '’')) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    while (sentence < sentences.length && sentences[sentence]!.end <= start) sentence++;
    const initial = sentence < sentences.length && sentences[sentence]!.start === start;
    const previous = tokens[tokens.length - 1];
    // Char checks rather than slicing the gap: this loop runs once per word of every article.
    const gapLength = start - prevEnd;
    const singleSpace = prevEnd >= 0 && gapLength === 1 && text.charCodeAt(prevEnd) === 32;
    // "Workers’ Party": a plural possessive's apostrophe does not break a name.
    const pluralPossessive = prevEnd >= 0 && gapLength === 2 && (text[prevEnd] === '’' || text[prevEnd] === "'") &&
      text.charCodeAt(prevEnd + 1) === 32 && previous?.text.endsWith('s') === true;
    const first = word.charCodeAt(0);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: strippedOrAbbreviated(word.toLowerCase()),
      cap: (first >= 65 && first <= 90) || (first > 127 && UPPER.test(word)),
      possessive,
      breakBefore: !(singleSpace || pluralPossessive) || previous?.possessive === true || prevStrippedDot,
      initial: initial || OPENING_QUOTE.test(text.slice(Math.max(0, start - 2), start)),
    });
    prevEnd = match.index + match[0].length;
    prevStrippedDot = strippedDot;
  }
  return tokens;
}
