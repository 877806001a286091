import type { AnalyzedArticle, Story } from '../../core/types.js';
import { storyEntities } from './story-entities.js';
import { storyQuotes } from './story-quotes.js';

/** A story with its entities and quotes merged from its articles. */
export function fillStoryPeople(story: Story, articlesById: Map<string, AnalyzedArticle>): Story {
  const articles = story.articleIds.flatMap((id) => articlesById.get(id) ?? []);
  return { ...story, entities: storyEntities(articles), quotes: storyQuotes(articles) };
}
