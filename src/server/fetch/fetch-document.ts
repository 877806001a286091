import { DEFAULT_FETCH } from '../../ingest/fetch-url.js';
import { DEFAULT_READ, type SourceItem, readSource } from '../../ingest/read-sources.js';
import { publicOnlyDispatcher, refuseNonPublicHost } from './address-policy.js';

export interface FetchPolicy {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * The documents at a URL given through the API, with the ingest reader's limits (time, size,
 * redirects) and, unless allowed, every hop's host checked against non-public addresses, both before the
 * request (for a clear message, and for literal addresses, which are not looked up) and when connecting.
 * Only http(s): the reader also reads local files, which the API must never reach.
 */
export async function fetchDocuments(url: string, policy: FetchPolicy): Promise<SourceItem[]> {
  if (!/^https?:\/\//i.test(url)) return [{ source: url, message: 'only http(s) URLs are fetched' }];
  const fetch = {
    ...DEFAULT_FETCH,
    timeoutMs: policy.timeoutMs,
    maxBytes: policy.maxBytes,
    ...(policy.allowPrivate ? {} : { checkUrl: refuseNonPublicHost, dispatcher: publicOnlyDispatcher }),
  };
  return readSource(url, { ...DEFAULT_READ, fetch });
}
