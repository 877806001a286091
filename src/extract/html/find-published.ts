import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import type { Message, Published } from '../../core/types.js';
import type { Block } from './collect-blocks.js';
import type { PageFacts } from './page-facts.js';
import { dateInText, dateInUrl, normalizeDate } from './parse-date.js';
import { regionHint } from './region-hints.js';
import { articleObjects } from './json-ld.js';

const META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date.published',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'publication_date', 'dc.date.issued',
  'dc.date', 'dcterms.issued', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'article.published',
];

// Regions around an article's dateline that the markup also calls "not the article": keep their dates.
const DATELINE_REGION = /(^|[^a-z])(header|meta|byline|author|date|time|info|dateline)([^a-z]|$)/i;

function depth(el: Element): number {
  let d = 0;
  for (let e = el.parent; e; e = e.parent) d++;
  return d;
}

function chainOf(el: Element): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parent && 'name' in e.parent ? e.parent : null) chain.push(e);
  return chain;
}

/**
 * How close an element sits to the article: the depth of its deepest common ancestor with the container,
 * or null when it is in a region the markup calls boilerplate (a sidebar, a teaser list) or more than
 * three levels above the container.
 */
function nearness(el: Element, container: Element, containerChain: Set<Element>): number | null {
  const chain = chainOf(el);
  const lca = chain.find((e) => containerChain.has(e));
  if (!lca) return null;
  const below = chain.slice(0, chain.indexOf(lca));
  if (below.some((e) => regionHint(e) < 0 && !DATELINE_REGION.test(`${e.name} ${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`))) return null;
  const d = depth(lca);
  return d < depth(container) - 3 ? null : d;
}

/** The `<time>` that dates the article, not a teaser's: the nearest to the container; page order breaks ties. */
function articleTime(times: Element[], container: Element): string | null {
  const containerChain = new Set(chainOf(container));
  let best: { value: string; depth: number } | null = null;
  for (const t of times) {
    const value = normalizeDate(t.attribs.datetime ?? textContent(t));
    const d = value ? nearness(t, container, containerChain) : null;
    if (!value || d === null) continue;
    if (t.attribs.itemprop === 'datePublished' || 'pubdate' in t.attribs) return value;
    if (!best || d > best.depth) best = { value, depth: d };
  }
  return best?.value ?? null;
}

export function findPublished(
  facts: PageFacts,
  container: Element | null,
  urls: Array<string | null>,
  lead: Block[],
): { published: Published; messages: Message[] } {
  for (const obj of articleObjects(facts.jsonLd)) {
    const value = typeof obj.datePublished === 'string' ? normalizeDate(obj.datePublished) : null;
    if (value) return { published: { value, from: 'jsonld' }, messages: [] };
  }
  for (const key of META_KEYS) {
    const raw = facts.meta.get(key);
    const value = raw ? normalizeDate(raw) : null;
    if (value) return { published: { value, from: 'meta' }, messages: [] };
  }
  const time = container ? articleTime(facts.times, container) : null;
  if (time) return { published: { value: time, from: 'time' }, messages: [] };
  for (const url of urls) {
    const value = url ? dateInUrl(url) : null;
    if (value) {
      return {
        published: { value, from: 'url' },
        messages: [{ rule: 'date-from-url', severity: 'info', message: 'publication date guessed from the URL', text: url ?? undefined }],
      };
    }
  }
  const containerChain = new Set(container ? chainOf(container) : []);
  for (const { text, owner } of lead) {
    const value = container && text.length < 200 && nearness(owner, container, containerChain) !== null ? dateInText(text) : null;
    if (value) {
      return {
        published: { value, from: 'text' },
        messages: [{ rule: 'date-from-text', severity: 'info', message: 'publication date guessed from a date line near the top of the article', text }],
      };
    }
  }
  return { published: { value: null, from: null }, messages: [] };
}
