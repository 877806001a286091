import type { ArticleWork } from '../collection/analyze-pool.js';
import { ingestDocuments } from '../collection/ingest-documents.js';
import type { RawDocument } from '../core/types.js';
import type { IngestLogEntry, Store } from '../store/store.js';

/** Adds documents to the collection; one log entry per input. */
export type IngestDocuments = (documents: RawDocument[]) => Promise<IngestLogEntry[]>;

/**
 * The collection's one ingest flow, one request at a time: two requests updating the same stories
 * concurrently would each recompute them from a partial view. Later requests wait their turn.
 */
export function serialIngest(store: Store, work?: ArticleWork): IngestDocuments {
  let tail: Promise<unknown> = Promise.resolve();
  return (documents) => {
    const run = tail.then(async () => {
      const log: IngestLogEntry[] = [];
      await ingestDocuments(store, documents, {
        // One request, one transaction and one story step: the reply acknowledges exactly what that
        // commit made durable. Every document is already here, so no wait may cut the batch (a wait of
        // 0 cut it after every document: 100 story steps for 100 articles).
        batchSize: Math.max(1, documents.length),
        maxBatchWaitMs: Number.POSITIVE_INFINITY,
        // On a pool, extraction and analysis leave the event loop free for the reads meanwhile.
        work,
        onEvent: (e) => log.push({ source: e.source, articleId: e.articleId, status: e.status, message: e.status === 'failed' ? e.message : (e.title ?? '') }),
      });
      return log;
    });
    tail = run.catch(() => undefined);
    return run;
  };
}
