import type { Command } from 'commander';
import type { FeedOutcome } from '../../collection/watch-feeds.js';
import type { StoryChange } from '../../collection/story-changes.js';
import { DEFAULT_POLITE } from '../../ingest/feed-fetcher.js';
import { resolveDbLocation } from '../../store/open-store.js';
import { dbOption, withCollection } from './db-option.js';
import { feedHandOff, workersConfigured } from './enqueue-ingest.js';

interface WatchOptions {
  db?: string;
  enqueue?: boolean;
  every: string;
  once: boolean;
  perHost: string;
  timeout: string;
}

export function registerWatchCommand(program: Command): void {
  program
    .command('watch')
    .description('Poll RSS/Atom feeds and sitemaps, ingest new items, and log what changed (new story, new source, new conflict).')
    .argument('<feeds...>', 'feed or sitemap URLs (http/https)')
    .addOption(dbOption())
    .option('--enqueue', 'queue new items for `corroborate worker` (PostgreSQL) instead of ingesting here; default when CORROBORATE_WORKERS=1')
    .option('--every <duration>', 'time between rounds: 90s, 15m, 1h', '15m')
    .option('--once', 'one round, then exit (for cron); exit status 1 if a feed failed', false)
    .option('--per-host <n>', 'requests in flight at once to one host', String(DEFAULT_POLITE.perHost))
    .option('--timeout <duration>', 'time allowed for one request', '15s')
    .addHelpText(
      'after',
      `
Polite by default: conditional GET (ETag/Last-Modified kept in the collection), robots.txt obeyed,
retries with backoff, a failing feed is backed off and retried in a later round while the others go on.
What changed goes to stdout, one line each; feed status and failures go to stderr. Stop with Ctrl-C.

Examples:
  $ corroborate watch https://example.com/rss.xml https://example.org/atom.xml --every 15m
  $ corroborate watch https://example.com/news-sitemap.xml --once --db newsroom.sqlite`,
    )
    .action(async (feeds: string[], options: WatchOptions) => {
      process.exitCode = await runWatch(feeds, options);
    });
}

async function runWatch(feeds: string[], options: WatchOptions): Promise<number> {
  const every = parseDuration(options.every);
  const timeout = parseDuration(options.timeout);
  const perHost = Number(options.perHost);
  const bad = feeds.filter((feed) => !/^https?:\/\//i.test(feed));
  const problems = [
    ...(every === null ? [`--every must be a duration like 90s, 15m or 1h, got ${JSON.stringify(options.every)}`] : []),
    ...(timeout === null ? [`--timeout must be a duration like 15s, got ${JSON.stringify(options.timeout)}`] : []),
    ...(!Number.isInteger(perHost) || perHost < 1 ? [`--per-host must be a whole number >= 1, got ${JSON.stringify(options.perHost)}`] : []),
    ...bad.map((feed) => `not an http(s) feed URL: ${feed}`),
  ];
  if (problems.length > 0 || every === null || timeout === null) {
    process.stderr.write(problems.map((problem) => `corroborate: ${problem}\n`).join(''));
    return 2;
  }
  const polite = { ...DEFAULT_POLITE, perHost, fetch: { ...DEFAULT_POLITE.fetch, timeoutMs: timeout } };
  const handOff = workersConfigured(options.enqueue) ? feedHandOff(resolveDbLocation(options.db)) : undefined;
  if (handOff === null) return 2;
  const { pollFeeds } = await import('../../collection/watch-feeds.js');
  return withCollection(options.db, async (store) => {
    let stopping = false;
    let wake: (() => void) | undefined;
    const stop = () => {
      stopping = true;
      wake?.();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let failed = false;
    do {
      const outcomes = await pollFeeds(store, feeds, {
        handOff,
        polite,
        onFeed: (outcome) => process.stderr.write(`${describeFeed(outcome)}\n`),
        onArticle: (event) => event.status === 'failed' && process.stderr.write(`corroborate: ${event.source}: ${event.message}\n`),
        onStory: (change) => process.stdout.write(`${describeChange(change)}\n`),
      });
      failed = outcomes.some((outcome) => outcome.status === 'failed');
      if (options.once || stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, every).unref();
      });
    } while (!stopping);
    return options.once && failed ? 1 : 0;
  });
}

function describeFeed(outcome: FeedOutcome): string {
  switch (outcome.status) {
    case 'unchanged':
      return `feed ${outcome.url}: not modified`;
    case 'read':
      return `feed ${outcome.url}: ${outcome.items} item(s), ${outcome.fresh} new`;
    case 'failed':
      return `feed ${outcome.url}: failed (${outcome.message}); retrying after ${outcome.retryAt}`;
    case 'waiting':
      return `feed ${outcome.url}: backing off after failures until ${outcome.retryAt}`;
  }
}

function describeChange(change: StoryChange): string {
  switch (change.kind) {
    case 'new-story':
      return `new story\t${change.storyId}\t${change.title}`;
    case 'new-source':
      return `new source\t${change.storyId}\t${change.title}\t${change.articleIds.join(',')}`;
    case 'new-conflict':
      return `new conflict\t${change.storyId}\t${change.title}\t${change.about}`;
  }
}

/** "90s", "15m", "1h", "500ms" to milliseconds; null for anything else. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  const value = Number(match[1]) * unit;
  return value > 0 ? value : null;
}
