import type { Published } from '../../core/types.js';
import { findDate, readDateLine, type StatedDate } from './date-line.js';
import { bareText, endsSentence, isHeadline, isNameLike, isProse, wordCount } from './line-shape.js';
import { keptIndices, lineText, removeBlock, takeLine, type TextPage } from './text-page.js';

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
 * The header ends at the first paragraph of prose; a date line just under a standfirst is still read.
 */
export function readHeader(page: TextPage, meta: TextMetadata): void {
  const { header, standfirst, bodyFollows } = headerIndices(page);
  const dated = header.filter((index) => {
    const date = readDateLine(bareText(lineText(page, index)));
    // Under a standfirst a bare date may be a teaser's; a labelled or timed one is the page's.
    return date?.hasYear && (index < standfirst || date.labelled || date.timed);
  });
  // A page may state both times; the publication date is the one not labelled as an update.
  const publishedAt = dated.find((index) => !UPDATE_LABEL.test(lineText(page, index))) ?? dated[0];
  for (const index of header) {
    // Under a standfirst only a date line is still header: other lines there may be the body's.
    if (index > standfirst && !dated.includes(index)) continue;
    readHeaderLine(page, meta, index, index === publishedAt, bodyFollows);
  }
}

const PUBLISHED_LABEL = /\b(date|published|posted|filed|created)\b/i;
const UPDATE_LABEL = /\b(updated|modified|edited|last changed)\b/i;

/**
 * The unclaimed lines above the first paragraph of prose, within the first few lines of the page, and
 * the first long sentence among them (a standfirst, or the lede), under which only date lines are read.
 */
function headerIndices(page: TextPage): { header: number[]; standfirst: number; bodyFollows: boolean } {
  const header: number[] = [];
  let standfirst = Infinity;
  for (let index = 0; index < Math.min(page.lines.length, HEADER_LINES); index++) {
    if (page.claimed.has(index)) continue;
    const text = bareText(lineText(page, index));
    if (isProse(text)) return { header, standfirst, bodyFollows: true };
    if (endsSentence(text) && wordCount(text) >= 20) standfirst = Math.min(standfirst, index);
    header.push(index);
  }
  return { header, standfirst, bodyFollows: standfirst < Infinity };
}

function readHeaderLine(page: TextPage, meta: TextMetadata, index: number, isPublished: boolean, bodyFollows: boolean): void {
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
  // Only above a body: on a page of short lines (a list, a timetable) short lines are the text.
  if (bodyFollows && words <= 3 && !endsSentence(text)) {
    removeBlock(page, [index], 'very short line above the body that is neither title, date nor byline (a section name or a photo credit)');
  }
}

// What may sit between a name and a date on one line: separators and "Published"/"Updated on".
const BYLINE_JOINT = /(?:[\s|·•,;:–—-]|\b(?:published|updated|posted|on|at)\b)+$/i;

/**
 * "By Jane Doe", or a byline and a date on one line ("By Jane Doe | Published June 3, 2024",
 * "Jane Doe, Harbor Daily · 3 June 2024"): the name, and the date if the line states one with a year.
 */
function readBylineAndDate(text: string): { name: string; date: StatedDate | null } | null {
  if (wordCount(text) > 14) return null;
  const found = findDate(text);
  const date = found?.date.hasYear ? found.date : null;
  const rest = (date ? found!.rest : text).replace(BYLINE_JOINT, '').replace(/^[\s|·•,;:–—-]+/, '');
  const byPrefix = /^by\s+(.+?)[.,]?$/i.exec(rest);
  if (byPrefix && wordCount(byPrefix[1]!) <= 8) return { name: byPrefix[1]!, date };
  return date && rest !== '' && isNameLike(rest.replace(/,/g, '')) ? { name: rest, date } : null;
}

/**
 * Some pages state their date after the text ("Date published: ...", "April 24, 2013 - 4:45pm"). The
 * last line is read as the publication date when none was found above the body and the line says it
 * is one, or is a date with a time: a bare date there is more often a teaser's, and a "Correction:"
 * date is the correction's.
 */
export function readClosingDate(page: TextPage, meta: TextMetadata): void {
  const last = keptIndices(page).at(-1);
  if (last === undefined || meta.published.value) return;
  const text = lineText(page, last);
  const date = readDateLine(bareText(text));
  if (!date?.hasYear || !(PUBLISHED_LABEL.test(text) || (!date.labelled && date.timed))) return;
  meta.published = { value: date.value, from: 'text' };
  takeLine(page, last, 'date-from-text', `publication date ${date.value} read from a date line at the end of the text`);
}
