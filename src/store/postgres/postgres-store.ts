import { feedStateFromRow } from '../sqlite/sqlite-store.js';
import { corpusIndexCache, forgetCache } from '../corpus-index-cache.js';
import type { FeedState, IngestLogEntry, Store } from '../store.js';
import { articleMethods } from './pg-articles.js';
import { corpusMethods } from './pg-corpus.js';
import { pgCorpusIndex } from './pg-corpus-index.js';
import { bufferedCorpusIndex } from '../corpus-step-buffer.js';
import { LOCKS, type PgSession, type Pool, clientSession, inTransaction, migratePostgres, openPool, poolSession, prepared } from './pg-database.js';
import { UnfoldedCounts, foldFrequencies } from './pg-frequencies.js';
import { searchPostgres } from './pg-search.js';
import { storyMethods } from './pg-stories.js';

export interface PostgresStoreOptions {
  /** Apply missing migrations on open (default true); false leaves it to `corroborate migrate`. */
  migrate?: boolean;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /**
   * Told when a background fold of document frequencies fails (default: a line on stderr). Nothing is lost:
   * the counts stay in their step records, are read as unfolded, and the next step's fold takes them.
   */
  onFoldError?: (error: Error) => void;
}

/**
 * The Store on a PostgreSQL database, shared by any number of processes (CLI, server, workers).
 * Article inserts are idempotent by id and URL; story updates are serialised across processes by
 * `serializeStoryUpdates` (an advisory lock held by one connection for the whole step).
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = openPool(url, options.poolSize);
  try {
    if (options.migrate ?? true) await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let steps: Promise<unknown> = Promise.resolve();
  const indexCache = corpusIndexCache();
  const unfolded = new UnfoldedCounts();
  const fold = frequencyFolds(pool, options.onFoldError ?? warnFoldError);
  const store: Store = {
    async migrate() {
      await migratePostgres(pool);
    },
    async close() {
      await fold.settled();
      if (!pool.ended) await pool.end();
    },
    serializeStoryUpdates: storyLock(pool),
    ...sessionMethods(poolSession(pool)),
    corpusTransaction(step) {
      // One transaction per step on one client; the step's store runs on that client too, its write
      // methods as savepoints. Steps are queued within the process; across processes the collection
      // already holds serializeStoryUpdates (taking LOCKS.stories here as well would deadlock).
      const run = steps.then(() =>
        inTransaction(pool, async (client) => {
          const methods = sessionMethods(clientSession(client));
          const index = bufferedCorpusIndex(pgCorpusIndex(prepared(client), methods, indexCache, unfolded));
          const result = await step(index, { ...store, ...methods });
          await index.flush();
          return result;
        }).then(
          (result) => {
            fold.start(); // the step's counts, now committed, go to corpus_df while the next step runs
            return result;
          },
          (error: unknown) => {
            forgetCache(indexCache); // it may hold what the rollback undid
            unfolded.forget();
            throw error;
          },
        ),
      );
      steps = run.catch(() => undefined);
      return run;
    },
    search: (query) => searchPostgres(pool, query),
    async logIngest(entries: IngestLogEntry[]) {
      if (entries.length === 0) return;
      await pool.query(
        'INSERT INTO ingest_log (source, article_id, status, message) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])',
        [entries.map((e) => e.source), entries.map((e) => e.articleId), entries.map((e) => e.status), entries.map((e) => e.message)],
      );
    },
    async ingestLog(limit) {
      const { rows } = await pool.query<{ at: Date; source: string; article_id: string | null; status: IngestLogEntry['status']; message: string }>(
        'SELECT at, source, article_id, status, message FROM ingest_log ORDER BY seq DESC LIMIT $1',
        [limit],
      );
      return rows.map(({ article_id, at, ...row }) => ({ ...row, articleId: article_id, at: at.toISOString() }));
    },
    async getFeedState(url) {
      const { rows } = await pool.query<Record<string, string | number | null>>('SELECT * FROM feeds WHERE url = $1', [url]);
      return rows[0] ? feedStateFromRow(url, rows[0]) : null;
    },
    async putFeedState(state: FeedState) {
      await pool.query(
        `INSERT INTO feeds (url, etag, last_modified, last_checked_at, last_ok_at, failures, next_attempt_at, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_checked_at = excluded.last_checked_at,
           last_ok_at = excluded.last_ok_at, failures = excluded.failures, next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error`,
        [state.url, state.etag, state.lastModified, state.lastCheckedAt, state.lastOkAt, state.failures, state.nextAttemptAt, state.lastError],
      );
    },
    async stats() {
      const { rows } = await pool.query<Record<'articles' | 'stories' | 'links' | 'unplaced', string>>(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories,
           (SELECT count(*) FROM links) AS links, (SELECT count(*) FROM articles WHERE story_id IS NULL) AS unplaced`,
      );
      const row = rows[0];
      return { articles: Number(row?.articles), stories: Number(row?.stories), links: Number(row?.links), articlesWithoutStory: Number(row?.unplaced) };
    },
  };
  return store;
}

/** The article, link and story methods on one session: the pool, or a corpus step's transaction. */
function sessionMethods(session: PgSession) {
  const corpus = corpusMethods(session);
  return { ...articleMethods(session), ...corpus, ...storyMethods(session) };
}

function warnFoldError(error: Error): void {
  process.stderr.write(`corroborate: folding document frequencies into corpus_df failed (the next step retries it): ${error.message}\n`);
}

/**
 * Folds of document frequencies in the background, one after another in this process; a fold asked
 * for while one is waiting to start is the same fold (it takes every step not yet folded). A fold that
 * fails leaves its steps for the next one: the counts are read as unfolded meanwhile, none is lost.
 */
function frequencyFolds(pool: Pool, onError: (error: Error) => void): { start(): void; settled(): Promise<void> } {
  let last: Promise<void> = Promise.resolve();
  let waiting = false;
  return {
    start() {
      if (waiting) return;
      waiting = true;
      last = last.then(() => {
        waiting = false;
        return foldFrequencies(pool).catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))));
      });
    },
    settled: () => last,
  };
}

/**
 * One story update at a time across every process on this database. A session-level advisory lock
 * on a dedicated connection: the step itself runs its reads and writes through the pool, and each
 * holder has committed its writes before it unlocks, so the next holder reads them. If the process
 * dies, PostgreSQL ends the session and frees the lock.
 */
function storyLock(pool: Pool): <T>(work: () => Promise<T>) => Promise<T> {
  // Within the process, steps queue here first: one pooled connection waits on the lock, not one per job.
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => withAdvisoryLock(pool, work));
    tail = run.catch(() => undefined);
    return run;
  };
}

async function withAdvisoryLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCKS.stories]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.stories]);
    }
  } finally {
    client.release();
  }
}
