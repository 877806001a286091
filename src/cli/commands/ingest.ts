import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { IngestEvent } from '../../collection/ingest-documents.js';
import type { IngestFailure, RawDocument } from '../../core/types.js';
import { type Progress, createProgress } from '../progress.js';
import { dbOption, withCollection } from './db-option.js';
import { enqueueIngest, workersConfigured } from './enqueue-ingest.js';

interface IngestOptions {
  db?: string;
  batchSize: string;
  quiet: boolean;
  enqueue?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Add articles to the collection and update the stories they touch. The same article twice is stored once.')
    .argument('<inputs...>', 'files, folders (read recursively), - for standard input, or http(s) URLs')
    .addOption(dbOption())
    .option('--batch-size <n>', 'articles written per transaction', '100')
    .option('-q, --quiet', 'no progress output on stderr (failures are still reported)', false)
    .option('--enqueue', 'queue the inputs for `corroborate worker` (PostgreSQL) instead of ingesting here; default when CORROBORATE_WORKERS=1')
    .addHelpText(
      'after',
      `
Output: one line per article on stdout, "ingested|duplicate <tab> id <tab> source", written only once
the article is safely in the database (a run killed at any moment keeps every article it printed).
Progress and failures go to stderr.

Examples:
  $ corroborate ingest news/ https://example.com/story.html
  $ CORROBORATE_DB=~/collection.sqlite corroborate ingest feed-dump.jsonl

Exit status: 0 when every input was read, 1 when some failed (listed on stderr), 2 on a usage error.`,
    )
    .action(async (inputs: string[], options: IngestOptions) => {
      process.exitCode = await runIngest(inputs, options);
    });
}

async function runIngest(inputs: string[], options: IngestOptions): Promise<number> {
  const batchSize = Number(options.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    process.stderr.write(`corroborate: --batch-size must be a positive whole number, got ${JSON.stringify(options.batchSize)}\n`);
    return 2;
  }
  if (workersConfigured(options.enqueue)) return enqueueIngest(inputs, options.db);
  const [{ createArticlePool }, { ingestDocuments }] = await Promise.all([import('../../collection/analyze-pool.js'), import('../../collection/ingest-documents.js')]);
  return withCollection(options.db, async (store, location) => {
    const progress = createProgress({ quiet: options.quiet });
    const pool = createArticlePool();
    const summary = await ingestDocuments(store, readWithProgress(inputs, progress, resolve(location)), {
      batchSize,
      work: pool,
      onEvent: (event) => report(event, progress),
    }).finally(() => pool.close());
    progress.stop();
    const stats = await store.stats();
    process.stderr.write(
      `Ingested ${summary.ingested} new article(s) into ${location} (${summary.duplicates} already there, ${summary.failed} failed); ` +
        `${summary.stories.length} story(ies) updated. The collection holds ${stats.articles} article(s) in ${stats.stories} story(ies).\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  });
}

function report(event: IngestEvent, progress: Progress): void {
  if (event.status === 'failed') progress.warn(`corroborate: ${event.source}: ${event.message}`);
  else process.stdout.write(`${event.status}\t${event.articleId}\t${event.source}\n`);
}

/**
 * The documents of every input, ticking progress once per file or URL read. The collection's own
 * files are passed over without a word: `corroborate ingest .` next to ./corroborate.sqlite is normal.
 */
async function* readWithProgress(inputs: string[], progress: Progress, dbPath: string): AsyncGenerator<RawDocument | IngestFailure> {
  const { DEFAULT_READ, expandInputs, readSource } = await import('../../ingest/read-sources.js');
  const { leaves, failures } = await expandInputs(inputs);
  const isCollectionFile = (path: string): boolean => [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`].includes(resolve(path));
  yield* failures.filter((failure) => !isCollectionFile(failure.source));
  progress.start(leaves.length, 'ingest');
  for (const leaf of leaves) {
    yield* await readSource(leaf, DEFAULT_READ);
    progress.tick(leaf);
  }
}
