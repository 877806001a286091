import type { Published } from '../../core/types.js';
import { readDateLine } from './date-line.js';
import { bareText, endsSentence, isHeadline, isNameLike, isProse, wordCount } from './line-shape.js';
import { lineText, removeBlock, takeLine, type TextPage } from './text-page.js';

/** What the text extractor reads about the article besides its body. */
export interface TextMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: Published;
}

/** How far down a page the header (title, dateline, byline) may reach before the body has begun. */
const HEADER_LINES = 8;

/**
 * Reads the lines above the body: the first date line is the publication date, the first headline the
 * title, a line of capitalised names (or "By ...") the byline, and a very short line that is none of
 * these (a section name, a photo credit) is removed. A standfirst (a sentence, or a headline after the
 * title) stays in the body: it is the outlet's own text, and losing text is worse than keeping it.
 * The header ends at the first paragraph of prose.
 */
export function readHeader(page: TextPage, meta: TextMetadata): void {
  const end = Math.min(page.lines.length, HEADER_LINES);
  for (let index = 0; index < end; index++) {
    if (page.claimed.has(index)) continue;
    const text = bareText(lineText(page, index));
    const words = wordCount(text);
    if (isProse(text) || (endsSentence(text) && words >= 20)) return;
    readHeaderLine(page, meta, index, text, words);
  }
}

function readHeaderLine(page: TextPage, meta: TextMetadata, index: number, text: string, words: number): void {
  const date = readDateLine(text);
  if (date) {
    if (!meta.published.value && date.hasYear) {
      meta.published = { value: date.value, from: 'text' };
      takeLine(page, index, 'date-from-text', `publication date ${date.value} read from a date line above the body`);
    } else {
      removeBlock(page, [index], 'date line above the body that is not the publication date (one was read already, or it has no year)');
    }
    return;
  }
  const byPrefix = /^by\s+(.+?)[.,]?$/i.exec(text);
  if (byPrefix && words <= 8 && !meta.byline) {
    meta.byline = byPrefix[1]!;
    takeLine(page, index, 'byline-from-text', `byline "${meta.byline}" read from a "By" line above the body`);
    return;
  }
  if (!meta.title && isHeadline(text)) {
    meta.title = text;
    takeLine(page, index, 'title-from-text', 'title taken from the first headline-like line (capitalised, a few words, no full stop)');
    return;
  }
  if (!meta.byline && isNameLike(text) && (words >= 2 || /^\p{Lu}{2,}$/u.test(text))) {
    meta.byline = text;
    takeLine(page, index, 'byline-from-text', 'byline read from a short line of capitalised names above the body (a writer or an agency)');
    return;
  }
  if (words <= 3 && !endsSentence(text)) {
    removeBlock(page, [index], 'very short line above the body that is neither title, date nor byline (a section name or a photo credit)');
  }
}
