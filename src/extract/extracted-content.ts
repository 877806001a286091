import type { Message, Published } from '../core/types.js';

/** What an extractor (HTML or plain text) finds in one page, before declared fields are applied. */
export interface ExtractedContent {
  /** The clean body, paragraphs separated by a blank line. */
  text: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: Published;
  language: string | null;
  /** Canonical URL, when the page states one. */
  url: string | null;
  messages: Message[];
}

export const NO_DATE: Published = { value: null, from: null };
