import type { AnalyzedArticle, Story } from '../../core/types.js';
import { inferPublished } from './infer-published.js';
import { storyDay, storyTimeline } from './story-timeline.js';

/**
 * Corpus stage after stories are grouped: undated articles get a date inferred from their story
 * (their dates are then resolved against it), and every story gets its timeline.
 */
export function addTimelines(
  articles: AnalyzedArticle[],
  stories: Story[],
): { articles: AnalyzedArticle[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const story of stories) {
    const members = story.articleIds.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
    const day = storyDay(members);
    if (day === null) continue;
    const dated = members.filter((a) => a.published.value && !a.messages.some((m) => m.rule === 'published-date-suspect'));
    for (const article of members) {
      if (!article.published.value) byId.set(article.id, inferPublished(article, dated, day));
    }
  }
  return {
    articles: articles.map((a) => byId.get(a.id)!),
    stories: stories.map((story) => ({
      ...story,
      timeline: storyTimeline(story.articleIds.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined)),
    })),
  };
}
