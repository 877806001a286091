import type { AnalyzedArticle, Dossier, IngestFailure, Link, Story } from '../core/types.js';
import { addToCorpus } from './cluster/add-to-corpus.js';
import type { CorpusIndex } from './cluster/corpus-index.js';
import { MemoryCorpusIndex } from './cluster/memory-corpus-index.js';
import { compareStories } from './compare/compare-stories.js';
import { fillStoryPeople } from './people/fill-story-people.js';
import { addTimelines } from './timeline/add-timelines.js';

export interface CorpusResult {
  /** The articles, with dates inferred from their stories where they had none. */
  articles: AnalyzedArticle[];
  links: Link[];
  stories: Story[];
}

/**
 * The corpus stages, in order, on an index (in memory for a batch; a store's for a collection):
 * links and stories first (copies count once when stories are built); then entities and quotes merged
 * per story; then timelines (undated articles take a date from their story first); then claims and
 * conflicts (they need stories and links).
 */
export async function runCorpusStages(articles: AnalyzedArticle[], index: CorpusIndex = new MemoryCorpusIndex()): Promise<CorpusResult> {
  const { newLinks, touchedStories } = await addToCorpus(index, articles);
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const peopled = touchedStories.map((story) => fillStoryPeople(story, articlesById));
  const timed = addTimelines(articles, peopled);
  return { articles: timed.articles, links: newLinks, stories: compareStories(timed.stories, timed.articles, newLinks) };
}

/** The dossier of a batch of articles. */
export async function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Promise<Dossier> {
  const result = await runCorpusStages(articles);
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: result.articles.map(({ sentences: _sentences, claims: _claims, ...article }) => article),
    links: result.links,
    stories: result.stories,
    failures,
  };
}
