import type { Command } from 'commander';
import { describeLocation, isPostgresUrl, resolveDbLocation } from '../../store/open-store.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, DEFAULT_JOB_TIMEOUT_SECONDS } from '../../worker/worker-defaults.js';
import { dbOption } from './db-option.js';

interface WorkerFlags {
  db?: string;
  concurrency: string;
  batchSize: string;
  jobTimeout: string;
  quiet: boolean;
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Take ingest jobs (fetch, extract, analyse, update stories) from the queue in PostgreSQL until stopped.')
    .addOption(dbOption())
    .option('-c, --concurrency <n>', 'batches worked on at once in this process (one extracts while another updates stories; run one process per core for CPU)', String(DEFAULT_CONCURRENCY))
    .option('--batch-size <n>', 'jobs taken at once and stored in one transaction', String(DEFAULT_BATCH_SIZE))
    .option('--job-timeout <seconds>', 'a job held longer than this is taken to be lost (worker killed) and retried elsewhere', String(DEFAULT_JOB_TIMEOUT_SECONDS))
    .option('-q, --quiet', 'no line per article on stdout', false)
    .addHelpText(
      'after',
      `
Needs a PostgreSQL collection. Jobs are added by "corroborate ingest" and "watch" when
CORROBORATE_WORKERS=1 is set (or ingest --enqueue). Start any number of workers, on any machines;
a worker killed at any moment loses nothing: its jobs are retried by another, and nothing is stored twice.
Stop with Ctrl-C or SIGTERM: the batches in hand are finished first.

Examples:
  $ corroborate worker --db postgres://corroborate@db.internal/news --concurrency 4
  $ CORROBORATE_DB=postgres://localhost/news corroborate worker`,
    )
    .action(async (flags: WorkerFlags) => {
      process.exitCode = await runWorker(flags);
    });
}

async function runWorker(flags: WorkerFlags): Promise<number> {
  const location = resolveDbLocation(flags.db);
  const numbers = { concurrency: Number(flags.concurrency), batchSize: Number(flags.batchSize), jobTimeout: Number(flags.jobTimeout) };
  const bad = Object.entries(numbers).filter(([, value]) => !Number.isInteger(value) || value < 1);
  if (bad.length > 0 || !isPostgresUrl(location)) {
    for (const [name] of bad) process.stderr.write(`corroborate: --${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a whole number >= 1\n`);
    if (!isPostgresUrl(location)) process.stderr.write(`corroborate: workers need a PostgreSQL collection (--db postgres://...), got ${location}\n`);
    return 2;
  }
  const { startWorker } = await import('../../worker/run-worker.js');
  let worker;
  try {
    worker = await startWorker(location, {
      concurrency: numbers.concurrency,
      batchSize: numbers.batchSize,
      jobTimeoutSeconds: numbers.jobTimeout,
      superviseSeconds: Math.min(30, Math.max(1, Math.floor(numbers.jobTimeout / 2))),
      onEvent: (event) => {
        if (event.status === 'failed') process.stderr.write(`corroborate: ${event.source}: ${event.message}\n`);
        else if (!flags.quiet) process.stdout.write(`${event.status}\t${event.articleId}\t${event.source}\n`);
      },
      onError: (error) => process.stderr.write(`corroborate: worker: ${error.message}\n`),
    });
  } catch (error) {
    process.stderr.write(`corroborate: cannot start a worker on ${describeLocation(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`worker: taking jobs from ${describeLocation(location)} (concurrency ${numbers.concurrency}, batch ${numbers.batchSize})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('worker: stopping after the batches in hand\n');
  await worker.stop();
  const stats = worker.stats();
  process.stderr.write(
    `worker: ${stats.jobs} jobs in ${stats.batches} batches, busy ${stats.busySeconds.toFixed(1)} s; ` +
      `story lock: waited ${stats.lockWaitSeconds.toFixed(1)} s, held ${stats.lockHeldSeconds.toFixed(1)} s (CPU of this process ${stats.lockCpuSeconds.toFixed(1)} s)\n`,
  );
  return 0;
}
