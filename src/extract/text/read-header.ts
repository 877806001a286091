import type { Published } from '../../core/types.js';
import { findDate, readDateLine, type DateLine } from './date-line.js';
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
  const header = headerIndices(page);
  // A page may state both times; the publication date is the one not labelled as an update.
  const dated = header.filter((index) => readDateLine(bareText(lineText(page, index)))?.hasYear);
  const publishedAt = dated.find((index) => !UPDATE_LABEL.test(lineText(page, index))) ?? dated[0];
  for (const index of header) readHeaderLine(page, meta, index, index === publishedAt);
}

const UPDATE_LABEL = /\b(updated|modified|edited|last changed)\b/i;

/** The unclaimed lines above the first paragraph of prose, within the first few lines of the page. */
function headerIndices(page: TextPage): number[] {
  const indices: number[] = [];
  for (let index = 0; index < Math.min(page.lines.length, HEADER_LINES); index++) {
    if (page.claimed.has(index)) continue;
    const text = bareText(lineText(page, index));
    if (isProse(text) || (endsSentence(text) && wordCount(text) >= 20)) break;
    indices.push(index);
  }
  return indices;
}

function readHeaderLine(page: TextPage, meta: TextMetadata, index: number, isPublished: boolean): void {
  const text = bareText(lineText(page, index));
  const words = wordCount(text);
  const date = readDateLine(text);
  if (date) {
    if (isPublished) {
      meta.published = { value: date.value, from: 'text' };
      takeLine(page, index, 'date-from-text', `publication date ${date.value} read from a date line above the body`);
    } else {
      removeBlock(page, [index], 'date line above the body that is not the publication date (an update time, a second date, or no year)');
    }
    return;
  }
  const byline = readBylineAndDate(text);
  if (byline && !meta.byline) {
    meta.byline = byline.name;
    takeLine(page, index, 'byline-from-text', `byline "${byline.name}" read from a byline line above the body`);
    if (byline.date && !meta.published.value) {
      meta.published = { value: byline.date.value, from: 'text' };
      takeLine(page, index, 'date-from-text', `publication date ${byline.date.value} read from the byline line`);
    }
    return;
  }
  if (!meta.title && isHeadline(text)) {
    meta.title = text;
    takeLine(page, index, 'title-from-text', 'title taken from the first headline-like line (capitalised, a few words, no full stop)');
    return;
  }
  // Names before the title are a section label ("WORLD NEWS"); after it, the writer or the agency.
  if (meta.title && isNameLike(text) && (words >= 2 || /^\p{Lu}{2,}$/u.test(text))) {
    const previousIsByline = page.messages.at(-1)?.rule === 'byline-from-text';
    if (!meta.byline || previousIsByline) {
      meta.byline = meta.byline ? `${meta.byline}, ${text}` : text;
      takeLine(page, index, 'byline-from-text', 'byline read from a short line of capitalised names under the title (a writer or an agency)');
      return;
    }
  }
  if (words <= 3 && !endsSentence(text)) {
    removeBlock(page, [index], 'very short line above the body that is neither title, date nor byline (a section name or a photo credit)');
  }
}

// What may sit between a name and a date on one line: separators and "Published"/"Updated on".
const BYLINE_JOINT = /(?:[\s|·•,;:–—-]|\b(?:published|updated|posted|on|at)\b)+$/i;

/**
 * "By Jane Doe", or a byline and a date on one line ("By Jane Doe | Published June 3, 2024",
 * "Jane Doe, Harbor Daily · 3 June 2024"): the name, and the date if the line states one with a year.
 */
function readBylineAndDate(text: string): { name: string; date: DateLine | null } | null {
  if (wordCount(text) > 14) return null;
  const found = findDate(text);
  const date = found?.date.hasYear ? found.date : null;
  const rest = (date ? found!.rest : text).replace(BYLINE_JOINT, '').replace(/^[\s|·•,;:–—-]+/, '');
  const byPrefix = /^by\s+(.+?)[.,]?$/i.exec(rest);
  if (byPrefix && wordCount(byPrefix[1]!) <= 8) return { name: byPrefix[1]!, date };
  return date && rest !== '' && isNameLike(rest.replace(/,/g, '')) ? { name: rest, date } : null;
}
