import type { AnalyzedArticle, Link, Story } from '../../core/types.js';

/** Groups articles into stories. Until clustering lands, each article is its own story. */
export function groupStories(articles: AnalyzedArticle[], _links: Link[]): Story[] {
  return articles.map((article) => ({
    id: `story-${article.id}`,
    title: article.title ?? article.source,
    articleIds: [article.id],
    related: [],
    independentSources: 1,
    copyGroups: [],
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    conflicts: [],
  }));
}
