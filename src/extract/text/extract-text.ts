import type { ExtractedContent } from '../extracted-content.js';
import { NO_DATE } from '../extracted-content.js';
import { readLabelledLines, removeCaptions, removeWidgetLines } from './inline-boilerplate.js';
import { comparable } from './line-shape.js';
import { readHeader, type TextMetadata } from './read-header.js';
import { splitLines } from './text-lines.js';
import { keptIndices, lineText, newPage, removeBlock, type TextPage } from './text-page.js';
import { removeTeasers, removeTrailingLines, removeTrailingLists } from './trailing-boilerplate.js';

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
  removeTeasers(page);
  removeTrailingLists(page);
  removeTrailingLines(page);
  removeTitleRepeats(page, meta.title);
  const body = keptIndices(page)
    .map((index) => lineText(page, index))
    .join('\n\n');
  return { text: body, ...meta, language: null, url: null, messages: page.messages };
}

/** The title is metadata: a second copy of it down the page is not body text. */
function removeTitleRepeats(page: TextPage, title: string | null): void {
  if (!title) return;
  for (const index of keptIndices(page)) {
    if (comparable(lineText(page, index)) === comparable(title)) removeBlock(page, [index], 'repeat of the title');
  }
}
