import type { Link } from '../../core/types.js';
import type { ArticleText } from '../dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import type { HashedVector } from './hashed-vector.js';

/** What the corpus remembers of a story between increments (persisted by the store as a plain value). */
export interface StoryState {
  id: string;
  articleIds: string[];
  /** Sum of the members' unit TF-IDF vectors (strongest terms only). */
  centroid: Array<[string, number]>;
  /** The same for the names (people, places, bodies) in the members. */
  nameCentroid: Array<[string, number]>;
  /** Earliest and latest publication date of the members. */
  first: string | null;
  last: string | null;
  related: string[];
  /** For each member, the score it joined with and what it joined through: the evidence of the grouping. */
  joins: Array<{ articleId: string; score: number; via: string }>;
}

/** An article as the corpus indexes it. */
export interface IndexedArticle {
  fingerprint: ArticleFingerprint;
  text: ArticleText;
  /** LSH band keys of the MinHash signature, plus the exact-text key. */
  bandKeys: string[];
  /** The article's most distinctive terms, under which it can be found by later articles. */
  indexTerms: string[];
  /**
   * Its words as a hashed unit vector (`wordWeights`), at the frequencies of the batch that indexed it and
   * rounded as stored (`storedForm`): what later articles' closeness to it is measured with. Kept rather than
   * recomputed at the frequencies of the day: that read the frequencies of ~200 terms per candidate, and a
   * store's answer depended on what its process had computed before.
   */
  wordVector: HashedVector;
}

/**
 * The narrow state the corpus stages read and write. The in-memory implementation serves batches and
 * tests; the SQLite/PostgreSQL stores implement the same calls over their tables.
 */
export interface CorpusIndex {
  /** Number of documents counted and, per term, in how many of them it is among the fingerprint's terms. */
  documentFrequencies(terms: string[]): Promise<{ total: number; df: number[] }>;
  /** Counts documents' terms (each list is one document's distinct terms); a batch counts all its articles first. */
  countDocuments(termLists: string[][]): Promise<void>;
  /**
   * Ids of the articles indexed under each key, once per key shared (so the count says how many);
   * keys held by more than `maxPerKey` articles are skipped: they are boilerplate, not copies.
   */
  candidatesByBands(keys: string[], maxPerKey: number): Promise<string[]>;
  /** Ids of the articles indexed under each term, the newest `perTerm` of each term (duplicates kept: they count). */
  candidatesByTerms(terms: string[], perTerm: number): Promise<string[]>;
  /**
   * Optional: the band keys and terms a batch's articles will look up, before the first; a store whose
   * reads are round trips reads them all at once (with the same limits) and answers the lookups from that.
   */
  prefetchCandidates?(keys: string[], terms: string[], maxPerKey: number, perTerm: number): Promise<void>;
  /** The word vectors the articles were indexed with (`IndexedArticle.wordVector`); articles not in the index are left out. */
  wordVectors(ids: string[]): Promise<Array<{ id: string; vector: HashedVector }>>;
  fingerprints(ids: string[]): Promise<ArticleFingerprint[]>;
  texts(ids: string[]): Promise<ArticleText[]>;
  addArticle(article: IndexedArticle): Promise<void>;
  storiesOf(articleIds: string[]): Promise<Array<string | null>>;
  stories(ids: string[]): Promise<StoryState[]>;
  /** Writes a story and the membership of its articles. */
  putStory(story: StoryState): Promise<void>;
  /** Deletes a story merged into another (its articles were already written to the other). */
  removeStory(id: string): Promise<void>;
  putLinks(links: Link[]): Promise<void>;
  linksOf(articleIds: string[]): Promise<Link[]>;
}

/** Document frequencies of some terms, looked up once, and the document total they are out of. */
export interface Frequencies {
  total: number;
  get: (term: string) => number;
}

export async function frequencies(index: Pick<CorpusIndex, 'documentFrequencies'>, terms: string[]): Promise<Frequencies> {
  const { total, df } = await index.documentFrequencies(terms);
  // Filled by index: `new Map(terms.map(...))` made a [term, count] pair per term (~200 per article) only to be read once.
  const map = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) map.set(terms[i]!, df[i] ?? 0);
  return { total, get: (t) => map.get(t) ?? 0 };
}
