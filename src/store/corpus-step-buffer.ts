import type { Link } from '../core/types.js';
import { type CorpusIndex, type IndexedArticle, type StoryState, frequencies } from '../corpus/cluster/corpus-index.js';
import { hashString } from '../corpus/dedupe/hash.js';
import { hashedVector, type HashedVector } from '../corpus/cluster/hashed-vector.js';
import { storedForm } from '../corpus/cluster/stored-vector.js';
import { wordWeights } from '../corpus/cluster/term-vector.js';

/** What a step wrote, for the backend to store in a few statements once the step is done. */
export interface StepWrites {
  /** New articles in the order they were added (their sequence numbers follow it). */
  articles: IndexedArticle[];
  /** Stories deleted (merged into others). */
  removed: string[];
  /** Stories as the step left them, each with the first member position to write (null: rewrite all members). */
  stories: Array<{ story: StoryState; from: number | null }>;
  /** Links, one per pair (the last written). */
  links: Link[];
  /** Word vectors computed for articles indexed before their vectors were stored (written to those articles). */
  vectors: Array<{ id: string; vector: HashedVector }>;
}

/**
 * A backend's corpus index as the step buffer reads it: the index's reads, band and term holders per
 * key (so the buffer can add the step's own articles before the limits apply), and one bulk write.
 */
export interface CorpusIndexBackend
  extends Pick<CorpusIndex, 'documentFrequencies' | 'countDocuments' | 'fingerprints' | 'texts' | 'storiesOf' | 'stories' | 'linksOf'> {
  /** The stored word vectors of indexed articles (null: indexed before vectors were stored); others left out. */
  storedVectors(ids: string[]): Promise<Array<{ id: string; vector: HashedVector | null }>>;
  /** Per key hash, the ids of the articles indexed under it, oldest first, at most `limit`. */
  bandHolders(keyHashes: number[], limit: number): Promise<string[][]>;
  /** Per term, the ids of the articles indexed under it, newest first, at most `limit`. */
  termHolders(terms: string[], limit: number): Promise<string[][]>;
  writeStep(writes: StepWrites): Promise<void>;
}

export interface BufferedCorpusIndex extends CorpusIndex {
  /** Writes what the step buffered (call once, inside the step's transaction, before it commits). */
  flush(): Promise<void>;
}

/**
 * The corpus index of one step with its writes kept in memory and written in bulk at the end: the step
 * adds each article, its links and its stories one at a time (about ten writes per article), and on
 * PostgreSQL every write is a round trip made while the story lock is held. Reads see the step's own
 * writes, with the same limits and order as if they had been written at once: the stored result is
 * the same, only fewer statements make it. Since the tables then stay as they were until the step ends,
 * the holders of the batch's band keys and terms are read once (`prefetchCandidates`), not per article.
 */
