// The behaviour every Store backend must have. Each backend's test file calls `storeSuite` with a
// factory that opens a fresh, migrated, empty store; the suite itself knows nothing of SQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Quote, Story } from '../core/types.js';
import type { IndexedArticle, StoryState } from '../corpus/cluster/corpus-index.js';
import { hashedVector } from '../corpus/cluster/hashed-vector.js';
import { storedForm } from '../corpus/cluster/stored-vector.js';
import { SEARCH_WINDOW, type Store } from './store.js';

export function sampleArticle(id: string, fields: Partial<AnalyzedArticle> & { publishedOn?: string; quotes?: Quote[] } = {}): AnalyzedArticle {
  const { publishedOn, ...rest } = fields;
  const text = fields.text ?? `Body of ${id}. The harbour council met on Tuesday.`;
  return {
    id,
    source: `${id}.txt`,
    url: `https://news.example/${id}`,
    outlet: 'Example Post',
    title: `Title ${id}`,
    byline: null,
    published: { value: publishedOn ?? null, from: publishedOn ? 'declared' : null },
    language: 'en',
    text,
    messages: [],
    entities: [],
    quotes: [],
    dates: [],
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    claims: [],
    ...rest,
  };
}

export function quoteIn(text: string, quoted: string, speaker: string | null): Quote {
  const start = text.indexOf(quoted);
  if (start < 0) throw new Error(`quoteIn: ${JSON.stringify(quoted)} is not in the text`);
  return { text: quoted, start, end: start + quoted.length, speaker, speakerText: speaker, cue: 'said', kind: 'full' };
}

export function sampleStory(id: string, articleIds: string[], fields: Partial<Story> = {}): Story {
  return {
    id,
    title: `Story ${id}`,
    articleIds,
    related: [],
    independentSources: articleIds.length,
    copyGroups: [],
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    conflicts: [],
    ...fields,
  };
}

/** An article as the corpus index takes it: band keys and index terms as given, a fingerprint that carries them. */
export function indexedArticle(article: AnalyzedArticle, bandKeys: string[], indexTerms: string[]): IndexedArticle {
  return {
    fingerprint: {
      id: article.id, title: article.title, lead: article.text.slice(0, 20), outlet: article.outlet, published: article.published.value,
      words: 9, textHash: `h-${article.id}`, minhash: [1, 2, 3], sentenceKeys: [], terms: indexTerms.map((t) => [t, 1]), names: [['ruiz', 1]],
    },
    text: { id: article.id, text: article.text, sentences: article.sentences },
    bandKeys,
    indexTerms,
    wordVector: storedForm(hashedVector(indexTerms.map((t) => [t, 1 / Math.sqrt(indexTerms.length)]))),
  };
}

/** JSON bytes as a value (null stays null). */
export function parseJson(bytes: Uint8Array | null): unknown {
  return bytes === null ? null : JSON.parse(Buffer.from(bytes).toString('utf8'));
}

export function storyState(id: string, articleIds: string[], fields: Partial<StoryState> = {}): StoryState {
  return {
    id, articleIds, centroid: [['seawal', 0.5]], nameCentroid: [], first: '2024-05-01', last: '2024-05-02', related: [],
    joins: articleIds.map((articleId, i) => ({ articleId, score: i ? 0.4 : 1, via: i ? 'words' : 'first article' })), ...fields,
  };
}

