import type { ExtractedContent } from '../extracted-content.js';
import { NO_DATE } from '../extracted-content.js';
import { readLabelledLines, removeCaptions, removeRepeatedLines, removeWidgetLines } from './inline-boilerplate.js';
import { readClosingDate, readHeader, type TextMetadata } from './read-header.js';
import { splitLines } from './text-lines.js';
import { keptIndices, lineText, newPage } from './text-page.js';
import { removeLinkBlocks, removeTeasers } from './inline-links.js';
import { removeTrailingLines, removeTrailingLists } from './trailing-boilerplate.js';

/**
 * Body and metadata of a plain-text article, with boilerplate lines removed. Each line is kept or
 * removed by its shape (length, punctuation, sentence shape, capitalisation), its place on the page
 * and its repetition; every removal and every piece of metadata is recorded as a message.
 */
export function extractText(text: string): ExtractedContent {
  const lines = splitLines(text);
  const page = newPage(lines);
  const meta: TextMetadata = { title: null, byline: null, outlet: null, published: NO_DATE };
  // Order matters: widget lines go first so that an "Advertisement" at the top is not read as a
  // header line; the header is read before teasers so that the dateline is not taken for a teaser's
  // date; trailing lists go before trailing lines, which then only clean up what is left at the end.
  removeWidgetLines(page);
  readLabelledLines(page, meta);
  removeCaptions(page, new Set(lines.map((line) => line.block)).size > 1);
  readHeader(page, meta);
  readClosingDate(page, meta);
  removeTeasers(page);
  removeTrailingLists(page);
  removeLinkBlocks(page);
  removeTrailingLines(page);
  removeRepeatedLines(page, meta.title);
  const body = keptIndices(page)
    .map((index) => lineText(page, index))
    .join('\n\n');
  // In page order, so that a reader can follow the messages down the source.
  const messages = page.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { text: body, ...meta, language: null, url: null, messages };
}
