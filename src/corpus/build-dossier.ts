import type { AnalyzedArticle, Dossier, IngestFailure } from '../core/types.js';
import { groupStories } from './cluster/group-stories.js';
import { findLinks } from './dedupe/find-links.js';
import { fillStoryPeople } from './people/fill-story-people.js';

/**
 * The corpus stages, in order: links first (copies count once when stories are built),
 * then stories.
 */
export function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Dossier {
  const links = findLinks(articles);
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  // Entities and quotes are merged per story, so they come after the stories are formed.
  const stories = groupStories(articles, links).map((story) => fillStoryPeople(story, articlesById));
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: articles.map(({ sentences: _sentences, ...article }) => article),
    links,
    stories,
    failures,
  };
}
