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

  it('leaves an article alone when neither its story nor its text gives a full date', () => {
    const alone = { ...story, articleIds: ['c'] };
    const { articles } = addTimelines([C], [alone]);
    expect(articles[0]!.published.value).toBeNull();
  });

  it('takes the latest full date an article states when its story has no dated article', () => {
    const own = article('own', 'The dam opened on June 18, 2024. Engineers had inspected it on Monday.', null);
    const { articles } = addTimelines([own], [{ ...story, articleIds: ['own'] }]);
    expect(articles[0]!.published).toEqual({ value: '2024-06-18', from: 'inferred' });
    expect(articles[0]!.dates.find((d) => d.text === 'Monday')?.value).toBe('2024-06-17');
  });
});

describe('checkStoryDate (through addTimelines)', () => {
  const story = (ids: string[]): Story => ({
    id: 's', title: 'dam', articleIds: ids, related: [], independentSources: ids.length, copyGroups: [],
    entities: [], quotes: [], timeline: [], claims: [], conflicts: [],
  });
  const late = article('late', 'The governor opened the river dam on Tuesday, officials said. Crowds had gathered on the 18th.', '2025-03-01');

  it('flags a stated date months away from the day the other articles agree on', () => {
    const { articles } = addTimelines([A, B, late], [story(['a', 'b', 'late'])]);
    expect(articles.find((a) => a.id === 'late')!.messages.map((m) => m.rule)).toContain('published-date-suspect');
    expect(articles.find((a) => a.id === 'a')!.messages.map((m) => m.rule)).not.toContain('published-date-suspect');
  });

  it('with one other dated article, flags only the one whose relative days land on the other\'s days', () => {
    const { articles } = addTimelines([A, late], [story(['a', 'late'])]);
    expect(articles.find((a) => a.id === 'late')!.messages.map((m) => m.rule)).toContain('published-date-suspect');
    expect(articles.find((a) => a.id === 'a')!.messages.map((m) => m.rule)).not.toContain('published-date-suspect');
  });

  it('says nothing when the other articles do not agree on a day', () => {
    const other = article('other', 'Officials said the dam was inspected.', '2025-09-01');
    const { articles } = addTimelines([A, other, late], [story(['a', 'other', 'late'])]);
    expect(articles.find((a) => a.id === 'late')!.messages.map((m) => m.rule)).not.toContain('published-date-suspect');
  });

  it('accepts a later follow-up whose relative days are its own news', () => {
    const follow = article('follow', 'Engineers found a leak in the river dam on Monday and closed it on the 3rd.', '2024-09-25');
    const { articles } = addTimelines([A, B, follow], [story(['a', 'b', 'follow'])]);
    expect(articles.find((a) => a.id === 'follow')!.messages).toEqual([]);
  });

  it('accepts a later article that dates its events absolutely', () => {
    const review = article('review', 'The dam opened on June 18, 2024, after years of delays.', '2025-03-01');
    const { articles } = addTimelines([A, B, review], [story(['a', 'b', 'review'])]);
    expect(articles.find((a) => a.id === 'review')!.messages).toEqual([]);
  });
});
