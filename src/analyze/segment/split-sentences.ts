import type { Sentence } from '../../core/types.js';

// Written here rather than taken from a library: sentence offsets into the exact clean text are
// what every later stage points back to, and Intl.Segmenter splits after "Mr." and "U.S.".
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep',
  'pres', 'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'e.g', 'i.e',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** Splits clean text into sentences; paragraphs are separated by blank lines (or single newlines). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const paragraphPattern = /[^\n]+/g;
  for (const match of text.matchAll(paragraphPattern)) {
    const offset = match.index;
    for (const [start, end] of splitParagraph(match[0])) {
      sentences.push({ start: offset + start, end: offset + end, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

function splitParagraph(paragraph: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpace(paragraph, 0);
  for (let i = start; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < paragraph.length && (paragraph[end] === '.' || paragraph[end] === '!' || paragraph[end] === '?')) end++;
    while (end < paragraph.length && CLOSERS.has(paragraph[end]!)) end++;
    if (end < paragraph.length && paragraph[end] !== ' ') continue;
    const next = skipSpace(paragraph, end);
    if (next >= paragraph.length) break;
    if (!startsSentence(paragraph, next)) continue;
    if (ch === '.' && isAbbreviation(paragraph, i)) continue;
    spans.push([start, trimEnd(paragraph, end)]);
    start = next;
    i = next - 1;
  }
  const last = trimEnd(paragraph, paragraph.length);
  if (last > start) spans.push([start, last]);
  return spans;
}

function startsSentence(text: string, at: number): boolean {
  const ch = text[at]!;
  return /[\p{Lu}\p{N}"'“‘«([]/u.test(ch);
}

function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S. officials" (but "the U.S. The" stays ambiguous).
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
