import type { AnalyzedArticle, Link, Story } from '../../core/types.js';
import { prepareArticle, type PreparedArticle } from '../dedupe/align-sentences.js';
import { compareArticles } from '../dedupe/compare-articles.js';
import { fingerprintArticle, type ArticleFingerprint } from '../dedupe/fingerprint.js';
import { bandKeys } from '../dedupe/minhash.js';
import { topByCount } from '../dedupe/top-by-count.js';
import { type CorpusIndex, type Frequencies, frequencies } from './corpus-index.js';
import { storedForm } from './stored-vector.js';
import { placeInStory } from './place-in-story.js';
import { renderStories } from './render-story.js';
import { RecentValues } from './recent-values.js';
import { hashedDot, type HashedVector } from './hashed-vector.js';
import { articleVectors, hashedForm, type ArticleVectors } from './term-vector.js';

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
/** A band or sentence key held by more articles than this is boilerplate (a site footer, a template). */
const MAX_PER_KEY = 100;
const MIN_DOCUMENTS_FOR_RARITY = 50;
/** Other copies of a source compared at most (a wire story copied a thousand times must not cost a thousand comparisons). */
const MAX_SIBLINGS = 20;
/** Keys two articles must share to be compared as possible copies (one shared sentence is a quote). */
const MIN_SHARED_KEYS = 2;
/**
 * Prepared texts kept within a batch: enough for a copy that follows its source by a few hundred articles.
 * Keeping them all for the whole batch made every one survive the young-generation collections (a prepared
 * text is tens of KB of words, sets and n-gram maps) and be promoted, then collected as old garbage.
 */
const PREPARED_IN_BATCH = 256;

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
  // An article's keys, weights and index terms depend on its own terms' counts only, final from here on. A
  // store that prefetches needs them all before the first article; otherwise each is computed when its
  // article is placed (the same values), so that the batch does not hold a thousand of them at once.
  const upfront = index.prefetchCandidates ? await allOwnKeys(index, fingerprints) : null;
  if (upfront) await index.prefetchCandidates?.(upfront.flatMap((o) => o.keys), upfront.flatMap((o) => o.indexTerms), MAX_PER_KEY, PER_TERM);
  const prepared = new RecentValues<PreparedArticle>(PREPARED_IN_BATCH);
  const newLinks: Link[] = [];
  const touched = new Set<string>();
  const removed = new Set<string>();
  for (const [i, article] of ordered.entries()) {
    const own = upfront?.[i] ?? (await ownKeys(index, fingerprints[i]!));
    const result = await addOne(index, article, fingerprints[i]!, own, prepared);
    newLinks.push(...result.links);
    for (const id of result.placed.touched) touched.add(id);
    for (const id of result.placed.removed) removed.add(id);
  }
  const states = await index.stories([...touched].filter((id) => !removed.has(id)).sort());
  const touchedStories = await renderStories(index, states);
  return { newLinks, removedStories: [...removed].sort(), touchedStories };
}

async function addOne(
  index: CorpusIndex,
  article: AnalyzedArticle,
  fp: ArticleFingerprint,
  { keys, dfOf, vectors, indexTerms }: OwnKeys,
  prepared: RecentValues<PreparedArticle>,
) {
  const text = { id: article.id, text: article.text, sentences: article.sentences };

  const hits = new Map<string, number>();
  for (const id of await index.candidatesByTerms(indexTerms, PER_TERM)) hits.set(id, (hits.get(id) ?? 0) + 1);
  const termCandidates = topByCount(hits, TERM_CANDIDATES).map(([id]) => id);
  const bandCandidates = sharedKeys(await index.candidatesByBands(keys, MAX_PER_KEY));
  const candidates = [...new Set([...termCandidates, ...bandCandidates])];
  const mine = hashedForm(vectors.words).hashed;
  const closeness = await candidateCloseness(index, mine, candidates);
  const toCompare = new Set(bandCandidates);
  [...closeness]
    .filter(([, c]) => c >= REWRITE_CANDIDATE_COSINE)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, REWRITE_CANDIDATES)
    .forEach(([id]) => toCompare.add(id));
  const compared = [...toCompare].sort();

  const first = await compareWith(index, fp, text, compared, await index.fingerprints(compared), prepared, dfOf);
  const siblings = await copySiblings(index, fp.id, first.links, toCompare);
  const second = await compareWith(index, fp, text, siblings, await index.fingerprints(siblings), prepared, dfOf);
  const links = [...first.links, ...second.links];
  const shared = new Map([...first.shared, ...second.shared]);
  await index.addArticle({ fingerprint: fp, text, bandKeys: keys, indexTerms, wordVector: storedForm(mine) });
  await index.putLinks(links);
  return { links, placed: await placeInStory(index, fp, vectors, links, termCandidates, shared) };
}

