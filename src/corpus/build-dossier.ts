import type { AnalyzedArticle, Dossier, IngestFailure } from '../core/types.js';
import { addToCorpus } from './cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from './cluster/memory-corpus-index.js';
import { compareStories } from './compare/compare-stories.js';
import { addTimelines } from './timeline/add-timelines.js';

/**
 * The corpus stages for a batch: the same incremental path a store takes (`addToCorpus`), on an
 * index in memory. Links come first inside it (copies count once when stories are built), then stories.
 */
export async function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Promise<Dossier> {
  const { newLinks, touchedStories } = await addToCorpus(new MemoryCorpusIndex(), articles);
  // After stories: undated articles take a date from their story, then each story gets its timeline.
  const timed = addTimelines(articles, touchedStories);
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: timed.articles.map(({ sentences: _sentences, claims: _claims, ...article }) => article),
    links: newLinks,
    stories: compareStories(timed.stories, timed.articles, newLinks), // claims need stories and links
    failures,
  };
}
