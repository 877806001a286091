import type { Story } from '../../core/types.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import type { CorpusIndex, StoryState } from './corpus-index.js';
import { copyGroups } from './copy-groups.js';
import { contentStems, tokenize } from '../dedupe/words.js';
import { centroidVector } from './term-vector.js';

const TITLE_WORDS = 12;
const TITLE_CANDIDATES = 20;

/** The dossier's view of a story state: title, copy groups, independent sources, why it was grouped. */
export async function renderStory(index: CorpusIndex, state: StoryState): Promise<Story> {
  // The title looks at the first members by id only: reading every member's fingerprint would make
  // each update of a big story cost its whole size.
  const fps = await index.fingerprints([...state.articleIds].sort().slice(0, TITLE_CANDIDATES));
  const links = await index.linksOf(state.articleIds);
  return {
    id: state.id,
    title: storyTitle(fps, state),
    articleIds: [...state.articleIds],
    related: [...state.related],
    ...copyGroups(state.articleIds, links),
    reason: state.joins.map((j) => `${j.articleId}: ${j.via}`).join('; '),
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    conflicts: [],
  };
}

/** Several stories, one after another: the index may be one database client, which takes one query at a time. */
export async function renderStories(index: CorpusIndex, states: StoryState[]): Promise<Story[]> {
  const stories: Story[] = [];
  for (const state of states) stories.push(await renderStory(index, state));
  return stories;
}

/**
 * A short title: the headline (or, without one, the first sentence) of the member whose headline words
 * weigh most in the story's centroid, cut to a dozen words.
 */
export function storyTitle(fps: ArticleFingerprint[], state: StoryState): string {
  const vector = centroidVector(state.centroid);
  let best: ArticleFingerprint | undefined;
  let bestScore = -1;
  // The first members suffice to find a representative headline, and keep this cheap for big stories.
  for (const fp of [...fps].sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, TITLE_CANDIDATES)) {
    const stems = contentStems(tokenize(fp.title ?? fp.lead));
    const score = stems.reduce((sum, stem) => sum + (vector.get(stem) ?? 0), 0) / Math.sqrt(stems.length || 1) + (fp.title ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [fp, score];
  }
  const text = (best?.title ?? best?.lead ?? '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : text || state.id;
}
