import type { AnalyzedArticle, Dossier, IngestFailure } from '../core/types.js';
import { addToCorpus } from './cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from './cluster/memory-corpus-index.js';

/**
 * The corpus stages for a batch: the same incremental path a store takes (`addToCorpus`), on an
 * index in memory. Links come first inside it (copies count once when stories are built), then stories.
 */
export async function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Promise<Dossier> {
  const { newLinks, touchedStories } = await addToCorpus(new MemoryCorpusIndex(), articles);
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: articles.map(({ sentences: _sentences, ...article }) => article),
    links: newLinks,
    stories: touchedStories,
    failures,
  };
}
