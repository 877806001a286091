import { contentStems, isFunctionWord, tokenize, type Word } from './words.js';

/** A sentence prepared once for comparison with many others. */
export interface PreparedSentence {
  start: number;
  end: number;
  /** The word sequence, lower-cased: equal for the same sentence in two texts. */
  key: string;
  words: Word[];
  stems: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  contentWords: string[];
  stemList: string[];
  /** Letters and digits only, lower-cased, for character n-grams. */
  text: string;
  /** Stem bigrams and character trigrams, computed the first time the sentence is scored. */
  bigrams?: Set<string>;
  trigrams?: Set<string>;
  /** Word n-gram counts for n = 1..4, computed the first time the sentence is scored (most never are). */
  ngrams?: Array<Map<string, number>>;
  /** The sentence's features with itself, computed the first time a verbatim copy of it is met. */
  selfFeatures?: PairFeatures;
}

export function prepareSentence(text: string, start: number, end: number, isStart = true): PreparedSentence {
  const words = tokenize(text, start, end).filter((w) => w.end <= end);
  const stems = contentStems(words);
  const letters = text.slice(start, end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  return {
    start,
    end,
    key: words.map((w) => w.norm).join(' '),
    words,
    stems: new Set(stems),
    stemList: stems,
    text: letters,
    numbers: new Set(words.filter((w) => w.numeric).map((w) => w.norm)),
    names: new Set(
      words.filter((w, i) => w.capital && !w.numeric && !(isStart && i === 0) && !isFunctionWord(w.norm)).map((w) => w.norm),
    ),
    contentWords: words.filter((w) => !isFunctionWord(w.norm)).map((w) => w.norm),
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

function ngramsOf(s: PreparedSentence): Array<Map<string, number>> {
  s.ngrams ??= [1, 2, 3, 4].map((n) => ngrams(s.words, n));
  return s.ngrams;
}

function bigramsOf(s: PreparedSentence): Set<string> {
  if (!s.bigrams) {
    s.bigrams = new Set();
    for (let i = 1; i < s.stemList.length; i++) s.bigrams.add(`${s.stemList[i - 1]} ${s.stemList[i]}`);
  }
  return s.bigrams;
}

function trigramsOf(s: PreparedSentence): Set<string> {
  if (!s.trigrams) {
    s.trigrams = new Set();
    for (let i = 0; i + 3 <= s.text.length; i++) s.trigrams.add(s.text.slice(i, i + 3));
  }
  return s.trigrams;
}

export function pairFeatures(a: PreparedSentence, b: PreparedSentence): PairFeatures {
  const common = intersection(a.stems, b.stems);
  const minStems = Math.min(a.stems.size, b.stems.size);
  return {
    dice: a.stems.size + b.stems.size ? (2 * common) / (a.stems.size + b.stems.size) : 0,
    containment: minStems ? common / minStems : 0,
    bigramDice: dice(bigramsOf(a), bigramsOf(b)),
    charJaccard: jaccard(trigramsOf(a), trigramsOf(b)),
    lengthRatio: Math.min(a.words.length, b.words.length) / Math.max(1, a.words.length, b.words.length),
    numbersDiffer: symmetricShare(a.numbers, b.numbers),
    namesDiffer: symmetricShare(a.names, b.names),
    orderLcs: lcsRatio(a, b),
    uncoveredMax: Math.max(1 - common / (a.stems.size || 1), 1 - common / (b.stems.size || 1)),
    uncoveredMin: Math.min(1 - common / (a.stems.size || 1), 1 - common / (b.stems.size || 1)),
    numbersAgree: subset(a.numbers, b.numbers) || subset(b.numbers, a.numbers) ? 1 : 0,
    wordTrigramDice: dice(ngramsOf(a)[2]!, ngramsOf(b)[2]!),
    ...ngramPrecisions(a, b),
  };
}

/** Features of a sentence with itself: a copy repeats a source sentence verbatim, often in many copies. */
export function selfFeatures(s: PreparedSentence): PairFeatures {
  s.selfFeatures ??= pairFeatures(s, s);
  return s.selfFeatures;
}

/** A set of strings, or the keys of a map (n-gram counts): compared without copying the keys into a Set. */
type Keys = ReadonlySet<string> | ReadonlyMap<string, unknown>;

function intersection(a: Keys, b: Keys): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small.keys()) if (large.has(x)) n++;
  return n;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function dice(a: Keys, b: Keys): number {
  return a.size + b.size ? (2 * intersection(a, b)) / (a.size + b.size) : 0;
}

function ngramPrecisions(a: PreparedSentence, b: PreparedSentence) {
  const out: number[][] = [];
  for (let n = 1; n <= 4; n++) {
    const x = ngramsOf(a)[n - 1]!;
    const y = ngramsOf(b)[n - 1]!;
    const p1 = precision(x, y);
    const p2 = precision(y, x);
    out.push([Math.min(p1, p2), Math.max(p1, p2)]);
  }
  return {
    ngram1Min: out[0]![0]!, ngram1Max: out[0]![1]!, ngram2Min: out[1]![0]!, ngram2Max: out[1]![1]!,
    ngram3Min: out[2]![0]!, ngram4Min: out[3]![0]!,
  };
}

function ngrams(words: Word[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = n - 1; i < words.length; i++) {
    let key = words[i - n + 1]!.norm;
    for (let j = i - n + 2; j <= i; j++) key += ` ${words[j]!.norm}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram precision of x against y, as in BLEU. */
function precision(x: Map<string, number>, y: Map<string, number>): number {
  let total = 0;
  let hit = 0;
  for (const [g, c] of x) {
    total += c;
    hit += Math.min(c, y.get(g) ?? 0);
  }
  return total ? hit / total : 0;
}


function jaccard(a: Set<string>, b: Set<string>): number {
  const common = intersection(a, b);
  const union = a.size + b.size - common;
  return union ? common / union : 0;
}

/** Share of the items that only one side has (0 when both have none). */
function symmetricShare(a: Set<string>, b: Set<string>): number {
  const union = a.size + b.size - intersection(a, b);
  return union ? 1 - intersection(a, b) / union : 0;
}

/** Longest common subsequence of the content words, over the longer sentence's count: word order kept. */
function lcsRatio(a: PreparedSentence, b: PreparedSentence): number {
  const x = a.contentWords;
  const y = b.contentWords;
  if (!x.length || !y.length) return 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const xi of x) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 0; j < y.length; j++) row[j + 1] = xi === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[y.length]! / Math.max(x.length, y.length);
}
