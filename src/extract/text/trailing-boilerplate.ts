import { readDateLine } from './date-line.js';
import { bareText, endsSentence, isBulleted, isLinkHeadline, isProse, isShortLabel, sentenceCount, wordCount } from './line-shape.js';
import { keptIndices, lineText, removeBlock, type TextPage } from './text-page.js';

/**
 * A trailing list of links ("Most read", "Related", "Topics"...): a short heading after which, to the
 * end of the page, come only headlines and one-sentence summaries, at least two of them headlines.
 * Everything from the heading on goes as one block.
 */
export function removeTrailingLists(page: TextPage): void {
  const kept = keptIndices(page);
  // Counts from the end of the page, so that each candidate heading is checked in constant time.
  let headlines = 0;
  let listLength = 0;
  let start = -1;
  for (let at = kept.length - 1; at >= 0; at--) {
    const text = bareText(lineText(page, kept[at]!));
    if (isProse(text)) break;
    // A heading that ends with a colon introduces the article's own list ("Did not practice:").
    if (isShortLabel(text) && !text.endsWith(':') && !readDateLine(text) && headlines >= 2 && headlines >= listLength * 0.3) start = at;
    if (isLinkHeadline(text)) headlines++;
    listLength++;
  }
  if (start >= 0) {
    removeBlock(page, kept.slice(start), 'list of links to other stories at the end (a short heading, then only headlines and one-line summaries)');
  }
}

// Newsroom credit verbs, read only on the last line of the text: "X contributed to this report",
// "AP writers X and Y reported from A and B".
const CREDIT_LINE = /\b(contributed|contributing|reported from|reporting from|reporting by|additional reporting|edited by|translated by)\b/i;

/**
 * The end of the page: short lines that do not end a sentence (tags, navigation, section names) and a
 * closing credit line are removed, from the last line up, until a line of article text is met.
 */
export function removeTrailingLines(page: TextPage): void {
  const kept = keptIndices(page);
  const trailing: Array<{ index: number; reason: string }> = [];
  for (let at = kept.length - 1; at > 0; at--) {
    const index = kept[at]!;
    const reason = trailingReason(lineText(page, index));
    if (!reason) break;
    trailing.push({ index, reason });
  }
  // Only lines that follow a finished sentence of the article are its trailer: a page of short lines
  // (a list, a poem) is left whole. Short lines under a line that ends with a colon, or with a colon
  // themselves, are a list the article makes ("The injury report is as follows:"), not navigation.
  const above = lineText(page, kept[kept.length - 1 - trailing.length] ?? -1);
  if (!endsSentence(above) || trailing.some(({ index }) => lineText(page, index).endsWith(':'))) return;
  for (const { index, reason } of trailing) removeBlock(page, [index], reason);
}

function trailingReason(line: string): string | null {
  const text = bareText(line);
  if (isBulleted(line)) return null;
  const tags = text.includes(',') && !/[,;]$/.test(text) && text.split(',').every((tag) => wordCount(tag) <= 4);
  if (tags && isShortLabel(text, 20)) return 'tag line at the end of the page';
  // A line cut after a comma is a truncated sentence of the article, not a label.
  if (isShortLabel(text, 8) && !/[,;]$/.test(text)) return 'short line after the article text (navigation, section name or link)';
  if (wordCount(text) <= 30 && sentenceCount(text) === 1 && CREDIT_LINE.test(text)) return 'end credit (who reported or contributed), not article text';
  if (wordCount(text) <= 25 && /^(©|\(c\)|copyright\b)/i.test(line)) return 'copyright notice at the end of the page';
  return null;
}
