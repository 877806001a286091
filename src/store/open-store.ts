import { resolve } from 'node:path';
import type { Store } from './store.js';

export const DEFAULT_DB = 'corroborate.sqlite';

/** Where the collection is: `--db`, else `CORROBORATE_DB`, else ./corroborate.sqlite. */
export function resolveDbLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CORROBORATE_DB || DEFAULT_DB; // an empty value counts as unset
}

/**
 * Opens (and migrates) the store a location names: a PostgreSQL URL or an SQLite file path. Each
 * implementation is loaded when first opened: an SQLite user never loads the PostgreSQL driver, and
 * the CLI's light commands and `--help` load neither.
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) return (await import('./postgres/postgres-store.js')).createPostgresStore(location);
  return (await import('./sqlite/sqlite-store.js')).createSqliteStore(resolve(location));
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The location with any password hidden, for messages. */
export function describeLocation(location: string): string {
  return location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}
