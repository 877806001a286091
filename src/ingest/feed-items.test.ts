import { describe, expect, it } from 'vitest';
import { parseFeedItems } from './feed-items.js';

const base = 'https://news.example/feeds/main.xml';

describe('parseFeedItems', () => {
  it('reads RSS items: absolute and relative links, pubDate as ISO, fragments dropped', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
      <item><title> Ferry sinks </title><link>https://news.example/a/1#top</link><pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate></item>
      <item><title>Relative</title><link>/a/2</link></item>
      <item><title>Mail</title><link>mailto:desk@news.example</link></item>
      <item><title>No link</title></item>
    </channel></rss>`;
    expect(parseFeedItems(rss, base)).toEqual({
      items: [
        { url: 'https://news.example/a/1', title: 'Ferry sinks', published: '2024-06-18T10:00:00.000Z' },
        { url: 'https://news.example/a/2', title: 'Relative' },
      ],
      sitemaps: [],
    });
  });

  it('reads Atom entries by their alternate link', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><id>1</id><title>Bridge closed</title><link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="https://news.example/b/1"/>
      <updated>2024-06-18T10:00:00Z</updated></entry></feed>`;
    const parsed = parseFeedItems(atom, base);
    expect('items' in parsed && parsed.items).toEqual([{ url: 'https://news.example/b/1', title: 'Bridge closed', published: '2024-06-18T10:00:00.000Z' }]);
  });

  it('reads sitemaps (news fields where present) and sitemap indexes', () => {
    const urlset = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example/c/1</loc><news:news><news:title>Storm</news:title><news:publication_date>2024-06-19</news:publication_date></news:news></url>
      <url><loc>https://news.example/c/2</loc><lastmod>2024-06-20T08:00:00+02:00</lastmod></url></urlset>`;
    expect(parseFeedItems(urlset, base)).toEqual({
      items: [
        { url: 'https://news.example/c/1', title: 'Storm', published: '2024-06-19T00:00:00.000Z' },
        { url: 'https://news.example/c/2', published: '2024-06-20T06:00:00.000Z' },
      ],
      sitemaps: [],
    });
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s/2024-06.xml</loc></sitemap></sitemapindex>`;
    expect(parseFeedItems(index, base)).toEqual({ items: [], sitemaps: ['https://news.example/s/2024-06.xml'] });
  });

  it('says what is wrong with something that is not a feed', () => {
    expect(parseFeedItems('<html><body>Hello</body></html>', base)).toEqual({ error: expect.stringMatching(/not a readable RSS, Atom or JSON feed/) });
    expect(parseFeedItems('{ broken', base)).toHaveProperty('error');
  });
});
