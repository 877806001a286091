import type { StoryState } from '../corpus/cluster/corpus-index.js';
import type { ArticleFingerprint } from '../corpus/dedupe/fingerprint.js';

/**
 * What a store keeps between corpus steps: frequencies, fingerprints and story states read or written
 * so far. Fingerprints never change once committed; frequencies and stories change only in a step that
 * counts new documents, which raises the document total. So a cache is current exactly when the stored
 * total is the one it last saw; otherwise (another process ran a step) its frequencies and stories are
 * forgotten. A step that rolls back must `forget` it all (it may hold what was never committed).
 */
export interface CorpusIndexCache {
  documents: number | null;
  df: Map<string, number>;
  fingerprints: Map<string, ArticleFingerprint>;
  /** Story states as this process last read or wrote them (another writer also changes the total). */
  stories: Map<string, StoryState>;
}

/** Bounds, so a long-running ingest does not grow without end (a reset only costs re-reads). */
const MAX_CACHED_TERMS = 2_000_000;
const MAX_CACHED_FINGERPRINTS = 4_000;
const MAX_CACHED_STORIES = 20_000;

export function corpusIndexCache(): CorpusIndexCache {
  return { documents: null, df: new Map(), fingerprints: new Map(), stories: new Map() };
}

export function forgetCache(cache: CorpusIndexCache): void {
  cache.documents = null;
  cache.df.clear();
  cache.fingerprints.clear();
  cache.stories.clear();
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

/** Keeps the cache for a step when the stored document total is the one it last saw. */
export function reuseIfCurrent(cache: CorpusIndexCache, storedDocuments: number): void {
  if (cache.documents !== storedDocuments) {
    cache.df.clear();
    cache.stories.clear();
  }
  if (cache.df.size > MAX_CACHED_TERMS) cache.df.clear();
  if (cache.stories.size > MAX_CACHED_STORIES) cache.stories.clear();
  if (cache.fingerprints.size > MAX_CACHED_FINGERPRINTS) cache.fingerprints.clear();
  cache.documents = storedDocuments;
}
