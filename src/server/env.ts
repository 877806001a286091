import type { RawDocument } from '../core/types.js';
import type { IngestLogEntry, Store } from '../store/store.js';

/** Adds documents to the collection (extract, analyse, store, update stories); one log entry per input. */
export type IngestDocuments = (documents: RawDocument[]) => Promise<IngestLogEntry[]>;

export interface AppOptions {
  store: Store;
  /** When set, every request (reads and writes) needs `Authorization: Bearer <token>`. */
  token?: string;
  /** True when bound to a loopback address: then, without a token, writes are allowed too. */
  loopback: boolean;
  /** Let the API fetch URLs that resolve to loopback, private or link-local addresses. */
  allowPrivateUrls: boolean;
  /** The collection's ingest flow; without it POST /api/ingest answers 501. */
  ingest?: IngestDocuments;
  fetchLimits?: { timeoutMs: number; maxBytes: number };
}

/** What handlers find in the context: the store and the options, never module globals. */
export interface AppEnv {
  Variables: { store: Store; options: AppOptions };
}
