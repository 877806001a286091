import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const BODY = `<p>The regional orchestra announced on Friday that it will tour four coastal towns next spring, the first tour since the concert hall closed for repairs two years ago.</p>
<p>Tickets go on sale next month, and the orchestra said children under twelve will be admitted free to every afternoon concert of the tour.</p>`;

function page(head: string, article: string, url = 'https://news.example/culture/orchestra-tour'): ReturnType<typeof extractHtml> {
  return extractHtml(`<html><head>${head}</head><body><main><article>${article}</article></main></body></html>`, url);
}

const JSONLD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Orchestra to tour","datePublished":"2024-03-01T09:30:00+01:00","author":{"@type":"Person","name":"Ada Quill"},"publisher":{"@type":"Organization","name":"Valley News"}}</script>`;
const META = `<meta property="article:published_time" content="2024-03-02">`;
const TIME = `<header><time datetime="2024-03-03">3 March 2024</time></header>`;

describe('publication date: order of trust', () => {
  it('JSON-LD beats meta, <time> and URL', () => {
    const r = page(JSONLD + META, TIME + BODY, 'https://news.example/2024/03/04/orchestra');
    expect(r.published).toEqual({ value: '2024-03-01T09:30:00+01:00', from: 'jsonld' });
    expect(r.byline).toBe('Ada Quill');
    expect(r.outlet).toBe('Valley News');
  });

  it('meta beats <time> and URL', () => {
    expect(page(META, TIME + BODY, 'https://news.example/2024/03/04/orchestra').published).toEqual({ value: '2024-03-02', from: 'meta' });
  });

  it('<time> in the article beats the URL', () => {
    expect(page('', TIME + BODY, 'https://news.example/2024/03/04/orchestra').published).toEqual({ value: '2024-03-03', from: 'time' });
  });

  it('falls back to the URL and says it guessed', () => {
    const r = page('', BODY, 'https://news.example/2024/03/04/orchestra');
    expect(r.published).toEqual({ value: '2024-03-04', from: 'url' });
    expect(r.messages.map((m) => m.rule)).toContain('date-from-url');
  });

  it('falls back to a date line above the article', () => {
    const r = page('', `<p class="dateline">Published March 5, 2024</p>${BODY}`);
    expect(r.published).toEqual({ value: '2024-03-05', from: 'text' });
  });

  it('gives no date when there is none, rather than inventing one', () => {
    expect(page('', BODY).published).toEqual({ value: null, from: null });
  });

  it('ignores broken JSON-LD and goes on to the next source', () => {
    expect(page(`<script type="application/ld+json">{"datePublished": "2024-</script>${META}`, BODY).published.from).toBe('meta');
  });
});

describe('publication date: a misleading date in a sidebar', () => {
  const sidebar = `<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Pier closes for winter</a> <time datetime="2019-07-14">14 July 2019</time></li></ul></aside>`;

  it('does not take the sidebar date when the article has none', () => {
    const html = `<html><body><main>${sidebar}<article>${BODY}</article></main></body></html>`;
    expect(extractHtml(html, null).published).toEqual({ value: null, from: null });
  });

  it('takes the article date over a sidebar date that comes first in the page', () => {
    const html = `<html><body><main>${sidebar}<article><div class="meta"><time datetime="2024-03-03T08:00:00Z">3 March</time></div>${BODY}</article></main></body></html>`;
    expect(extractHtml(html, null).published).toEqual({ value: '2024-03-03T08:00:00Z', from: 'time' });
  });
});
