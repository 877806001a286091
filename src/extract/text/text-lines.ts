/** One non-empty line of a plain-text page: the unit the text extractor keeps or removes. */
export interface TextLine {
  /** The line with whitespace collapsed (what the clean text will hold). */
  text: string;
  /** 1-based line number in the source, for messages. */
  line: number;
  /** Index of the blank-line-separated block the line sits in. */
  block: number;
}

/**
 * Splits a plain-text page into lines. Pages come either with a blank line between paragraphs or with
 * one paragraph per line; both become one unit per paragraph. A line that is only the continuation of
 * a hard-wrapped paragraph (it starts lower-case after a line that does not end a sentence) is joined
 * to the line before, so wrapped text files are not cut into fragments.
 */
export function splitLines(source: string): TextLine[] {
  const lines: TextLine[] = [];
  let block = 0;
  let previousBlank = true;
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = normalizeSpace(raw);
    if (text === '') {
      if (!previousBlank) block++;
      previousBlank = true;
      return;
    }
    const last = lines.at(-1);
    if (last && !previousBlank && continuesParagraph(last.text, text)) {
      // A trailing hyphen is kept: "well-" + "known" must not lose it, and a split word stays readable.
      last.text = last.text.endsWith('-') ? `${last.text}${text}` : `${last.text} ${text}`;
    } else {
      lines.push({ text, line: index + 1, block });
    }
    previousBlank = false;
  });
  return lines;
}

function normalizeSpace(line: string): string {
  // Markdown heading marks are layout, not text (a .md article is read as plain text).
  return line.replace(/[\s\u00a0\u200b]+/g, ' ').trim().replace(/^#{1,6} /, '');
}

function continuesParagraph(previous: string, next: string): boolean {
  return !/[.!?…:;"”»')\]]$/.test(previous) && /^\p{Ll}/u.test(next);
}
