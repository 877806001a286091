import type { AnalyzedArticle } from '../core/types.js';
import { runCorpusStages } from '../corpus/build-dossier.js';
import type { CorpusChange, CorpusUpdater } from './update-stories.js';

/** At most this many existing stories are reopened per step, so one step's cost stays bounded. */
const MAX_TOUCHED_STORIES = 50;

/**
 * The corpus step for a backend without a persistent corpus index (PostgreSQL, until it has one):
 * find the stored articles a new one certainly belongs with (exact copies, by text), reopen their
 * stories whole, and run the batch corpus stages on those articles and the new ones. Never the whole
 * collection; but unlike the index, it joins articles across steps only through exact copies.
 */
export const recomputeTouchedStories: CorpusUpdater = async (store, newArticleIds) => {
  const fresh = await store.getArticles(newArticleIds);
  const candidates = new Set<string>();
  for (const article of fresh) for (const id of await store.articlesWithSameText(article.text)) candidates.add(id);
  for (const id of newArticleIds) candidates.delete(id);
  const storyOf = await store.storiesOfArticles([...candidates]);
  const touched = await store.getStories([...new Set(storyOf.values())].slice(0, MAX_TOUCHED_STORIES));
  const freshIds = new Set(newArticleIds);
  const memberIds = [...new Set(touched.flatMap((story) => story.articleIds))].filter((id) => !freshIds.has(id));
  const articles: AnalyzedArticle[] = [...(await store.getArticles(memberIds)), ...fresh];
  const { links, stories } = await runCorpusStages(articles);
  const kept = new Set(stories.map((story) => story.id));
  const change: CorpusChange = { links, stories, removed: touched.map((story) => story.id).filter((id) => !kept.has(id)) };
  if (change.links.length > 0) await store.putLinks(change.links);
  await store.putStories(change.stories, change.removed);
  return change;
};
