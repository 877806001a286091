/** A quotation found by its marks: `start`/`end` are the words inside, `open`/`close` the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  open: number;
  /** Offset of the closing mark, or of the paragraph end when the quote was never closed. */
  close: number;
  /** The quote runs over more than one paragraph. */
  multiParagraph: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Double quotations (straight, curly, guillemets) paragraph by paragraph, in one pass. A paragraph
 * that ends inside a quote continues it when the next paragraph opens with a quotation mark (the
 * news convention for a quote over several paragraphs); otherwise the quote ends with its paragraph.
 * Single-mark quotations ('alliance', ‘aggression’) are found where the marks cannot be apostrophes.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: QuoteSpan | undefined; // a quote carried over from the previous paragraph
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const from = paragraph.index;
    const to = from + paragraph[0].length;
    let open = -1;
    let straight = false;
    let depth = 0;
    const first = text[nextVisible(text, from)] ?? '';
    if (pending && !OPENERS.has(first) && first !== '"') {
      spans.push(pending);
      pending = undefined;
    }
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (open < 0) {
        if (OPENERS.has(ch) || ch === '"') {
          open = i;
          straight = ch === '"';
          depth = 1;
        } else if ((ch === '‘' || ch === "'") && !LETTER.test(text[i - 1] ?? ' ')) {
          const close = singleClose(text, i, to, ch === '‘' ? '’' : "'");
          if (close > 0) {
            spans.push({ start: i + 1, end: close, open: i, close, multiParagraph: false });
            i = close;
          }
        }
        continue;
      }
      if (ch === '«' && !straight) depth++;
      // An opening curly mark with no word after it is a mistyped closer: “It's unusual,“ said ...
      const typoCloser = ch === '“' && !LETTER.test(text[i + 1] ?? ' ') && /[,.!?]/.test(text[i - 1] ?? ' ');
      const closes = straight ? ch === '"' || ch === '”' : CLOSERS.has(ch) || typoCloser || (ch === '"' && text[open] !== '«');
      if (closes && --depth === 0) {
        add(open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      // Unclosed at the paragraph end: carried over, or ended here (decided at the next paragraph).
      const carried: QuoteSpan = { start: open + 1, end: from + paragraph[0].trimEnd().length, open, close: to, multiParagraph: false };
      if (pending) {
        pending.end = carried.end;
        pending.close = to;
        pending.multiParagraph = true;
      } else pending = carried;
    } else if (pending) {
      spans.push(pending);
      pending = undefined;
    }
  }
  if (pending) spans.push(pending);
  return spans.sort((a, b) => a.start - b.start);

  function add(open: number, close: number): void {
    if (pending) {
      // The closing paragraph of a quote carried over several paragraphs.
      pending.end = close;
      pending.close = close;
      pending.multiParagraph = true;
      spans.push(pending);
      pending = undefined;
      return;
    }
    if (close > open + 1) spans.push({ start: open + 1, end: close, open, close, multiParagraph: false });
  }
}

// A single closing mark followed by a non-letter, within one paragraph and a short distance.
function singleClose(text: string, open: number, to: number, mark: string): number {
  if (!LETTER.test(text[open + 1] ?? ' ')) return -1;
  const limit = Math.min(to, open + 300);
  for (let j = open + 2; j < limit; j++) {
    if (text[j] === mark && !LETTER.test(text[j + 1] ?? ' ') && text[j - 1] !== ' ') return j;
  }
  return -1;
}

// The first non-space character at or after `at` (a sticky search, no slicing).
function nextVisible(text: string, at: number): number {
  const visible = /\S/g;
  visible.lastIndex = at;
  return visible.exec(text)?.index ?? text.length;
}
