import { readDateLine } from './date-line.js';
import { bareText, endsSentence, isBulleted, isHeadline, isLinkHeadline, isShortLabel, sentenceCount, titleCaseRatio, wordCount } from './line-shape.js';
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
 * A block of links inside the text: two or more Title Case headlines in a row, with no end punctuation
 * (an article does not put two of those together; sentence-case lines in a row may be its own list or
 * questions), with the short heading above them if there is one.
 */
export function removeLinkBlocks(page: TextPage): void {
  const kept = keptIndices(page);
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (runStart >= 0 && end - runStart >= 2) {
      const heading = unclaimedText(page, kept[runStart - 1]);
      const start = heading !== null && isShortLabel(heading) && !heading.endsWith(':') ? runStart - 1 : runStart;
      removeBlock(page, kept.slice(start, end), 'block of links to other stories inside the text (headlines in a row)');
    }
    runStart = -1;
  };
  kept.forEach((index, at) => {
    const line = lineText(page, index);
    const text = bareText(line);
    if (isLinkHeadline(text) && titleCaseRatio(text) >= 0.6 && !endsSentence(text) && !isBulleted(line)) {
      if (runStart < 0) runStart = at;
    } else {
      closeRun(at);
    }
  });
  closeRun(kept.length);
}
