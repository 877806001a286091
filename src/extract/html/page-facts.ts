import { isTag, type Document, type Element } from 'domhandler';
import { textContent } from 'domutils';

/** The elements metadata is read from, gathered in one walk over the page. */
export interface PageFacts {
  /** `<meta>` content by lower-cased property / name / itemprop / http-equiv; the first one wins. */
  meta: Map<string, string>;
  /** Parsed JSON-LD objects, @graph and arrays flattened. */
  jsonLd: Record<string, unknown>[];
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  h1s: Element[];
  times: Element[];
  /** Elements the markup marks as the author (rel=author, itemprop=author, class/id "byline"). */
  authorElements: Element[];
  body: Element | null;
}

function flattenJsonLd(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) value.forEach((v) => flattenJsonLd(v, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) flattenJsonLd(obj['@graph'], out);
  }
}

export function gatherFacts(doc: Document): PageFacts {
  const facts: PageFacts = {
    meta: new Map(), jsonLd: [], canonical: null, htmlLang: null, titleTag: null, h1s: [], times: [], authorElements: [], body: null,
  };
  const visit = (el: Element): void => {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        facts.htmlLang ??= a.lang?.trim() || a['xml:lang']?.trim() || null;
        break;
      case 'body':
        facts.body ??= el;
        break;
      case 'title':
        facts.titleTag ??= textContent(el).replace(/\s+/g, ' ').trim() || null;
        return;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase().trim();
        const content = a.content?.trim();
        if (key && content && !facts.meta.has(key)) facts.meta.set(key, content);
        break;
      }
      case 'link':
        if (a.rel?.toLowerCase().split(/\s+/).includes('canonical') && a.href) facts.canonical ??= a.href.trim();
        break;
      case 'script':
        if (a.type?.toLowerCase().includes('ld+json')) {
          try {
            flattenJsonLd(JSON.parse(textContent(el)), facts.jsonLd);
          } catch {
            // Broken JSON-LD is common and harmless: the other sources of metadata remain.
          }
        }
        return;
      case 'h1':
        facts.h1s.push(el);
        break;
      case 'time':
        facts.times.push(el);
        break;
    }
    if (a.rel === 'author' || a.itemprop === 'author' || /\bbyline\b/i.test(`${a.class ?? ''} ${a.id ?? ''}`)) facts.authorElements.push(el);
    for (const child of el.children) if (isTag(child)) visit(child);
  };
  for (const child of doc.children) if (isTag(child)) visit(child);
  return facts;
}
