import type { DateMention, Published, Sentence } from '../../core/types.js';

/** Temporal expressions resolved to TIMEX3 values against the publication date. */
export function findDates(_text: string, _sentences: Sentence[], _published: Published): DateMention[] {
  return []; // filled in by the dates issue
}
