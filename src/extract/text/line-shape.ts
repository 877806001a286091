import { splitSentences } from '../../analyze/segment/split-sentences.js';

// The features the line rules decide by: length, punctuation, sentence shape, capitalisation.

/** The line without leading decoration (emoji, bullets, markdown heading marks) that carries no words. */
export function bareText(text: string): string {
  return text.replace(/^[^\p{L}\p{N}"'“‘«(]+/u, '').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  // Spaces may stand before the closing quote in detokenised text: `"Always reckless. "`.
  return /[.!?…][\s"'”’»)\]]*$/.test(text) || /[”»]$/.test(text);
}

export function sentenceCount(text: string): number {
  return splitSentences(text).length;
}

/** Starts as a headline or sentence does: a capital, a digit or an opening quote. */
export function startsCapitalised(text: string): boolean {
  return /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(bareText(text));
}

/**
 * A headline: a capitalised line of a few words that does not end with a full stop (a question or an
 * exclamation mark is allowed, headlines use them). Too short to be a heading of a list ("Topics").
 */
export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= 4 && words <= 30 && text.length <= 200 && startsCapitalised(text) && !/[.:;,]["'”’»)\]]*$/.test(text);
}

/** Share of the longer words (4 letters or more) that start with a capital: high in Title Case headlines. */
export function titleCaseRatio(text: string): number {
  const words = text.split(/\s+/).filter((word) => /^["'“‘«(]?\p{L}{4,}/u.test(word));
  return words.length === 0 ? 0 : words.filter((word) => /^["'“‘«(]?\p{Lu}/u.test(word)).length / words.length;
}

/**
 * A headline that links to a story: a headline's length or its Title Case ("Four crossings a day" has
 * neither), and words rather than figures ("Joe Louis 26 - 1" is a row of a table).
 */
export function isLinkHeadline(text: string): boolean {
  const words = wordCount(text);
  const figures = text.split(/\s+/).filter((token) => /^[\d.,:%–-]+$/.test(token)).length;
  return isHeadline(text) && words >= 5 && figures <= words * 0.2 && (words >= 8 || titleCaseRatio(text) >= 0.6);
}

/** A bulleted or numbered list item: part of a list the article makes. */
export function isBulleted(line: string): boolean {
  return /^([-•*–·]|\d+[.)])\s/.test(line);
}

/** A short line with no sentence ending: a heading, a label, a widget or a tag list. */
export function isShortLabel(text: string, maxWords = 5): boolean {
  return wordCount(text) <= maxWords && !endsSentence(text);
}

/** A long line, or a paragraph of several sentences: article text, never a list item or a label. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 40 || (words >= 25 && sentenceCount(text) >= 2);
}

// Connectors that may sit lower-case inside a name or an agency line ("Jane Doe and John Roe").
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'da', 'van', 'von', 'der', 'of', 'the', 'al', 'bin', 'le', 'la']);

/** A name, or names, or an agency: a few words, every one capitalised except connectors. */
export function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || endsSentence(text) || /[:;]/.test(text)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}]/u.test(word));
  return capitalised.length >= 1 && words.every((word) => /^[\p{Lu}]/u.test(word) || NAME_CONNECTORS.has(word.toLowerCase()));
}

/** Words of the line in lower case with punctuation dropped, for comparing lines with each other. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
