import type { IngestEvent } from '../collection/ingest-documents.js';
import type { IngestFailure, RawDocument } from '../core/types.js';
import { documentJob, type IngestJob, jobSource } from './ingest-job.js';
import { INGEST_QUEUE, openQueue } from './job-queue.js';

/** Jobs written per INSERT: large enough to make enqueuing cheap, small enough to keep memory flat. */
const INSERT_BATCH = 500;

export type QueuedInput = RawDocument | IngestFailure | { url: string };

export interface EnqueueSummary {
  queued: number;
  failed: number;
}

/**
 * Hands inputs to the worker pool instead of ingesting them here: a URL becomes a fetch job, a
 * document already read (a local file) travels in its job. Inputs that could not be read are
 * reported through `onFailure` and not queued.
 */
export async function enqueueInputs(
  url: string,
  inputs: AsyncIterable<QueuedInput> | Iterable<QueuedInput>,
  onFailure: (event: Extract<IngestEvent, { status: 'failed' }>) => void = () => {},
  onQueued: (source: string) => void = () => {},
): Promise<EnqueueSummary> {
  const boss = await openQueue(url);
  const summary: EnqueueSummary = { queued: 0, failed: 0 };
  let pending: IngestJob[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await boss.insert(pending.map((data) => ({ name: INGEST_QUEUE, data })));
    for (const job of pending) onQueued(jobSource(job));
    summary.queued += pending.length;
    pending = [];
  };
  try {
    for await (const input of inputs) {
      if ('message' in input) {
        summary.failed++;
        onFailure({ status: 'failed', source: input.source, articleId: null, message: input.message });
        continue;
      }
      pending.push('body' in input ? documentJob(input) : { kind: 'url', url: input.url });
      if (pending.length >= INSERT_BATCH) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return summary;
}
