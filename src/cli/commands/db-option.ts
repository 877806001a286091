import { Option } from 'commander';
import { DEFAULT_DB, describeLocation, openStore, resolveDbLocation } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';

/** The --db option every collection command shares. */
export function dbOption(): Option {
  return new Option('--db <path>', `the collection: an SQLite file (created on first use) or a postgres:// URL; default $CORROBORATE_DB, else ./${DEFAULT_DB}`);
}

/**
 * Runs `work` with the collection named by --db / $CORROBORATE_DB open, and closes it after.
 * A collection that cannot be opened is reported in one line and gives exit status 1.
 */
export async function withCollection(flag: string | undefined, work: (store: Store, location: string) => Promise<number>): Promise<number> {
  const location = resolveDbLocation(flag);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    process.stderr.write(`corroborate: cannot open the collection ${describeLocation(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    return await work(store, location);
  } finally {
    await store.close();
  }
}
