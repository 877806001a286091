import type { StoryState } from '../corpus/cluster/corpus-index.js';
import type { HashedVector } from '../corpus/cluster/hashed-vector.js';
import type { ArticleText } from '../corpus/dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../corpus/dedupe/fingerprint.js';
import type { StepWrites } from './corpus-step-buffer.js';

/**
 * What a store keeps between corpus steps: frequencies, fingerprints, texts and story states read or
 * written so far. Fingerprints, word vectors and texts never change once committed; frequencies and stories change
 * only in a step that counts new documents, which raises the document total. So a cache is current
 * exactly when the stored total is the one it last saw; otherwise another process ran a step, and its
 * frequencies and stories are brought up to date from that step's record where the backend keeps one
 * (`applySteps`), or forgotten. A step that rolls back must `forget` it all (it may hold what was never committed).
 */
export interface CorpusIndexCache {
  documents: number | null;
  df: Map<string, number>;
  fingerprints: Map<string, ArticleFingerprint>;
  texts: Map<string, ArticleText>;
  /** Story states as this process last read or wrote them; change them only through `cacheStory` and `uncacheStory`. */
  stories: Map<string, StoryState>;
  /** The story of each member of a cached story (derived from `stories`). */
  memberOf: Map<string, string>;
  /** Stored word vectors of indexed articles (they never change once committed, as fingerprints). */
  vectors: Map<string, HashedVector>;
}

/** What another process's step changed: its counted terms (with how many documents each) and its stories. */
export interface StepRecord {
  /** Document totals before and after the step. */
  before: number;
  after: number;
  terms: string[];
  counts: number[];
  stories: string[];
}

/** Bounds, so a long-running ingest does not grow without end (a reset only costs re-reads). */
const MAX_CACHED_TERMS = 2_000_000;
const MAX_CACHED_FINGERPRINTS = 4_000;
const MAX_CACHED_TEXTS = 2_000;
/** Articles reach back about 10,000 articles through their terms: their candidates' vectors stay cached (~1 KB each). */
const MAX_CACHED_VECTORS = 30_000;
const MAX_CACHED_STORIES = 20_000;

export function corpusIndexCache(): CorpusIndexCache {
  return { documents: null, df: new Map(), fingerprints: new Map(), texts: new Map(), stories: new Map(), memberOf: new Map(), vectors: new Map() };
}

export function forgetCache(cache: CorpusIndexCache): void {
  cache.documents = null;
  cache.df.clear();
  cache.fingerprints.clear();
  cache.texts.clear();
  cache.vectors.clear();
  forgetStories(cache);
}

function forgetStories(cache: CorpusIndexCache): void {
  cache.stories.clear();
  cache.memberOf.clear();
}

export function cacheStory(cache: CorpusIndexCache, story: StoryState): void {
  uncacheStory(cache, story.id);
  cache.stories.set(story.id, story);
  for (const id of story.articleIds) cache.memberOf.set(id, story.id);
}

export function uncacheStory(cache: CorpusIndexCache, id: string): void {
  for (const member of cache.stories.get(id)?.articleIds ?? []) if (cache.memberOf.get(member) === id) cache.memberOf.delete(member);
  cache.stories.delete(id);
}

/** Frequencies of `terms`: one look-up each in the (large) cache; the misses are loaded once, with `load`. */
export async function cachedFrequencies(
  df: Map<string, number>,
  terms: string[],
  load: (missing: string[]) => Promise<Array<{ term: string; df: number }>>,
): Promise<number[]> {
  const found = terms.map((t) => df.get(t) ?? -1);
  const missing = [...new Set(terms.filter((_, i) => found[i] === -1))];
  if (missing.length === 0) return found;
  const rows = await load(missing);
  for (const t of missing) df.set(t, 0);
  for (const row of rows) df.set(row.term, row.df);
  return terms.map((t, i) => (found[i] === -1 ? (df.get(t) ?? 0) : found[i]!));
}

/** Stories of articles: members of cached stories from the cache, the others loaded with `load` (null: in no story). */
export async function cachedStoriesOf(
  cache: CorpusIndexCache,
  articleIds: string[],
  load: (missing: string[]) => Promise<Array<{ article_id: string; story_id: string }>>,
): Promise<Array<string | null>> {
  const missing = articleIds.filter((id) => !cache.memberOf.has(id));
  const loaded = new Map(missing.length ? (await load(missing)).map((r) => [r.article_id, r.story_id]) : []);
  return articleIds.map((id) => cache.memberOf.get(id) ?? loaded.get(id) ?? null);
}

