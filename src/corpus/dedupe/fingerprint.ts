import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../../core/types.js';
import { minhash, sentenceKeys, shingleHashes } from './minhash.js';
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
  /** Hashes of the longer sentences (see sentenceKeys), for copies that keep only part of the text. */
  sentenceKeys: string[];
  /** The most frequent content-word stems with their counts (title words count double). */
  terms: Array<[string, number]>;
  /** Name words (capitalised words inside sentences, and the words of the entities' names), by count. */
  names: Array<[string, number]>;
}

const MAX_TERMS = 200;
const MAX_NAMES = 30;

export function fingerprintArticle(article: AnalyzedArticle): ArticleFingerprint {
  const words = tokenize(article.text);
  const stems = contentStems(bodyWords(article, words));
  const termCounts = countInto(new Map(), stems, 1);
  // Pairs of neighbouring content words name the event's particulars ("aurus limousine", "1961 treaty")
  // where single words name only its kind and its actors.
  countInto(termCounts, stems.slice(1).map((s, i) => `${stems[i]}_${s}`), 1);
  if (article.title) countInto(termCounts, contentStems(tokenize(article.title)), 2);
  // Name words, not whole names: "Varnek" in one article meets "Ilsa Varnek" in another.
  const names = [
    ...capitalisedNames(article, words),
    ...article.entities.flatMap((e) => contentStems(tokenize(e.name)).filter((t) => !/^\p{N}/u.test(t))),
  ];
  return {
    id: article.id,
    title: article.title,
    lead: article.sentences[0] ? article.text.slice(article.sentences[0].start, article.sentences[0].end).slice(0, 200) : '',
    outlet: article.outlet,
    published: article.published.value ? article.published.value.slice(0, 10) : null,
    words: words.length,
    textHash: createHash('sha1').update(words.map((w) => w.norm).join(' ')).digest('base64url').slice(0, 16),
    minhash: minhash(shingleHashes(words)),
    sentenceKeys: sentenceKeys(wordsBySentence(article, words)),
    terms: top(termCounts, MAX_TERMS),
    names: top(countInto(new Map(), names, 1), MAX_NAMES),
  };
}

/**
 * The words of the paragraphs that occur once: a block repeated inside one page (a teaser list shown
 * twice, a share line) is page furniture, and it would make unrelated articles from one site look alike.
 */
function bodyWords(article: AnalyzedArticle, words: Word[]): Word[] {
  const seen = new Map<string, number>();
  const paragraphs = article.text.split(/\n/);
  for (const p of paragraphs) if (p.trim()) seen.set(p.trim(), (seen.get(p.trim()) ?? 0) + 1);
  const repeated: Array<[number, number]> = [];
  let offset = 0;
  for (const p of paragraphs) {
    if ((seen.get(p.trim()) ?? 0) > 1) repeated.push([offset, offset + p.length]);
    offset += p.length + 1;
  }
  if (!repeated.length) return words;
  // Words and ranges are both in text order: one pass (a page of 60,000 repeated lines stays linear).
  let r = 0;
  return words.filter((w) => {
    while (r + 1 < repeated.length && repeated[r + 1]![0] <= w.start) r++;
    const [s, e] = repeated[r]!;
    return !(w.start >= s && w.end <= e);
  });
}

/** The words inside each sentence; words and sentences are both in text order, so one pass does. */
function wordsBySentence(article: AnalyzedArticle, words: Word[]): Word[][] {
  let w = 0;
  return article.sentences.map((s) => {
    while (w < words.length && words[w]!.start < s.start) w++;
    const inside: Word[] = [];
    for (let i = w; i < words.length && words[i]!.start < s.end; i++) if (words[i]!.end <= s.end) inside.push(words[i]!);
    return inside;
  });
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
