import type { StoryState } from './corpus-index.js';
import { eachEntry, entryCount, type TermEntries } from './hashed-vector.js';
import { strongest } from './strongest.js';
import { centroidCosine, termHashes, withTermHashes, type ArticleVectors } from './term-vector.js';

/** An article scoring this much against a story joins it; between RELATED and JOIN, the stories are related. */
export const JOIN_SCORE = 0.3;
/** Weight of the names in the score: the same event has the same actors and places. */
const NAME_WEIGHT = 0.3;
export const RELATED_SCORE = 0.15;
/** A related story is a development of the same affair: the same actors and places, not only the same kind of event. */
export const RELATED_NAMES = 0.3;
const CENTROID_TERMS = 150;

export interface StoryScore {
  story: StoryState;
  score: number;
  text: number;
  names: number;
  time: number;
  /** True when both sides are dated and close, false when dated and apart, null when a date is missing. */
  datesAgree: boolean | null;
}

/** Text similarity to the story's centroid, damped (never vetoed) by the distance in time. */
export function scoreStory(vectors: ArticleVectors, published: string | null, story: StoryState): StoryScore {
  const text = centroidCosine(vectors.words, story.centroid);
  const names = centroidCosine(vectors.names, story.nameCentroid);
  const time = timeFactor(published, story.first, story.last);
  const combined = vectors.names.size && story.nameCentroid.length ? (1 - NAME_WEIGHT) * text + NAME_WEIGHT * names : text;
  const datesAgree = published && story.first ? time === 1 : null;
  return { story, score: combined * time, text, names, time, datesAgree };
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

export function newStory(articleId: string, vectors: ArticleVectors, published: string | null): StoryState {
  return {
    id: `story-${articleId}`,
    articleIds: [articleId],
    centroid: withTermHashes([...vectors.words], termHashes(vectors.words)),
    nameCentroid: withTermHashes([...vectors.names], termHashes(vectors.names)),
    first: published,
    last: published,
    related: [],
    joins: [{ articleId, score: 1, via: 'first article' }],
  };
}

export function joinStory(story: StoryState, articleId: string, vectors: ArticleVectors, published: string | null, score: number, via: string): StoryState {
  const dates = [story.first, story.last, published].filter((d): d is string => d !== null).sort();
  return {
    ...story,
    articleIds: [...story.articleIds, articleId],
    centroid: addVector(story.centroid, vectors.words),
    nameCentroid: addVector(story.nameCentroid, vectors.names),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    joins: [...story.joins, { articleId, score: Math.round(score * 1000) / 1000, via }],
  };
}

/** One story absorbs another: members, centroids, dates, relations and the evidence of both. */
export function mergeStories(home: StoryState, other: StoryState, via: string): StoryState {
  const dates = [home.first, home.last, other.first, other.last].filter((d): d is string => d !== null).sort();
  return {
    ...home,
    articleIds: [...home.articleIds, ...other.articleIds],
    centroid: addVector(home.centroid, other.centroid),
    nameCentroid: addVector(home.nameCentroid, other.nameCentroid),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    related: [...new Set([...home.related, ...other.related])].filter((id) => id !== home.id && id !== other.id).sort(),
    joins: [...home.joins, ...other.joins.map((j) => ({ ...j, via: `${j.via} (merged: ${via})` }))],
  };
}

export function relate(story: StoryState, otherId: string): StoryState {
  return story.related.includes(otherId) || story.id === otherId ? story : { ...story, related: [...story.related, otherId].sort() };
}

/**
 * The centroid plus a vector (an article's, or another centroid: distinct terms either way), cut to its
 * strongest terms. Each kept term's hash is handed down from the two sides', so that scoring the grown
 * centroid does not hash its 150 terms again. Built in parallel lists by position (the centroid's terms,
 * then the vector's new ones, the order a Map of the sum would have), without a Map entry or pair per term.
 */
function addVector(centroid: Array<[string, number]>, vector: TermEntries): Array<[string, number]> {
  const size = centroid.length + entryCount(vector);
  const terms: string[] = [];
  const weights = new Float64Array(size);
  const hashes = new Uint32Array(size);
  const position = new Map<string, number>();
  const own = termHashes(centroid);
  eachEntry(centroid, (t, w, i) => {
    position.set(t, i);
    terms.push(t);
    weights[i] = w;
    hashes[i] = own[i]!;
  });
  const added = termHashes(vector);
  eachEntry(vector, (t, w, j) => {
    const at = position.get(t);
    if (at !== undefined) weights[at] = weights[at]! + w;
    else {
      hashes[terms.length] = added[j]!;
      weights[terms.length] = w;
      terms.push(t);
    }
  });
  const kept = strongest(weights.subarray(0, terms.length), (i) => terms[i]!, CENTROID_TERMS);
  return withTermHashes(kept.map((i): [string, number] => [terms[i]!, weights[i]!]), Uint32Array.from(kept, (i) => hashes[i]!));
}
