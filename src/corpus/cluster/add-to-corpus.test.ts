import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../core/types.js';
import {
  PACT, PACT_OWN_REPORT, PACT_RATIFIED, PACT_REWRITE, QUAKE_NORTH, QUAKE_NORTH_OTHER, QUAKE_SOUTH, fixtureArticle,
} from '../dedupe/fixtures.js';
import { addToCorpus } from './add-to-corpus.js';
import { MemoryCorpusIndex } from './memory-corpus-index.js';
import { buildDossier } from '../build-dossier.js';

const articles: AnalyzedArticle[] = [
  fixtureArticle('pact-wire', PACT, { title: 'Arlenia and Morvia sign pact', published: '2024-05-14' }),
  fixtureArticle('pact-copy', PACT.slice(0, 5), { title: 'Pact signed in Velsk', published: '2024-05-14' }),
  fixtureArticle('pact-rewrite', PACT_REWRITE, { published: '2024-05-15' }),
  fixtureArticle('pact-own', PACT_OWN_REPORT, { title: 'A pact in Velsk', published: '2024-05-14' }),
  fixtureArticle('pact-ratified', PACT_RATIFIED, { title: 'Morvia ratifies pact', published: '2024-10-03' }),
  fixtureArticle('quake-north', QUAKE_NORTH, { title: 'Earthquake kills 31 in Kessel', published: '2024-02-05' }),
  fixtureArticle('quake-north-2', QUAKE_NORTH_OTHER, { title: 'Kessel death toll rises', published: '2024-02-05' }),
  fixtureArticle('quake-south', QUAKE_SOUTH, { title: 'Quake shakes Maranta', published: '2024-02-10' }),
];

async function storiesOf(input: AnalyzedArticle[]) {
  const dossier = await buildDossier(input, []);
  const storyOf = (id: string) => dossier.stories.find((s) => s.articleIds.includes(id))!;
  return { dossier, storyOf };
}

describe('addToCorpus', () => {
  it('groups one event, keeps another event of the same kind apart, and relates a later development', async () => {
    const { dossier, storyOf } = await storiesOf(articles);
    const pact = storyOf('pact-wire');
    expect([...pact.articleIds].sort()).toEqual(['pact-copy', 'pact-own', 'pact-rewrite', 'pact-wire']);
    expect(storyOf('quake-north').articleIds.sort()).toEqual(['quake-north', 'quake-north-2']);
    expect(storyOf('quake-south').articleIds).toEqual(['quake-south']);
    const ratified = storyOf('pact-ratified');
    expect(ratified.articleIds).toEqual(['pact-ratified']);
    expect(ratified.related).toContain(pact.id);
    expect(pact.related).toContain(ratified.id);
    expect(storyOf('quake-north').related).not.toContain(storyOf('quake-south').id);
    expect(dossier.stories).toHaveLength(4);
  });

  it('counts copies and rewrites of one original once', async () => {
    const { storyOf } = await storiesOf(articles);
    const pact = storyOf('pact-wire');
    expect(pact.independentSources).toBe(2);
    expect(pact.copyGroups).toEqual([
      { original: 'pact-wire', copies: [{ articleId: 'pact-copy', kind: 'near-duplicate' }, { articleId: 'pact-rewrite', kind: 'rewrite' }] },
    ]);
    expect(pact.reason).toMatch(/pact-own: words/);
  });

  it('links only the copies', async () => {
    const { dossier } = await storiesOf(articles);
    const pairs = dossier.links.map((l) => `${l.a} ${l.b} ${l.kind}`).sort();
    expect(pairs).toEqual(['pact-copy pact-rewrite rewrite', 'pact-wire pact-copy near-duplicate', 'pact-wire pact-rewrite rewrite']);
  });

  it('compares a copy with the other copies of its source, even those its candidate lookups miss', async () => {
    /** An index whose band and term lookups stop returning one article (as when a cap leaves it out). */
    class Hiding extends MemoryCorpusIndex {
      hidden = '';
      override async candidatesByBands(keys: string[], maxPerKey: number) {
        return (await super.candidatesByBands(keys, maxPerKey)).filter((id) => id !== this.hidden);
      }
      override async candidatesByTerms(terms: string[], perTerm: number) {
        return (await super.candidatesByTerms(terms, perTerm)).filter((id) => id !== this.hidden);
      }
    }
    const index = new Hiding();
    await addToCorpus(index, articles.slice(0, 2));
    index.hidden = 'pact-copy';
    const { newLinks } = await addToCorpus(index, [articles[2]!]);
    expect(newLinks.map((l) => `${l.a} ${l.b}`).sort()).toEqual(['pact-copy pact-rewrite', 'pact-wire pact-rewrite']);
  });

  it('does not depend on the input order', async () => {
    const shape = (d: Awaited<ReturnType<typeof storiesOf>>['dossier']) => ({
      stories: d.stories.map((s) => ({ id: s.id, ids: [...s.articleIds].sort(), related: s.related })).sort((x, y) => (x.id < y.id ? -1 : 1)),
      links: d.links.map((l) => `${l.a} ${l.b} ${l.kind} ${l.original}`).sort(),
    });
    const expected = shape((await storiesOf(articles)).dossier);
    for (const order of [[...articles].reverse(), [3, 7, 0, 5, 1, 6, 2, 4].map((i) => articles[i]!)]) {
      expect(shape((await storiesOf(order)).dossier)).toEqual(expected);
    }
  });

  it('updates only what a new article touches, and ignores an article it already has', async () => {
    const index = new MemoryCorpusIndex();
    await addToCorpus(index, articles.slice(0, 4));
    const later = await addToCorpus(index, [articles[4]!, articles[0]!]);
    expect(later.newLinks).toEqual([]);
    expect(later.touchedStories.map((s) => s.articleIds.length).sort()).toEqual([1, 4]);
    const again = await addToCorpus(index, [articles[4]!]);
    expect(again).toEqual({ newLinks: [], removedStories: [], touchedStories: [] });
  });

  it('keeps fingerprints plain JSON values', async () => {
    const index = new MemoryCorpusIndex();
    await addToCorpus(index, articles.slice(0, 2));
    const [fp] = await index.fingerprints(['pact-wire']);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
    expect(fp!.minhash).toHaveLength(32);
  });
});
