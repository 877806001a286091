import { contentStems, isFunctionWord, tokenize, type Word } from './words.js';

/** A sentence prepared once for comparison with many others. */
export interface PreparedSentence {
  start: number;
  end: number;
  words: Word[];
  stems: Set<string>;
  stemList: string[];
  /** The text the sentence is a span of (the article's, not a copy). */
  source: string;
  /** Whether the sentence's first word opens it (a capital there is no sign of a name). */
  isStart: boolean;
  // The rest is made the first time it is asked for (keyOf, numbersOf, namesOf, contentWordsOf, lettersOf):
  // most sentences of an article never meet a sentence sharing enough stems to be compared, let alone scored.
  /** The word sequence, lower-cased: equal for the same sentence in two texts. */
  key?: string;
  numbers?: Set<string>;
  /** Capitalised content words inside the sentence, and its content words in order. */
  names?: Set<string>;
  contentWords?: string[];
  /** Letters and digits only, lower-cased, for character n-grams. */
  letters?: string;
  /** Stem bigrams and character trigrams, computed the first time the sentence is scored. */
  bigrams?: Set<string>;
  trigrams?: Float64Array;
  /** Word n-gram counts for n = 1..4, computed the first time the sentence is scored (most never are). */
  ngrams?: Array<Map<string, number>>;
  /** The sentence's score with a verbatim copy of itself, computed the first time one is met. */
  selfScore?: { probability: number; features: PairFeatures };
}

export function prepareSentence(text: string, start: number, end: number, isStart = true): PreparedSentence {
  const words = tokenize(text, start, end).filter((w) => w.end <= end);
  const stems = contentStems(words);
  return {
    start,
    end,
    words,
    stems: new Set(stems),
    stemList: stems,
    source: text,
    isStart,
    // Every field made later is present from the start, so that all sentences share one shape: fields added
    // in whatever order each sentence is first scored made many, and the alignment's loops read them all.
    key: undefined,
    numbers: undefined,
    names: undefined,
    contentWords: undefined,
    letters: undefined,
    bigrams: undefined,
    trigrams: undefined,
    ngrams: undefined,
    selfScore: undefined,
  };
}

/** The features the paraphrase scorer weighs; all in [0, 1], kept so a user can see why. */
export interface PairFeatures {
  dice: number;
  containment: number;
  bigramDice: number;
  charJaccard: number;
  lengthRatio: number;
  numbersDiffer: number;
  namesDiffer: number;
  orderLcs: number;
  /** Share of the content words of the sentence with more unshared words that the other lacks. */
  uncoveredMax: number;
  uncoveredMin: number;
  /** 1 when the numbers of one sentence are all in the other (or neither has any). */
  numbersAgree: number;
  wordTrigramDice: number;
  /** BLEU-style word n-gram precision (n = 1..4), the lower and the higher of the two directions. */
  ngram1Min: number;
  ngram1Max: number;
  ngram2Min: number;
  ngram2Max: number;
  ngram3Min: number;
  ngram4Min: number;
}

export const FEATURE_NAMES: Array<keyof PairFeatures> = [
  'dice', 'containment', 'bigramDice', 'charJaccard', 'lengthRatio', 'numbersDiffer', 'namesDiffer', 'orderLcs',
  'uncoveredMax', 'uncoveredMin', 'numbersAgree', 'wordTrigramDice',
  'ngram1Min', 'ngram1Max', 'ngram2Min', 'ngram2Max', 'ngram3Min', 'ngram4Min',
];

/**
 * Word n-gram counts for n = 1..4 in one pass: the n-grams starting at a word extend one another, so each
 * is one concatenation onto the one before rather than a key rebuilt from its n words in a pass per n.
 * Each map gets its keys in the same order as before (by starting word), not that any use depends on it.
 */
function ngramsOf(s: PreparedSentence): Array<Map<string, number>> {
  if (!s.ngrams) {
    const counts = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
    const words = s.words;
    for (let i = 0; i < words.length; i++) {
      let key = words[i]!.norm;
      for (let n = 0; n < counts.length && i + n < words.length; n++) {
        if (n > 0) key += ` ${words[i + n]!.norm}`;
        const map = counts[n]!;
        map.set(key, (map.get(key) ?? 0) + 1);
      }
    }
    s.ngrams = counts;
  }
  return s.ngrams;
}

