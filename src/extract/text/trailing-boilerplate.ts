import { readDateLine } from './date-line.js';
import { bareText, endsSentence, isHeadline, isProse, isShortLabel, sentenceCount, titleCaseRatio, wordCount } from './line-shape.js';
import { keptIndices, lineText, removeBlock, type TextPage } from './text-page.js';

/**
 * Teaser blocks: a date line in the middle of the text, with the headline or one or two sentences just
 * above it (a promo for another story, with that story's date), and a Title Case headline above a
 * teaser sentence. A date line with nothing teaser-like above it is removed alone.
 */
export function removeTeasers(page: TextPage): void {
  const kept = keptIndices(page);
  kept.forEach((index, at) => {
    if (!readDateLine(bareText(lineText(page, index)))) return;
    const block = [index];
    const teaser = unclaimedText(page, kept[at - 1]);
    if (teaser !== null && isTeaser(teaser)) {
      block.unshift(kept[at - 1]!);
      const headline = unclaimedText(page, kept[at - 2]);
      if (!isHeadline(teaser) && headline !== null && isLinkHeadline(headline)) block.unshift(kept[at - 2]!);
    }
    removeBlock(page, block, block.length > 1 ? 'teaser for another story (a headline or a sentence followed by its date line)' : 'date line inside the text (the date of a teaser or a list item)');
  });
}

function unclaimedText(page: TextPage, index: number | undefined): string | null {
  return index === undefined || page.claimed.has(index) ? null : bareText(lineText(page, index));
}

function isTeaser(text: string): boolean {
  return (isHeadline(text) || (endsSentence(text) && sentenceCount(text) <= 2)) && wordCount(text) <= 45 && !/:$/.test(text);
}

/** A headline that links to a story: a headline's length or its Title Case ("Four crossings a day" has neither). */
function isLinkHeadline(text: string): boolean {
  return isHeadline(text) && (wordCount(text) >= 8 || titleCaseRatio(text) >= 0.6);
}

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
    if (isShortLabel(text) && !readDateLine(text) && headlines >= 2 && headlines >= listLength * 0.3) start = at;
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
  for (let at = kept.length - 1; at > 0; at--) {
    const index = kept[at]!;
    const text = bareText(lineText(page, index));
    // A bulleted item is part of a list the article makes; its links, if any, went with removeTrailingLists.
    if (/^\s*([-•*–·]|\d+[.)])\s/.test(lineText(page, index))) return;
    if (isShortLabel(text, 12)) {
      const tags = text.includes(',') && text.split(',').every((tag) => wordCount(tag) <= 4);
      removeBlock(page, [index], tags ? 'tag line at the end of the page' : 'short line after the article text (navigation, section name or link)');
    } else if (wordCount(text) <= 30 && sentenceCount(text) === 1 && CREDIT_LINE.test(text)) {
      removeBlock(page, [index], 'end credit (who reported or contributed), not article text');
    } else if (wordCount(text) <= 25 && /^(©|\(c\)|copyright\b)/i.test(lineText(page, index))) {
      removeBlock(page, [index], 'copyright notice at the end of the page');
    } else {
      return;
    }
  }
}
