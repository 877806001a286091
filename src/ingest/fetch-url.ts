import type { Dispatcher, Response } from 'undici';
import type { Message } from '../core/types.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Called before each request (the first and every redirect); throw to refuse a URL (e.g. private addresses). */
  checkUrl?: (url: URL) => Promise<void>;
  /** The connection pool to use (e.g. one whose DNS lookup refuses private addresses at connect time). */
  dispatcher?: Dispatcher;
  headers?: Record<string, string>;
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  finalUrl: string;
  status: number;
  contentType: string | null;
  headers: Headers;
  body: Uint8Array;
  messages: Message[];
}

export class FetchError extends Error {}

/**
 * GET an http(s) URL with a whole-request timeout, a redirect limit and a size cap.
 * A body over the cap is cut there (with a message), not refused: the start of a page holds the article.
 * undici's fetch (the one Node bundles, as a package so a dispatcher can be passed) does the HTTP; this only adds the limits.
 */
export async function fetchUrl(url: string, options: FetchOptions = DEFAULT_FETCH): Promise<Fetched> {
  let current = parseHttpUrl(url);
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      await options.checkUrl?.(current);
      // Loaded on the first fetch: most runs (and `--help`) fetch nothing.
      const { fetch } = await import('undici');
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        headers: { 'user-agent': 'Corroborate/0.1 (+news corroboration)', ...options.headers },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) throw new FetchError(`too many redirects (more than ${options.maxRedirects})`);
        current = parseHttpUrl(new URL(location, current).href);
        continue;
      }
      if (response.status === 304) {
        return { finalUrl: current.href, status: 304, contentType: null, headers: response.headers, body: new Uint8Array(), messages: [] };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      const { body, truncated } = await readCapped(response, options.maxBytes);
      const messages: Message[] = truncated
        ? [{ rule: 'page-truncated', severity: 'warning', message: `response larger than ${options.maxBytes} bytes; cut there` }]
        : [];
      return { finalUrl: current.href, status: response.status, contentType: response.headers.get('content-type'), headers: response.headers, body, messages };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new FetchError(`timed out after ${options.timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) throw new FetchError(`${cause.code}: ${cause.message ?? ''}`.trim());
    throw new FetchError(cause?.message ? `${(error as Error).message}: ${cause.message}` : (error as Error).message);
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`only http and https URLs are fetched, not ${parsed.protocol}`);
  return parsed;
}

async function readCapped(response: Response, maxBytes: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return { body: new Uint8Array(), truncated: false };
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      await reader.cancel();
      return { body: Buffer.concat(chunks, size), truncated: true };
    }
    chunks.push(value);
    size += value.length;
  }
  return { body: Buffer.concat(chunks, size), truncated: false };
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null): string | undefined {
  const match = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}
