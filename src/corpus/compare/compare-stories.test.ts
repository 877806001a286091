import { describe, expect, it } from 'vitest';
import { analyzedArticle } from '../../../test/analyzed-article.js';
import type { AnalyzedArticle, Link, Story } from '../../core/types.js';
import { copyGroups } from '../cluster/copy-groups.js';
import { compareStories } from './compare-stories.js';

function story(articles: AnalyzedArticle[], links: Link[]): Story {
  const ids = articles.map((a) => a.id);
  return { id: 's', title: 't', articleIds: ids, related: [], ...copyGroups(ids, links), entities: [], quotes: [], timeline: [], claims: [], conflicts: [] };
}

function compare(articles: AnalyzedArticle[], links: Link[] = []): Story {
  return compareStories([story(articles, links)], articles, links)[0]!;
}

function rewrite(original: AnalyzedArticle, copy: AnalyzedArticle): Link {
  return { a: original.id, b: copy.id, kind: 'rewrite', similarity: 0.7, original: original.id, evidence: [], changes: [] };
}

const QUAKE = 'The Valdoria earthquake killed {n} people in the port town of Mirel, rescue teams reported.';

describe('compareStories: figures', () => {
  it('reports different figures for the same quantity at the same time as a number conflict', () => {
    const a = analyzedArticle('a', QUAKE.replace('{n}', '12'), '2030-03-02T10:00:00Z');
    const b = analyzedArticle('b', QUAKE.replace('{n}', '20'), '2030-03-02T11:00:00Z');
    const s = compare([a, b]);
    expect(s.conflicts).toHaveLength(1);
    expect(s.conflicts[0]).toMatchObject({ kind: 'number', a: { articleId: 'a' }, b: { articleId: 'b' } });
    expect(s.conflicts[0]!.note).toContain('12');
    expect(s.updates).toEqual([]);
  });

  it('shows a figure that rose between reports days apart as an update, not a conflict', () => {
    const a = analyzedArticle('a', QUAKE.replace('{n}', '12'), '2030-03-02T10:00:00Z');
    const b = analyzedArticle('b', QUAKE.replace('{n}', '15'), '2030-03-04T10:00:00Z');
    const s = compare([b, a]);
    expect(s.conflicts).toEqual([]);
    expect(s.updates).toHaveLength(1);
    expect(s.updates![0]).toMatchObject({ earlier: { articleId: 'a' }, later: { articleId: 'b' }, note: '12 -> 15: reported later' });
  });

  it('does not set a hypothetical "fourth meeting" against a past "third summit", but does a stated one', () => {
    const past = analyzedArticle('a', 'It was the third summit between the two mayors of Ostrava and Brelm.');
    const ifAgain = analyzedArticle('b', 'If the two mayors of Ostrava and Brelm meet again, it will be their fourth summit.');
    expect(compare([past, ifAgain]).conflicts).toEqual([]);
    const stated = analyzedArticle('c', 'It was the fourth summit between the two mayors of Ostrava and Brelm.');
    expect(compare([past, stated]).conflicts).toMatchObject([{ kind: 'attribute' }]);
  });

  it('reports two days for the same event as a date conflict', () => {
    // Dates as the dates stage gives them, so the test does not depend on how that stage resolves them.
    const withDate = (id: string, day: string, value: string): AnalyzedArticle => {
      const text = `The mayors of Ostrava and Brelm signed the water accord on ${day}.`;
      const start = text.indexOf(day);
      const dates = [{ text: day, start, end: start + day.length, value, anchor: 'published' as const }];
      return analyzedArticle(id, text, undefined, dates);
    };
    const a = withDate('a', 'Tuesday', '2030-03-05');
    const b = withDate('b', 'Wednesday', '2030-03-06');
    expect(compare([a, b]).conflicts).toMatchObject([{ kind: 'date', note: '2030-03-05 vs 2030-03-06' }]);
  });
});

describe('compareStories: polarity, attribution, sources', () => {
  const denies = analyzedArticle('a', 'The new fishing accord does not include a clause on automatic compensation for damaged nets.');
  const states = analyzedArticle('b', 'According to Section 3 of the accord, «the coastal state shall immediately pay compensation for damaged nets».');
  const unclear = analyzedArticle('c', 'It is unclear whether the fishing accord provides compensation for damaged nets.');
  const other = analyzedArticle('d', 'The fishing accord includes a clause on quotas for the northern bay, the ministry said.');

  it('reports "not in the text" against "in the text" as a polarity conflict, with the sources that call it unclear', () => {
    const s = compare([denies, states, unclear, other]);
    expect(s.conflicts).toHaveLength(1);
    expect(s.conflicts[0]).toMatchObject({ kind: 'polarity', a: { articleId: 'a' }, b: { articleId: 'b' }, open: [{ articleId: 'c' }] });
    expect(s.claims.find((c) => c.evidence.some((e) => e.articleId === 'a'))?.status).toBe('contested');
  });

  it('does not oppose a denial to a statement about something else', () => {
    expect(compare([denies, other]).conflicts).toEqual([]);
  });

  it('reports the same quote given to two different speakers', () => {
    const quote = { text: 'We will rebuild every house in Mirel before the winter', start: 0, end: 10, speakerText: null, cue: 'said', kind: 'full' as const };
    const a = { ...analyzedArticle('a', 'The mayor spoke in Mirel on Monday.'), quotes: [{ ...quote, speaker: 'Anna Weiss' }] };
    const b = { ...analyzedArticle('b', 'The governor spoke in Mirel on Monday.'), quotes: [{ ...quote, speaker: 'Piotr Lanz' }] };
    const same = { ...analyzedArticle('c', 'Weiss spoke in Mirel.'), quotes: [{ ...quote, speaker: 'Weiss' }] };
    expect(compare([a, b]).conflicts).toMatchObject([{ kind: 'attribution', note: 'Anna Weiss vs Piotr Lanz' }]);
    expect(compare([a, same]).conflicts).toEqual([]);
  });

  it('counts a rewrite with its original as one source', () => {
    const text = 'The mayors of Ostrava and Brelm signed a water accord in Mirel on the river border.';
    const a = analyzedArticle('a', text);
    const b = analyzedArticle('b', text.replace('signed', 'have signed'));
    const c = analyzedArticle('c', 'Ostrava and Brelm mayors signed the water accord in Mirel, by the river border.');
    const two = compare([a, b], [rewrite(a, b)]).claims[0]!;
    expect(two).toMatchObject({ status: 'single-source', independentSources: 1 });
    expect(two.articleIds).toHaveLength(2);
    const three = compare([a, b, c], [rewrite(a, b)]).claims[0]!;
    expect(three).toMatchObject({ status: 'corroborated', independentSources: 2 });
  });

  it('shows a hedge dropped by a rewrite as drift, not as a conflict', () => {
    const a = analyzedArticle('a', 'The merger could mark the largest deal in the Ostrava steel industry since 1990.');
    const b = analyzedArticle('b', 'The merger is the largest deal in the Ostrava steel industry since 1990.');
    const s = compare([a, b], [rewrite(a, b)]);
    expect(s.conflicts).toEqual([]);
    expect(s.drift).toMatchObject([{ original: { articleId: 'a' }, rewrite: { articleId: 'b' }, changes: [{ kind: 'hedge-removed', from: 'could' }] }]);
  });
});
