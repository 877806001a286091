import type { ExtractedContent } from '../extracted-content.js';
import { NO_DATE } from '../extracted-content.js';

/** Main text and metadata of an HTML page. */
export function extractHtml(html: string, _pageUrl: string | null): ExtractedContent {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim(); // placeholder until the extractor lands
  return { text, title: null, byline: null, outlet: null, published: NO_DATE, language: null, url: null, messages: [] };
}
