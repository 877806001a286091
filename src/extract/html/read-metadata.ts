import { textContent } from 'domutils';
import { decodeHTML } from 'entities';
import type { Message } from '../../core/types.js';
import { articleObjects, nameOf } from './json-ld.js';
import type { PageFacts } from './page-facts.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  language: string | null;
  url: string | null;
  messages: Message[];
}

// JSON-LD and some meta values carry HTML entities ("&#163;71.6m"): decoded here, once.
const squash = (s: string): string => decodeHTML(s).replace(/\s+/g, ' ').trim();

function resolve(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

// A byline is a name or a few, not a sentence; prefixes like "By" are the only words dropped.
function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  const s = squash(raw).replace(/^(by|von|par|por|di|door)\s+/i, '');
  if (!s || s.length > 100 || /^https?:/.test(s) || /[.!?]\s/.test(s)) return null;
  return s;
}

function firstString(values: Array<string | null | undefined>): string | null {
  for (const v of values) if (v && v.trim()) return squash(v);
  return null;
}

// A language tag's shape (BCP 47: "en", "de-DE", "zh-Hant-TW"), and what pages put there instead: "lang=" from
// a template that quoted twice, "English", "{{ lang }}". Only the shape is checked, not the registry.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A declared language if it has a language tag's shape; anything else counts as undeclared (then detected from the text). */
function languageTag(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && LANGUAGE_TAG.test(trimmed) ? trimmed : null;
}

/** Title, byline, outlet, language and canonical URL, each from the most trusted source that has it. */
export function readMetadata(facts: PageFacts, pageUrl: string | null): PageMetadata {
  const messages: Message[] = [];
  const ld = articleObjects(facts.jsonLd);
  const m = facts.meta;
  const h1 = facts.h1s.map((e) => squash(textContent(e))).find((t) => t.length > 0);

  const title = firstString([...ld.map((o) => (typeof o.headline === 'string' ? o.headline : null)), m.get('og:title'), m.get('twitter:title'), h1, facts.titleTag]);

  let byline = cleanByline(firstString([...ld.map((o) => nameOf(o.author)), m.get('author'), m.get('article:author'), m.get('dc.creator'), m.get('parsely-author'), m.get('byl')]));
  if (!byline) {
    byline = facts.authorElements.map((e) => cleanByline(textContent(e))).find((b) => b !== null) ?? null;
    if (byline) messages.push({ rule: 'byline-from-page', severity: 'info', message: 'byline read from an author element of the page', text: byline });
  }
  if (!byline) messages.push({ rule: 'no-byline', severity: 'info', message: 'no byline found' });

  const url = firstString([facts.canonical ? resolve(facts.canonical, pageUrl) : null, m.get('og:url')]);

  let outlet = firstString([m.get('og:site_name'), ...ld.map((o) => nameOf(o.publisher)), m.get('application-name')]);
  const host = url ?? pageUrl;
  if (!outlet && host) {
    try {
      outlet = new URL(host).hostname.replace(/^www\d*\./, '') || null;
      if (outlet) messages.push({ rule: 'outlet-from-host', severity: 'info', message: 'outlet guessed from the host name', text: outlet });
    } catch {
      outlet = null;
    }
  }

  const locale = m.get('og:locale')?.replace('_', '-');
  const language = firstString([facts.htmlLang, m.get('content-language'), m.get('language'), m.get('dc.language'), locale].map(languageTag));

  return { title, byline, outlet, language, url, messages };
}
