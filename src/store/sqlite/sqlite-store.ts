import type { FeedState, IngestLogEntry, Store } from '../store.js';
import { migrateDatabase, openDatabase, statementCache } from './open-database.js';
import { articleMethods } from './sqlite-articles.js';
import { corpusMethods } from './sqlite-corpus.js';
import { corpusIndexCache, forgetCache } from '../corpus-index-cache.js';
import { sqliteCorpusIndex } from './sqlite-corpus-index.js';
import { bufferedCorpusIndex } from '../corpus-step-buffer.js';
import { searchSqlite } from './sqlite-search.js';
import { dossierWriter } from './sqlite-dossier.js';
import { PendingFrequencies } from './sqlite-frequencies.js';
import { PendingPostings } from './sqlite-postings.js';
import { storyMethods } from './sqlite-stories.js';

export interface SqliteStoreOptions {
  /** Apply missing migrations on open (default true); false leaves it to an explicit `migrate()`. */
  migrate?: boolean;
  /** Distinct terms counted in memory before they are written to the stored frequencies (tests set it low). */
  foldFrequenciesAt?: number;
  /** Band and term postings kept in the log before they are folded into their tables (tests set it low). */
  foldPostingsAt?: number;
}

/**
 * The Store on one SQLite file (created on first use). better-sqlite3 is synchronous; the methods are
 * async only to keep the interface the same for PostgreSQL. One store per process writes at a time;
 * other processes wait on the file lock (busy_timeout).
 */
export async function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const db = openDatabase(path);
  const sql = statementCache(db);
  if (options.migrate ?? true) migrateDatabase(db);
  const corpus = corpusMethods(db, sql);
  let steps: Promise<unknown> = Promise.resolve();
  const indexCache = corpusIndexCache();
  const pending = new PendingFrequencies(options.foldFrequenciesAt);
  const postings = new PendingPostings(options.foldPostingsAt);
  const dossiers = dossierWriter(sql);
  const store: Store = {
    async migrate() {
      migrateDatabase(db);
    },
    async close() {
      if (db.open) db.close();
    },
    ...articleMethods(db, sql),
    corpusTransaction(step) {
      // better-sqlite3 transactions are synchronous; a step awaits, so it is opened and closed by hand.
      // The store's own write methods nest inside it as savepoints. Steps are queued: one at a time.
      const run = steps.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const index = bufferedCorpusIndex(sqliteCorpusIndex(sql, corpus, indexCache, pending, postings));
          const result = await step(index, store);
          await index.flush();
          dossiers.build();
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          forgetCache(indexCache);
          pending.forget();
          postings.forget();
          dossiers.forget();
          throw error;
        }
      });
      steps = run.catch(() => undefined);
      return run;
    },
    ...corpus,
    ...storyMethods(db, sql, dossiers),
    async search(query) {
      return searchSqlite(sql, query);
    },
    async logIngest(entries) {
      const at = new Date().toISOString();
      const insert = db.transaction((rows: IngestLogEntry[]) => {
        for (const row of rows) {
          sql('INSERT INTO ingest_log (at, source, article_id, status, message) VALUES (?, ?, ?, ?, ?)').run(at, row.source, row.articleId, row.status, row.message);
        }
      });
      insert(entries);
    },
    async ingestLog(limit) {
      const rows = sql('SELECT at, source, article_id, status, message FROM ingest_log ORDER BY seq DESC LIMIT ?').all(limit) as {
        at: string;
        source: string;
        article_id: string | null;
        status: IngestLogEntry['status'];
        message: string;
      }[];
      return rows.map(({ article_id, ...row }) => ({ ...row, articleId: article_id }));
    },
    async getFeedState(url) {
      const row = sql('SELECT * FROM feeds WHERE url = ?').get(url) as Record<string, string | number | null> | undefined;
      return row ? feedStateFromRow(url, row) : null;
    },
    async putFeedState(state: FeedState) {
      sql(
        `INSERT OR REPLACE INTO feeds (url, etag, last_modified, last_checked_at, last_ok_at, failures, next_attempt_at, last_error)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(state.url, state.etag, state.lastModified, state.lastCheckedAt, state.lastOkAt, state.failures, state.nextAttemptAt, state.lastError);
    },
    async stats() {
      const count = (table: string, where = ''): number => sql(`SELECT count(*) FROM ${table} ${where}`).pluck().get() as number;
      return {
        articles: count('articles'),
        stories: count('stories'),
        links: count('links'),
        articlesWithoutStory: count('articles', 'WHERE story_id IS NULL'),
      };
    },
  };
  return store;
}

/** A `feeds` row (the same columns on every backend) as a FeedState. */
export function feedStateFromRow(url: string, row: Record<string, unknown>): FeedState {
  return {
    url,
    etag: row.etag as string | null,
    lastModified: row.last_modified as string | null,
    lastCheckedAt: row.last_checked_at as string | null,
    lastOkAt: row.last_ok_at as string | null,
    failures: row.failures as number,
    nextAttemptAt: row.next_attempt_at as string | null,
    lastError: row.last_error as string | null,
  };
}
