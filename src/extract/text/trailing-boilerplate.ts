import { readDateLine } from './date-line.js';
import { bareText, endsSentence, isHeadline, isProse, isShortLabel, sentenceCount, titleCaseRatio, wordCount } from './line-shape.js';
import { keptIndices, lineText, removeBlock, type TextPage } from './text-page.js';

/**
 * Teaser blocks: a date line in the middle of the text, with the headline or one or two sentences just
 * above it (a promo for another story, with that story's date), and a Title Case headline above a
 * teaser sentence. A date line with a time, or with nothing teaser-like above it, is removed alone.
 */
export function removeTeasers(page: TextPage): void {
  const kept = keptIndices(page);
  kept.forEach((index, at) => {
    const date = readDateLine(bareText(lineText(page, index)));
    // "Correction: October 2, 2016" belongs to the article; only a bare date closes a teaser.
    if (!date || date.labelled) return;
    const block = [index];
    const teaser = date.timed ? null : unclaimedText(page, kept[at - 1]);
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

/**
 * A headline that links to a story: a headline's length or its Title Case ("Four crossings a day" has
 * neither), and words rather than figures ("Joe Louis 26 - 1" is a row of a table).
 */
function isLinkHeadline(text: string): boolean {
  const words = wordCount(text);
  const figures = text.split(/\s+/).filter((token) => /^[\d.,:%–-]+$/.test(token)).length;
  return isHeadline(text) && words >= 5 && figures <= words * 0.2 && (words >= 8 || titleCaseRatio(text) >= 0.6);
}

/**
 * A block of links inside the text: two or more Title Case headlines in a row, with no end punctuation
 * (an article does not put two of those together; sentence-case lines in a row may be its own list or
 * questions), with the short heading above them if there is one.
 */
export function removeLinkBlocks(page: TextPage): void {
  const kept = keptIndices(page);
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const heading = unclaimedText(page, kept[kept.indexOf(run[0]!) - 1]);
      const label = heading !== null && isShortLabel(heading) && !heading.endsWith(':') ? [kept[kept.indexOf(run[0]!) - 1]!] : [];
      removeBlock(page, [...label, ...run], 'block of links to other stories inside the text (headlines in a row)');
    }
    run = [];
  };
  for (const index of kept) {
    const line = lineText(page, index);
    const text = bareText(line);
    if (isLinkHeadline(text) && titleCaseRatio(text) >= 0.6 && !endsSentence(text) && !BULLET.test(line)) run.push(index);
    else flush();
  }
  flush();
}

// A bulleted item is part of a list the article makes.
const BULLET = /^([-•*–·]|\d+[.)])\s/;

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
  if (BULLET.test(line)) return null;
  const tags = text.includes(',') && !/[,;]$/.test(text) && text.split(',').every((tag) => wordCount(tag) <= 4);
  if (tags && isShortLabel(text, 20)) return 'tag line at the end of the page';
  // A line cut after a comma is a truncated sentence of the article, not a label.
  if (isShortLabel(text, 8) && !/[,;]$/.test(text)) return 'short line after the article text (navigation, section name or link)';
  if (wordCount(text) <= 30 && sentenceCount(text) === 1 && CREDIT_LINE.test(text)) return 'end credit (who reported or contributed), not article text';
  if (wordCount(text) <= 25 && /^(©|\(c\)|copyright\b)/i.test(line)) return 'copyright notice at the end of the page';
  return null;
}
