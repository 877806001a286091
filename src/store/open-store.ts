import { resolve } from 'node:path';
import { createPostgresStore } from './postgres/postgres-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'corroborate.sqlite';

/** Where the collection is: `--db`, else `CORROBORATE_DB`, else ./corroborate.sqlite. */
export function resolveDbLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CORROBORATE_DB || DEFAULT_DB; // an empty value counts as unset
}

/** Opens (and migrates) the store a location names: a PostgreSQL URL or an SQLite file path. */
export async function openStore(location: string): Promise<Store> {
  return isPostgresUrl(location) ? createPostgresStore(location) : createSqliteStore(resolve(location));
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The location with any password hidden, for messages. */
export function describeLocation(location: string): string {
  return location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}
