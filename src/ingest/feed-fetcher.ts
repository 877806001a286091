import { createRequire } from 'node:module';
import { DEFAULT_FETCH, type FetchOptions, type Fetched, FetchError, fetchUrl } from './fetch-url.js';

// robots-parser is CommonJS exporting the function itself, while its typings declare a default
// export; under NodeNext only require() gives the function, typed here by the part we use.
interface RobotsRules {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, content: string) => RobotsRules;

export interface PoliteOptions {
  fetch: FetchOptions;
  /** Requests in flight at once to one host. */
  perHost: number;
  /** Extra attempts after a transient failure (timeout, connection reset, HTTP 429 or 5xx). */
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  retryBaseMs: number;
  userAgent: string;
}

export const DEFAULT_POLITE: PoliteOptions = {
  fetch: { ...DEFAULT_FETCH, timeoutMs: 15_000 },
  perHost: 2,
  retries: 2,
  retryBaseMs: 1000,
  userAgent: 'Corroborate',
};

export interface PoliteFetcher {
  /** GET with the per-host limit and retries; robots.txt is checked first (a refusal throws FetchError). */
  get(url: string, headers?: Record<string, string>): Promise<Fetched>;
}

const TRANSIENT = /^HTTP (429|5\d\d)\b|timed out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|other side closed/i;

/**
 * The fetcher feeds and their pages go through: at most `perHost` requests per host at a time,
 * robots.txt obeyed (read once per host for the fetcher's life: make one per polling round),
 * transient failures retried with exponential backoff. The HTTP itself is ingest's `fetchUrl`
 * (timeout, size cap, redirect limit).
 */
export function createPoliteFetcher(options: PoliteOptions = DEFAULT_POLITE): PoliteFetcher {
  const slots = new Map<string, { active: number; waiting: (() => void)[] }>();
  const robots = new Map<string, Promise<(url: string) => boolean>>();
  const fetchOptions = (headers: Record<string, string> = {}): FetchOptions => ({
    ...options.fetch,
    headers: { 'user-agent': options.userAgent, ...options.fetch.headers, ...headers },
  });

  const withSlot = async <T>(host: string, work: () => Promise<T>): Promise<T> => {
    const slot = slots.get(host) ?? { active: 0, waiting: [] };
    slots.set(host, slot);
    while (slot.active >= options.perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active++;
    try {
      return await work();
    } finally {
      slot.active--;
      slot.waiting.shift()?.();
    }
  };

  const withRetries = async (url: string, headers?: Record<string, string>): Promise<Fetched> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await withSlot(new URL(url).host, () => fetchUrl(url, fetchOptions(headers)));
      } catch (error) {
        if (!(error instanceof FetchError) || !TRANSIENT.test(error.message) || attempt >= options.retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, options.retryBaseMs * 2 ** attempt));
      }
    }
  };

  // RFC 9309: a missing robots.txt (4xx) allows everything; one that cannot be read (5xx, network)
  // means stay away from the host for now.
  const rulesFor = (origin: string): Promise<(url: string) => boolean> => {
    let rules = robots.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = withRetries(robotsUrl).then(
        (fetched) => {
          const parsed = robotsParser(robotsUrl, Buffer.from(fetched.body).toString('utf8'));
          return (url: string) => parsed.isAllowed(url, options.userAgent) !== false;
        },
        (error: Error) => {
          if (/^HTTP 4\d\d/.test(error.message)) return () => true;
          return () => {
            throw new FetchError(`robots.txt of ${origin} could not be read (${error.message}); not fetching from it this round`);
          };
        },
      );
      robots.set(origin, rules);
    }
    return rules;
  };

  return {
    async get(url, headers) {
      const allowed = await rulesFor(new URL(url).origin);
      if (!allowed(url)) throw new FetchError(`disallowed by robots.txt`);
      return withRetries(url, headers);
    },
  };
}
