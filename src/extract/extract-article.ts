import { createHash } from 'node:crypto';
import type { ExtractedArticle, Message, RawDocument } from '../core/types.js';
import { decodeBytes } from './charset/decode-bytes.js';
import { detectLanguage } from './detect-language.js';
import type { ExtractedContent } from './extracted-content.js';
import { extractHtml } from './html/extract-html.js';
import { extractText } from './text/extract-text.js';

export type ExtractResult = { article: ExtractedArticle } | { failure: string };

/** Longest text an extractor is given; larger pages are cut here and a message says so. */
export const MAX_DECODED_CHARS = 5_000_000;

/** One raw document to a clean article. Pure: decoding, extraction, declared fields, language, id. */
export function extractArticle(raw: RawDocument): ExtractResult {
  let source: string;
  const messages: Message[] = [...raw.messages];
  if (typeof raw.body === 'string') {
    source = raw.body;
  } else {
    const decoded = decodeBytes(raw.body, { headerCharset: raw.headerCharset, html: raw.format === 'html' });
    if ('error' in decoded) return { failure: decoded.error };
    source = decoded.text;
    messages.push(...decoded.messages);
  }
  if (source.length > MAX_DECODED_CHARS) {
    messages.push({
      rule: 'page-truncated',
      severity: 'warning',
      message: `page is ${source.length.toLocaleString('en')} characters; only the first ${MAX_DECODED_CHARS.toLocaleString('en')} were read`,
    });
    source = source.slice(0, MAX_DECODED_CHARS);
  }
  if (source.trim() === '') return { failure: 'empty: no text at all' };
  const pageUrl = raw.declared.url ?? raw.finalUrl ?? null;
  const content = raw.format === 'html' ? extractHtml(source, pageUrl) : extractText(source);
  if (content.text.trim() === '') return { failure: 'no article text found (the page holds only boilerplate)' };
  return { article: applyDeclared(raw, content, [...messages, ...content.messages]) };
}

function applyDeclared(raw: RawDocument, content: ExtractedContent, messages: Message[]): ExtractedArticle {
  const { declared } = raw;
  const url = declared.url ?? content.url ?? raw.finalUrl ?? (/^https?:/.test(raw.source) ? raw.source : null);
  const title = declared.title ?? content.title;
  const published = declared.published ? { value: declared.published, from: 'declared' as const } : content.published;
  if (!published.value) messages.push({ rule: 'no-date', severity: 'warning', message: 'no publication date found' });
  const detected = content.language ? null : detectLanguage(content.text);
  if (detected) messages.push(detected.message);
  return {
    id: declared.id ?? articleId(url, title, content.text),
    source: raw.source,
    url,
    outlet: declared.outlet ?? content.outlet,
    title,
    byline: declared.byline ?? content.byline,
    published,
    language: content.language ?? detected?.language ?? null,
    text: content.text,
    messages,
  };
}

/** Stable id from what the article is: its URL, title and body (so a re-ingest finds the same id). */
export function articleId(url: string | null, title: string | null, text: string): string {
  const hash = createHash('sha256').update(`${url ?? ''}\n${title ?? ''}\n${text}`).digest('hex');
  return `a-${hash.slice(0, 16)}`;
}
