import { describe, expect, it } from 'vitest';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';
import { newStory } from './assign-story.js';
import { MemoryCorpusIndex } from './memory-corpus-index.js';
import { placeInStory } from './place-in-story.js';
import type { ArticleVectors, TermVector } from './term-vector.js';

// Hand-made vectors, so that each case sits where the rule it checks decides (scores in the comments).
function unit(weights: Record<string, number>): TermVector {
  const length = Math.hypot(...Object.values(weights));
  return new Map(Object.entries(weights).map(([t, w]) => [t, w / length]));
}

function fingerprint(id: string, published: string | null): ArticleFingerprint {
  return { id, title: null, lead: '', outlet: null, published, words: 100, textHash: id, minhash: [], sentenceKeys: [], terms: [], names: [] };
}

const vectorsOf = (words: Record<string, number>): ArticleVectors => ({ words: unit(words), names: new Map() });

/** Two stories about two earthquakes: the same kind of event, other places. */
async function twoQuakes(published: string | null = null) {
  const index = new MemoryCorpusIndex();
  await index.putStory(newStory('north-1', vectorsOf({ quake: 1, kessel: 1 }), published));
  await index.putStory(newStory('south-1', vectorsOf({ quake: 1, maranta: 1 }), published));
  return index;
}

async function storyOf(index: MemoryCorpusIndex, id: string) {
  const [storyId] = await index.storiesOf([id]);
  return (await index.stories([storyId!]))[0]!;
}

describe('placeInStory', () => {
  it('joins the closest story only, when the other is merely above the join score', async () => {
    const index = await twoQuakes();
    // North 0.99, south 0.57: both above the join score, but south is another quake.
    const placed = await placeInStory(index, fingerprint('north-2', null), vectorsOf({ quake: 0.8, kessel: 0.6 }), [], ['north-1', 'south-1'], new Map());
    expect(placed.removed).toEqual([]);
    expect((await storyOf(index, 'north-2')).articleIds).toEqual(['north-1', 'north-2']);
    expect((await storyOf(index, 'south-1')).articleIds).toEqual(['south-1']);
  });

  it('merges two stories when the article is about as close to both', async () => {
    const index = await twoQuakes();
    // North 0.85, south 0.85: the article tells both, so they are one event.
    const placed = await placeInStory(index, fingerprint('both', null), vectorsOf({ quake: 0.9, kessel: 0.3, maranta: 0.3 }), [], ['north-1', 'south-1'], new Map());
    expect(placed.removed).toHaveLength(1);
    expect([...(await storyOf(index, 'both')).articleIds].sort()).toEqual(['both', 'north-1', 'south-1']);
  });

  it('joins on words alone when nothing is dated, and needs shared facts when only the story is dated', async () => {
    // North 0.42: below the former words-only bar (0.5), above the join score.
    const close = vectorsOf({ quake: 0.3, kessel: 0.3, toll: 0.9 });
    const undated = await twoQuakes();
    await placeInStory(undated, fingerprint('north-3', null), close, [], ['north-1'], new Map());
    expect((await storyOf(undated, 'north-3')).articleIds).toEqual(['north-1', 'north-3']);

    const dated = await twoQuakes('2024-02-05');
    await placeInStory(dated, fingerprint('north-3', null), close, [], ['north-1'], new Map([['north-1', 1]]));
    expect((await storyOf(dated, 'north-3')).articleIds).toEqual(['north-3']);
    await placeInStory(dated, fingerprint('north-4', null), close, [], ['north-1'], new Map([['north-1', 2]]));
    expect((await storyOf(dated, 'north-4')).articleIds).toEqual(['north-1', 'north-4']);
  });
});
