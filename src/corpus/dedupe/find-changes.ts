import type { Link } from '../../core/types.js';
import { numbersOf, type PreparedSentence } from './sentence-features.js';
import { isFunctionWord, stem, type Word } from './words.js';

export type Change = Link['changes'][number];

// Grammar of uncertainty: modal verbs and hedging adverbs/verbs. Generic English, not taken from any text.
const HEDGES = new Set([
  'could', 'may', 'might', 'would', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'reportedly',
  'allegedly', 'apparently', 'seemingly', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'suggest',
  'suggests', 'suggested', 'unclear', 'unconfirmed', 'believed', 'expected', 'potential', 'potentially', 'possible',
]);
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'neither', 'nor', 'without']);

/**
 * The meaningful differences between two aligned sentences (a = source side, b = the rewrite).
 * Word order is aligned by a longest common subsequence; each stretch between matched words is
 * one edit, kept only when it changes what is claimed: a hedge, a negation, a number, a quote, or
 * a single rare content word swapped in the same slot. Rephrasings and synonyms around matched
 * words are left out.
 */
export function findChanges(
  a: PreparedSentence,
  b: PreparedSentence,
  textA: string,
  textB: string,
  isRare: (stem: string) => boolean = () => true,
): Change[] {
  const changes: Change[] = [];
  const edits = diffWords(a.words, b.words);
  const balance = {
    hedges: count(a.words, isHedge) - count(b.words, isHedge),
    negations: count(a.words, isNegation) - count(b.words, isNegation),
  };
  for (const e of edits) {
    const from = e.a.length ? textA.slice(e.a[0]!.start, e.a[e.a.length - 1]!.end) : '';
    const to = e.b.length ? textB.slice(e.b[0]!.start, e.b[e.b.length - 1]!.end) : '';
    const aStart = e.a[0]?.start ?? e.aAt;
    const bStart = e.b[0]?.start ?? e.bAt;
    const kind = classify(e, balance, b, isRare);
    if (kind) changes.push({ kind, from, to, aStart, bStart });
  }
  changes.push(...quoteChanges(a, b, textA, textB));
  return changes;
}

interface Edit {
  a: Word[];
  b: Word[];
  /** Offsets where an empty side stands (for insertions and deletions). */
  aAt: number;
  bAt: number;
  /** Both neighbours of the edit are matched words: the edit fills the same slot. */
  inSlot: boolean;
}

const isHedge = (w: Word): boolean => HEDGES.has(w.norm);
const isNegation = (w: Word): boolean => NEGATIONS.has(w.norm) || w.norm.endsWith("n't");
const count = (words: Word[], test: (w: Word) => boolean): number => words.filter(test).length;
const SHORT_EDIT = 3;

/**
 * Hedges and negations count only when the whole sentence gained or lost one (a hedge moved or
 * reworded is no change); numbers only when one replaces another; a word only when it is swapped
 * alone in the same slot, for a word of another stem that is not common in the corpus.
 */
function classify(e: Edit, balance: { hedges: number; negations: number }, b: PreparedSentence, isRare: (stem: string) => boolean): string | null {
  const hedgeDelta = count(e.a, isHedge) - count(e.b, isHedge);
  if (hedgeDelta > 0 && balance.hedges > 0) return 'hedge-removed';
  if (hedgeDelta < 0 && balance.hedges < 0) return 'hedge-added';
  const negationDelta = count(e.a, isNegation) - count(e.b, isNegation);
  if (negationDelta !== 0 && Math.sign(negationDelta) === Math.sign(balance.negations) && e.a.length <= SHORT_EDIT && e.b.length <= SHORT_EDIT) {
    return negationDelta > 0 ? 'negation-removed' : 'negation-added';
  }
  const numsA = e.a.filter((w) => w.numeric && !numbersOf(b).has(w.norm));
  const numsB = e.b.filter((w) => w.numeric);
  if (numsA.length && numsB.length) return 'number-changed';
  const contentA = e.a.filter((w) => !isFunctionWord(w.norm));
  const contentB = e.b.filter((w) => !isFunctionWord(w.norm));
  const [wa, wb] = [contentA[0], contentB[0]];
  if (
    e.inSlot && wa && wb && contentA.length === 1 && contentB.length === 1 && e.a.length <= 2 && e.b.length <= 2 &&
    !wa.numeric && !wb.numeric && !isHedge(wa) && !isHedge(wb) && wa.norm.length > 3 && wb.norm.length > 3 &&
    stem(wa.norm) !== stem(wb.norm) && isRare(stem(wa.norm)) && isRare(stem(wb.norm))
  ) return 'word-changed';
  return null;
}

/** Edits between two word sequences, from their longest common subsequence. */
function diffWords(x: Word[], y: Word[]): Edit[] {
  const n = x.length;
  const m = y.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = x[i]!.norm === y[j]!.norm ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  let pending: Edit | null = null;
  const flush = (matchedAfter: boolean): void => {
    if (pending) edits.push({ ...pending, inSlot: pending.inSlot && matchedAfter });
    pending = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && x[i]!.norm === y[j]!.norm) {
      flush(true);
      i++;
      j++;
      continue;
    }
    pending ??= { a: [], b: [], aAt: x[i]?.start ?? x[n - 1]?.end ?? 0, bAt: y[j]?.start ?? y[m - 1]?.end ?? 0, inSlot: i > 0 && j > 0 };
    if (j >= m || (i < n && table[i + 1]![j]! >= table[i]![j + 1]!)) pending.a.push(x[i++]!);
    else pending.b.push(y[j++]!);
  }
  flush(false);
  return edits;
}

const QUOTE = /["“«]([^"”»]{8,})["”»]/g;

/** A quotation that the rewrite shortened or altered (matched to the quote in a sharing most words). */
function quoteChanges(a: PreparedSentence, b: PreparedSentence, textA: string, textB: string): Change[] {
  const quotesA = [...textA.slice(a.start, a.end).matchAll(QUOTE)];
  const quotesB = [...textB.slice(b.start, b.end).matchAll(QUOTE)];
  const changes: Change[] = [];
  for (const qb of quotesB) {
    const wordsB = new Set(quoteWords(qb[1]!));
    const match = quotesA.find((qa) => quoteWords(qa[1]!).filter((w) => wordsB.has(w)).length >= wordsB.size / 2);
    if (!match || quoteWords(match[1]!).join(' ') === quoteWords(qb[1]!).join(' ')) continue;
    const wordsA = new Set(quoteWords(match[1]!));
    const shortened = [...wordsB].every((w) => wordsA.has(w));
    changes.push({
      kind: shortened ? 'quote-shortened' : 'quote-altered',
      from: match[1]!,
      to: qb[1]!,
      aStart: a.start + match.index + 1,
      bStart: b.start + qb.index + 1,
    });
  }
  return changes;
}

/** The words of a quotation, ignoring punctuation and hyphenation ("strongest-ever," = "strongest ever."). */
function quoteWords(quote: string): string[] {
  return quote.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}