export function bufferedCorpusIndex(backend: CorpusIndexBackend): BufferedCorpusIndex {
  const articles = new Map<string, IndexedArticle>();
  /** Ids known not to be indexed before this step (asked for and not found). */
  const absent = new Set<string>();
  const bands = new Map<number, string[]>();
  const postings = new Map<string, string[]>();
  const written = new Map<string, StoryState>();
  const removed = new Set<string>();
  /** Member lists as they were stored before the step (for appending only the new members). */
  const storedMembers = new Map<string, string[] | null>();
  const memberOf = new Map<string, string>();
  const links = new Map<string, Link>();
  /** Vectors this step computed for articles stored without one. */
  const computedVectors = new Map<string, HashedVector>();
  // The backend's tables do not change until the step ends (its writes wait here): what they hold under a
  // key or term is read once, for the whole batch when it is prefetched, and kept per limit asked.
  const storedBands = new Map<number, Map<number, string[]>>();
  const storedTerms = new Map<number, Map<string, string[]>>();
  const bandsOf = (hashes: number[], limit: number) => holders(storedBands, hashes, limit, (missing) => backend.bandHolders(missing, limit));
  const termsOf = (terms: string[], limit: number) => holders(storedTerms, terms, limit, (missing) => backend.termHolders(missing, limit));
  const pair = (link: Link): string => `${link.a}\u0000${link.b}`;

  return {
    documentFrequencies: (terms) => backend.documentFrequencies(terms),
    countDocuments: (termLists) => backend.countDocuments(termLists),
    async wordVectors(ids) {
      const stored = new Map((await backend.storedVectors(ids.filter((id) => !articles.has(id) && !computedVectors.has(id)))).map((v) => [v.id, v.vector]));
      const unstored = [...stored].flatMap(([id, vector]) => (vector === null ? [id] : []));
      if (unstored.length) {
        // Indexed before vectors were stored: computed once at this step's frequencies, and stored with the step.
        const fps = await backend.fingerprints(unstored);
        const df = await frequencies(backend, [...new Set(fps.flatMap((f) => f.terms.map(([t]) => t)))]);
        for (const fp of fps) computedVectors.set(fp.id, storedForm(hashedVector(wordWeights(fp, df.get, df.total))));
      }
      return ids.flatMap((id) => {
        const vector = articles.get(id)?.wordVector ?? computedVectors.get(id) ?? stored.get(id);
        return vector ? [{ id, vector }] : [];
      });
    },
    async prefetchCandidates(keys, terms, maxPerKey, perTerm) {
      await bandsOf(keys.map(hashString), maxPerKey + 1);
      await termsOf(terms, perTerm);
    },
    async candidatesByBands(keys, maxPerKey) {
      const hashes = keys.map(hashString);
      const stored = await bandsOf(hashes, maxPerKey + 1);
      return hashes.flatMap((hash, i) => {
        const all = [...stored[i]!, ...(bands.get(hash) ?? [])];
        return all.length <= maxPerKey ? all : [];
      });
    },
    async candidatesByTerms(terms, perTerm) {
      const stored = await termsOf(terms, perTerm);
      return terms.flatMap((term, i) => [...(postings.get(term) ?? [])].reverse().concat(stored[i]!).slice(0, perTerm));
    },
    async fingerprints(ids) {
      const missing = ids.filter((id) => !articles.has(id));
      const found = new Map((await backend.fingerprints(missing)).map((f) => [f.id, f]));
      for (const id of missing) if (!found.has(id)) absent.add(id);
      return ids.flatMap((id) => articles.get(id)?.fingerprint ?? found.get(id) ?? []);
    },
    async texts(ids) {
      const stored = new Map((await backend.texts(ids.filter((id) => !articles.has(id)))).map((t) => [t.id, t]));
      return ids.flatMap((id) => articles.get(id)?.text ?? stored.get(id) ?? []);
    },
    async addArticle(article) {
      const id = article.fingerprint.id;
      if (articles.has(id)) return;
      // Indexing an article twice is ignored, as the tables' unique id would ignore it.
      if (!absent.has(id) && (await backend.fingerprints([id])).length > 0) return;
      articles.set(id, article);
      for (const hash of new Set(article.bandKeys.map(hashString))) push(bands, hash, id);
      for (const term of new Set(article.indexTerms)) push(postings, term, id);
    },
    async storiesOf(articleIds) {
      const stored = await backend.storiesOf(articleIds.filter((id) => !memberOf.has(id)));
      let next = 0;
      return articleIds.map((id) => {
        const story = memberOf.get(id) ?? stored[next++] ?? null;
        return story !== null && removed.has(story) ? null : story;
      });
    },
    async stories(ids) {
      const unread = ids.filter((id) => !written.has(id) && !removed.has(id));
      const stored = new Map((await backend.stories(unread)).map((s) => [s.id, s]));
      for (const [id, story] of stored) if (!storedMembers.has(id)) storedMembers.set(id, story.articleIds);
      return ids.flatMap((id) => written.get(id) ?? stored.get(id) ?? []);
    },
    async putStory(story) {
      // A story never read here is new (or rewritten whole): all its members are written.
      if (!storedMembers.has(story.id)) storedMembers.set(story.id, null);
      removed.delete(story.id);
      written.set(story.id, story);
      for (const id of story.articleIds) memberOf.set(id, story.id);
    },
    async removeStory(id) {
      written.delete(id);
      removed.add(id);
      if (!storedMembers.has(id)) storedMembers.set(id, null);
    },
    async putLinks(list) {
      for (const link of list) {
        links.delete(pair(link)); // a rewritten pair moves to the end, as a replaced row would
        links.set(pair(link), link);
      }
    },
    async linksOf(articleIds) {
      const ids = new Set(articleIds);
      const stored = (await backend.linksOf(articleIds)).filter((link) => !links.has(pair(link)));
      return [...stored, ...[...links.values()].filter((link) => ids.has(link.a) || ids.has(link.b))];
    },
    async flush() {
      await backend.writeStep({
        articles: [...articles.values()],
        removed: [...removed],
        stories: [...written.values()].map((story) => ({ story, from: firstNewMember(storedMembers.get(story.id) ?? null, story.articleIds) })),
        links: [...links.values()],
        vectors: [...computedVectors].map(([id, vector]) => ({ id, vector })),
      });
    },
  };
}

/** Appends `id` to the list of `key` (a list of one if there is none). */
export function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Per key, what the backend holds under it with this limit: read once (the misses in one call), then from `memo`. */
async function holders<K>(memo: Map<number, Map<K, string[]>>, keys: K[], limit: number, load: (missing: K[]) => Promise<string[][]>): Promise<string[][]> {
  let known = memo.get(limit);
  if (!known) memo.set(limit, (known = new Map()));
  const missing = [...new Set(keys.filter((key) => !known.has(key)))];
  if (missing.length) (await load(missing)).forEach((ids, i) => known.set(missing[i]!, ids));
  return keys.map((key) => known.get(key)!);
}

/**
 * Where a story's member rows start to change: joining and merging append members, so only the new ones
 * are written; anything else rewrites them all (null: delete the old ones first).
 */
export function firstNewMember(before: string[] | null, articleIds: string[]): number | null {
  const appended = before !== null && before.length <= articleIds.length && before.every((id, i) => articleIds[i] === id);
  return appended ? before.length : null;
}
