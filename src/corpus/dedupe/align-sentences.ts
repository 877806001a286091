import type { Sentence } from '../../core/types.js';
import { scoreParaphrase, type ParaphraseScore } from './paraphrase-score.js';
import { keyOf, prepareSentence, selfFeatures, type PreparedSentence } from './sentence-features.js';

/** The text of an article as the detailed comparison needs it. */
export interface ArticleText {
  id: string;
  text: string;
  sentences: Sentence[];
}

export interface PreparedArticle {
  id: string;
  text: string;
  sentences: PreparedSentence[];
  /** Sentences by content stem, to find the few worth scoring. */
  byStem: Map<string, number[]>;
}

export interface AlignedPair extends ParaphraseScore {
  a: number;
  b: number;
  /** The alignment score: mean of the paraphrase probability and the shorter sentence's containment. */
  score: number;
}

/**
 * A rewrite condenses: its sentence keeps the source sentence's facts in fewer words, which a
 * paraphrase model trained on equal-length pairs scores low. So a pair aligns on the mean of the
 * paraphrase probability and the share of the shorter sentence's content words found in the other.
 */
export const ALIGN_SCORE = 0.4;

export function alignScore(score: ParaphraseScore): number {
  return (score.probability + score.features.containment) / 2;
}
const MIN_WORDS = 4;
const MIN_SHARED_STEMS = 2;
const MIN_CONTAINMENT = 0.3;

export function prepareArticle(article: ArticleText): PreparedArticle {
  const sentences = article.sentences
    .map((s) => prepareSentence(article.text, s.start, s.end))
    .filter((s) => s.words.length >= MIN_WORDS);
  const byStem = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const stem of s.stems) {
      const list = byStem.get(stem);
      if (list) list.push(i);
      else byStem.set(stem, [i]);
    }
  });
  return { id: article.id, text: article.text, sentences, byStem };
}

/**
 * One-to-one alignment of the sentences of two articles: each pair scored by the paraphrase model,
 * the best pairs taken greedily, then only those in the same order in both texts (a rewrite follows
 * its source sentence by sentence; shared facts in independent articles do not keep an order).
 */
export interface Alignment {
  /** The aligned pairs that keep their order in both texts. */
  pairs: AlignedPair[];
  /** How many sentences found a partner at all (shared facts, in any order). */
  matched: number;
}

/** The sentences of a stem the other article lacks (most of a sentence's stems): one shared empty list, not one per miss. */
const NONE: readonly number[] = [];

export function alignSentences(a: PreparedArticle, b: PreparedArticle): Alignment {
  const scored: AlignedPair[] = [];
  // Stems shared with each sentence of b, counted in one array (reset after each sentence of a) rather than a Map per sentence.
  const shared = new Int32Array(b.sentences.length);
  const met: number[] = [];
  a.sentences.forEach((sa, ai) => {
    // forEach: for-of over the Set allocated an iterator result per stem.
    sa.stems.forEach((stem) => {
      for (const bi of b.byStem.get(stem) ?? NONE) if (shared[bi]!++ === 0) met.push(bi);
    });
    // Read in place and emptied after: `splice(0)` made a new array per sentence.
    for (let k = 0; k < met.length; k++) {
      const bi = met[k]!;
      const count = shared[bi]!;
      shared[bi] = 0;
      // Cheap filter first: the alignment score cannot reach ALIGN_SCORE when few words are shared.
      if (count < MIN_SHARED_STEMS || count / Math.min(sa.stems.size, b.sentences[bi]!.stems.size) < MIN_CONTAINMENT) continue;
      const sb = b.sentences[bi]!;
      // Copies repeat sentences verbatim: no need to weigh features to know those align.
      const paraphrase = keyOf(sa) === keyOf(sb) ? identical(sa) : scoreParaphrase(sa, sb);
      const score = alignScore(paraphrase);
      if (score >= ALIGN_SCORE) scored.push({ a: ai, b: bi, score, ...paraphrase });
    }
    met.length = 0;
  });
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen = scored.filter((p) => {
    if (usedA.has(p.a) || usedB.has(p.b)) return false;
    usedA.add(p.a);
    usedB.add(p.b);
    return true;
  });
  return { pairs: inOrder(chosen.sort((x, y) => x.a - y.a)), matched: chosen.length };
}

/**
 * The score of a sentence with a verbatim copy of it (the same word sequence, so the same word count:
 * its features with itself, length ratio 1 included), one value shared by all the pairs it is in: a
 * source sentence is met verbatim in each of its copies. Frozen, since it is shared: a change through one
 * pair would throw rather than alter the others.
 */
function identical(s: PreparedSentence): ParaphraseScore {
  s.selfScore ??= Object.freeze({ probability: 1, features: Object.freeze(selfFeatures(s)) });
  return s.selfScore;
}

/** Longest subsequence increasing in both texts (patience sorting, O(n log n)). */
function inOrder(pairs: AlignedPair[]): AlignedPair[] {
  const tails: number[] = [];
  const parent = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.b < p.b) lo = mid + 1;
      else hi = mid;
    }
    parent[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: AlignedPair[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = parent[i]!) out.push(pairs[i]!);
  return out.reverse();
}
