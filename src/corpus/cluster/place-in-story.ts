import type { Link } from '../../core/types.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import { JOIN_SCORE, RELATED_NAMES, RELATED_SCORE, joinStory, mergeStories, newStory, relate, scoreStory, type StoryScore } from './assign-story.js';
import type { CorpusIndex, StoryState } from './corpus-index.js';
import { revisitWeakJoins } from './revisit-weak-joins.js';
import type { ArticleVectors } from './term-vector.js';

/** Facts told alike in both (aligned sentences) let an article join a story its dates keep it apart from. */
const MIN_SHARED_SENTENCES = 2;
/**
 * A story scoring at least this share of the best story's score is joined (merged) as well: the article
 * is about as close to both, so they tell one event. A story merely above the join score is not: the
 * best story is its event, the other one another event of the same kind (measured on ECB+, BENCHMARKS.md).
 */
const MERGE_SHARE = 0.9;

export interface Placement {
  touched: string[];
  removed: string[];
}

/**
 * Puts a new article in a story: the story of the article it copies, else the story it is closest to
 * (close words and names, with dates that allow it or shared facts), together with any story it is
 * about as close to: one of them is joined and the others merged into it, since the article shows they
 * tell one event. Stories close but not enough become related.
 */
export async function placeInStory(
  index: CorpusIndex,
  fp: ArticleFingerprint,
  vectors: ArticleVectors,
  links: Link[],
  candidates: string[],
  shared: Map<string, number>,
): Promise<Placement> {
  const strongest = [...links].sort((x, y) => y.similarity - x.similarity || (x.a < y.a ? -1 : 1))[0];
  const copied = strongest ? (strongest.a === fp.id ? strongest.b : strongest.a) : null;
  const compared = [...shared.keys()];
  const memberIds = [...(copied ? [copied] : []), ...compared, ...candidates];
  const storyIds = await index.storiesOf(memberIds);
  const facts = new Map<string, number>();
  memberIds.forEach((id, i) => {
    const story = storyIds[i];
    if (story) facts.set(story, Math.max(facts.get(story) ?? 0, shared.get(id) ?? 0));
  });
  const copyStory = copied ? storyIds[0] ?? null : null;
  const unique = [...new Set(storyIds.filter((s): s is string => s !== null))].sort();
  const scores = (await index.stories(unique)).map((s) => scoreStory(vectors, fp.published, s));
  // Facts told alike outweigh a distant date (a page's date is often when it was crawled or updated).
  const adjusted = (s: StoryScore): number => ((facts.get(s.story.id) ?? 0) >= MIN_SHARED_SENTENCES ? s.score / s.time : s.score);
  const belongs = (s: StoryScore): boolean => {
    if (s.story.id === copyStory) return true;
    const shared = facts.get(s.story.id) ?? 0;
    const score = adjusted(s);
    // Words and names decide when the dates agree, or when nothing is dated at all: an undated article
    // close in words to a dated story may be a later development, and must share facts to join.
    const datesAllow = s.datesAgree ?? (fp.published === null && s.story.first === null);
    return score >= JOIN_SCORE && (shared >= MIN_SHARED_SENTENCES || datesAllow);
  };
  const belonging = scores.filter(belongs);
  const best = Math.max(0, ...belonging.map(adjusted));
  const joined = belonging.filter((s) => s.story.id === copyStory || adjusted(s) >= MERGE_SHARE * best).sort((x, y) =>
    Number(y.story.id === copyStory) - Number(x.story.id === copyStory) || y.story.articleIds.length - x.story.articleIds.length ||
    y.score - x.score || (x.story.id < y.story.id ? -1 : 1));
  const why = (s: StoryScore): string => s.story.id === copyStory && strongest
    ? `${strongest.kind} of ${copied}`
    : `words ${s.text.toFixed(3)}, names ${s.names.toFixed(3)}, time ×${s.time.toFixed(2)}, ${facts.get(s.story.id) ?? 0} shared sentences`;
  const [first, ...others] = joined;
  let home: StoryState = first ? joinStory(first.story, fp.id, vectors, fp.published, first.score, why(first)) : newStory(fp.id, vectors, fp.published);
  const removed: string[] = [];
  for (const other of others) {
    home = mergeStories(home, other.story, `${fp.id} belongs to both: ${why(other)}`);
    await index.removeStory(other.story.id);
    removed.push(other.story.id);
  }
  const touched: string[] = [];
  const revisited = first ? await revisitWeakJoins(index, home, fp.id, vectors, fp.published) : null;
  if (revisited) {
    await index.putStory(revisited.rest);
    touched.push(revisited.rest.id);
    home = revisited.split;
  }
  touched.unshift(home.id);
  for (const s of scores) {
    if (removed.includes(s.story.id) || s.story.id === home.id || s.story.id === revisited?.rest.id || s.score < RELATED_SCORE || s.names < RELATED_NAMES) continue;
    home = relate(home, s.story.id);
    await index.putStory(relate(s.story, home.id));
    touched.push(s.story.id);
  }
  await index.putStory(home);
  await renameRelations(index, home, removed);
  return { touched, removed };
}

/** Stories that were related to a merged story are now related to the story that absorbed it. */
async function renameRelations(index: CorpusIndex, home: StoryState, removed: string[]): Promise<void> {
  if (!removed.length) return;
  for (const story of await index.stories(home.related)) {
    const related = [...new Set(story.related.map((id) => (removed.includes(id) ? home.id : id)))].filter((id) => id !== story.id).sort();
    await index.putStory({ ...story, related });
  }
}

