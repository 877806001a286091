import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/types.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../store/store-suite.js';
import { createArticlePool } from './analyze-pool.js';
import { type IngestEvent, ingestDocuments } from './ingest-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openFresh = () => createSqliteStore(join(dir, `c${++files}.sqlite`));

function document(n: number, extra: Partial<RawDocument['declared']> = {}): RawDocument {
  return {
    source: `doc-${n}.txt`,
    format: 'text',
    body: `Report ${n} from the coast.\n\nThe harbour council in town ${n} approved a new seawall on Tuesday, officials said.`,
    declared: { outlet: 'Coast Daily', published: '2024-05-01', url: `https://coast.example/${n}`, ...extra },
    messages: [],
  };
}

describe('ingestDocuments', () => {
  it('stores each article once, acknowledges after the batch commit, and places every article in a story', async () => {
    const store = await openFresh();
    const events: IngestEvent[] = [];
    const docs = [document(1), document(2), document(3), document(1)];
    const summary = await ingestDocuments(store, docs, { batchSize: 2, onEvent: (event) => events.push(event) });
    expect(summary).toEqual(expect.objectContaining({ ingested: 3, duplicates: 1, failed: 0 }));
    expect(events.map((event) => event.status)).toEqual(['ingested', 'ingested', 'ingested', 'duplicate']);
    for (const event of events) expect(await store.hasArticle(event.articleId ?? '')).toBe(true);
    const stats = await store.stats();
    expect(stats).toEqual(expect.objectContaining({ articles: 3, articlesWithoutStory: 0 }));
    expect(stats.stories).toBeGreaterThan(0);

    const again = await ingestDocuments(store, docs);
    expect(again).toEqual({ ingested: 0, duplicates: 4, failed: 0, stories: [] });
    expect((await store.stats()).articles).toBe(3);
    await store.close();
  });

  it('gives the same collection when batches are analysed on a worker thread while the previous one is written', async () => {
    const docs = Array.from({ length: 24 }, (_, i) => document(i % 20, { published: `2024-05-${String(1 + (i % 9)).padStart(2, '0')}` }));
    const here = await openFresh();
    const pooled = await openFresh();
    const pool = createArticlePool(1);
    const events: IngestEvent[] = [];
    try {
      expect(await ingestDocuments(here, docs, { batchSize: 5 })).toEqual(
        await ingestDocuments(pooled, docs, { batchSize: 5, work: pool, onEvent: (event) => events.push(event) }),
      );
    } finally {
      await pool.close();
    }
    expect(events.map((event) => event.status).filter((status) => status === 'duplicate')).toHaveLength(4);
    const ids = events.flatMap((event) => (event.status === 'ingested' ? [event.articleId] : []));
    expect(await pooled.getArticles(ids)).toEqual(await here.getArticles(ids));
    const stories = async (store: typeof here) =>
      (await store.listStories({ limit: 50, offset: 0 })).items.map(({ updatedAt: _at, ...story }) => story);
    expect(await stories(pooled)).toEqual(await stories(here));
    await here.close();
    await pooled.close();
  });

  it('reports unreadable inputs and empty documents as failures, in the log, and goes on', async () => {
    const store = await openFresh();
    const events: IngestEvent[] = [];
    const empty: RawDocument = { ...document(9), source: 'empty.txt', body: '   ' };
    const summary = await ingestDocuments(store, [{ source: 'gone.html', message: 'no such file or folder' }, empty, document(4)], {
      onEvent: (event) => events.push(event),
    });
    expect(summary).toEqual(expect.objectContaining({ ingested: 1, failed: 2 }));
    expect(events.filter((event) => event.status === 'failed').map((event) => event.source)).toEqual(['gone.html', 'empty.txt']);
    expect((await store.ingestLog(10)).map((entry) => entry.status).sort()).toEqual(['failed', 'failed', 'ingested']);
    await store.close();
  });

  it('places articles a crashed run stored without a story before reading new input', async () => {
    const store = await openFresh();
    await store.putArticles([sampleArticle('orphan')]); // stored, story update never ran
    expect(await store.articlesWithoutStory(10)).toEqual(['orphan']);
    const summary = await ingestDocuments(store, []);
    expect(summary.stories).toHaveLength(1);
    expect(await store.storyOfArticle('orphan')).not.toBeNull();
    await store.close();
  });

  it('a retried batch places its own articles that a run dying before the story step stored, and only those without the leftover pass', async () => {
    const store = await openFresh();
    await store.putArticles([sampleArticle('orphan')]); // another run's leftover
    const died = ingestDocuments(store, [document(5)], {
      recoverLeftovers: false,
      updateCorpus: () => Promise.reject(new Error('killed before the story step')),
    });
    await expect(died).rejects.toThrow('killed');
    const [stored] = (await store.articlesWithoutStory(10)).filter((id) => id !== 'orphan');
    expect(stored).toBeDefined();

    const retry = await ingestDocuments(store, [document(5)], { recoverLeftovers: false });
    expect(retry).toEqual(expect.objectContaining({ ingested: 0, duplicates: 1 }));
    expect(await store.storyOfArticle(stored!)).not.toBeNull();
    expect(await store.articlesWithoutStory(10)).toEqual(['orphan']);
    await store.close();
  });
});
