import type { AnalyzedArticle, Dossier, IngestFailure } from '../core/types.js';
import { groupStories } from './cluster/group-stories.js';
import { compareStories } from './compare/compare-stories.js';
import { findLinks } from './dedupe/find-links.js';

/**
 * The corpus stages, in order: links first (copies count once when stories are built),
 * then stories.
 */
export function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Dossier {
  const links = findLinks(articles);
  const stories = compareStories(groupStories(articles, links), articles, links); // claims need stories and links
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: articles.map(({ sentences: _sentences, claims: _claims, ...article }) => article),
    links,
    stories,
    failures,
  };
}
