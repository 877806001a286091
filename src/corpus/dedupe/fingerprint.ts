import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../../core/types.js';
import { minhash, shingleHashes } from './minhash.js';
import { contentStems, isFunctionWord, stem, tokenize, type Word } from './words.js';

/**
 * What the corpus stages know of an article without re-reading it: computed once, stored with the
 * article (a plain JSON value), and read back whenever a new article is compared with it.
 */
export interface ArticleFingerprint {
  id: string;
  title: string | null;
  /** The first sentence (cut at 200 characters): a title when the article has none. */
  lead: string;
  outlet: string | null;
  /** Publication date 'YYYY-MM-DD' (or null). */
  published: string | null;
  /** Number of words in the text. */
  words: number;
  /** Hash of the text's word sequence: equal for exact copies whatever their spacing. */
  textHash: string;
  /** MinHash signature of the word 3-shingles. */
  minhash: number[];
  /** The most frequent content-word stems with their counts (title words count double). */
  terms: Array<[string, number]>;
  /** Names (capitalised words inside sentences, or the entities when the article has them), by count. */
  names: Array<[string, number]>;
}

const MAX_TERMS = 80;
const MAX_NAMES = 30;

export function fingerprintArticle(article: AnalyzedArticle): ArticleFingerprint {
  const words = tokenize(article.text);
  const termCounts = countInto(new Map(), contentStems(words), 1);
  if (article.title) countInto(termCounts, contentStems(tokenize(article.title)), 2);
  const names = article.entities.length
    ? article.entities.map((e) => e.name.toLowerCase())
    : capitalisedNames(article, words);
  return {
    id: article.id,
    title: article.title,
    lead: article.sentences[0] ? article.text.slice(article.sentences[0].start, article.sentences[0].end).slice(0, 200) : '',
    outlet: article.outlet,
    published: article.published.value ? article.published.value.slice(0, 10) : null,
    words: words.length,
    textHash: createHash('sha1').update(words.map((w) => w.norm).join(' ')).digest('base64url').slice(0, 16),
    minhash: minhash(shingleHashes(words)),
    terms: top(termCounts, MAX_TERMS),
    names: top(countInto(new Map(), names, 1), MAX_NAMES),
  };
}

/** Capitalised content words that do not open a sentence: names of people, places, bodies. */
function capitalisedNames(article: AnalyzedArticle, words: Word[]): string[] {
  const sentenceStarts = new Set(article.sentences.map((s) => s.start));
  const names: string[] = [];
  for (const w of words) {
    if (!w.capital || w.numeric || sentenceStarts.has(w.start) || isFunctionWord(w.norm)) continue;
    names.push(stem(w.norm));
  }
  return names;
}

function countInto(counts: Map<string, number>, items: string[], weight: number): Map<string, number> {
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + weight);
  return counts;
}

/** Highest counts first, ties by key, so the fingerprint does not depend on word order. */
function top(counts: Map<string, number>, n: number): Array<[string, number]> {
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n);
}
