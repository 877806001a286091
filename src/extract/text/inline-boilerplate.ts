import { readDateLine } from './date-line.js';
import { bareText, comparable, endsSentence, isProse, isShortLabel, wordCount } from './line-shape.js';
import type { TextMetadata } from './read-header.js';
import { keptIndices, lineText, removeBlock, takeLine, type TextPage } from './text-page.js';

// A small, generic vocabulary of widget lines, one signal among the structural ones: a line is only
// matched when it is nothing but the marker (a sentence that mentions "advertisement" stays).
const WIDGET_LINE =
  /^(advertisement|advertising|sponsored( content)?|ad|share( this( article| story| page)?)?( (via|on)( [a-z ]{1,30})?)?|((previous|next|older|newer) (post|article|story) ?){1,2}|read more|see also|back to top|up|top|print|e ?mail|copy link|comments?|(subscribe|sign up)( (for|to) [a-z ]{1,40})?)$/;
// A link to another story put in the text: "Read more: ...", "Related: ...".
const TEASER_LINK = /^(read more|read also|also read|related|see also|more|watch|listen)\s*:/i;
// Photo credits: a short line in brackets, "Name / Agency", or a credit label.
const CREDIT_LABEL = /^(photo|photograph|image|picture|illustration|video|credit|file photo)s?\b\s*(by|:)/i;

/** Widget and ad lines: a marker alone on its line, or a short label repeated down the page. */
export function removeWidgetLines(page: TextPage): void {
  const keys = page.lines.map((line) => comparable(line.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const index of keptIndices(page)) {
    const text = lineText(page, index);
    const key = keys[index]!;
    // A full sentence is article text even when its words are a marker's ("Subscribe to the alerts.").
    const sentence = endsSentence(text) && wordCount(text) > 2;
    if (WIDGET_LINE.test(key) && !sentence) removeBlock(page, [index], 'ad marker, share widget or navigation link alone on its line');
    else if (TEASER_LINK.test(bareText(text)) && wordCount(text) <= 30) removeBlock(page, [index], 'link to another story ("Read more:" line)');
    else if ((counts.get(key) ?? 0) >= 2 && isShortLabel(text) && !readDateLine(text)) {
      removeBlock(page, [index], 'short label repeated on the page (a widget, not article text)');
    }
  }
}

/** A photo credit, with the caption lines it closes (the lines before it in the same block). */
export function removeCaptions(page: TextPage, blankLineParagraphs: boolean): void {
  for (const index of keptIndices(page)) {
    const text = bareText(lineText(page, index));
    if (hasCaptionCredit(text)) {
      removeBlock(page, [index], 'photo caption ending with its credit');
      continue;
    }
    if (!isCredit(text)) continue;
    const block = [index];
    const { block: blockId } = page.lines[index]!;
    // Only where paragraphs are separated by blank lines does a run of lines without one mark a caption.
    for (let before = index - 1; blankLineParagraphs && before >= 0; before--) {
      const line = page.lines[before]!;
      if (line.block !== blockId || page.claimed.has(before) || isProse(line.text)) break;
      block.unshift(before);
    }
    removeBlock(page, block, block.length > 1 ? 'photo caption and credit' : 'photo credit');
  }
}

/** A caption with the credit in brackets at its end: "... on Monday. (Photo: Jane Doe / Agency)". */
function hasCaptionCredit(text: string): boolean {
  const credit = /.\s*\(([^()]+)\)$/.exec(text)?.[1];
  return credit !== undefined && wordCount(text) <= 50 && wordCount(credit) <= 8 && (credit.includes('/') || CREDIT_LABEL.test(credit));
}

function isCredit(text: string): boolean {
  if (wordCount(text) > 12) return false;
  if (/^\([^()]+\)$/.test(text) && !endsSentence(text.slice(1, -1))) return true;
  if (CREDIT_LABEL.test(text)) return true;
  return !endsSentence(text) && /^[\p{Lu}][^/]*\s?\/\s?[\p{Lu}][^/]*$/u.test(text);
}

/**
 * Labelled lines that name the source or the writer: "source: Outlet" gives the outlet, "By Jane Doe"
 * or "This article is written by the team of Outlet" the byline (and the outlet, for a team).
 */
export function readLabelledLines(page: TextPage, meta: TextMetadata): void {
  const kept = keptIndices(page);
  const prose = kept.filter((index) => isProse(lineText(page, index)));
  for (const index of kept) {
    // Inside the body, "Source: ministry data" is the source of a figure, not of the article.
    if (index > (prose[0] ?? -1) && index < (prose.at(-1) ?? -1)) continue;
    const text = bareText(lineText(page, index));
    if (wordCount(text) > 15) continue;
    const source = /^(source|sources|via|courtesy of)\s*:\s*(.+?)\.?$/i.exec(text);
    if (source && wordCount(source[2]!) <= 6) {
      meta.outlet ??= source[2]!;
      takeLine(page, index, 'outlet-from-text', `outlet "${source[2]!}" read from a "source:" line`);
      continue;
    }
    const writtenBy = /^(?:this (?:article|story|report) (?:is|was) )?(?:written|compiled|produced|prepared) by (?:the (team|staff|editors|newsroom) (?:of|at) )?(.+?)\.?$/i.exec(text);
    if (writtenBy) {
      const name = writtenBy[2]!;
      meta.byline ??= name;
      if (writtenBy[1]) meta.outlet ??= name;
      takeLine(page, index, 'byline-from-text', `byline${writtenBy[1] ? ' and outlet' : ''} "${name}" read from a "written by" credit line`);
    }
  }
}

/**
 * Second copies: a line of several words met again further down (a pull quote, a teaser shown twice)
 * goes, the first copy stays; a copy of the title goes, since the title is metadata.
 */
export function removeRepeatedLines(page: TextPage, title: string | null): void {
  const seen = new Set(title ? [comparable(title)] : []);
  for (const index of keptIndices(page)) {
    const text = lineText(page, index);
    const key = comparable(text);
    if (seen.has(key)) removeBlock(page, [index], key === comparable(title ?? '') ? 'repeat of the title' : 'repeat of an earlier line');
    else if (wordCount(text) >= 5) seen.add(key);
  }
}
