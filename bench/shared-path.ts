import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A path inside the shared data folder that sits beside the repository (`../shared`), or CORROBORATE_SHARED. */
export function sharedPath(...parts: string[]): string {
  return join(process.env.CORROBORATE_SHARED ?? join(repoRoot, '..', 'shared'), ...parts);
}
