import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLITE } from '../ingest/feed-fetcher.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { StoryChange } from './story-changes.js';
import { type FeedOutcome, pollFeeds } from './watch-feeds.js';

// A small news site on 127.0.0.1: an RSS feed with an ETag, an Atom feed with Last-Modified, a
// sitemap, a slow feed, a broken one, and robots.txt keeping crawlers out of /private/.
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const PAGES: Record<string, string> = {
  '/news/tide.html': page('Tide gauge breaks record', 'The harbour tide gauge recorded its highest level since 1953 on Monday.\nEngineers said the seawall held.'),
  '/news/bridge.html': page('Bridge reopens after repairs', 'The old swing bridge reopened to traffic on Tuesday after six weeks of repairs.\nCyclists welcomed the new lane.'),
  '/news/school.html': page('School roof repaired before term', 'Builders finished the school roof on Friday, the council said.\nLessons start on Monday as planned.'),
  '/news/market.html': page('Night market returns to the quay', 'The night market returned to the quay on Saturday after a two-year break.\nStallholders reported brisk trade.'),
  '/private/draft.html': page('Draft', 'Not for crawlers.'),
};
const rss = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
  <item><title>Tide</title><link>${origin}/news/tide.html</link><pubDate>Mon, 17 Jun 2024 09:00:00 GMT</pubDate></item>
  <item><title>Bridge</title><link>/news/bridge.html</link></item>
  <item><title>Draft</title><link>/private/draft.html</link></item></channel></rss>`;
const atom = (origin: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title>
  <entry><id>school</id><title>School</title><link href="${origin}/news/school.html"/><updated>2024-06-18T10:00:00Z</updated></entry></feed>`;
const sitemap = (origin: string) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/news/market.html</loc></url></urlset>`;
const ATOM_MODIFIED = 'Tue, 18 Jun 2024 10:00:00 GMT';

const requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let origin = '';
const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  requests.push({ path, headers: req.headers });
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    setTimeout(() => {
      inFlight--;
      res.writeHead(status, headers).end(body);
    }, 20); // every response takes a moment, so overlapping requests show in maxInFlight
  };
  if (path === '/robots.txt') return send(200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
  if (path === '/rss.xml') {
    if (req.headers['if-none-match'] === '"rss-1"') return send(304, '');
    return send(200, rss(origin), { 'content-type': 'application/rss+xml', etag: '"rss-1"' });
  }
  if (path === '/atom.xml') {
    if (req.headers['if-modified-since'] === ATOM_MODIFIED) return send(304, '');
    return send(200, atom(origin), { 'content-type': 'application/atom+xml', 'last-modified': ATOM_MODIFIED });
  }
  if (path === '/sitemap.xml') return send(200, sitemap(origin), { 'content-type': 'application/xml' });
  if (path === '/broken.xml') return send(200, 'this is not a feed { at all', { 'content-type': 'application/xml' });
  if (path === '/slow.xml') {
    const timer = setTimeout(() => send(200, rss(origin), { 'content-type': 'application/rss+xml' }), 4000);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableEnded) inFlight--; // the client gave up: the request is no longer in flight
    });
    return;
  }
  const html = PAGES[path];
  return html ? send(200, html, { 'content-type': 'text/html; charset=utf-8' }) : send(404, 'not found');
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const polite = { ...DEFAULT_POLITE, perHost: 2, retries: 1, retryBaseMs: 10, fetch: { ...DEFAULT_POLITE.fetch, timeoutMs: 1000 } }; // roomy: a loaded CI machine must not time out the fast pages

describe('pollFeeds against feeds on 127.0.0.1', () => {
  it('ingests new items, obeys robots.txt and the per-host limit, reports failing feeds while the others go on, then uses conditional GET', async () => {
    const store = await createSqliteStore(join(dir, 'watch.sqlite'));
    const feeds = ['/rss.xml', '/atom.xml', '/sitemap.xml', '/slow.xml', '/broken.xml'].map((path) => `${origin}${path}`);
    const changes: StoryChange[] = [];
    const first = await pollFeeds(store, feeds, { polite, onStory: (change) => changes.push(change) });

    const status = (outcomes: FeedOutcome[]) => Object.fromEntries(outcomes.map((o) => [new URL(o.url).pathname, o.status]));
    expect(status(first)).toEqual({ '/rss.xml': 'read', '/atom.xml': 'read', '/sitemap.xml': 'read', '/slow.xml': 'failed', '/broken.xml': 'failed' });
    expect(first.find((o) => o.url.endsWith('/slow.xml'))).toEqual(expect.objectContaining({ message: expect.stringMatching(/timed out/) }));
    expect(first.find((o) => o.url.endsWith('/broken.xml'))).toEqual(expect.objectContaining({ message: expect.stringMatching(/not a readable/) }));
    expect(requests.filter((r) => r.path === '/slow.xml')).toHaveLength(2); // one retry after the timeout
    expect(requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
    expect(maxInFlight).toBeLessThanOrEqual(2);

    const stored = await store.existingUrls(Object.keys(PAGES).map((path) => `${origin}${path}`));
    expect(stored.map((url) => new URL(url).pathname).sort()).toEqual(['/news/bridge.html', '/news/market.html', '/news/school.html', '/news/tide.html']);
    expect(changes.filter((c) => c.kind === 'new-story')).toHaveLength(4);
    const tide = (await store.search({ text: 'tide gauge' })).items[0];
    expect(tide?.published).toBe('2024-06-17T09:00:00.000Z'); // the feed's date, declared
    expect(await store.getFeedState(`${origin}/slow.xml`)).toEqual(expect.objectContaining({ failures: 1, lastError: expect.stringMatching(/timed out/) }));

    // Second round: the feeds answer 304 to the stored validators; the failing ones wait out their backoff.
    requests.length = 0;
    changes.length = 0;
    const second = await pollFeeds(store, feeds, { polite, onStory: (change) => changes.push(change) });
    expect(status(second)).toEqual({ '/rss.xml': 'unchanged', '/atom.xml': 'unchanged', '/sitemap.xml': 'read', '/slow.xml': 'waiting', '/broken.xml': 'waiting' });
    expect(requests.find((r) => r.path === '/rss.xml')?.headers['if-none-match']).toBe('"rss-1"');
    expect(requests.find((r) => r.path === '/atom.xml')?.headers['if-modified-since']).toBe(ATOM_MODIFIED);
    expect(requests.some((r) => r.path.startsWith('/news/'))).toBe(false); // known URLs are not fetched again
    expect(changes).toEqual([]);
    expect((await store.stats()).articles).toBe(4);

    // Once the backoff has passed, a failing feed is tried again.
    const later = await pollFeeds(store, [`${origin}/broken.xml`], { polite, now: () => new Date(Date.now() + 2 * 3_600_000) });
    expect(later.map((o) => o.status)).toEqual(['failed']);
    expect((await store.getFeedState(`${origin}/broken.xml`))?.failures).toBe(2);
    await store.close();
  });
});
