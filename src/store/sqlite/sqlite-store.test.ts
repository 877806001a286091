import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { frequencies } from '../../corpus/cluster/corpus-index.js';
import { hashedVector } from '../../corpus/cluster/hashed-vector.js';
import { storedForm } from '../../corpus/cluster/stored-vector.js';
import { wordWeights } from '../../corpus/cluster/term-vector.js';
import { corpusCacheSuite, indexedArticle, parseJson, sampleArticle, sampleStory, storeSuite } from '../store-suite.js';
import { MIGRATIONS } from './migrations.js';
import { migrateDatabase, openDatabase } from './open-database.js';
import { withoutSentences } from './sqlite-articles.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
let files = 0;
const freshPath = (): string => join(dir, `c${++files}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite', () => createSqliteStore(freshPath()));

describe('SQLite migrations and settings', () => {
  it('upgrades a file created at an older schema version and keeps its rows', async () => {
    const path = freshPath();
    const old = openDatabase(path);
    expect(migrateDatabase(old, MIGRATIONS.slice(0, 1))).toEqual([1]);
    old.prepare(`INSERT INTO articles (id, outlet, published, content_hash, source, text, json, ingested_at) VALUES ('old', 'Old Post', '2024-01-02', 'h', 's', 'harbour', '{}', 'now')`).run();
    old.close();

    const store = await createSqliteStore(path);
    expect(await store.hasArticle('old')).toBe(true);
    // Migration 6 rebuilt the full-text index with the facets of rows written before it.
    expect((await store.search({ text: 'harbour', outlet: 'old post', from: '2024-01-01', to: '2024-01-31' })).total).toBe(1);
    expect((await store.search({ text: 'harbour', outlet: 'Other Post' })).total).toBe(0);
    expect(await store.getFeedState('https://x.example/feed')).toBeNull(); // table from migration 2
    await store.migrate(); // again: nothing left to do
    await store.close();
    const db = new Database(path);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('gives an article indexed before word vectors were stored (migration 10) its vector once, at that step, and keeps it', async () => {
    const path = freshPath();
    const article = sampleArticle('v1');
    let store = await createSqliteStore(path);
    await store.putArticles([article]);
    await store.corpusTransaction(async (index) => {
      await index.countDocuments([['seawal', 'council'], ['seawal']]);
      await index.addArticle(indexedArticle(article, [], ['seawal', 'council']));
    });
    await store.close();
    const raw = new Database(path);
    raw.prepare('UPDATE corpus_articles SET word_vector = NULL').run();
    raw.close();

    store = await createSqliteStore(path);
    const fingerprint = indexedArticle(article, [], ['seawal', 'council']).fingerprint;
    let computed: unknown;
    await store.corpusTransaction(async (index) => {
      const df = await frequencies(index, ['seawal', 'council']);
      computed = (await index.wordVectors(['v1']))[0]?.vector;
      expect(computed).toEqual(storedForm(hashedVector(wordWeights(fingerprint, df.get, df.total))));
      await index.countDocuments([['seawal']]); // frequencies move; the vector computed stays
      expect((await index.wordVectors(['v1']))[0]?.vector).toEqual(computed);
    });
    await store.close();
    store = await createSqliteStore(path);
    await store.corpusTransaction(async (index) => expect((await index.wordVectors(['v1']))[0]?.vector).toEqual(computed));
    await store.close();
  });

  it('drops stories and links built before the corpus index, so the next ingest places every article through it', async () => {
    const path = freshPath();
    const old = openDatabase(path);
    migrateDatabase(old, MIGRATIONS.slice(0, 2));
    old.prepare(`INSERT INTO articles (id, story_id, content_hash, source, text, json, ingested_at) VALUES ('placed', 'st-old', 'h', 's', 't', '{}', 'now')`).run();
    old.prepare(`INSERT INTO stories VALUES ('st-old', 'Old', 1, 1, 0, NULL, 'now', '{}')`).run();
    old.close();
    const store = await createSqliteStore(path);
    expect(await store.articlesWithoutStory(10)).toEqual(['placed']);
    expect(await store.getStory('st-old')).toBeNull();
    await store.close();
  });

  it('moves story documents written before migration 5 to their own table, and drops them with their story', async () => {
    const path = freshPath();
    const old = openDatabase(path);
    migrateDatabase(old, MIGRATIONS.slice(0, 4));
    old.prepare(`INSERT INTO stories VALUES ('st-4', 'Four', 1, 1, 0, '2024-05-01', 'now', '{"id":"st-4","title":"Four"}')`).run();
    old.close();
    const store = await createSqliteStore(path);
    expect(await store.getStory('st-4')).toEqual({ id: 'st-4', title: 'Four' });
    expect((await store.listStories({ limit: 5, offset: 0 })).items.map((s) => [s.id, s.title])).toEqual([['st-4', 'Four']]);
    await store.putStories([], ['st-4']);
    expect(await store.getStory('st-4')).toBeNull();
    await store.close();
    const db = new Database(path);
    expect(db.prepare('SELECT count(*) FROM story_documents').pluck().get()).toBe(0);
    db.close();
  });

  it('moves article sentences written before migration 7 out of the JSON, and still returns them to the corpus step', async () => {
    const path = freshPath();
    const old = openDatabase(path);
    migrateDatabase(old, MIGRATIONS.slice(0, 6));
    const article = sampleArticle('s7', { text: 'One sentence. And another one.', sentences: [{ start: 0, end: 13, paragraph: 0 }, { start: 14, end: 30, paragraph: 0 }] });
    const { text, ...stored } = article;
    old.prepare(`INSERT INTO articles (id, content_hash, source, text, json, ingested_at) VALUES (?, 'h', 's', ?, ?, 'now')`).run(article.id, text, JSON.stringify(stored));
    old.close();
    const store = await createSqliteStore(path);
    expect(await store.getArticles(['s7'])).toEqual([article]);
    await store.putStories([sampleStory('st7', ['s7'])], []);
    expect((parseJson(await store.storyDossierJson('st7')) as { articles: unknown[] }).articles).toEqual([withoutSentences(article)]);
    await store.close();
    const db = new Database(path);
    expect(db.prepare(`SELECT json_type(json, '$.sentences') IS NULL AND json_array_length(sentences) = 2 FROM articles`).pluck().get()).toBe(1);
    db.close();
  });

  it('stores a written story\'s dossier, and migration 8 builds those of stories written before it', async () => {
    const path = freshPath();
    const oldDb = openDatabase(path);
    migrateDatabase(oldDb, MIGRATIONS.slice(0, 7));
    oldDb.close();
    const old = await createSqliteStore(path, { migrate: false });
    await old.putArticles(['m1', 'm2'].map((id) => sampleArticle(id)));
    await old.putLinks([{ a: 'm2', b: 'm1', kind: 'exact', similarity: 1, original: 'm1', evidence: [], changes: [] }]);
    await old.close();
    const seed = new Database(path);
    seed.prepare(`INSERT INTO stories (id, title, article_count, independent_sources, conflict_count, updated_at) VALUES ('st8', 'Eight', 2, 1, 0, 'now')`).run();
    seed.prepare('INSERT INTO story_documents (id, json) VALUES (?, ?)').run('st8', JSON.stringify(sampleStory('st8', ['m1', 'm2'])));
    seed.close();
    const store = await createSqliteStore(path);
    const db = new Database(path);
    const stored = () => db.prepare('SELECT id FROM story_dossiers ORDER BY id').pluck().all();
    expect(stored()).toEqual(['st8']);
    const dossier = parseJson(await store.storyDossierJson('st8')) as { articles: { id: string }[]; links: unknown[] };
    expect([dossier.articles.map((a) => a.id), dossier.links.length]).toEqual([['m1', 'm2'], 1]);
    await store.corpusTransaction(async (_index, tx) => tx.putStories([sampleStory('st9', ['m1'])], []));
    expect(stored()).toEqual(['st8', 'st9']);
    db.close();
    await store.close();
  });

  it('refuses a file written by a newer schema, and rolls back a failing migration whole', async () => {
    const path = freshPath();
    const db = openDatabase(path);
    migrateDatabase(db);
    db.prepare(`INSERT INTO schema_migrations VALUES (999, 'future', 'now')`).run();
    expect(() => migrateDatabase(db)).toThrow(/newer than this Corroborate knows/);

    const other = openDatabase(freshPath());
    const broken = [...MIGRATIONS, { version: 1000, name: 'broken', sql: 'CREATE TABLE t (x); SELECT * FROM missing_table;' }];
    expect(() => migrateDatabase(other, broken)).toThrow(/missing_table/);
    expect(other.prepare(`SELECT count(*) FROM sqlite_master WHERE name IN ('articles', 't')`).pluck().get()).toBe(0);
    db.close();
    other.close();
  });

  it('reopens a file and finds what an earlier process stored', async () => {
    const path = freshPath();
    const first = await createSqliteStore(path);
    await first.putArticles([sampleArticle('kept')]);
    await first.close();
    const second = await createSqliteStore(path);
    expect(await second.putArticles([sampleArticle('kept')])).toEqual([]);
    expect((await second.search({ text: 'harbour' })).items.map((hit) => hit.articleId)).toEqual(['kept']);
    await second.close();
  });
});

corpusCacheSuite('SQLite', async () => {
  const path = freshPath();
  return [await createSqliteStore(path), await createSqliteStore(path)];
});

describe('SQLite document frequencies written in folds', () => {
  it('gives the same frequencies before and after a fold, on this connection and another, and forgets what a failed step counted', async () => {
    const path = freshPath();
    // A fold once 3 distinct terms are pending: the second step below folds.
    const [first, second] = [await createSqliteStore(path, { foldFrequenciesAt: 3 }), await createSqliteStore(path, { foldFrequenciesAt: 3 })];
    const raw = new Database(path, { readonly: true });
    const stored = () => raw.prepare('SELECT term, df FROM corpus_df ORDER BY term').all();
    const logRows = () => raw.prepare('SELECT count(*) FROM corpus_df_log').pluck().get();
    const frequencies = (store: typeof first) => store.corpusTransaction((index) => index.documentFrequencies(['ferry', 'seawal', 'storm']));

    await first.corpusTransaction((index) => index.countDocuments([['ferry', 'seawal'], ['ferry']]));
    expect(stored()).toEqual([]);
    expect(logRows()).toBe(1);
    expect(await frequencies(second)).toEqual({ total: 2, df: [2, 1, 0] });

    await second.corpusTransaction((index) => index.countDocuments([['storm', 'ferry']]));
    expect(stored()).toEqual([{ term: 'ferry', df: 3 }, { term: 'seawal', df: 1 }, { term: 'storm', df: 1 }]);
    expect(logRows()).toBe(0);
    expect(await frequencies(first)).toEqual({ total: 3, df: [3, 1, 1] });
    expect(await frequencies(second)).toEqual({ total: 3, df: [3, 1, 1] });

    await first.corpusTransaction((index) => index.countDocuments([['storm']]));
    await expect(
      second.corpusTransaction(async (index) => {
        await index.countDocuments([['ferry'], ['harbour', 'quay']]);
        expect(await index.documentFrequencies(['ferry', 'quay'])).toEqual({ total: 6, df: [4, 1] });
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect(stored()).toEqual([{ term: 'ferry', df: 3 }, { term: 'seawal', df: 1 }, { term: 'storm', df: 1 }]);
    expect(await frequencies(second)).toEqual({ total: 4, df: [3, 1, 2] });
    expect(await frequencies(first)).toEqual({ total: 4, df: [3, 1, 2] });

    // A new process reads the counts not folded yet from the log.
    const third = await createSqliteStore(path);
    expect(await frequencies(third)).toEqual({ total: 4, df: [3, 1, 2] });
    raw.close();
    await Promise.all([first.close(), second.close(), third.close()]);
  });
});
