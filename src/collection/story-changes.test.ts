import { describe, expect, it } from 'vitest';
import { sampleStory } from '../store/store-suite.js';
import { storyChanges } from './story-changes.js';

const conflict = (id: string) => ({
  id,
  kind: 'number' as const,
  about: 'death toll',
  note: '',
  a: { articleId: 'a1', text: '12', start: 0, end: 2 },
  b: { articleId: 'a2', text: '15', start: 0, end: 2 },
});

describe('storyChanges', () => {
  it('reports a new story, a new source for a known story, and a new conflict', () => {
    const before = [sampleStory('s1', ['a1'])];
    const change = {
      links: [],
      removed: [],
      stories: [sampleStory('s1', ['a1', 'a2'], { conflicts: [conflict('k1')] }), sampleStory('s2', ['a3'])],
    };
    expect(storyChanges(before, change).map((c) => [c.kind, c.storyId])).toEqual([
      ['new-source', 's1'],
      ['new-conflict', 's1'],
      ['new-story', 's2'],
    ]);
  });

  it('reports nothing for a story rewritten unchanged, and no new story when known stories merge', () => {
    const before = [sampleStory('s1', ['a1'], { conflicts: [conflict('k1')] }), sampleStory('s2', ['a2'])];
    expect(storyChanges(before, { links: [], removed: [], stories: [before[0]!] })).toEqual([]);
    const merged = { links: [], removed: ['s1', 's2'], stories: [sampleStory('s3', ['a1', 'a2'], { conflicts: [conflict('k1')] })] };
    expect(storyChanges(before, merged)).toEqual([]);
  });
});
