import type { Link } from '../../core/types.js';
import type { ArticleText } from '../dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import { hashString } from '../dedupe/hash.js';
import type { CorpusIndex, IndexedArticle, StoryState } from './corpus-index.js';

/**
 * CorpusIndex in memory, for a batch (`buildDossier`), tests and benchmarks. Band keys are kept as
 * 30-bit hashes (a collision only adds a candidate that the detailed comparison rejects) so that a
 * million articles fit in memory.
 */
const BAND_SHARDS = 16;

export class MemoryCorpusIndex implements CorpusIndex {
  private readonly ids: string[] = [];
  private readonly position = new Map<string, number>();
  private readonly fingerprintList: ArticleFingerprint[] = [];
  private readonly textList: ArticleText[] = [];
  private readonly bands = Array.from({ length: BAND_SHARDS }, () => new Map<number, number | number[]>());
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  private documents = 0;
  private readonly storyOf = new Map<string, string>();
  private readonly storyMap = new Map<string, StoryState>();
  private readonly linksByArticle = new Map<string, Link[]>();

  async documentFrequencies(terms: string[]): Promise<{ total: number; df: number[] }> {
    return { total: this.documents, df: terms.map((t) => this.df.get(t) ?? 0) };
  }

  async countDocuments(termLists: string[][]): Promise<void> {
    this.documents += termLists.length;
    for (const terms of termLists) for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
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

  async fingerprints(ids: string[]): Promise<ArticleFingerprint[]> {
    return ids.flatMap((id) => {
      const at = this.position.get(id);
      return at === undefined ? [] : [this.fingerprintList[at]!];
    });
  }

  async texts(ids: string[]): Promise<ArticleText[]> {
    return ids.flatMap((id) => {
      const at = this.position.get(id);
      return at === undefined ? [] : [this.textList[at]!];
    });
  }

  async addArticle(article: IndexedArticle): Promise<void> {
    const id = article.fingerprint.id;
    if (this.position.has(id)) return;
    const at = this.ids.length;
    this.ids.push(id);
    this.position.set(id, at);
    this.fingerprintList.push(article.fingerprint);
    this.textList.push(article.text);
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
      const story = this.storyMap.get(id);
      return story ? [story] : [];
    });
  }

  async putStory(story: StoryState): Promise<void> {
    this.storyMap.set(story.id, story);
    for (const id of story.articleIds) this.storyOf.set(id, story.id);
  }

  async removeStory(id: string): Promise<void> {
    this.storyMap.delete(id);
  }

  async putLinks(links: Link[]): Promise<void> {
    for (const link of links) {
      for (const id of [link.a, link.b]) {
        const list = this.linksByArticle.get(id);
        if (list) list.push(link);
        else this.linksByArticle.set(id, [link]);
      }
    }
  }

  async linksOf(articleIds: string[]): Promise<Link[]> {
    const seen = new Set<Link>();
    for (const id of articleIds) for (const link of this.linksByArticle.get(id) ?? []) seen.add(link);
    return [...seen];
  }
}
