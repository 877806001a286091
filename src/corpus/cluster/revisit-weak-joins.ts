import { JOIN_SCORE, joinStory, newStory, scoreStory } from './assign-story.js';
import { type CorpusIndex, type StoryState, frequencies } from './corpus-index.js';
import { articleVectors, centroidsCosine, type ArticleVectors, type TermVector } from './term-vector.js';

/**
 * A member that joined its story on words and names below this score joined on thin evidence: the first
 * article of a second event of the same kind meets a one-article story of the first at 0.31–0.53
 * (BENCHMARKS.md), as many articles of one event meet each other.
 */
export const WEAK_JOIN = 0.45;
/** The new article and a weak member must be this much closer to each other than to the rest of the story. */
const MARGIN = 0.05;
/**
 * The two sides must be at most this close (cosine of their word centroids) to part: two events of one
 * kind, not two accounts of one event (measured on ECB+ partings: two events 0.30–0.54, mostly below; halves
 * of one event 0.33–0.63, all but one above; BENCHMARKS.md).
 */
const PARTED = 0.45;
const ROUNDS = 3;

interface Member {
  id: string;
  vectors: ArticleVectors;
  published: string | null;
}

export interface Revisited {
  /** The new article with the members closer to it and its weak partner: a story of their own. */
  split: StoryState;
  /** The story they left. */
  rest: StoryState;
}

/**
 * When an article has joined a story, the members that joined it weakly are looked at again with the
 * new evidence. A weak member closer to the new article than either of them is to the rest of the story
 * may tell another event with it: the two seed a side of their own, every other member goes to the side
 * it is closer to, and the story parts if the two sides are as far apart as two events of one kind.
 * Which of the pair came first does not matter, so the outcome depends less on the order of arrival.
 */
export async function revisitWeakJoins(index: CorpusIndex, home: StoryState, articleId: string, vectors: ArticleVectors, published: string | null): Promise<Revisited | null> {
  const weakIds = home.joins.filter((j) => j.articleId !== articleId && j.score < WEAK_JOIN && j.via.startsWith('words')).map((j) => j.articleId);
  if (!weakIds.length || home.articleIds.length - weakIds.length < 2) return null;
  const held = await heldByCopies(index, home, weakIds);
  const article: Member = { id: articleId, vectors, published };
  const pairScore = (m: Member): number => scoreStory(vectors, published, newStory(m.id, m.vectors, m.published)).score;
  const seeds = (await memberVectors(index, weakIds.filter((id) => !held.has(id)))).filter((m) => {
    const rest = without(home, [m, article]);
    const pair = pairScore(m);
    return pair >= JOIN_SCORE && pair - MARGIN > Math.max(scoreStory(vectors, published, rest).score, scoreStory(m.vectors, m.published, rest).score);
  });
  if (!seeds.length) return null;
  const seedIds = new Set(seeds.map((m) => m.id));
  const others = await memberVectors(index, home.articleIds.filter((id) => id !== articleId && !seedIds.has(id) && !held.has(id)));
  let leaving = seeds;
  for (let round = 0; round < ROUNDS; round++) {
    const side = sideOf(article, leaving);
    const inSide = new Set(leaving.map((m) => m.id));
    const moved = others.filter((y) => {
      const mine = inSide.has(y.id) ? without(side, [y]) : side;
      const rest = without(home, [article, ...leaving.filter((m) => m.id !== y.id), y]);
      return scoreStory(y.vectors, y.published, mine).score > scoreStory(y.vectors, y.published, rest).score;
    });
    const next = [...seeds, ...moved];
    const settled = next.length === leaving.length && next.every((m) => inSide.has(m.id));
    leaving = next;
    if (settled) break;
  }
  const rest = without(home, [article, ...leaving]);
  const parted = sideOf(article, leaving, `closer to ${articleId} than to the rest of ${home.id}`);
  const split = { ...parted, joins: parted.joins.map((j) => (j.articleId === articleId ? { ...j, via: `parted from ${home.id} with ${seeds.map((m) => m.id).join(', ')}` } : j)) };
  if (!rest.articleIds.length || centroidsCosine(split.centroid, rest.centroid) >= PARTED) return null;
  // The new article never named a story, so its id is free; the side with the story's first article keeps the story's id.
  const fresh = `story-${articleId}`;
  return split.articleIds.some((id) => home.id === `story-${id}`)
    ? { split: { ...split, id: home.id, related: home.related }, rest: { ...rest, id: fresh, related: [] } }
    : { split: { ...split, id: fresh }, rest };
}

/** The new article and the members going with it, as a story (scores: each member's score with the article). */
function sideOf(article: Member, members: Member[], why = ''): StoryState {
  let side = newStory(article.id, article.vectors, article.published);
  for (const m of members) {
    const score = scoreStory(m.vectors, m.published, newStory(article.id, article.vectors, article.published)).score;
    side = joinStory(side, m.id, m.vectors, m.published, score, why);
  }
  return side;
}

async function memberVectors(index: CorpusIndex, ids: string[]): Promise<Member[]> {
  const fps = await index.fingerprints(ids);
  const terms = [...new Set(fps.flatMap((f) => f.terms.map(([t]) => t)))];
  const dfOf = await frequencies(index, terms);
  return fps.map((f) => ({ id: f.id, vectors: articleVectors(f, dfOf.get, dfOf.total), published: f.published }));
}

/** Weak members that have a copy (or are one) among the other members stay: a copy is stronger evidence. */
async function heldByCopies(index: CorpusIndex, home: StoryState, weak: string[]): Promise<Set<string>> {
  const members = new Set(home.articleIds);
  const held = new Set<string>();
  for (const link of await index.linksOf(weak)) {
    if (members.has(link.a) && members.has(link.b)) for (const id of [link.a, link.b]) held.add(id);
  }
  return held;
}

/** The story without some members: their ids, joins and vectors taken out (dates kept: a range that still holds them is only wider). */
function without(story: StoryState, members: Member[]): StoryState {
  const ids = new Set(members.map((m) => m.id));
  return {
    ...story,
    articleIds: story.articleIds.filter((id) => !ids.has(id)),
    centroid: subtract(story.centroid, members.map((m) => m.vectors.words)),
    nameCentroid: subtract(story.nameCentroid, members.map((m) => m.vectors.names)),
    joins: story.joins.filter((j) => !ids.has(j.articleId)),
  };
}

function subtract(centroid: Array<[string, number]>, vectors: TermVector[]): Array<[string, number]> {
  return centroid.map(([t, w]): [string, number] => [t, vectors.reduce((s, v) => s - (v.get(t) ?? 0), w)]).filter(([, w]) => w > 1e-9);
}