/** The cosine of the article's words with each candidate's, as the candidate was indexed (candidates not in the index left out). */
async function candidateCloseness(index: CorpusIndex, mine: HashedVector, ids: string[]): Promise<Map<string, number>> {
  const closeness = new Map<string, number>();
  for (const { id, vector } of await index.wordVectors(ids)) closeness.set(id, hashedDot(mine, vector));
  return closeness;
}

async function compareWith(
  index: CorpusIndex,
  fp: ArticleFingerprint,
  text: { id: string; text: string; sentences: AnalyzedArticle['sentences'] },
  ids: string[],
  fps: ArticleFingerprint[],
  prepared: RecentValues<PreparedArticle>,
  dfOf: Frequencies,
): Promise<{ links: Link[]; shared: Map<string, number> }> {
  const shared = new Map<string, number>();
  if (!ids.length) return { links: [], shared };
  const mine = prepared.get(fp.id) ?? prepareArticle(text);
  prepared.set(fp.id, mine);
  const theirs = new Map(ids.flatMap((id) => {
    const kept = prepared.get(id);
    return kept ? [[id, kept] as const] : [];
  }));
  for (const t of await index.texts(ids.filter((id) => !theirs.has(id)))) {
    const ready = prepareArticle(t);
    theirs.set(t.id, ready);
    prepared.set(t.id, ready);
  }
  const byId = new Map(fps.map((f) => [f.id, f]));
  // A word is "rare" (a claim word, not filler) when under 5% of the corpus uses it; a small batch cannot tell.
  const isRare = (stem: string): boolean => dfOf.total < MIN_DOCUMENTS_FOR_RARITY || dfOf.get(stem) < dfOf.total * 0.05;
  const links: Link[] = [];
  for (const id of ids) {
    const other = byId.get(id);
    const otherText = theirs.get(id);
    if (!other || !otherText) continue;
    const { link, sharedSentences } = compareArticles({ fingerprint: other, prepared: otherText }, { fingerprint: fp, prepared: mine }, isRare);
    if (link) links.push(link);
    shared.set(id, sharedSentences);
  }
  return { links, shared };
}

interface OwnKeys {
  keys: string[];
  dfOf: Frequencies;
  vectors: ArticleVectors;
  indexTerms: string[];
}

async function allOwnKeys(index: CorpusIndex, fingerprints: ArticleFingerprint[]): Promise<OwnKeys[]> {
  const own: OwnKeys[] = [];
  for (const fp of fingerprints) own.push(await ownKeys(index, fp)); // one at a time: the index may be one database client
  return own;
}

async function ownKeys(index: CorpusIndex, fp: ArticleFingerprint): Promise<OwnKeys> {
  const keys = [...bandKeys(fp.minhash), ...fp.sentenceKeys, `x:${fp.textHash}`];
  const dfOf = await frequencies(index, fp.terms.map(([t]) => t));
  const vectors = articleVectors(fp, dfOf.get, dfOf.total);
  return { keys, dfOf, vectors, indexTerms: [...vectors.words.keys()].slice(0, INDEX_TERMS) };
}

/**
 * The articles linked to those the new article was just linked with, not compared yet: the other copies
 * of its source. The candidate caps can leave one out (a rewrite shares few shingles with a trimmed copy,
 * and in a big corpus its words are no closer to it than to the story's other reports), and a copy group
 * should be found whole.
 */
async function copySiblings(index: CorpusIndex, id: string, links: Link[], compared: Set<string>): Promise<string[]> {
  if (!links.length) return [];
  const around = (await index.linksOf(links.map((l) => (l.a === id ? l.b : l.a)))).flatMap((l) => [l.a, l.b]);
  return [...new Set(around)].filter((other) => other !== id && !compared.has(other)).sort().slice(0, MAX_SIBLINGS);
}

/** Candidates sharing enough keys, each once. */
function sharedKeys(hits: string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of hits) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= MIN_SHARED_KEYS).map(([id]) => id);
}

function canonicalOrder(x: AnalyzedArticle, y: AnalyzedArticle): number {
  const dx = x.published.value ?? '9999';
  const dy = y.published.value ?? '9999';
  return dx < dy ? -1 : dx > dy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
