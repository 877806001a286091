import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const para = (n: number): string =>
  `<p>The harbour council met on Tuesday evening to discuss paragraph ${n} of the plan, which sets out new moorings, a longer breakwater and fees for visiting boats, and members argued about the cost for more than an hour.</p>`;

const NEWS_PAGE = `<!doctype html><html lang="en-GB"><head><title>Harbour plan approved | Coastline Gazette</title>
<meta property="og:site_name" content="Coastline Gazette"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience, and by continuing to browse you agree to our use of cookies.</p></div>
<main><article>
<h1>Harbour plan approved after long debate</h1>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a></div>
${para(1)}
<figure><img src="boats.jpg"><figcaption>Boats in the harbour at dawn. Photo: Jane Roe</figcaption></figure>
${para(2)}
<div class="ad-slot"><span>Advertisement</span></div>
<h2>What happens next</h2>
${para(3)}
${para(4)}
<section class="comments"><h3>Comments</h3><p>I have lived here for forty years and this is the worst decision the council has ever made, honestly.</p></section>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry timetable changes for the winter season</a></li><li><a href="/b">Lifeboat crew rescues two walkers</a></li></ul></aside>
</main>
<footer><p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>`;

describe('extractHtml: body', () => {
  const result = extractHtml(NEWS_PAGE, 'https://gazette.example/news/harbour-plan');

  it('keeps the article paragraphs in order, separated by blank lines', () => {
    const paragraphs = result.text.split('\n\n');
    const numbered = paragraphs.filter((p) => p.startsWith('The harbour council'));
    expect(numbered.map((p) => /paragraph (\d)/.exec(p)?.[1])).toEqual(['1', '2', '3', '4']);
  });

  it('keeps a heading inside the article as its own paragraph', () => {
    expect(result.text.split('\n\n')).toContain('What happens next');
  });

  it('drops navigation, cookie banner, share widget, ad label, caption, comments, related block and footer', () => {
    for (const junk of ['Home', 'cookies', 'Share on Facebook', 'Advertisement', 'Photo: Jane Roe', 'worst decision', 'Ferry timetable', 'Privacy']) {
      expect(result.text).not.toContain(junk);
    }
  });

  it('does not repeat the headline in the body', () => {
    expect(result.text).not.toContain('Harbour plan approved after long debate');
    expect(result.title).toBe('Harbour plan approved after long debate');
  });

  it('summarises what was removed in one message', () => {
    const removed = result.messages.filter((m) => m.rule === 'boilerplate-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.message).toMatch(/^\d+ blocks/);
  });

  it('reads outlet and language, and says the byline is missing', () => {
    expect(result.outlet).toBe('Coastline Gazette');
    expect(result.language).toBe('en-GB');
    expect(result.messages.map((m) => m.rule)).toContain('no-byline');
  });

  it.each([
    ['<html lang="lang="de-DE"">', '<meta http-equiv="content-language" content="de-AT">', 'de-AT'],
    ['<html lang="{{ lang }}">', '', null],
    ['<html lang="English">', '<meta property="og:locale" content="en_US">', 'en-US'],
  ])('passes over a declaration %s that is no language tag', (htmlTag, meta, language) => {
    const paragraph = '<p>The council met on Monday to discuss the budget, and the mayor said the vote would follow in a week.</p>';
    expect(extractHtml(`${htmlTag}<head>${meta}</head><body><article>${paragraph}</article></body></html>`, null).language).toBe(language);
  });
});

describe('extractHtml: pages that are not articles', () => {
  it('returns empty text for a page that is all navigation', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`).join('');
    const page = `<html><body><nav><ul>${links}</ul></nav><div class="menu"><a href="/x">More sections</a> <a href="/y">Archive</a></div><footer><a href="/c">Contact</a></footer></body></html>`;
    expect(extractHtml(page, null).text).toBe('');
  });

  it('reads broken HTML with unclosed tags without throwing', () => {
    const page = `<html><body><div class="story"><p>The bakery on Mill Street reopened on Monday, three months after the fire that destroyed its ovens, and queues formed before dawn.<p>Its owner said the neighbours had raised the money for new ovens, and thanked them with free bread for a week.<div><b>Unclosed bold<i>and italic`;
    const result = extractHtml(page, null);
    expect(result.text).toContain('The bakery on Mill Street reopened');
    expect(result.text).toContain('Its owner said the neighbours');
    expect(result.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
  });
});

describe('extractHtml: metadata', () => {
  it('decodes entities in JSON-LD values and prefers the canonical URL', () => {
    const page = `<html><head><link rel="canonical" href="/news/transfer"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Club pays &#163;20m for keeper"}</script></head><body><p>x</p></body></html>`;
    const r = extractHtml(page, 'https://sport.example/amp/news/transfer?utm=1');
    expect(r.title).toBe('Club pays £20m for keeper');
    expect(r.url).toBe('https://sport.example/news/transfer');
    expect(r.outlet).toBe('sport.example');
    expect(r.messages.map((m) => m.rule)).toContain('outlet-from-host');
  });
});
