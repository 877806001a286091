import { describe, expect, it } from 'vitest';
import { hashString } from '../dedupe/hash.js';
import { joinStory, mergeStories, newStory } from './assign-story.js';
import { hashedVector } from './hashed-vector.js';
import { hashedForm, termHashes, type ArticleVectors } from './term-vector.js';

// Vectors whose terms partly overlap, with enough terms that a grown centroid is cut to its 150 strongest.
function vectors(prefix: string, from: number, count: number): ArticleVectors {
  const entries = Array.from({ length: count }, (_, i): [string, number] => [`${prefix}${from + i}`, 1 / (1 + ((i * 7) % 13))]);
  return { words: new Map(entries), names: new Map(entries.slice(0, 5)) };
}

describe('grown centroids', () => {
  const a = newStory('a', vectors('t', 0, 80), null);
  const b = joinStory(a, 'b', vectors('t', 40, 80), null, 0.5, 'test');
  const c = joinStory(newStory('c', vectors('t', 100, 80), null), 'd', vectors('u', 0, 80), null, 0.5, 'test');
  const merged = mergeStories(b, c, 'test');

  it('carry the hash of each kept term, in entry order, so their hashed form is the one built from scratch', () => {
    expect(merged.centroid).toHaveLength(150);
    for (const centroid of [a.centroid, b.centroid, c.centroid, merged.centroid, merged.nameCentroid]) {
      expect(Array.from(termHashes(centroid))).toEqual(centroid.map(([t]) => hashString(t)));
      expect(hashedForm(centroid).hashed).toEqual(hashedVector([...centroid]));
    }
  });
});
