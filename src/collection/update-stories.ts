import type { AnalyzedArticle, Link, Story } from '../core/types.js';
import { runCorpusStages } from '../corpus/build-dossier.js';
import type { Store } from '../store/store.js';

/** What one incremental corpus step writes: new or changed links, the new shape of the touched stories. */
export interface CorpusChange {
  links: Link[];
  stories: Story[];
  /** Ids of stories that no longer exist (merged into others). */
  removed: string[];
}

/**
 * The seam where the corpus stages plug into the collection: given articles just stored, decide
 * the links and stories they change, reading only what the store indexes. The incremental
 * `CorpusIndex` of the copies work replaces `recomputeTouchedStories` here; callers do not change.
 */
export type CorpusUpdater = (store: Store, newArticleIds: string[]) => Promise<CorpusChange>;

/** At most this many existing stories are reopened per step, so one step's cost stays bounded. */
const MAX_TOUCHED_STORIES = 50;
/** LSH candidates looked at per new article. */
const MAX_BAND_CANDIDATES = 200;

/**
 * Until the incremental index lands: find the stored articles a new one may belong with (exact
 * copies by text hash, and LSH band neighbours where fingerprints exist), reopen their stories whole,
 * and run the batch corpus stages on just those articles plus the new ones. Never the whole collection.
 */
export const recomputeTouchedStories: CorpusUpdater = async (store, newArticleIds) => {
  const fresh = await store.getArticles(newArticleIds);
  const candidates = new Set<string>();
  for (const article of fresh) {
    for (const id of await store.articlesWithSameText(article.text)) candidates.add(id);
  }
  const fingerprints = await store.getFingerprints(newArticleIds);
  const bands = fingerprints.flatMap((fingerprint) => fingerprint.bands);
  if (bands.length > 0) for (const id of await store.articlesByBands(bands, MAX_BAND_CANDIDATES)) candidates.add(id);
  for (const id of newArticleIds) candidates.delete(id);

  const storyOf = await store.storiesOfArticles([...candidates]);
  const touched = await store.getStories([...new Set(storyOf.values())].slice(0, MAX_TOUCHED_STORIES));
  const freshIds = new Set(newArticleIds);
  const memberIds = [...new Set(touched.flatMap((story) => story.articleIds))].filter((id) => !freshIds.has(id));
  const members = await store.getArticles(memberIds);
  const articles: AnalyzedArticle[] = [...members, ...fresh];

  const { links, stories } = await runCorpusStages(articles);
  const kept = new Set(stories.map((story) => story.id));
  return { links, stories, removed: touched.map((story) => story.id).filter((id) => !kept.has(id)) };
};

/** Writes a corpus change: links first, then stories (placing an article in a story marks it done). */
export async function applyCorpusChange(store: Store, change: CorpusChange): Promise<void> {
  if (change.links.length > 0) await store.putLinks(change.links);
  await store.putStories(change.stories, change.removed);
}
