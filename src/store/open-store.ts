import { resolve } from 'node:path';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'corroborate.sqlite';

/** Where the collection is: `--db`, else `CORROBORATE_DB`, else ./corroborate.sqlite. */
export function resolveDbLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CORROBORATE_DB || DEFAULT_DB; // an empty value counts as unset
}

/** Opens (and migrates) the store a location names: a PostgreSQL URL or an SQLite file path. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`PostgreSQL is not supported yet (${location.replace(/\/\/[^@/]*@/, '//…@')}); use an SQLite file path`);
  }
  return createSqliteStore(resolve(location));
}
