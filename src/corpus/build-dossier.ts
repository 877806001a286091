import type { AnalyzedArticle, Dossier, IngestFailure } from '../core/types.js';
import { groupStories } from './cluster/group-stories.js';
import { findLinks } from './dedupe/find-links.js';
import { addTimelines } from './timeline/add-timelines.js';

/**
 * The corpus stages, in order: links first (copies count once when stories are built),
 * then stories.
 */
export function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Dossier {
  const links = findLinks(articles);
  const stories = groupStories(articles, links);
  // After stories: undated articles take a date from their story, then each story gets its timeline.
  const timed = addTimelines(articles, stories);
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: timed.articles.map(({ sentences: _sentences, ...article }) => article),
    links,
    stories: timed.stories,
    failures,
  };
}
