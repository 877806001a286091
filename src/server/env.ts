import type { ArticleWork } from '../collection/analyze-pool.js';
import type { Store } from '../store/store.js';
import type { IngestDocuments } from './ingest-queue.js';

export interface AppOptions {
  store: Store;
  /** When set, every request (reads and writes) needs `Authorization: Bearer <token>`. */
  token?: string;
  /** True when bound to a loopback address: then, without a token, writes are allowed too. */
  loopback: boolean;
  /** Let the API fetch URLs that resolve to loopback, private or link-local addresses. */
  allowPrivateUrls: boolean;
  fetchLimits?: { timeoutMs: number; maxBytes: number };
  /** Where ingested articles are extracted and analysed (default: the server's thread). */
  work?: ArticleWork;
}

/** What handlers find in the context: the store and the options, never module globals. */
export interface AppEnv {
  Variables: { store: Store; options: AppOptions; ingest: IngestDocuments };
}