export function storeSuite(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an article once: a second put of the same id or the same URL inserts nothing', async () => {
      const first = sampleArticle('a1', { publishedOn: '2024-06-19' });
      expect(await store.putArticles([first])).toEqual(['a1']);
      expect(await store.putArticles([first])).toEqual([]);
      const sameUrl = sampleArticle('a1-edited', { url: first.url, text: 'An edited body.' });
      expect(await store.putArticles([sameUrl])).toEqual([]);
      const noUrl = sampleArticle('a2', { url: null });
      expect(await store.putArticles([noUrl, noUrl])).toEqual(['a2']);
      expect(await store.existingArticleIds(['a1', 'a1-edited', 'a2', 'zz'])).toEqual(expect.arrayContaining(['a1', 'a2']));
      expect((await store.stats()).articles).toBe(2);
      expect(await store.existingUrls([first.url ?? '', 'https://news.example/other'])).toEqual([first.url]);
      expect(await store.getArticle('a1')).toEqual(expect.objectContaining({ id: 'a1', text: first.text, published: first.published }));
      expect(await store.getArticle('a1')).not.toHaveProperty('sentences');
      expect((await store.getArticles(['a2', 'a1', 'missing'])).map((a) => a.id)).toEqual(['a2', 'a1']);
      expect((await store.getArticles(['a1']))[0]?.sentences).toEqual(first.sentences);
    });

    it('lists articles page by page in storage order', async () => {
      const text = 'The same wire text, word for word.';
      await store.putArticles([sampleArticle('c1', { text }), sampleArticle('c2', { text }), sampleArticle('c3')]);
      const first = await store.listArticles({ limit: 2 });
      expect(first.items.map((a) => a.id)).toEqual(['c1', 'c2']);
      const second = await store.listArticles({ limit: 2, after: first.next ?? undefined });
      expect(second.items.map((a) => a.id)).toEqual(['c3']);
      expect(second.next).toBeNull();
    });

    it('keeps stories: article membership, replacement, removal, and articles not yet in a story', async () => {
      await store.putArticles(['s1', 's2', 's3'].map((id) => sampleArticle(id, id === 's2' ? { title: 'Hafen «Café» – 港' } : {})));
      expect(await store.articlesWithoutStory(10)).toEqual(['s1', 's2', 's3']);
      await store.putStories([sampleStory('st-1', ['s1']), sampleStory('st-2', ['s2'])], []);
      expect(await store.articlesWithoutStory(10)).toEqual(['s3']);
      // The stories merge: st-1 takes all three, st-2 goes.
      await store.putStories([sampleStory('st-1', ['s1', 's2', 's3'])], ['st-2']);
      expect(await store.getStory('st-2')).toBeNull();
      expect(await store.storyOfArticle('s2')).toBe('st-1');
      expect(await store.storiesOfArticles(['s1', 's3', 'nope'])).toEqual(new Map([['s1', 'st-1'], ['s3', 'st-1']]));
      expect(await store.articlesWithoutStory(10)).toEqual([]);
      await store.putArticles([sampleArticle('outside')]);
      const link = { kind: 'rewrite' as const, similarity: 0.7, evidence: [], changes: [] };
      await store.putLinks([{ ...link, a: 's3', b: 's1', original: 's1' }, { ...link, a: 's2', b: 'outside', original: 's2' }]);
      const dossier = await store.storyDossier('st-1');
      expect(dossier?.articles.map((a) => a.id)).toEqual(['s1', 's2', 's3']);
      expect(dossier?.articles[0]).not.toHaveProperty('sentences');
      expect(dossier?.articles[0]?.text).toBe(sampleArticle('s1').text);
      expect(dossier?.links.map((l) => `${l.a}-${l.b}`)).toEqual(['s3-s1']);
      expect(dossier?.stories[0]?.id).toBe('st-1');
      expect(await store.storyDossier('st-2')).toBeNull();
      const json = parseJson(await store.storyDossierJson('st-1')) as typeof dossier;
      expect({ ...json, generatedAt: '' }).toEqual({ ...dossier, generatedAt: '' });
      expect(json?.articles[1]?.title).toBe('Hafen «Café» – 港'); // the bytes are UTF-8
      expect(await store.storyDossierJson('st-2')).toBeNull();
    });

    it('keeps a dossier up to date: a story written again, a link written after it, inside and outside a corpus step', async () => {
      await store.putArticles(['u1', 'u2', 'u3'].map((id) => sampleArticle(id)));
      const dossierOf = async (id: string) => {
        const dossier = parseJson(await store.storyDossierJson(id)) as { articles: { id: string }[]; links: { a: string; b: string; similarity: number }[]; stories: { title: string }[] } | null;
        return dossier && { articles: dossier.articles.map((a) => a.id), links: dossier.links.map((l) => `${l.a}-${l.b} ${l.similarity}`), title: dossier.stories[0]?.title };
      };
      await store.putStories([sampleStory('st-u', ['u1', 'u2'])], []);
      expect(await dossierOf('st-u')).toEqual({ articles: ['u1', 'u2'], links: [], title: 'Story st-u' });
      const link = { a: 'u2', b: 'u1', kind: 'rewrite' as const, similarity: 0.7, original: 'u1', evidence: [], changes: [] };
      await store.putLinks([link]);
      expect((await dossierOf('st-u'))?.links).toEqual(['u2-u1 0.7']);
      await store.putLinks([{ ...link, similarity: 0.75 }]);
      expect((await dossierOf('st-u'))?.links).toEqual(['u2-u1 0.75']);
      // A corpus step writes its stories first and its links at the end: the dossier has both.
      await store.corpusTransaction(async (index, tx) => {
        await tx.putStories([sampleStory('st-u', ['u1', 'u2', 'u3'], { title: 'Grown' })], []);
        await index.putLinks([{ ...link, a: 'u3', b: 'u1' }]);
      });
      expect(await dossierOf('st-u')).toEqual({ articles: ['u1', 'u2', 'u3'], links: ['u2-u1 0.75', 'u3-u1 0.7'], title: 'Grown' });
      await store.putStories([sampleStory('st-v', ['u3', 'u1'])], ['st-u']);
      expect(await dossierOf('st-u')).toBeNull();
      expect(await dossierOf('st-v')).toEqual({ articles: ['u3', 'u1'], links: ['u3-u1 0.7'], title: 'Story st-v' });
    });

    it('lists stories newest first (by latest publication), paginated, with counts', async () => {
      const dates = ['2024-01-05', '2024-03-01', '2023-12-31', '2024-02-10'];
      await store.putArticles(dates.map((day, i) => sampleArticle(`n${i}`, { publishedOn: day })));
      await store.putArticles([sampleArticle('undated')]);
      const conflict = { id: 'k1', kind: 'number' as const, about: 'toll', note: '', a: { articleId: 'n0', text: 'x', start: 0, end: 1 }, b: { articleId: 'n3', text: 'y', start: 0, end: 1 } };
      await store.putStories(
        [
          sampleStory('early', ['n2']),
          sampleStory('mixed', ['n0', 'n3'], { conflicts: [conflict], independentSources: 1 }),
          sampleStory('latest', ['n1']),
          sampleStory('undated', ['undated']),
        ],
        [],
      );
      const page1 = await store.listStories({ limit: 2, offset: 0 });
      expect(page1.total).toBe(4);
      expect(page1.items.map((s) => s.id)).toEqual(['latest', 'mixed']);
      expect(page1.items[1]).toEqual(expect.objectContaining({ articleCount: 2, independentSources: 1, conflictCount: 1, latestPublished: '2024-02-10' }));
      const page2 = await store.listStories({ limit: 2, offset: 2 });
      expect(page2.items.map((s) => s.id)).toEqual(['early', 'undated']);
    });

    it('dates a story written again by all its members, those already in it too', async () => {
      await store.putArticles([sampleArticle('g0', { publishedOn: '2024-03-01' }), sampleArticle('g1', { publishedOn: '2024-01-01' })]);
      await store.putStories([sampleStory('grows', ['g0'])], []);
      await store.putStories([sampleStory('grows', ['g0', 'g1'])], []);
      expect((await store.listStories({ limit: 5, offset: 0 })).items).toEqual([expect.objectContaining({ id: 'grows', articleCount: 2, latestPublished: '2024-03-01' })]);
      expect(await store.storiesOfArticles(['g0', 'g1'])).toEqual(new Map([['g0', 'grows'], ['g1', 'grows']]));
    });

    it('gives every hit the snippet of its own article', async () => {
      const bodies = ['The ferry sank near the harbour.', 'A second ferry ran aground on rocks.', 'The third ferry was towed to port.'];
      await store.putArticles(bodies.map((text, i) => sampleArticle(`s${i}`, { text, title: `Report ${i}` })));
      const hits = (await store.search({ text: 'ferry' })).items;
      expect(hits).toHaveLength(3);
      for (const hit of hits) expect(bodies[Number(hit.articleId.slice(1))]).toContain(hit.snippet.replace(/…/g, '').trim());
    });

    it('searches articles and quotes with snippets, filters and pagination', async () => {
      const harbour = 'The harbour council approved the new seawall on Tuesday. Residents welcomed the vote.';
      const quoteText = 'We will finish the seawall before winter';
      const withQuote = `${harbour} "${quoteText}," said Mayor Ana Ruiz.`;
      const h1 = sampleArticle('h1', { text: harbour, outlet: 'Coast Daily', publishedOn: '2024-05-01' });
      const quoted = { text: withQuote, outlet: 'Bay Herald', publishedOn: '2024-05-03T10:00:00Z', quotes: [quoteIn(withQuote, quoteText, 'Ana Ruiz')] };
      const h2 = sampleArticle('h2', quoted);
      const h3 = sampleArticle('h3', { text: 'The football club signed a new striker.', outlet: 'Coast Daily', publishedOn: '2024-05-02' });
      // A second copy in the batch and another article at a stored URL are skipped, and their quotes with them.
      expect(await store.putArticles([h1, h2, h3, h2, sampleArticle('h1-again', { ...quoted, url: h1.url })])).toEqual(['h1', 'h2', 'h3']);
      await store.putStories([sampleStory('harbour', ['h1', 'h2'])], []);

      const all = await store.search({ text: 'seawall' });
      expect(all.total).toBe(3); // two articles and one quote
      expect(all.items.map((hit) => hit.kind).sort()).toEqual(['article', 'article', 'quote']);
      const quoteHit = all.items.find((hit) => hit.kind === 'quote');
      expect(quoteHit).toEqual(expect.objectContaining({ articleId: 'h2', speaker: 'Ana Ruiz', storyId: 'harbour', outlet: 'Bay Herald' }));
      const mark = quoteHit?.highlights[0];
      expect(mark && quoteHit?.snippet.slice(mark.start, mark.end).toLowerCase()).toBe('seawall');
      expect(quoteHit?.snippet.includes('\u0002') || quoteHit?.snippet.includes('\u0003')).toBe(false);

      expect((await store.search({ text: 'seawall', outlet: 'coast daily' })).items.map((hit) => hit.articleId)).toEqual(['h1']);
      expect((await store.search({ text: 'seawall', from: '2024-05-02' })).items.every((hit) => hit.articleId === 'h2')).toBe(true);
      // `to` is inclusive of the whole day even when the stored date has a time.
      expect((await store.search({ text: 'seawall', to: '2024-05-03' })).total).toBe(3);
      expect((await store.search({ text: 'seawall', to: '2024-05-02' })).total).toBe(1);
      expect((await store.search({ text: 'seawall', speaker: 'ana ruiz' })).total).toBe(2);
      expect((await store.search({ text: 'seawall', speaker: 'Someone Else' })).total).toBe(0);
      expect((await store.search({ text: 'striker', storyId: 'harbour' })).total).toBe(0);
      expect((await store.search({ text: 'striker' })).items.map((hit) => hit.articleId)).toEqual(['h3']);
      // Words must all match; FTS syntax typed by a user is just words.
      expect((await store.search({ text: 'seawall striker' })).total).toBe(0);
      expect((await store.search({ text: 'seawall AND OR NOT "(' })).total).toBe(0);
      expect((await store.search({ text: '"new seawall"' })).total).toBe(2);

      const page = await store.search({ text: 'seawall', limit: 2, offset: 2 });
      expect(page.total).toBe(3);
      expect(page.items).toHaveLength(1);
      // No words: the filters alone, newest first.
      expect((await store.search({ text: '', outlet: 'Coast Daily' })).items.map((hit) => hit.articleId)).toEqual(['h3', 'h1']);
      expect((await store.search({ text: '', speaker: 'Ana Ruiz' })).items.map((hit) => hit.kind)).toEqual(['quote']);
      await expect(store.search({ text: 'x', from: 'last week' })).rejects.toThrow(/from must be a date/);
    });

    it('answers a broad query (more than SEARCH_WINDOW matches) newest first, counted to the window, filters exact, each hit its own snippet', async () => {
      // Every article mentions the harbour (the last is the newest; ids sort in the same order, as a
      // backend may insert a batch by id); every 10th quotes the mayor on it. Outlets alternate (quotes
      // are all in Coast Daily); days cycle through May.
      const quoted = 'The harbour will reopen';
      const count = SEARCH_WINDOW + 10;
      const id = (i: number) => `b${String(i).padStart(4, '0')}`;
      await store.putArticles(
        Array.from({ length: count }, (_, i) => {
          const text = `Report ${i}: the harbour reopened.${i % 10 === 0 ? ` "${quoted}," said Ana Ruiz.` : ''}`;
          const day = `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`;
          return sampleArticle(id(i), { text, outlet: i % 2 ? 'Bay Herald' : 'Coast Daily', publishedOn: day, quotes: i % 10 === 0 ? [quoteIn(text, quoted, 'Ana Ruiz')] : [] });
        }),
      );
      const newest = count - 1;
      const first = await store.search({ text: 'harbour', limit: 5 });
      expect(first.totalExact).toBe(false);
      expect(first.total).toBe(SEARCH_WINDOW + count / 10); // the articles' count stopped; the quotes are all counted
      expect(first.items.map((hit) => [hit.kind, hit.articleId, hit.score])).toEqual([0, 1, 2, 3, 4].map((back) => ['article', id(newest - back), 0]));
      // An article, then its quote, then the next older article.
      const later = await store.search({ text: 'harbour', limit: 4, offset: 8 });
      expect(later.items.map((hit) => `${hit.kind} ${hit.articleId}`)).toEqual([`article ${id(count - 9)}`, `article ${id(count - 10)}`, `quote ${id(count - 10)}`, `article ${id(count - 11)}`]);
      for (const hit of [...first.items, ...later.items]) {
        expect(hit.snippet).toContain(hit.kind === 'quote' ? quoted : `Report ${Number(hit.articleId.slice(1))}:`);
        const marked = hit.highlights.map((mark) => hit.snippet.slice(mark.start, mark.end).toLowerCase());
        expect(marked.length > 0 && marked.every((word) => word === 'harbour')).toBe(true);
      }
      // Filters narrow a broad query exactly; fewer than the window left: counted exactly.
      const herald = await store.search({ text: 'harbour', outlet: 'bay herald', limit: 3 });
      expect(herald.items.map((hit) => hit.articleId)).toEqual([id(newest), id(newest - 2), id(newest - 4)]);
      expect([herald.total, herald.totalExact]).toEqual([count / 2, true]);
      // 2024-05-03 is every i = 2 + 28k (all even: Coast Daily), with the quotes of those that are multiples of 10.
      const onDay = Array.from({ length: count }, (_, i) => i).filter((i) => i % 28 === 2).reverse();
      const expected = onDay.flatMap((i) => (i % 10 === 0 ? [`article ${id(i)}`, `quote ${id(i)}`] : [`article ${id(i)}`]));
      const day = await store.search({ text: 'harbour', outlet: 'Coast Daily', from: '2024-05-03', to: '2024-05-03', limit: 40 });
      expect(day.items.map((hit) => `${hit.kind} ${hit.articleId}`)).toEqual(expected);
      expect(expected.filter((hit) => hit.startsWith('quote')).length).toBeGreaterThan(0);
      expect([day.total, day.totalExact]).toEqual([expected.length, true]);
      expect(day.items.every((hit) => hit.published === '2024-05-03' && hit.outlet === 'Coast Daily')).toBe(true);
      await store.putStories([sampleStory('pair', [id(3), id(10)])], []);
      const inStory = await store.search({ text: 'harbour', storyId: 'pair' });
      expect(inStory.items.map((hit) => `${hit.kind} ${hit.articleId}`)).toEqual([`article ${id(10)}`, `quote ${id(10)}`, `article ${id(3)}`]);
      expect([inStory.total, inStory.totalExact]).toEqual([3, true]);
      // A rarer word is ranked (bm25 / ts_rank) and counted exactly.
      const rare = await store.search({ text: 'Report 42' });
      expect([rare.totalExact, rare.items[0]?.articleId]).toEqual([true, id(42)]);
    });

    describe('the incremental corpus index', () => {
      it('keeps the corpus index across steps: frequencies, band and term candidates, fingerprints, texts', async () => {
        const [k1, k2, k3] = ['k1', 'k2', 'k3'].map((id) => sampleArticle(id, { publishedOn: '2024-05-01' }));
        await store.putArticles([k1!, k2!, k3!]);
        await store.corpusTransaction(async (index) => {
          await index.countDocuments([['seawal', 'council'], ['seawal'], ['striker']]);
          await index.addArticle(indexedArticle(k1!, ['b0:aa', 'b1:bb', 'common'], ['seawal', 'council']));
          await index.addArticle(indexedArticle(k2!, ['b0:aa', 'b1:cc', 'common'], ['seawal']));
          await index.addArticle(indexedArticle(k2!, ['b9:zz'], ['striker'])); // already indexed: ignored
        });
        await store.corpusTransaction(async (index) => {
          await index.addArticle(indexedArticle(k3!, ['common'], ['seawal']));
          expect(await index.documentFrequencies(['seawal', 'striker', 'unknown'])).toEqual({ total: 3, df: [2, 1, 0] });
          // Once per key shared; a key held by more than maxPerKey articles is boilerplate and skipped.
          expect((await index.candidatesByBands(['b0:aa', 'b1:bb', 'common', 'b9:zz'], 2)).sort()).toEqual(['k1', 'k1', 'k2']);
          expect((await index.candidatesByBands(['common'], 3)).sort()).toEqual(['k1', 'k2', 'k3']);
          // Newest first, at most perTerm per term.
          expect(await index.candidatesByTerms(['seawal', 'council', 'striker'], 2)).toEqual(['k3', 'k2', 'k1']);
          expect((await index.fingerprints(['k2', 'nope', 'k1'])).map((f) => f.id)).toEqual(['k2', 'k1']);
          expect((await index.fingerprints(['k1']))[0]).toEqual(indexedArticle(k1!, [], ['seawal', 'council']).fingerprint);
          expect(await index.texts(['k3'])).toEqual([{ id: 'k3', text: k3!.text, sentences: k3!.sentences }]);
          // As indexed: k1 from the store, k3 from this step; the second k2 was ignored.
          const indexedWith = (terms: string[]) => indexedArticle(k1!, [], terms).wordVector;
          expect(await index.wordVectors(['k3', 'nope', 'k1', 'k2'])).toEqual([
            { id: 'k3', vector: indexedWith(['seawal']) }, { id: 'k1', vector: indexedWith(['seawal', 'council']) }, { id: 'k2', vector: indexedWith(['seawal']) },
          ]);
        });
      });

      it('keeps story states in the corpus index: growth, merges, removal, and the links it writes', async () => {
        await store.putArticles(['m1', 'm2', 'm3', 'm4'].map((id) => sampleArticle(id)));
        await store.corpusTransaction(async (index) => {
          await index.putStory(storyState('st-a', ['m1']));
          await index.putStory(storyState('st-b', ['m3']));
          await index.putStory(storyState('st-a', ['m1', 'm2'], { related: ['st-b'] }));
          await index.putLinks([{ a: 'm1', b: 'm2', kind: 'rewrite', similarity: 0.7, original: 'm1', evidence: [], changes: [] }]);
        });
        expect((await store.linksOf(['m2'])).map((l) => l.kind)).toEqual(['rewrite']);
        await store.corpusTransaction(async (index) => {
          expect(await index.storiesOf(['m2', 'm3', 'm4'])).toEqual(['st-a', 'st-b', null]);
          const [a] = await index.stories(['st-a', 'missing']);
          expect(a).toEqual(storyState('st-a', ['m1', 'm2'], { related: ['st-b'] }));
          // m4 shows both stories tell one event: st-b is merged into st-a, which keeps its id.
          await index.removeStory('st-b');
          expect(await index.storiesOf(['m3'])).toEqual([null]);
          await index.putStory(storyState('st-a', ['m1', 'm2', 'm4', 'm3'], { related: [] }));
          // The step reads its own writes (they are written in bulk when it ends).
          expect(await index.storiesOf(['m3', 'm4'])).toEqual(['st-a', 'st-a']);
          expect(await index.stories(['st-b'])).toEqual([]);
          await index.putLinks([{ a: 'm1', b: 'm2', kind: 'exact', similarity: 1, original: 'm1', evidence: [], changes: [] }]);
          expect((await index.linksOf(['m1'])).map((l) => [l.b, l.kind])).toEqual([['m2', 'exact']]);
        });
        await store.corpusTransaction(async (index) => {
          expect(await index.stories(['st-b'])).toEqual([]);
          expect(await index.storiesOf(['m3', 'm4'])).toEqual(['st-a', 'st-a']);
          expect((await index.stories(['st-a']))[0]?.articleIds).toEqual(['m1', 'm2', 'm4', 'm3']);
          // A state rewritten with other members replaces them.
          await index.putStory(storyState('st-a', ['m2', 'm1']));
          expect((await index.stories(['st-a']))[0]?.joins.map((j) => j.articleId)).toEqual(['m2', 'm1']);
        });
        await store.corpusTransaction(async (index) => {
          expect(await index.storiesOf(['m1', 'm3'])).toEqual(['st-a', null]);
        });
      });

      it('commits a corpus step whole or not at all, and runs steps one at a time', async () => {
        await store.putArticles([sampleArticle('r1')]);
        const failing = store.corpusTransaction(async (index, tx) => {
          await index.countDocuments([['seawal']]);
          await index.putStory(storyState('st-r', ['r1']));
          await tx.putStories([sampleStory('st-r', ['r1'])], []);
          throw new Error('step failed');
        });
        const order: string[] = [];
        const next = store.corpusTransaction(async (index) => {
          order.push('second');
          return (await index.documentFrequencies(['seawal'])).total;
        });
        await expect(failing).rejects.toThrow('step failed');
        expect(await next).toBe(0);
        expect(order).toEqual(['second']);
        expect(await store.getStory('st-r')).toBeNull();
        expect(await store.articlesWithoutStory(10)).toEqual(['r1']);
        await store.corpusTransaction(async (index, tx) => {
          expect(await index.storiesOf(['r1'])).toEqual([null]);
          await index.putStory(storyState('st-r', ['r1']));
          await tx.putStories([sampleStory('st-r', ['r1'])], []);
        });
        expect(await store.storyOfArticle('r1')).toBe('st-r');
      });
    });

    it('keeps links, replacing a pair on update, and returns the links of given articles', async () => {
      await store.putArticles(['l1', 'l2', 'l3'].map((id) => sampleArticle(id)));
      const link = { a: 'l1', b: 'l2', kind: 'near-duplicate' as const, similarity: 0.8, original: 'l1', evidence: [], changes: [] };
      await store.putLinks([link]);
      await store.putLinks([{ ...link, kind: 'exact', similarity: 1 }]);
      expect(await store.linksOf(['l2'])).toEqual([{ ...link, kind: 'exact', similarity: 1 }]);
      expect(await store.linksOf(['l3'])).toEqual([]);
      expect((await store.stats()).links).toBe(1);
    });

    it('keeps the ingest log and feed state', async () => {
      await store.logIngest([
        { source: 'a.txt', articleId: 'x', status: 'ingested', message: '' },
        { source: 'b.txt', articleId: null, status: 'failed', message: 'empty' },
      ]);
      expect((await store.ingestLog(10)).map((entry) => entry.status)).toEqual(['failed', 'ingested']);
      expect(await store.getFeedState('https://feed.example/rss')).toBeNull();
      const state = { url: 'https://feed.example/rss', etag: '"v1"', lastModified: null, lastCheckedAt: '2024-01-01T00:00:00Z', lastOkAt: null, failures: 2, nextAttemptAt: null, lastError: 'timeout' };
      await store.putFeedState(state);
      expect(await store.getFeedState(state.url)).toEqual(state);
    });
  });
}

