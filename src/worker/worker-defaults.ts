// The worker's defaults, apart from the queue and the ingest flow: `corroborate worker --help` shows
// them without loading either.

/**
 * Jobs per batch. A story step has fixed costs (document counts, stories touched by several articles
 * rendered once, commits): on the workers benchmark 100 per batch cost about half the CPU per article of 20.
 */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Batches in hand at once. Two: one is extracted and analysed while the other is in the story step,
 * where this process mostly waits on PostgreSQL (workers bench, loaded machine: 44 articles/s against 18-35 with one).
 */
export const DEFAULT_CONCURRENCY = 2;

/** A job held longer than this is taken to be lost (its worker killed) and retried elsewhere. */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;
