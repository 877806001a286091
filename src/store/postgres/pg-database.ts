import pg from 'pg';
import type { Migration } from '../sqlite/migrations.js';
import { MIGRATIONS } from './migrations.js';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * Where the store's methods run: the pool (each write method opens its own transaction), or one
 * client inside an open transaction (a corpus step), where a write method's transaction is a savepoint.
 */
export interface PgSession {
  query: Queryable['query'];
  transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T>;
}

const statementNames = new Map<string, string>();

/**
 * Runs every parameterised query as a named prepared statement: each connection parses and plans it
 * once, not per call. A corpus step makes about ten small queries per article inside the story lock,
 * and parsing and planning each of them again is server CPU spent in the serialised part. Every distinct text
 * becomes a statement on each connection: build SQL text from a fixed set of shapes, values go in parameters.
 */
export function prepared(db: Queryable): Queryable {
  const query = (text: unknown, values?: unknown) => {
    if (typeof text !== 'string' || !Array.isArray(values)) return (db.query as (...args: unknown[]) => unknown)(text, values);
    let name = statementNames.get(text);
    if (!name) statementNames.set(text, (name = `corroborate_${statementNames.size + 1}`));
    return db.query({ name, text, values });
  };
  return { query: query as Queryable['query'] };
}

export function poolSession(pool: Pool): PgSession {
  return { query: prepared(pool).query, transaction: (work) => inTransaction(pool, (client) => work(prepared(client))) };
}

/** A session on a client already in a transaction; nested transactions are savepoints, rolled back alone. */
export function clientSession(client: Client): PgSession {
  const db = prepared(client);
  return {
    query: db.query,
    async transaction(work) {
      await client.query('SAVEPOINT nested');
      try {
        const result = await work(db);
        await client.query('RELEASE SAVEPOINT nested');
        return result;
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT nested').catch(() => {});
        throw error;
      }
    },
  };
}

/** Advisory lock keys (one number space per database); chosen once, never reused for another purpose. */
export const LOCKS = { migrate: 7_301_001, stories: 7_301_002, queue: 7_301_003, fold: 7_301_004 } as const;

export function openPool(url: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'corroborate' });
  // An idle client whose server connection drops (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one client; rolls back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Applies the migrations not yet recorded, all in one transaction, under an advisory lock: two
 * processes migrating at once run one after the other, and the second finds nothing left to do.
 * Returns the migrations applied.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<Migration[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.migrate]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...done].filter((version) => version > newest);
    if (unknown.length > 0) {
      throw new Error(`database schema version ${Math.max(...unknown)} is newer than this Corroborate knows (${newest}); upgrade Corroborate`);
    }
    const applied: Migration[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration);
    }
    return applied;
  });
}
