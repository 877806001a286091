import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) an SQLite file with the settings the crash guarantee rests on.
 * WAL lets the server read while an ingest writes. synchronous=FULL (not NORMAL): in WAL mode NORMAL
 * already survives a killed process, but may lose the last commits on power loss or an OS crash;
 * FULL fsyncs the WAL at every commit, so "reported as ingested" holds then too. The cost is one
 * fsync per transaction, which batching articles per transaction keeps small.
 */
export function openDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A second process (server reading while ingest writes) waits for the lock instead of failing.
  db.pragma('busy_timeout = 10000');
  return db;
}

/** Applies the migrations not yet recorded, all in one transaction; returns the versions applied. */
export function migrateDatabase(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
  const run = db.transaction((): number[] => {
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...done].filter((version) => version > newest);
    if (unknown.length > 0) {
      throw new Error(`database schema version ${Math.max(...unknown)} is newer than this Corroborate knows (${newest}); upgrade Corroborate`);
    }
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      applied.push(migration.version);
    }
    return applied;
  });
  return run.immediate();
}

export type Prepare = (sql: string) => Database.Statement;

/** Prepares each SQL text once per connection (statements are prepared lazily: tables exist only after migrate). */
export function statementCache(db: SqliteDatabase): Prepare {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