/**
 * The corpus index's cache across steps, with two stores on one collection (two processes): what one
 * changes the other sees, and what a failed step rolled back is forgotten.
 */
export function corpusCacheSuite(name: string, openTwo: () => Promise<[Store, Store]>): void {
  describe(`Corpus index cache: ${name}`, () => {
    it('sees frequencies and stories another connection changed, and forgets what a failed step rolled back', async () => {
      const [first, second] = await openTwo();
      const article = sampleArticle('r1');
      await first.putArticles([article, sampleArticle('r2')]);
      const frequencies = (store: Store) => store.corpusTransaction((index) => index.documentFrequencies(['seawal', 'ferry']));
      const storyOf = (store: Store) => store.corpusTransaction(async (index) => (await index.stories(['s1']))[0]?.articleIds);
      await first.corpusTransaction(async (index) => {
        await index.countDocuments([['seawal']]);
        await index.putStory(storyState('s1', ['r1']));
      });
      expect(await frequencies(first)).toEqual({ total: 1, df: [1, 0] });
      expect(await storyOf(first)).toEqual(['r1']);
      await second.corpusTransaction(async (index) => {
        await index.countDocuments([['seawal', 'ferry'], ['ferry']]);
        await index.putStory(storyState('s1', ['r1', 'r2']));
      });
      expect(await frequencies(first)).toEqual({ total: 3, df: [2, 2] });
      expect(await storyOf(first)).toEqual(['r1', 'r2']);
      await expect(
        first.corpusTransaction(async (index) => {
          await index.countDocuments([['seawal']]);
          await index.addArticle(indexedArticle(article, [], ['seawal']));
          expect(await index.documentFrequencies(['seawal'])).toEqual({ total: 4, df: [3] });
          expect(await index.fingerprints(['r1'])).toHaveLength(1);
          throw new Error('step failed');
        }),
      ).rejects.toThrow('step failed');
      expect(await frequencies(first)).toEqual({ total: 3, df: [2, 2] });
      expect(await frequencies(second)).toEqual({ total: 3, df: [2, 2] });
      expect(await first.corpusTransaction((index) => index.fingerprints(['r1']))).toEqual([]);
      await first.close();
      await second.close();
    });
  });
}
