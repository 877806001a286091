import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze/analyze-article.js';
import type { AnalyzedArticle, Dossier, Link, RawDocument, Story } from '../core/types.js';
import { buildDossier } from '../corpus/build-dossier.js';
import { addToCorpus } from '../corpus/cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from '../corpus/cluster/memory-corpus-index.js';
import { PACT, PACT_OWN_REPORT, PACT_RATIFIED, PACT_REWRITE, QUAKE_NORTH, QUAKE_NORTH_OTHER, QUAKE_SOUTH, fixtureArticle } from '../corpus/dedupe/fixtures.js';
import { extractArticle } from '../extract/extract-article.js';
import { toDocument } from '../ingest/structured-input.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { inventedArticle } from '../../test/support/invented-articles.js';
import { collectionDossier } from './collection-dossier.js';
import { ingestDocuments } from './ingest-documents.js';
import { updateStories } from './update-stories.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-update-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openFresh = () => createSqliteStore(join(dir, `c${++files}.sqlite`));

/** What must not depend on how the articles arrived: who is in a story with whom, and which pairs are linked how. */
function shape(stories: Pick<Story, 'articleIds'>[], links: Link[]) {
  return {
    stories: stories.map((s) => [...s.articleIds].sort().join(' ')).sort(),
    links: links.map((l) => `${l.a} ${l.b} ${l.kind} ${l.original}`).sort(),
  };
}

/** Stores and places the articles batch by batch, as ingest does after each commit. */
async function addInBatches(store: Store, batches: AnalyzedArticle[][]): Promise<void> {
  for (const batch of batches) {
    const inserted = await store.putArticles(batch);
    await updateStories(store, inserted);
  }
}

const ferry = (id: string, paragraphs: string[], published: string) => fixtureArticle(id, paragraphs, { published, title: paragraphs[0]!.slice(0, 40) });
const LIBRARY = [
  'A fire broke out in the old city library of Tarsel on Sunday night, destroying the reading room and more than 3,000 rare maps, the fire brigade said.',
  'Firefighters from three districts fought the flames for six hours before bringing them under control shortly after dawn on Monday.',
  'Chief librarian Odile Marchetti said the collection of sea charts, some dating from the sixteenth century, could be the greatest loss.',
  'Investigators are examining whether faulty wiring in the basement archive started the blaze, which no one was hurt in.',
];
const LIBRARY_REWRITE = [
  'Fire destroyed the reading room of the old city library in Tarsel on Sunday night along with over 3,000 rare maps, according to the fire brigade.',
  'Firefighters from three districts battled the blaze for six hours and brought it under control shortly after dawn on Monday.',
  'Chief librarian Odile Marchetti said the loss of the sea charts, some from the sixteenth century, is the greatest loss.',
  'Investigators are looking at whether faulty wiring in the basement archive caused the blaze. No one was hurt.',
];
const OTHER_LIBRARY = [
  'A fire damaged the municipal library of Brenholm on Thursday afternoon, ruining part of the children’s section, the town council said.',
  'The blaze started in a storage room and was put out within an hour by local volunteers, said fire officer Jonas Pelt.',
  'The library will stay closed for at least two weeks while the building is inspected, the council added.',
];

