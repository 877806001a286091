import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../../../test/support/postgres-server.js';
import { corpusCacheSuite, sampleArticle, storeSuite } from '../store-suite.js';
import { MIGRATIONS } from './migrations.js';
import { migratePostgres, openPool } from './pg-database.js';
import type { Store } from '../store.js';
import { createPostgresStore } from './postgres-store.js';
import { toTsQuery } from './pg-search.js';

let server: PostgresServer;
let databases = 0;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

/** A new, empty database on the test server: every test starts from nothing, as with a new SQLite file. */
async function freshDatabase(): Promise<string> {
  const name = `store_${++databases}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

storeSuite('PostgreSQL', async () => createPostgresStore(await freshDatabase()));
corpusCacheSuite('PostgreSQL', async () => {
  const url = await freshDatabase();
  return [await createPostgresStore(url), await createPostgresStore(url)];
});

describe('PostgreSQL migrations and search query', () => {
  it('migrates once when several processes open a new database at the same moment, and refuses a newer schema', async () => {
    const url = await freshDatabase();
    const pools = [0, 1, 2, 3].map(() => openPool(url, 2));
    const applied = await Promise.all(pools.map((pool) => migratePostgres(pool)));
    expect(applied.map((list) => list.length).sort()).toEqual([0, 0, 0, MIGRATIONS.length]);
    const first = pools[0]!;
    expect((await first.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    await first.query(`INSERT INTO schema_migrations (version, name) VALUES (999, 'future')`);
    await expect(migratePostgres(first)).rejects.toThrow(/newer than this Corroborate knows/);
    await Promise.all(pools.map((pool) => pool.end()));
  });

  it('rolls back a failing migration whole, and upgrades an older schema keeping its rows', async () => {
    const url = await freshDatabase();
    const pool = openPool(url, 2);
    const broken = [...MIGRATIONS, { version: 1000, name: 'broken', sql: 'CREATE TABLE t (x int); SELECT * FROM missing_table;' }];
    await expect(migratePostgres(pool, broken)).rejects.toThrow(/missing_table/);
    expect((await pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('articles', 't')`)).rows[0].n).toBe(0);
    expect(await migratePostgres(pool, [])).toEqual([]);
    await pool.end();
    const store = await createPostgresStore(url);
    await store.putArticles([sampleArticle('kept')]);
    await store.close();
    const again = await createPostgresStore(url);
    expect(await again.putArticles([sampleArticle('kept')])).toEqual([]);
    expect((await again.search({ text: 'harbour councils' })).items.map((hit) => hit.articleId)).toEqual(['kept']); // stemmed
    await again.close();
  });

  it('stores an article once when two stores insert it at the same moment', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([createPostgresStore(url), createPostgresStore(url)]);
    const articles = Array.from({ length: 20 }, (_, i) => sampleArticle(`race-${i}`));
    const [fromA, fromB] = await Promise.all([a.putArticles(articles), b.putArticles([...articles].reverse())]);
    expect([...fromA, ...fromB].sort()).toEqual(articles.map((article) => article.id).sort());
    expect((await a.stats()).articles).toBe(20);
    await Promise.all([a.close(), b.close()]);
  });

  it('reads a frequency as corpus_df plus the counts not folded yet, and folds a dead worker\'s step exactly once', async () => {
    const url = await freshDatabase();
    const pool = openPool(url, 1);
    const stored = async () => Object.fromEntries((await pool.query<{ term: string; df: number }>('SELECT term, df::int AS df FROM corpus_df')).rows.map((r) => [r.term, r.df]));
    const read = (store: Store) => store.corpusTransaction((index) => index.documentFrequencies(['seawal', 'ferry', 'quay']));
    const first = await createPostgresStore(url);
    await first.corpusTransaction((index) => index.countDocuments([['seawal', 'ferry'], ['seawal']]));
    await first.close(); // after its fold
    expect(await stored()).toEqual({ ferry: 1, seawal: 2 });
    // As a worker killed between its step's commit and the fold leaves it: the counts only in the step's record.
    await pool.query('UPDATE corpus_steps SET folded = false');
    await pool.query('DELETE FROM corpus_df');
    const second = await createPostgresStore(url);
    expect(await read(second)).toEqual({ total: 2, df: [2, 1, 0] });
    await second.corpusTransaction((index) => index.countDocuments([['quay', 'ferry']]));
    expect(await read(second)).toEqual({ total: 3, df: [2, 2, 1] });
    await second.close();
    expect(await stored()).toEqual({ ferry: 2, quay: 1, seawal: 2 });
    const third = await createPostgresStore(url);
    expect(await read(third)).toEqual({ total: 3, df: [2, 2, 1] });
    await third.close();
    await pool.end();
  });

  it('reports a background fold that fails, and folds its counts with the next step', async () => {
    const url = await freshDatabase();
    const pool = openPool(url, 1);
    const errors: string[] = [];
    const store = await createPostgresStore(url, { onFoldError: (error) => errors.push(error.message) });
    // The fold after the next step cannot write corpus_df (the step itself only reads it).
    await pool.query(`CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'corpus_df refused'; END $$ LANGUAGE plpgsql;
                      CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON corpus_df FOR EACH ROW EXECUTE FUNCTION refuse()`);
    await store.corpusTransaction((index) => index.countDocuments([['seawal']]));
    await store.close(); // waits for the fold
    expect(errors).toEqual(['corpus_df refused']);
    await pool.query('DROP TRIGGER refuse ON corpus_df');
    const again = await createPostgresStore(url, { onFoldError: (error) => errors.push(error.message) });
    await again.corpusTransaction((index) => index.countDocuments([['seawal', 'ferry']]));
    await again.close();
    expect(errors).toHaveLength(1);
    expect((await pool.query('SELECT term, df::int AS df FROM corpus_df ORDER BY term')).rows).toEqual([{ term: 'ferry', df: 1 }, { term: 'seawal', df: 2 }]);
    await pool.end();
  });

  it('turns typed words into a tsquery with no operator a user can inject', () => {
    expect(toTsQuery('seawall "rate cut"')).toBe('(seawall) & (rate <-> cut)');
    expect(toTsQuery(`a & b | !c <-> ':*'`)).toBe('(a) & (b) & (c)');
    expect(toTsQuery('  !! ')).toBeNull();
  });
});
