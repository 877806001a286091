import type { AnalyzedArticle, Story } from '../../core/types.js';
import { checkStoryDate } from './check-story-dates.js';
import { inferFromOwnDates, inferPublished } from './infer-published.js';
import { storyDay, storyTimeline } from './story-timeline.js';

/**
 * Corpus stage after stories are grouped, in this order: stated dates the story contradicts are
 * flagged (so they do not set the story's day), undated articles get a date inferred from their story
 * (their dates are then resolved against it), and every story gets its timeline.
 */
export function addTimelines(
  articles: AnalyzedArticle[],
  stories: Story[],
): { articles: AnalyzedArticle[]; stories: Story[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const story of stories) {
    const grouped = story.articleIds.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
    const members = grouped.map((article) => checkStoryDate(article, grouped));
    for (const article of members) byId.set(article.id, article);
    const day = storyDay(members);
    if (day === null) {
      for (const article of members) if (!article.published.value) byId.set(article.id, inferFromOwnDates(article));
      continue;
    }
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
