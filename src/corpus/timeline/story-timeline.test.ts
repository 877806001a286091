import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analyze/analyze-article.js';
import type { AnalyzedArticle, Story } from '../../core/types.js';
import { addTimelines } from './add-timelines.js';
import { storyTimeline } from './story-timeline.js';

function article(id: string, text: string, published: string | null): AnalyzedArticle {
  return analyzeArticle({
    id, source: id, url: null, outlet: null, title: null, byline: null, language: 'en', messages: [], text,
    published: { value: published, from: published ? 'declared' : null },
  });
}

// Invented: a dam opening reported by two outlets, with a 1987 plan as background.
const A = article('a', 'The governor opened the new river dam on Tuesday after years of delays. The dam was first planned in 1987 by the state.', '2024-06-19');
const B = article('b', 'Officials opened the river dam Tuesday, the governor said. Floods hit the valley in May.', '2024-06-19');
const C = article('c', 'The river dam that the governor opened on March 12 last year is already leaking, engineers said on Monday.', null);

describe('storyTimeline', () => {
  const timeline = storyTimeline([A, B]);

  it('merges the same dated event across articles and keeps the order', () => {
    expect(timeline.map((e) => [e.date, e.articleIds, e.background])).toEqual([
      ['1987', ['a'], true],
      ['2024-05', ['b'], false],
      ['2024-06-18', ['a', 'b'], false],
    ]);
  });

  it('does not merge different events of the same date', () => {
    const other = article('d', 'Tuesday brought heavy rain to the northern coast, forecasters said.', '2024-06-19');
    expect(storyTimeline([A, other]).filter((e) => e.date === '2024-06-18')).toHaveLength(2);
  });
});

describe('addTimelines', () => {
  const story: Story = {
    id: 's', title: 'dam', articleIds: ['a', 'b', 'c'], related: [], independentSources: 3, copyGroups: [],
    entities: [], quotes: [], timeline: [], claims: [], conflicts: [],
  };

  it('infers the date of an undated article from its story and resolves its dates against it', () => {
    const { articles, stories } = addTimelines([A, B, C], [story]);
    const c = articles.find((a) => a.id === 'c')!;
    expect(c.published.from).toBe('inferred');
    expect(c.published.value!.slice(0, 4)).toBe('2025');
    expect(c.dates.find((d) => d.text === 'March 12 last year')?.value).toBe('2024-03-12');
    expect(c.messages.map((m) => m.rule)).toContain('published-date-inferred');
    expect(stories[0]!.timeline.length).toBeGreaterThan(0);
  });

  it('leaves a story with no dated article alone', () => {
    const alone = { ...story, articleIds: ['c'] };
    const { articles } = addTimelines([C], [alone]);
    expect(articles[0]!.published.value).toBeNull();
  });
});