function bigramsOf(s: PreparedSentence): Set<string> {
  if (!s.bigrams) {
    s.bigrams = new Set();
    for (let i = 1; i < s.stemList.length; i++) s.bigrams.add(`${s.stemList[i - 1]} ${s.stemList[i]}`);
  }
  return s.bigrams;
}

/** Made eagerly, a sentence's key, numbers, names, content words and letters were half the time of preparing an article. */
export function keyOf(s: PreparedSentence): string {
  s.key ??= s.words.map((w) => w.norm).join(' ');
  return s.key;
}

export function numbersOf(s: PreparedSentence): Set<string> {
  s.numbers ??= new Set(s.words.filter((w) => w.numeric).map((w) => w.norm));
  return s.numbers;
}

function namesOf(s: PreparedSentence): Set<string> {
  s.names ??= new Set(s.words.filter((w, i) => w.capital && !w.numeric && !(s.isStart && i === 0) && !isFunctionWord(w.norm)).map((w) => w.norm));
  return s.names;
}

function contentWordsOf(s: PreparedSentence): string[] {
  s.contentWords ??= s.words.filter((w) => !isFunctionWord(w.norm)).map((w) => w.norm);
  return s.contentWords;
}

function lettersOf(s: PreparedSentence): string {
  s.letters ??= s.source.slice(s.start, s.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.letters;
}

/**
 * The distinct character trigrams, each as its three UTF-16 code units in one number (exact below 2^48),
 * sorted: two sentences' trigrams meet in one merge, with no trigram string or Set per sentence.
 */
function trigramsOf(s: PreparedSentence): Float64Array {
  if (!s.trigrams) {
    const t = lettersOf(s);
    const keys = new Float64Array(Math.max(0, t.length - 2));
    for (let i = 0; i + 3 <= t.length; i++) keys[i] = t.charCodeAt(i) * 2 ** 32 + t.charCodeAt(i + 1) * 2 ** 16 + t.charCodeAt(i + 2);
    keys.sort();
    let distinct = 0;
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[distinct++] = keys[i]!;
    s.trigrams = keys.slice(0, distinct);
  }
  return s.trigrams;
}

export function pairFeatures(a: PreparedSentence, b: PreparedSentence): PairFeatures {
  const common = intersection(a.stems, b.stems);
  const minStems = Math.min(a.stems.size, b.stems.size);
  const [x, y] = [ngramsOf(a), ngramsOf(b)];
  const ngram1 = precisions(x[0]!, y[0]!);
  const ngram2 = precisions(x[1]!, y[1]!);
  const ngram3 = precisions(x[2]!, y[2]!);
  const ngram4 = precisions(x[3]!, y[3]!);
  return {
    dice: a.stems.size + b.stems.size ? (2 * common) / (a.stems.size + b.stems.size) : 0,
    containment: minStems ? common / minStems : 0,
    bigramDice: dice(bigramsOf(a), bigramsOf(b)),
    charJaccard: sortedJaccard(trigramsOf(a), trigramsOf(b)),
    lengthRatio: Math.min(a.words.length, b.words.length) / Math.max(1, a.words.length, b.words.length),
    numbersDiffer: symmetricShare(numbersOf(a), numbersOf(b)),
    namesDiffer: symmetricShare(namesOf(a), namesOf(b)),
    orderLcs: lcsRatio(a, b),
    uncoveredMax: Math.max(1 - common / (a.stems.size || 1), 1 - common / (b.stems.size || 1)),
    uncoveredMin: Math.min(1 - common / (a.stems.size || 1), 1 - common / (b.stems.size || 1)),
    numbersAgree: subset(numbersOf(a), numbersOf(b)) || subset(numbersOf(b), numbersOf(a)) ? 1 : 0,
    wordTrigramDice: dice(x[2]!, y[2]!),
    ngram1Min: ngram1.min,
    ngram1Max: ngram1.max,
    ngram2Min: ngram2.min,
    ngram2Max: ngram2.max,
    ngram3Min: ngram3.min,
    ngram4Min: ngram4.min,
  };
}

/**
 * `pairFeatures(s, s)` without computing it: against itself every overlap is whole (1) and every
 * difference empty (0), except that a measure over an empty set is 0 (and "uncovered" 1) in
 * `pairFeatures`, so each feature is 1 or 0 by whether its set is empty. A copy meets each sentence of its
 * source verbatim; scoring that pair built the sentence's word n-grams, bigrams and trigrams for nothing.
 */
export function selfFeatures(s: PreparedSentence): PairFeatures {
  const has = (n: number): number => (n > 0 ? 1 : 0);
  const stems = has(s.stems.size);
  const words = s.words.length;
  return {
    dice: stems,
    containment: stems,
    bigramDice: has(s.stemList.length - 1),
    charJaccard: has(lettersOf(s).length - 2),
    lengthRatio: has(words),
    numbersDiffer: 0,
    namesDiffer: 0,
    orderLcs: has(contentWordsOf(s).length),
    uncoveredMax: 1 - stems,
    uncoveredMin: 1 - stems,
    numbersAgree: 1,
    wordTrigramDice: has(words - 2),
    ngram1Min: has(words),
    ngram1Max: has(words),
    ngram2Min: has(words - 1),
    ngram2Max: has(words - 1),
    ngram3Min: has(words - 2),
    ngram4Min: has(words - 3),
  };
}

/** A set of strings, or the keys of a map (n-gram counts): compared without copying the keys into a Set. */
type Keys = ReadonlySet<string> | ReadonlyMap<string, unknown>;

// forEach rather than for-of below: iterating a Set or Map's keys allocated an iterator result per
// key (the largest share of the comparison's garbage, BENCHMARKS.md, scale); a callback allocates none.
function intersection(a: Keys, b: Keys): number {
  let n = 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  small.forEach((_value: unknown, key: string) => {
    if (large.has(key)) n++;
  });
  return n;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  return a.size <= b.size && intersection(a, b) === a.size;
}

function dice(a: Keys, b: Keys): number {
  return a.size + b.size ? (2 * intersection(a, b)) / (a.size + b.size) : 0;
}

/** The lower and the higher of the two directions' n-gram precisions. */
function precisions(x: Map<string, number>, y: Map<string, number>): { min: number; max: number } {
  const p1 = precision(x, y);
  const p2 = precision(y, x);
  return { min: Math.min(p1, p2), max: Math.max(p1, p2) };
}

/** Clipped n-gram precision of x against y, as in BLEU. */
function precision(x: Map<string, number>, y: Map<string, number>): number {
  let total = 0;
  let hit = 0;
  x.forEach((c, g) => {
    total += c;
    hit += Math.min(c, y.get(g) ?? 0);
  });
  return total ? hit / total : 0;
}

/** Jaccard similarity of two sorted lists of distinct numbers. */
function sortedJaccard(a: Float64Array, b: Float64Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  const union = a.length + b.length - common;
  return union ? common / union : 0;
}

/** Share of the items that only one side has (0 when both have none). */
function symmetricShare(a: Set<string>, b: Set<string>): number {
  const common = intersection(a, b);
  const union = a.size + b.size - common;
  return union ? 1 - common / union : 0;
}

/** Longest common subsequence of the content words, over the longer sentence's count: word order kept. */
function lcsRatio(a: PreparedSentence, b: PreparedSentence): number {
  const x = contentWordsOf(a);
  const y = contentWordsOf(b);
  if (!x.length || !y.length) return 0;
  // Two rows swapped, not one allocated per word.
  let prev = new Int32Array(y.length + 1);
  let row = new Int32Array(y.length + 1);
  for (const xi of x) {
    for (let j = 0; j < y.length; j++) row[j + 1] = xi === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    [prev, row] = [row, prev];
  }
  return prev[y.length]! / Math.max(x.length, y.length);
}
