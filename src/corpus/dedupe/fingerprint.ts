import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../../core/types.js';
import { minhash, sentenceKeys, shingleHashes } from './minhash.js';
import { topByCount } from './top-by-count.js';
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
  for (let i = 1; i < stems.length; i++) {
    const pair = `${stems[i - 1]}_${stems[i]}`;
    termCounts.set(pair, (termCounts.get(pair) ?? 0) + 1);
  }
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
    sentenceKeys: sentenceKeys(wordsBySpan(words, article.sentences)),
    terms: topByCount(termCounts, MAX_TERMS),
    names: topByCount(countInto(new Map(), names, 1), MAX_NAMES),
  };
}

/**
 * The words of the paragraphs that occur once: a block repeated inside one page (a teaser list shown
 * twice, a share line) is page furniture, and it would make unrelated articles from one site look alike.
 */
function bodyWords(article: AnalyzedArticle, words: Word[]): Word[] {
  const seen = new Map<string, number>();
  const paragraphs = article.text.split(/\n/);
  const trimmed = paragraphs.map((p) => p.trim());
  for (const t of trimmed) if (t) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated: Array<[number, number]> = [];
  let offset = 0;
  for (const [i, p] of paragraphs.entries()) {
    if ((seen.get(trimmed[i]!) ?? 0) > 1) repeated.push([offset, offset + p.length]);
    offset += p.length + 1;
  }
  if (repeated.length === 0) return words;
  const furniture = new Set(wordsBySpan(words, repeated.map(([start, end]) => ({ start, end }))).flat());
  return words.filter((w) => !furniture.has(w));
}

/**
 * The words inside each span, for spans in text order that do not overlap. One pass with two
 * pointers: filtering all words per span is quadratic, minutes on a 5 MB page.
 */
export function wordsBySpan(words: Word[], spans: Array<{ start: number; end: number }>): Word[][] {
  const groups: Word[][] = [];
  let i = 0;
  for (const span of spans) {
    while (i < words.length && words[i]!.start < span.start) i++;
    const group: Word[] = [];
    for (let j = i; j < words.length && words[j]!.start < span.end; j++) if (words[j]!.end <= span.end) group.push(words[j]!);
    groups.push(group);
  }
  return groups;
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
