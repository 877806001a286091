import { describeLocation, isPostgresUrl, resolveDbLocation } from '../../store/open-store.js';
import type { IngestFailure, RawDocument } from '../../core/types.js';
import type { QueuedInput } from '../../worker/enqueue.js';

/** Whether ingest and watch hand their inputs to workers: `--enqueue`, or CORROBORATE_WORKERS=1 in the environment. */
export function workersConfigured(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || env.CORROBORATE_WORKERS === '1';
}

/**
 * `corroborate ingest` with a worker pool: URLs become fetch jobs (a worker fetches them), files and
 * folders are read here (a worker on another machine cannot read them) and travel in their jobs.
 */
export async function enqueueIngest(inputs: string[], dbFlag: string | undefined): Promise<number> {
  const location = resolveDbLocation(dbFlag);
  if (!isPostgresUrl(location)) {
    process.stderr.write(`corroborate: a worker pool needs a PostgreSQL collection (--db postgres://...), got ${location}\n`);
    return 2;
  }
  const { enqueueInputs } = await import('../../worker/enqueue.js');
  let summary;
  try {
    summary = await enqueueInputs(
      location,
      queuedInputs(inputs),
      (failure) => process.stderr.write(`corroborate: ${failure.source}: ${failure.message}\n`),
      (source) => process.stdout.write(`queued\t${source}\n`),
    );
  } catch (error) {
    process.stderr.write(`corroborate: cannot queue jobs on ${describeLocation(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`Queued ${summary.queued} job(s) for the workers on ${describeLocation(location)} (${summary.failed} input(s) failed).\n`);
  return summary.failed > 0 ? 1 : 0;
}

async function* queuedInputs(inputs: string[]): AsyncGenerator<QueuedInput> {
  const { DEFAULT_READ, expandInputs, readSource } = await import('../../ingest/read-sources.js');
  const { leaves, failures } = await expandInputs(inputs);
  yield* failures;
  for (const leaf of leaves) {
    if (/^https?:\/\//i.test(leaf)) yield { url: leaf };
    else yield* await readSource(leaf, DEFAULT_READ);
  }
}

/**
 * `corroborate watch` with a worker pool: the items it fetched go to the queue (their feed state is
 * saved only after that, so a crash refetches rather than loses them). Null, with a message, when the
 * collection is not on PostgreSQL.
 */
export function feedHandOff(location: string): ((documents: (RawDocument | IngestFailure)[]) => Promise<void>) | null {
  if (!isPostgresUrl(location)) {
    process.stderr.write(`corroborate: a worker pool needs a PostgreSQL collection (--db postgres://...), got ${location}\n`);
    return null;
  }
  return async (documents) => {
    const { enqueueInputs } = await import('../../worker/enqueue.js');
    const summary = await enqueueInputs(location, documents, (failure) => process.stderr.write(`corroborate: ${failure.source}: ${failure.message}\n`));
    process.stderr.write(`queued ${summary.queued} item(s) for the workers\n`);
  };
}
