import type { Link } from '../../core/types.js';
import type { ArticleText } from '../dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import { hashString } from '../dedupe/hash.js';
import type { CorpusIndex, IndexedArticle, StoryState } from './corpus-index.js';
import type { HashedVector } from './hashed-vector.js';
import { packFingerprint, packText, unpackFingerprint, unpackText, type PackedFingerprint, type PackedText } from './packed-records.js';
import { RecentValues } from './recent-values.js';
import { TermCounts } from './term-counts.js';
import { packVector, unpackVector } from './stored-vector.js';

/**
 * CorpusIndex in memory, for a batch (`buildDossier`), tests and benchmarks, sized for a million
 * articles: records are kept packed (flat strings and typed arrays, see packed-records.ts) with the
 * recently read ones unpacked, document frequencies in a typed hash table (term-counts.ts), band keys
 * as 30-bit hashes (a collision only adds a candidate that the detailed comparison rejects).
 */
const BAND_SHARDS = 16;
/** Unpacked records kept: enough for the candidates of a few batches (recent articles and their stories). */
const RECENT_FINGERPRINTS = 8000;
const RECENT_STORIES = 4000;

export class MemoryCorpusIndex implements CorpusIndex {
  private readonly ids: string[] = [];
  private readonly position = new Map<string, number>();
  private readonly packedFingerprints: PackedFingerprint[] = [];
  private readonly recentFingerprints = new RecentValues<ArticleFingerprint>(RECENT_FINGERPRINTS);
  private readonly packedTexts: PackedText[] = [];
  private readonly packedVectors: Uint8Array[] = [];
  private readonly bands = Array.from({ length: BAND_SHARDS }, () => new Map<number, number | number[]>());
  private readonly postings = new Map<string, number[]>();
  private readonly df = new TermCounts();
  private documents = 0;
  private readonly storyOf = new Map<string, string>();
  /** Stories not read for a while, as JSON; the others as values. */
  private readonly packedStories = new Map<string, string>();
  private readonly recentStories = new RecentValues<StoryState>(RECENT_STORIES, (id, story) => this.packedStories.set(id, JSON.stringify(story)));
  /** Links as JSON, and for each article the numbers of its links. */
  private readonly linkList: string[] = [];
  private readonly linksByArticle = new Map<string, number[]>();

  async documentFrequencies(terms: string[]): Promise<{ total: number; df: number[] }> {
    return { total: this.documents, df: terms.map((t) => this.df.get(t)) };
  }

  async countDocuments(termLists: string[][]): Promise<void> {
    this.documents += termLists.length;
    for (const terms of termLists) for (const term of terms) this.df.add(term);
  }

  async candidatesByBands(keys: string[], maxPerKey: number): Promise<string[]> {
    const found: string[] = [];
    for (const key of keys) {
      const h = hashString(key);
      const hit = this.bandShard(h).get(h >> 2);
      if (hit === undefined) continue;
      if (typeof hit === 'number') found.push(this.ids[hit]!);
      else if (hit.length <= maxPerKey) for (const i of new Set(hit)) found.push(this.ids[i]!);
    }
    return found;
  }

  /** Band keys are spread over several maps: one Map holds at most 2^24 entries. */
  private bandShard(hash: number): Map<number, number | number[]> {
    return this.bands[hash & (BAND_SHARDS - 1)]!;
  }

  async candidatesByTerms(terms: string[], perTerm: number): Promise<string[]> {
    const out: string[] = [];
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (let i = list.length - 1; i >= Math.max(0, list.length - perTerm); i--) out.push(this.ids[list[i]!]!);
    }
    return out;
  }

  async wordVectors(ids: string[]): Promise<Array<{ id: string; vector: HashedVector }>> {
    const found: Array<{ id: string; vector: HashedVector }> = [];
    for (const id of ids) {
      const at = this.position.get(id);
      if (at !== undefined) found.push({ id, vector: unpackVector(this.packedVectors[at]!) });
    }
    return found;
  }

  async fingerprints(ids: string[]): Promise<ArticleFingerprint[]> {
    return ids.flatMap((id) => {
      const recent = this.recentFingerprints.get(id);
      if (recent) return [recent];
      const at = this.position.get(id);
      if (at === undefined) return [];
      const fp = unpackFingerprint(this.packedFingerprints[at]!);
      this.recentFingerprints.set(id, fp);
      return [fp];
    });
  }

  async texts(ids: string[]): Promise<ArticleText[]> {
    return ids.flatMap((id) => {
      const at = this.position.get(id);
      return at === undefined ? [] : [unpackText(this.packedTexts[at]!)];
    });
  }

  async addArticle(article: IndexedArticle): Promise<void> {
    const id = article.fingerprint.id;
    if (this.position.has(id)) return;
    const at = this.ids.length;
    this.ids.push(id);
    this.position.set(id, at);
    this.packedFingerprints.push(packFingerprint(article.fingerprint));
    this.recentFingerprints.set(id, article.fingerprint);
    this.packedTexts.push(packText(article.text));
    this.packedVectors.push(packVector(article.wordVector));
    for (const key of article.bandKeys) {
      const shard = this.bandShard(hashString(key));
      const h = hashString(key) >> 2;
      const hit = shard.get(h);
      if (hit === undefined) shard.set(h, at);
      else if (typeof hit === 'number') shard.set(h, [hit, at]);
      else hit.push(at);
    }
    for (const term of article.indexTerms) {
      const list = this.postings.get(term);
      if (list) list.push(at);
      else this.postings.set(term, [at]);
    }
  }

  async storiesOf(articleIds: string[]): Promise<Array<string | null>> {
    return articleIds.map((id) => this.storyOf.get(id) ?? null);
  }

  async stories(ids: string[]): Promise<StoryState[]> {
    return ids.flatMap((id) => {
      const story = this.story(id);
      return story ? [story] : [];
    });
  }

  private story(id: string): StoryState | undefined {
    const recent = this.recentStories.get(id);
    if (recent) return recent;
    const packed = this.packedStories.get(id);
    if (packed === undefined) return undefined;
    const story = JSON.parse(packed) as StoryState;
    this.packedStories.delete(id);
    this.recentStories.set(id, story);
    return story;
  }

  async putStory(story: StoryState): Promise<void> {
    this.packedStories.delete(story.id);
    this.recentStories.set(story.id, story);
    for (const id of story.articleIds) this.storyOf.set(id, story.id);
  }

  async removeStory(id: string): Promise<void> {
    this.packedStories.delete(id);
    this.recentStories.delete(id);
  }

  async putLinks(links: Link[]): Promise<void> {
    for (const link of links) {
      const n = this.linkList.push(JSON.stringify(link)) - 1;
      for (const id of [link.a, link.b]) {
        const list = this.linksByArticle.get(id);
        if (list) list.push(n);
        else this.linksByArticle.set(id, [n]);
      }
    }
  }

  async linksOf(articleIds: string[]): Promise<Link[]> {
    const seen = new Set<number>();
    for (const id of articleIds) for (const n of this.linksByArticle.get(id) ?? []) seen.add(n);
    return [...seen].map((n) => JSON.parse(this.linkList[n]!) as Link);
  }
}
