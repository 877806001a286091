import type { StoryState } from './corpus-index.js';
import { cosine, norm, type TermVector } from './term-vector.js';

/** An article scoring this much against a story joins it; between RELATED and JOIN, the stories are related. */
export const JOIN_SCORE = 0.3;
export const RELATED_SCORE = 0.15;
const CENTROID_TERMS = 150;

export interface StoryScore {
  story: StoryState;
  score: number;
  text: number;
  time: number;
}

/** Text similarity to the story's centroid, damped (never vetoed) by the distance in time. */
export function scoreStory(vector: TermVector, published: string | null, story: StoryState): StoryScore {
  const centroid = new Map(story.centroid);
  const text = cosine(vector, centroid, norm(story.centroid));
  const time = timeFactor(published, story.first, story.last);
  return { story, score: text * time, text, time };
}

/**
 * Articles days apart can tell one event; months apart, a text must be clearly closer to count as the
 * same story. Only a damping: dates are often missing or wrong (a page's crawl date), words decide.
 */
function timeFactor(date: string | null, first: string | null, last: string | null): number {
  if (!date || !first || !last) return 1;
  const day = Date.parse(date);
  const gap = Math.max(0, Date.parse(first) - day, day - Date.parse(last)) / 86_400_000;
  if (!Number.isFinite(gap) || gap <= 7) return 1;
  return Math.max(0.75, 1 - (0.25 * (gap - 7)) / 180);
}

export function newStory(articleId: string, vector: TermVector, published: string | null): StoryState {
  return {
    id: `story-${articleId}`,
    articleIds: [articleId],
    centroid: [...vector],
    first: published,
    last: published,
    related: [],
    joins: [{ articleId, score: 1, via: 'first article' }],
  };
}

export function joinStory(story: StoryState, articleId: string, vector: TermVector, published: string | null, score: number, via: string): StoryState {
  const centroid = new Map(story.centroid);
  for (const [t, w] of vector) centroid.set(t, (centroid.get(t) ?? 0) + w);
  const kept = [...centroid].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, CENTROID_TERMS);
  const dates = [story.first, story.last, published].filter((d): d is string => d !== null).sort();
  return {
    ...story,
    articleIds: [...story.articleIds, articleId],
    centroid: kept,
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    joins: [...story.joins, { articleId, score: Math.round(score * 1000) / 1000, via }],
  };
}

export function relate(story: StoryState, otherId: string): StoryState {
  return story.related.includes(otherId) || story.id === otherId ? story : { ...story, related: [...story.related, otherId].sort() };
}
