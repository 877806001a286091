/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: each whitespace-separated
 * word (or "quoted phrase") becomes a quoted phrase of its letter/digit tokens, and all must match.
 * So `U.S. "rate cut"` searches the phrase "u s" and the phrase "rate cut". FTS5 operators typed by
 * the user are matched as words, never interpreted: search input is data.
 */
export function toFtsQuery(input: string): string | null {
  const phrases = searchPhrases(input).map((tokens) => `"${tokens.join(' ')}"`);
  return phrases.length > 0 ? phrases.join(' ') : null;
}

/** The phrases a user typed, each as its letter/digit tokens (the PostgreSQL store builds its tsquery from them). */
export function searchPhrases(input: string): string[][] {
  const phrases: string[][] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const tokens = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (tokens) phrases.push(tokens);
  }
  return phrases;
}

const START = '\u0002';
const END = '\u0003';
export const SNIPPET_MARKS = { start: START, end: END };

/** Removes the match marks FTS5's snippet() put in, keeping where they were as offsets. */
export function unmarkSnippet(marked: string): { snippet: string; highlights: { start: number; end: number }[] } {
  const highlights: { start: number; end: number }[] = [];
  let snippet = '';
  let open = -1;
  for (const char of marked) {
    if (char === START) open = snippet.length;
    else if (char === END) {
      if (open >= 0) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += char;
  }
  return { snippet, highlights };
}
