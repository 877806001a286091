import { describe, expect, it } from 'vitest';
import type { StoryState } from '../corpus/cluster/corpus-index.js';
import { cacheStory, cachedStoriesOf, corpusIndexCache, reuseIfCurrent } from './corpus-index-cache.js';

const story = (id: string, articleIds: string[]): StoryState => ({
  id,
  articleIds,
  centroid: [],
  nameCentroid: [],
  first: null,
  last: null,
  related: [],
  joins: articleIds.map((articleId) => ({ articleId, score: 1, via: 'test' })),
});

describe('the corpus index cache', () => {
  it("applies other processes' steps to its frequencies and stories when they lead to the stored total", () => {
    const cache = corpusIndexCache();
    reuseIfCurrent(cache, 10);
    cache.df.set('ferry', 3).set('seawall', 0).set('quay', 1);
    cacheStory(cache, story('s1', ['a1', 'a2']));
    cacheStory(cache, story('s2', ['a3']));
    reuseIfCurrent(cache, 14, [
      { before: 10, after: 12, terms: ['ferry', 'storm'], counts: [2, 1], stories: ['s1'] },
      { before: 12, after: 14, terms: ['seawall', 'ferry'], counts: [1, 1], stories: [] },
    ]);
    // Counted terms move by what was counted; a term never cached stays unknown (it is read when needed).
    expect(Object.fromEntries(cache.df)).toEqual({ ferry: 6, seawall: 1, quay: 1 });
    expect([...cache.stories.keys()]).toEqual(['s2']);
    expect(Object.fromEntries(cache.memberOf)).toEqual({ a3: 's2' });
    expect(cache.documents).toBe(14);
  });

  it('forgets frequencies and stories when the steps do not lead to the stored total (pruned, or none kept)', () => {
    const cache = corpusIndexCache();
    reuseIfCurrent(cache, 10);
    cache.df.set('ferry', 3);
    cacheStory(cache, story('s1', ['a1']));
    reuseIfCurrent(cache, 14, [{ before: 12, after: 14, terms: ['ferry'], counts: [1], stories: [] }]);
    expect(cache.df.size).toBe(0);
    expect(cache.stories.size).toBe(0);
    expect(cache.memberOf.size).toBe(0);
  });

  it('answers the stories of members of cached stories without loading them', async () => {
    const cache = corpusIndexCache();
    cacheStory(cache, story('s1', ['a1', 'a2']));
    cacheStory(cache, story('s1', ['a2', 'a4'])); // rewritten: a1 left it
    const asked: string[][] = [];
    const stories = await cachedStoriesOf(cache, ['a1', 'a2', 'a3', 'a4'], async (missing) => {
      asked.push(missing);
      return [{ article_id: 'a3', story_id: 's9' }];
    });
    expect(stories).toEqual([null, 's1', 's9', 's1']);
    expect(asked).toEqual([['a1', 'a3']]);
  });
});
