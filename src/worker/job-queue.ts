// The job queue kept in PostgreSQL: pg-boss (maintained; Node >= 20), not a polling loop of our own.
// Chosen over graphile-worker because pg-boss expires a job whose worker died (`expireInSeconds`,
// checked by its supervisor) and retries it on another worker on its own; graphile-worker leaves a
// crashed worker's jobs locked for 4 hours unless someone unlocks them by worker id.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { LOCKS } from '../store/postgres/pg-database.js';
import { DEFAULT_JOB_TIMEOUT_SECONDS } from './worker-defaults.js';

export const INGEST_QUEUE = 'corroborate-ingest';

export interface QueueOptions {
  /** A job not finished this long after a worker took it is taken to be lost (worker killed) and retried. */
  jobTimeoutSeconds?: number;
  /** How often expired jobs are looked for (by one worker at a time). */
  superviseSeconds?: number;
  /** Run pg-boss's maintenance (expiry, retention) in this process; workers do, enqueuers need not. */
  supervise?: boolean;
}

/** Connects pg-boss to the collection's database (its tables live in their own `pgboss` schema). */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: 'corroborate-queue',
    max: 4,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.superviseSeconds ?? 30,
  });
  // Errors of its background loops (a dropped connection) are reported, not thrown into the void.
  boss.on('error', (error) => process.stderr.write(`corroborate: job queue: ${error.message}\n`));
  await boss.start();
  const settings = {
    name: INGEST_QUEUE,
    // Retries cover lost workers and passing database errors; a document that keeps failing ends as 'failed'.
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS,
  };
  // Workers started together would create the queue at the same moment, and pg-boss's create_queue
  // run twice at once can deadlock (seen with 2 workers): one process at a time creates or updates it.
  await withQueueLock(url, async () => {
    if (!(await boss.getQueue(INGEST_QUEUE))) await boss.createQueue(INGEST_QUEUE, settings);
    else if (options.jobTimeoutSeconds !== undefined) await boss.updateQueue(INGEST_QUEUE, settings);
  }).catch(async (error: unknown) => {
    await boss.stop({ graceful: false, wait: false });
    throw error;
  });
  return boss;
}

async function withQueueLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'corroborate-queue-setup' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCKS.queue]);
    await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
