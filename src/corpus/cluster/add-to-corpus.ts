import type { AnalyzedArticle, Link, Story } from '../../core/types.js';
import { prepareArticle, type PreparedArticle } from '../dedupe/align-sentences.js';
import { compareArticles } from '../dedupe/compare-articles.js';
import { fingerprintArticle, type ArticleFingerprint } from '../dedupe/fingerprint.js';
import { bandKeys } from '../dedupe/minhash.js';
import type { CorpusIndex } from './corpus-index.js';
import { placeInStory } from './place-in-story.js';
import { renderStory } from './render-story.js';
import { articleVectors, cosine, type ArticleVectors } from './term-vector.js';

export interface CorpusUpdate {
  newLinks: Link[];
  /** Stories merged into others (a new article showed they tell one event). */
  removedStories: string[];
  /** The stories the new articles joined, created or became related to, as they now stand. */
  touchedStories: Story[];
}

const INDEX_TERMS = 10;
const PER_TERM = 200;
const TERM_CANDIDATES = 30;
/** Articles this close in words are compared sentence by sentence (rewrites share few exact shingles). */
const REWRITE_CANDIDATE_COSINE = 0.2;
const REWRITE_CANDIDATES = 6;

/**
 * Adds articles to the corpus: fingerprints, candidate pairs from the band and term indexes, detailed
 * comparison of candidates only, then each article joins the story it scores best with (or a copy's
 * story) or starts one. Articles are taken in a canonical order (date, then id), so a batch gives the
 * same result however it is ordered.
 */
export async function addToCorpus(index: CorpusIndex, articles: AnalyzedArticle[]): Promise<CorpusUpdate> {
  const known = new Set((await index.fingerprints(articles.map((a) => a.id))).map((f) => f.id));
  const unique = new Map(articles.filter((a) => !known.has(a.id)).map((a) => [a.id, a]));
  const ordered = [...unique.values()].sort(canonicalOrder);
  const fingerprints = ordered.map(fingerprintArticle);
  // The whole batch is counted before any article is placed, so its order cannot change the weights.
  await index.countDocuments(fingerprints.map((f) => f.terms.map(([t]) => t)));
  const prepared = new Map<string, PreparedArticle>();
  const newLinks: Link[] = [];
  const touched = new Set<string>();
  const removed = new Set<string>();
  for (const [i, article] of ordered.entries()) {
    const result = await addOne(index, article, fingerprints[i]!, prepared);
    newLinks.push(...result.links);
    for (const id of result.placed.touched) touched.add(id);
    for (const id of result.placed.removed) removed.add(id);
  }
  const states = await index.stories([...touched].filter((id) => !removed.has(id)).sort());
  const touchedStories = await Promise.all(states.map((s) => renderStory(index, s)));
  return { newLinks, removedStories: [...removed].sort(), touchedStories };
}

async function addOne(index: CorpusIndex, article: AnalyzedArticle, fp: ArticleFingerprint, prepared: Map<string, PreparedArticle>) {
  const text = { id: article.id, text: article.text, sentences: article.sentences };
  const keys = [...bandKeys(fp.minhash), `x:${fp.textHash}`];
  const dfOf = await frequencies(index, fp.terms.map(([t]) => t));
  const vectors = articleVectors(fp, dfOf.get, dfOf.total);
  const indexTerms = [...vectors.words.keys()].slice(0, INDEX_TERMS);

  const hits = new Map<string, number>();
  for (const id of await index.candidatesByTerms(indexTerms, PER_TERM)) hits.set(id, (hits.get(id) ?? 0) + 1);
  const termCandidates = [...hits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, TERM_CANDIDATES).map(([id]) => id);
  const bandCandidates = await index.candidatesByBands(keys);
  const fps = await index.fingerprints([...new Set([...termCandidates, ...bandCandidates])]);
  const candidateDf = await frequencies(index, [...new Set(fps.flatMap((f) => f.terms.map(([t]) => t)))]);
  const closeness = new Map(fps.map((f) => [f.id, cosine(vectors.words, articleVectors(f, candidateDf.get, candidateDf.total).words)]));
  const toCompare = new Set(bandCandidates);
  [...closeness]
    .filter(([, c]) => c >= REWRITE_CANDIDATE_COSINE)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, REWRITE_CANDIDATES)
    .forEach(([id]) => toCompare.add(id));

  const { links, shared } = await compareWith(index, fp, text, [...toCompare].sort(), fps, prepared, dfOf);
  await index.addArticle({ fingerprint: fp, text, bandKeys: keys, indexTerms });
  await index.putLinks(links);
  return { links, placed: await placeInStory(index, fp, vectors, links, termCandidates, shared) };
}

async function compareWith(
  index: CorpusIndex,
  fp: ArticleFingerprint,
  text: { id: string; text: string; sentences: AnalyzedArticle['sentences'] },
  ids: string[],
  fps: ArticleFingerprint[],
  prepared: Map<string, PreparedArticle>,
  dfOf: Frequencies,
): Promise<{ links: Link[]; shared: Map<string, number> }> {
  const shared = new Map<string, number>();
  if (!ids.length) return { links: [], shared };
  const mine = prepareArticle(text);
  prepared.set(fp.id, mine);
  const missing = ids.filter((id) => !prepared.has(id));
  for (const t of await index.texts(missing)) prepared.set(t.id, prepareArticle(t));
  const byId = new Map(fps.map((f) => [f.id, f]));
  // A word is "rare" (a claim word, not filler) when under 5% of the corpus uses it.
  const isRare = (stem: string): boolean => (dfOf.get(stem) ?? 0) < Math.max(2, dfOf.total * 0.05);
  const links: Link[] = [];
  for (const id of ids) {
    const other = byId.get(id);
    const otherText = prepared.get(id);
    if (!other || !otherText) continue;
    const { link, sharedSentences } = compareArticles({ fingerprint: other, prepared: otherText }, { fingerprint: fp, prepared: mine }, isRare);
    if (link) links.push(link);
    shared.set(id, sharedSentences);
  }
  return { links, shared };
}

interface Frequencies {
  total: number;
  get: (term: string) => number;
}

async function frequencies(index: CorpusIndex, terms: string[]): Promise<Frequencies> {
  const { total, df } = await index.documentFrequencies(terms);
  const map = new Map(terms.map((t, i) => [t, df[i] ?? 0]));
  return { total, get: (t) => map.get(t) ?? 0 };
}

function canonicalOrder(x: AnalyzedArticle, y: AnalyzedArticle): number {
  const dx = x.published.value ?? '9999';
  const dy = y.published.value ?? '9999';
  return dx < dy ? -1 : dx > dy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