describe('incremental story updates on the SQLite corpus index', () => {
  it('links an original and its rewrite that arrive in different batches, in one story, and keeps another event apart', async () => {
    const store = await openFresh();
    const original = ferry('library-wire', LIBRARY, '2024-03-03');
    const rewrite = ferry('library-rewrite', LIBRARY_REWRITE, '2024-03-04');
    const other = ferry('library-other', OTHER_LIBRARY, '2024-03-07');
    await addInBatches(store, [[original], [other], [rewrite]]);
    const links = await store.linksOf(['library-rewrite']);
    expect(links.map((l) => `${l.a} ${l.b} ${l.kind}`)).toEqual(['library-wire library-rewrite rewrite']);
    const storyId = await store.storyOfArticle('library-wire');
    expect(storyId).not.toBeNull();
    expect(await store.storyOfArticle('library-rewrite')).toBe(storyId);
    expect(await store.storyOfArticle('library-other')).not.toBe(storyId);
    const story = await store.getStory(storyId!);
    expect(story?.independentSources).toBe(1);
    expect(story?.copyGroups).toEqual([{ original: 'library-wire', copies: [{ articleId: 'library-rewrite', kind: 'rewrite' }] }]);
    await store.close();
  });

  it('gives the same stories and links batch by batch as one batch does, and a story keeps its id as it grows', async () => {
    // [id, paragraphs, published, title]: the wire, a trimmed copy, a rewrite, an own report, a later
    // development (related), and two earthquakes of which only the first two reports are one event.
    const cases: Array<[string, string[], string, string?]> = [
      ['pact-wire', PACT, '2024-05-14', 'Arlenia and Morvia sign pact'],
      ['pact-copy', PACT.slice(0, 5), '2024-05-14', 'Pact signed in Velsk'],
      ['pact-rewrite', PACT_REWRITE, '2024-05-15'],
      ['pact-own', PACT_OWN_REPORT, '2024-05-14', 'A pact in Velsk'],
      ['pact-ratified', PACT_RATIFIED, '2024-10-03', 'Morvia ratifies pact'],
      ['quake-north', QUAKE_NORTH, '2024-02-05', 'Earthquake kills 31 in Kessel'],
      ['quake-north-2', QUAKE_NORTH_OTHER, '2024-02-05', 'Kessel death toll rises'],
      ['quake-south', QUAKE_SOUTH, '2024-02-10', 'Quake shakes Maranta'],
    ];
    const articles = cases.map(([id, paragraphs, published, title]) => fixtureArticle(id, paragraphs, { published, ...(title ? { title } : {}) }));
    const batch = await buildDossier(articles, []);
    const store = await openFresh();
    const [wire, copy, rewrite, own, ratified, north, north2, south] = articles as [AnalyzedArticle, ...AnalyzedArticle[]];
    await addInBatches(store, [[wire, north!], [south!, copy!]]);
    const pactId = await store.storyOfArticle('pact-wire');
    await addInBatches(store, [[rewrite!, ratified!], [own!, north2!]]);
    const collected = (await collectionDossier(store))!;
    expect(shape(collected.stories, collected.links)).toEqual(shape(batch.stories, batch.links));
    expect(await store.storyOfArticle('pact-own')).toBe(pactId);
    const pact = collected.stories.find((s) => s.id === pactId)!;
    const later = collected.stories.find((s) => s.articleIds.includes('pact-ratified'))!;
    expect(pact.related).toEqual([later.id]);
    expect(later.related).toEqual([pact.id]);
    // The later stages ran on the whole story, not only on the batch that touched it last.
    const batchPact = batch.stories.find((s) => s.articleIds.includes('pact-wire'))!;
    expect(pact.quotes.length).toBe(batchPact.quotes.length);
    expect(pact.claims.map((c) => c.text).sort()).toEqual(batchPact.claims.map((c) => c.text).sort());
    await store.close();
  });

  it('ingests invented articles in several batches to the stories of one batch, and to the links of the same batches in memory', async () => {
    const documents = Array.from({ length: 48 }, (_, i) => toDocument(`invented:${i}`, inventedArticle(i * 7)) as RawDocument);
    const analysed = documents.map((d) => {
      const extracted = extractArticle(d);
      if (!('article' in extracted)) throw new Error(`not extracted: ${d.source}`);
      return analyzeArticle(extracted.article);
    });
    const batch: Dossier = await buildDossier(analysed, []);
    const store = await openFresh();
    await ingestDocuments(store, documents, { batchSize: 9 });
    const collected = (await collectionDossier(store))!;
    expect(collected.articles).toHaveLength(48);
    expect(shape(collected.stories, []).stories).toEqual(shape(batch.stories, []).stories);
    // Which near-copies are compared depends on what the index already holds when an article arrives
    // (the candidates per article are bounded): the same batches in memory give the same links.
    const memory = new MemoryCorpusIndex();
    const links: Link[] = [];
    for (let i = 0; i < analysed.length; i += 9) links.push(...(await addToCorpus(memory, analysed.slice(i, i + 9))).newLinks);
    expect(shape([], collected.links).links).toEqual(shape([], links).links);
    await store.close();
  });
});
