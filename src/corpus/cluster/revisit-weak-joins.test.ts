import { describe, expect, it } from 'vitest';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import { newStory } from './assign-story.js';
import { MemoryCorpusIndex } from './memory-corpus-index.js';
import { placeInStory } from './place-in-story.js';
import { articleVectors, hashedForm } from './term-vector.js';

// Invented articles as bags of word stems, each counted once; with nothing counted in the index every
// term weighs the same, so a cosine is the share of terms two articles have in common.
function fingerprint(id: string, terms: string[]): ArticleFingerprint {
  return {
    id, title: null, lead: '', outlet: null, published: null, words: 100, textHash: id, minhash: [], sentenceKeys: [],
    terms: terms.map((t): [string, number] => [t, 1]), names: [],
  };
}

const vectorsOf = (fp: ArticleFingerprint) => articleVectors(fp, () => 0, 0);

/** Places the articles one after another, as a batch does, and returns the stories as sets of ids. */
async function place(articles: Array<[string, string[]]>) {
  const index = new MemoryCorpusIndex();
  const seen: string[] = [];
  for (const [id, terms] of articles) {
    const fp = fingerprint(id, terms);
    await index.addArticle({ fingerprint: fp, text: { id, text: '', sentences: [] }, bandKeys: [], indexTerms: [], wordVector: hashedForm(vectorsOf(fp).words).hashed });
    if (!seen.length) await index.putStory(newStory(id, vectorsOf(fp), null));
    else await placeInStory(index, fp, vectorsOf(fp), [], [...seen], new Map());
    seen.push(id);
  }
  const storyIds = [...new Set((await index.storiesOf(seen)).filter((s): s is string => s !== null))];
  const stories = await index.stories(storyIds);
  return stories.map((s) => [...s.articleIds].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}

const QUAKE = ['quake', 'rescue'];

describe('revisitWeakJoins (through placeInStory)', () => {
  it('parts a story when a later article shows that a weak member tells another event of the same kind', async () => {
    // The first southern article meets the one-article northern story at 2/6 = 0.33 and joins it weakly;
    // the second northern article joins at 0.8 and more; the second southern one is 5/6 from the first.
    const stories = await place([
      ['north-1', [...QUAKE, 'kessel', 'dam', 'flood', 'toll']],
      ['south-1', [...QUAKE, 'maranta', 'bridge', 'fire', 'market']],
      ['north-2', [...QUAKE, 'kessel', 'dam', 'flood', 'aid']],
      ['south-2', [...QUAKE, 'maranta', 'bridge', 'fire', 'ferry']],
    ]);
    expect(stories).toEqual([['north-1', 'north-2'], ['south-1', 'south-2']]);
  });

  it('keeps one event together when the new article is only closer to one aspect of it', async () => {
    // The school collapse is one part of the northern quake. Its first article shares 4 of its 16 words
    // with each northern one and joins weakly (0.43); the second is 10/16 from the first, closer than
    // either is to the rest, but the two sides still share their words (centroid cosine 0.47): no parting.
    const school = [...QUAKE, 'kessel', 'dam', 'school', 'collapse', 'pupil', 'teacher', 'classroom', 'rubble'];
    const stories = await place([
      ['north-1', [...QUAKE, 'kessel', 'dam', 'flood', 'toll']],
      ['north-2', [...QUAKE, 'kessel', 'dam', 'flood', 'aid']],
      ['school-1', [...school, 'parent', 'mayor', 'fund', 'trapped', 'dig', 'hospital']],
      ['school-2', [...school, 'crane', 'night', 'survivor', 'volunteer', 'army', 'tent']],
    ]);
    expect(stories).toEqual([['north-1', 'north-2', 'school-1', 'school-2']]);
  });
});
