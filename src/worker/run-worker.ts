import type PgBoss from 'pg-boss';
import { type IngestEvent, ingestDocuments } from '../collection/ingest-documents.js';
import { DEFAULT_READ, readSource } from '../ingest/read-sources.js';
import { createPostgresStore } from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import { type IngestJob, type JobInput, jobDocument } from './ingest-job.js';
import { INGEST_QUEUE, type QueueOptions, openQueue } from './job-queue.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from './worker-defaults.js';

export interface WorkerOptions extends QueueOptions {
  /** Batches this process works on at once (default DEFAULT_CONCURRENCY; CPU work shares one core: run a process per core). */
  concurrency?: number;
  /** Jobs taken per fetch from the queue and ingested as one batch (one transaction, one story update). */
  batchSize?: number;
  onEvent?: (event: IngestEvent) => void;
  onError?: (error: Error) => void;
}

/** Where a worker's time went: what the story lock costs is the ceiling of adding workers. */
export interface WorkerStats {
  batches: number;
  jobs: number;
  /** Seconds spent handling batches (fetch, extract, analyse, store, story step). */
  busySeconds: number;
  /** Seconds waiting for the story lock (another process, or another batch of this one, held it). */
  lockWaitSeconds: number;
  /** Seconds holding the story lock (the serialised story step). */
  lockHeldSeconds: number;
  /** CPU seconds of this process while it held the lock (the rest of the hold is PostgreSQL's work and waits). */
  lockCpuSeconds: number;
}

export interface RunningWorker {
  /** Stops taking jobs, lets the ones in hand finish, and closes the connections. */
  stop(): Promise<void>;
  stats(): WorkerStats;
}

/** Wraps the store's story lock to count the time spent waiting for it and holding it. */
function timeStoryLock(store: Store, stats: WorkerStats): void {
  const serialize = store.serializeStoryUpdates?.bind(store);
  if (!serialize) return;
  store.serializeStoryUpdates = async (work) => {
    const asked = performance.now();
    let held = 0;
    try {
      return await serialize(async () => {
        const got = performance.now();
        const cpu = process.cpuUsage();
        try {
          return await work();
        } finally {
          held = performance.now() - got;
          const used = process.cpuUsage(cpu);
          stats.lockCpuSeconds += (used.user + used.system) / 1e6;
        }
      });
    } finally {
      stats.lockHeldSeconds += held / 1000;
      stats.lockWaitSeconds += (performance.now() - asked - held) / 1000;
    }
  };
}

/** URLs of one batch fetched at once: a batch of 100 URLs fetched one after the other would take minutes. */
const PARALLEL_FETCHES = 8;

/** The inputs of a batch of jobs, in job order: documents as they travelled, URLs fetched a few at a time. */
async function readJobs(jobs: IngestJob[]): Promise<JobInput[]> {
  const read: JobInput[][] = jobs.map((job) => (job.kind === 'document' ? [jobDocument(job)] : []));
  const urls = jobs.flatMap((job, i) => (job.kind === 'url' ? [{ i, url: job.url }] : []));
  let next = 0;
  const fetcher = async (): Promise<void> => {
    for (let item = urls[next++]; item; item = urls[next++]) read[item.i] = await readSource(item.url, DEFAULT_READ);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, urls.length) }, fetcher));
  return read.flat();
}

/**
 * A worker: takes ingest jobs from the queue and runs each batch through the one ingest flow
 * (fetch, extract, analyse, store, update stories). A job is completed only after its articles are
 * committed and placed in stories; if the process dies first, the job expires and another worker
 * retries it, and the retry stores nothing twice (inserts are idempotent by id and URL, and the
 * story step places only articles not yet placed, under the store's story lock).
 */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const store = await createPostgresStore(url, { poolSize: concurrency + 3, onFoldError: options.onError });
  const stats: WorkerStats = { batches: 0, jobs: 0, busySeconds: 0, lockWaitSeconds: 0, lockHeldSeconds: 0, lockCpuSeconds: 0 };
  timeStoryLock(store, stats);
  let boss: PgBoss;
  try {
    // Articles a crashed process stored but never placed (its jobs out of retries, or a crashed `ingest`).
    await ingestDocuments(store, []);
    boss = await openQueue(url, { supervise: true, ...options });
  } catch (error) {
    await store.close();
    throw error;
  }
  boss.on('error', (error) => options.onError?.(error));
  const handle = async (jobs: PgBoss.Job<IngestJob>[]): Promise<void> => {
    const started = performance.now();
    const inputs = await readJobs(jobs.map((job) => job.data));
    // Fails (and the jobs are retried) only on errors of the store: problems of content are logged as failures.
    // A retried job places its own articles that its first run stored; leftovers of other crashes are placed at start.
    await ingestDocuments(store, inputs, {
      batchSize: Math.max(1, inputs.length),
      maxBatchWaitMs: Number.POSITIVE_INFINITY,
      onEvent: options.onEvent,
      recoverLeftovers: false,
    });
    stats.batches++;
    stats.jobs += jobs.length;
    stats.busySeconds += (performance.now() - started) / 1000;
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const workOptions = { batchSize, pollingIntervalSeconds: 0.5 };
  for (let i = 0; i < concurrency; i++) {
    const loop: { id?: string } = {};
    // pg-boss waits out its polling interval after a quick batch; after a full one, more jobs are likely waiting: go on at once.
    const id = await boss.work<IngestJob>(INGEST_QUEUE, workOptions, async (jobs) => {
      await handle(jobs);
      if (jobs.length === batchSize && loop.id) boss.notifyWorker(loop.id);
    });
    loop.id = id;
  }
  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await store.close();
    },
    stats: () => ({ ...stats }),
  };
}