/** Texts of articles in the order asked (missing ids skipped): cached ones from the cache, the others loaded with `load`. */
export async function cachedTexts(cache: CorpusIndexCache, ids: string[], load: (missing: string[]) => Promise<ArticleText[]>): Promise<ArticleText[]> {
  const missing = ids.filter((id) => !cache.texts.has(id));
  if (missing.length) for (const text of await load(missing)) cache.texts.set(text.id, text);
  return ids.flatMap((id) => cache.texts.get(id) ?? []);
}

/** Stored word vectors of articles: cached ones from the cache, the others loaded with `load` (null: indexed before vectors were stored). */
export async function cachedVectors(
  cache: CorpusIndexCache,
  ids: string[],
  load: (missing: string[]) => Promise<Array<{ id: string; vector: HashedVector | null }>>,
): Promise<Array<{ id: string; vector: HashedVector | null }>> {
  const missing = ids.filter((id) => !cache.vectors.has(id));
  const loaded = new Map(missing.length ? (await load(missing)).map((row) => [row.id, row.vector]) : []);
  for (const [id, vector] of loaded) if (vector) cache.vectors.set(id, vector);
  return ids.flatMap((id) => {
    const vector = cache.vectors.get(id) ?? loaded.get(id);
    return vector === undefined ? [] : [{ id, vector }];
  });
}

/**
 * Keeps the cache for a step when the stored document total is the one it last saw, or when `steps`
 * (the records of the steps other processes ran since, oldest first) lead from that total to the stored
 * one: their counts are added to the cached frequencies and their stories forgotten. Otherwise the
 * frequencies and stories are forgotten (fingerprints and texts never change).
 */
export function reuseIfCurrent(cache: CorpusIndexCache, storedDocuments: number, steps: StepRecord[] = []): void {
  if (cache.documents !== storedDocuments) {
    if (cache.documents !== null && leadsTo(steps, cache.documents, storedDocuments)) applySteps(cache, steps);
    else {
      cache.df.clear();
      forgetStories(cache);
    }
  }
  if (cache.df.size > MAX_CACHED_TERMS) cache.df.clear();
  if (cache.stories.size > MAX_CACHED_STORIES) forgetStories(cache);
  evictOldest(cache.fingerprints, MAX_CACHED_FINGERPRINTS);
  evictOldest(cache.texts, MAX_CACHED_TEXTS);
  evictOldest(cache.vectors, MAX_CACHED_VECTORS);
  cache.documents = storedDocuments;
}

function leadsTo(steps: StepRecord[], from: number, to: number): boolean {
  let at = from;
  for (const step of steps) {
    if (step.before !== at) return false;
    at = step.after;
  }
  return at === to;
}

function applySteps(cache: CorpusIndexCache, steps: StepRecord[]): void {
  for (const step of steps) {
    step.terms.forEach((term, i) => {
      const known = cache.df.get(term);
      if (known !== undefined) cache.df.set(term, known + step.counts[i]!);
    });
    for (const id of step.stories) uncacheStory(cache, id);
  }
}

/** Maps keep insertion order: past the bound, the entries cached first go (the newest articles are the likeliest candidates). */
function evictOldest<V>(map: Map<string, V>, max: number): void {
  if (map.size <= max) return;
  let excess = map.size - max;
  for (const key of map.keys()) {
    if (excess-- <= 0) break;
    map.delete(key);
  }
}

/**
 * What a step wrote, kept for the next steps: its stories as they now stand, and its articles'
 * fingerprints and texts (the newest articles are the likeliest candidates of the next batch).
 */
export function rememberStep(cache: CorpusIndexCache, writes: StepWrites): void {
  for (const id of writes.removed) uncacheStory(cache, id);
  for (const { story } of writes.stories) cacheStory(cache, story);
  for (const { fingerprint, text, wordVector } of writes.articles) {
    cache.fingerprints.set(fingerprint.id, fingerprint);
    cache.texts.set(text.id, text);
    cache.vectors.set(fingerprint.id, wordVector);
  }
  for (const { id, vector } of writes.vectors) cache.vectors.set(id, vector);
}
