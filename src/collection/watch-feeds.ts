import type { IngestFailure, RawDocument } from '../core/types.js';
import { type FeedItem, parseFeedItems } from '../ingest/feed-items.js';
import { DEFAULT_POLITE, type PoliteFetcher, type PoliteOptions, createPoliteFetcher } from '../ingest/feed-fetcher.js';
import { charsetOf } from '../ingest/fetch-url.js';
import { kindFromContent } from '../ingest/source-format.js';
import type { FeedState, Store } from '../store/store.js';
import { type IngestEvent, ingestDocuments } from './ingest-documents.js';
import { type StoryChange, storyChanges } from './story-changes.js';
import { type CorpusUpdater, incrementalUpdater } from './update-stories.js';

export type FeedOutcome =
  | { url: string; status: 'unchanged' }
  | { url: string; status: 'read'; items: number; fresh: number }
  | { url: string; status: 'failed'; message: string; retryAt: string }
  | { url: string; status: 'waiting'; retryAt: string };

export interface WatchOptions {
  polite?: PoliteOptions;
  /** New items fetched per feed and round, newest as listed first. */
  maxItemsPerFeed?: number;
  /** Wait before polling a failed feed again: doubled per consecutive failure, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  onFeed?: (outcome: FeedOutcome) => void;
  onArticle?: (event: IngestEvent) => void;
  onStory?: (change: StoryChange) => void;
  /** Hands the fetched items to a worker pool instead of ingesting them here (no story changes are reported then). */
  handOff?: (documents: (RawDocument | IngestFailure)[]) => Promise<void>;
  now?: () => Date;
}

interface FeedRead {
  state: FeedState;
  documents: (RawDocument | IngestFailure)[];
}

/**
 * One polling round over the feeds: fetch each feed politely (conditional GET from its stored
 * ETag/Last-Modified), fetch the items not yet in the collection, ingest them, and report what
 * changed. A feed that fails is reported and backed off; the others go on. A feed's new state is
 * stored only after its items are ingested, so a crash mid-round refetches rather than loses them.
 */
export async function pollFeeds(store: Store, feedUrls: string[], options: WatchOptions = {}): Promise<FeedOutcome[]> {
  const now = options.now ?? (() => new Date());
  const fetcher = createPoliteFetcher(options.polite ?? DEFAULT_POLITE);
  const outcomes: FeedOutcome[] = [];
  const report = (outcome: FeedOutcome): void => {
    outcomes.push(outcome);
    options.onFeed?.(outcome);
  };
  const reads = await Promise.all([...new Set(feedUrls)].map((url) => readFeed(store, fetcher, url, options, now, report)));
  const updateCorpus = trackingUpdater(options.onStory);
  for (const read of reads) {
    if (!read) continue;
    if (read.documents.length > 0 && options.handOff) await options.handOff(read.documents);
    else if (read.documents.length > 0) await ingestDocuments(store, read.documents, { onEvent: options.onArticle, updateCorpus });
    await store.putFeedState(read.state);
  }
  return outcomes;
}

async function readFeed(
  store: Store,
  fetcher: PoliteFetcher,
  url: string,
  options: WatchOptions,
  now: () => Date,
  report: (outcome: FeedOutcome) => void,
): Promise<FeedRead | null> {
  const previous = (await store.getFeedState(url)) ?? { url, etag: null, lastModified: null, lastCheckedAt: null, lastOkAt: null, failures: 0, nextAttemptAt: null, lastError: null };
  if (previous.nextAttemptAt && Date.parse(previous.nextAttemptAt) > now().getTime()) {
    report({ url, status: 'waiting', retryAt: previous.nextAttemptAt });
    return null;
  }
  const checkedAt = now().toISOString();
  try {
    const conditional: Record<string, string> = {};
    if (previous.etag) conditional['if-none-match'] = previous.etag;
    if (previous.lastModified) conditional['if-modified-since'] = previous.lastModified;
    const fetched = await fetcher.get(url, conditional);
    const ok = { ...previous, lastCheckedAt: checkedAt, lastOkAt: checkedAt, failures: 0, nextAttemptAt: null, lastError: null };
    if (fetched.status === 304) {
      report({ url, status: 'unchanged' });
      return { state: ok, documents: [] };
    }
    const items = await feedItems(fetcher, url, Buffer.from(fetched.body).toString('utf8'));
    const known = new Set(await store.existingUrls(items.map((item) => item.url)));
    const fresh = items.filter((item) => !known.has(item.url)).slice(0, options.maxItemsPerFeed ?? 200);
    const documents = await Promise.all(fresh.map((item) => fetchItem(fetcher, item)));
    report({ url, status: 'read', items: items.length, fresh: fresh.length });
    return { state: { ...ok, etag: fetched.headers.get('etag'), lastModified: fetched.headers.get('last-modified') }, documents };
  } catch (error) {
    const failures = previous.failures + 1;
    const wait = Math.min(options.maxBackoffMs ?? 3_600_000, (options.backoffMs ?? 60_000) * 2 ** (failures - 1));
    const retryAt = new Date(now().getTime() + wait).toISOString();
    const message = (error as Error).message;
    report({ url, status: 'failed', message, retryAt });
    await store.putFeedState({ ...previous, lastCheckedAt: checkedAt, failures, nextAttemptAt: retryAt, lastError: message });
    return null;
  }
}

/** The items of a feed, or of a sitemap index's child sitemaps (one level, read in the same round). */
async function feedItems(fetcher: PoliteFetcher, url: string, body: string): Promise<FeedItem[]> {
  const parsed = parseFeedItems(body, url);
  if ('error' in parsed) throw new Error(parsed.error);
  const children = await Promise.all(
    parsed.sitemaps.map(async (child) => {
      const inner = parseFeedItems(Buffer.from((await fetcher.get(child)).body).toString('utf8'), child);
      return 'error' in inner ? [] : inner.items;
    }),
  );
  const byUrl = new Map([...parsed.items, ...children.flat()].map((item) => [item.url, item]));
  return [...byUrl.values()];
}

async function fetchItem(fetcher: PoliteFetcher, item: FeedItem): Promise<RawDocument | IngestFailure> {
  try {
    const fetched = await fetcher.get(item.url);
    const head = Buffer.from(fetched.body.subarray(0, 512)).toString('latin1');
    const kind = kindFromContent(fetched.contentType, head);
    if (kind === 'json' || kind === 'jsonl') return { source: item.url, message: 'not an article page (JSON)' };
    return {
      source: item.url,
      format: kind,
      body: fetched.body,
      headerCharset: charsetOf(fetched.contentType),
      finalUrl: fetched.finalUrl,
      // The feed's link is the article's identity in the collection: the next round skips it by URL.
      declared: { url: item.url, ...(item.published ? { published: item.published } : {}) },
      messages: fetched.messages,
    };
  } catch (error) {
    return { source: item.url, message: `could not fetch: ${(error as Error).message}` };
  }
}

/** The default corpus step, reporting new stories, sources and conflicts once its transaction committed. */
function trackingUpdater(onStory: WatchOptions['onStory']): CorpusUpdater {
  return async (store, ids) => {
    let changes: StoryChange[] = [];
    const change = await incrementalUpdater({ beforeWrite: (before, step) => (changes = storyChanges(before, step)) })(store, ids);
    if (onStory) for (const storyChange of changes) onStory(storyChange);
    return change;
  };
}
