import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';

/** One entry of a feed or sitemap: the page to fetch, and what the feed says about it. */
export interface FeedItem {
  url: string;
  title?: string;
  /** ISO date-time from the feed (pubDate, updated, lastmod), when it gives a valid one. */
  published?: string;
}

export type ParsedFeed = { items: FeedItem[]; sitemaps: string[] } | { error: string };

/**
 * The items of an RSS, Atom, RDF or JSON feed (parsed by feedsmith), or the URLs of an XML sitemap
 * (`urlset`, with `news:` fields where present) or a sitemap index (whose child sitemaps are returned
 * to be fetched in turn). Relative links resolve against the feed's URL.
 */
export function parseFeedItems(body: string, feedUrl: string): ParsedFeed {
  if (/<(\w+:)?(urlset|sitemapindex)[\s>]/.test(body.slice(0, 2000))) return parseSitemap(body, feedUrl);
  let parsed;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    return { error: `not a readable RSS, Atom or JSON feed (${(error as Error).message})` };
  }
  const raw: { link?: string; title?: string; date?: string }[] = [];
  const { feed } = parsed;
  if (parsed.format === 'atom') {
    for (const entry of parsed.feed.entries ?? []) {
      const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? entry.links?.[0]?.href;
      raw.push({ link, title: textOf(entry.title), date: entry.published ?? entry.updated });
    }
  } else if (parsed.format === 'json') {
    for (const item of parsed.feed.items ?? []) raw.push({ link: item.url ?? item.external_url, title: item.title, date: item.date_published });
  } else {
    for (const item of ('items' in feed ? feed.items : undefined) ?? []) {
      const entry = item as { link?: string; title?: string; pubDate?: string; dc?: { date?: string; dates?: string[] } };
      raw.push({ link: entry.link, title: entry.title, date: entry.pubDate ?? entry.dc?.date ?? entry.dc?.dates?.[0] });
    }
  }
  return { items: raw.flatMap((entry) => toItem(entry.link, entry.title, entry.date, feedUrl)), sitemaps: [] };
}

function parseSitemap(body: string, feedUrl: string): ParsedFeed {
  let document: Record<string, unknown>;
  try {
    document = new XMLParser({ removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap' }).parse(body) as Record<string, unknown>;
  } catch (error) {
    return { error: `not a readable sitemap (${(error as Error).message})` };
  }
  type Entry = { loc?: string; lastmod?: string; news?: { title?: string; publication_date?: string } };
  const urlset = document.urlset as { url?: Entry[] } | undefined;
  const index = document.sitemapindex as { sitemap?: Entry[] } | undefined;
  const items = (urlset?.url ?? []).flatMap((entry) => toItem(entry.loc, entry.news?.title, entry.news?.publication_date ?? entry.lastmod, feedUrl));
  const sitemaps = (index?.sitemap ?? []).flatMap((entry) => toItem(entry.loc, undefined, undefined, feedUrl).map((item) => item.url));
  return { items, sitemaps };
}

function toItem(link: string | undefined, title: string | undefined, date: string | undefined, base: string): FeedItem[] {
  if (!link) return [];
  let url: URL;
  try {
    url = new URL(String(link).trim(), base);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  url.hash = '';
  const time = date ? Date.parse(String(date)) : NaN;
  return [{ url: url.href, ...(title ? { title: String(title).trim() } : {}), ...(Number.isNaN(time) ? {} : { published: new Date(time).toISOString() }) }];
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return undefined;
}
