import type { IngestFailure, RawDocument } from '../core/types.js';

/**
 * What one job carries: a URL for the worker to fetch, or a document already read by the enqueuer
 * (a file on its machine, which a worker elsewhere cannot read). Bytes travel as base64 in the JSON.
 */
export type IngestJob =
  | { kind: 'url'; url: string }
  | { kind: 'document'; document: Omit<RawDocument, 'body'> & { body: string; bodyEncoding: 'utf8' | 'base64' } };

export function documentJob(document: RawDocument): IngestJob {
  const { body, ...rest } = document;
  return typeof body === 'string'
    ? { kind: 'document', document: { ...rest, body, bodyEncoding: 'utf8' } }
    : { kind: 'document', document: { ...rest, body: Buffer.from(body).toString('base64'), bodyEncoding: 'base64' } };
}

export function jobDocument(job: Extract<IngestJob, { kind: 'document' }>): RawDocument {
  const { body, bodyEncoding, ...rest } = job.document;
  return { ...rest, body: bodyEncoding === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : body };
}

/** A short name for logs and failures. */
export function jobSource(job: IngestJob): string {
  return job.kind === 'url' ? job.url : job.document.source;
}

export type JobInput = RawDocument | IngestFailure;
