import { describe, expect, it } from 'vitest';
import { dossierSchema } from '../core/dossier-schema.js';
import { sampleDossier } from '../../test/fixtures/dossier/sample-dossier.js';
import { highlightedText } from './html/highlight.js';
import { dayOf } from './html/timeline-chart.js';
import { storyHtml } from './html/story.js';
import { renderHtml } from './html/render-html.js';

describe('renderHtml', () => {
  const dossier = sampleDossier();
  const html = renderHtml(dossier);

  it('uses a valid invented dossier', () => {
    expect(dossierSchema.safeParse(dossier).success).toBe(true);
  });

  it('is one self-contained file with a CSP that allows no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toMatch(/<link |<script|src="http|href="\/\//);
  });

  it('escapes article text, titles and bylines', () => {
    expect(html).not.toContain('<script>window');
    expect(html).not.toMatch(/<img /);
    expect(html).not.toMatch(/<svg onload/);
    expect(html).toContain('&lt;script&gt;window.__pwned = true;');
    expect(html).toContain('onerror=&quot;window.__pwned=true;alert(1)&quot;');
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });

  it('shows summary, conflict sides, timeline chart, quotes, people, copy graph and drift', () => {
    expect(html).toMatch(/<h4>Established<\/h4><ul><li>The bridge closes from March 3, 2025 <span class="badge ok">2 independent sources/);
    expect(html).toMatch(/<div class="sides"><blockquote><p>“will close for 14 days”<\/p><footer><a href="#article-art-herald">Northport Herald/);
    expect(html).toContain('<svg class="timeline-chart"');
    expect((html.match(/<g class="event">/g) ?? []).length).toBe(3);
    expect(html).toMatch(/<div class="speaker"><h4>Lena Brandt<\/h4>/);
    expect(html).toContain('<svg class="copy-graph"');
    expect(html).toContain('<del>could fail</del>');
    expect(html).toContain('<ins>will fail</ins>');
    expect(html).toContain('<details class="messages"><summary>1 extraction messages</summary>');
  });
});

describe('highlightedText', () => {
  it('marks overlapping items by offset and keeps paragraphs', () => {
    const article = sampleDossier().articles[0]!;
    const out = highlightedText(article);
    expect(out.split('<p>').length - 1).toBe(2);
    expect(out).toContain('<mark class="hl-date" title="date: 2025-03-03">March 3, 2025</mark>');
    expect(out).toMatch(/<mark class="hl-entity" title="place: Northport">Northport<\/mark>/);
    expect(out).toContain('<mark class="hl-quote" title="quote: Lena Brandt">The cables could fail within a year</mark>');
  });

  it('cuts overlapping marks into pieces carrying both classes', () => {
    const base = sampleDossier().articles[0]!;
    const text = '"Brandt will decide," she said.';
    const article = { ...base, text, dates: [], quotes: [{ ...base.quotes[0]!, start: 1, end: 19 }], entities: [{ ...base.entities[0]!, start: 1, end: 7 }] };
    expect(highlightedText(article)).toBe(
      '<p>&quot;<mark class="hl-quote hl-entity" title="quote: Lena Brandt; person: Lena Brandt (Mayor)">Brandt</mark><mark class="hl-quote" title="quote: Lena Brandt"> will decide</mark>,&quot; she said.</p>',
    );
  });

  it('ignores spans outside the text', () => {
    const article = { ...sampleDossier().articles[0]!, dates: [{ text: 'x', start: 5000, end: 5001, value: '2020', anchor: 'none' as const }] };
    expect(highlightedText(article)).not.toContain('2020');
  });
});

describe('dayOf', () => {
  it('places TIMEX3 calendar values and refuses the rest', () => {
    expect(dayOf('2024-06-19')).toBe(Date.UTC(2024, 5, 19) / 86_400_000);
    expect(dayOf('2024')).toBe(Date.UTC(2024, 0, 1) / 86_400_000);
    expect(dayOf('PAST_REF')).toBeNull();
  });
});

describe('storyHtml with an article limit', () => {
  it('shows the first articles in full and links the rest', () => {
    const dossier = sampleDossier();
    const html = storyHtml(dossier, dossier.stories[0]!, (id) => `/stories/${id}`, 2);
    expect((html.match(/<article class="article"/g) ?? []).length).toBe(2);
    expect(html).toContain('<h4>2 more articles</h4>');
    expect(html).toContain('<a href="/articles/art-ledger">Bridge shut for three weeks</a>');
    expect(html).toContain('Bridge &lt;img src=x onerror=');
  });
});
