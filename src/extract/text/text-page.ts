import type { Message } from '../../core/types.js';
import type { TextLine } from './text-lines.js';

/** A plain-text page while the rules run: its lines, which of them are already taken, and why. */
export interface TextPage {
  lines: TextLine[];
  /** Indices of lines removed as boilerplate or taken as metadata. */
  claimed: Set<number>;
  messages: Message[];
}

export function newPage(lines: TextLine[]): TextPage {
  return { lines, claimed: new Set(), messages: [] };
}

/** Indices of the lines no rule has claimed yet, in page order. */
export function keptIndices(page: TextPage): number[] {
  return page.lines.map((_, index) => index).filter((index) => !page.claimed.has(index));
}

export function lineText(page: TextPage, index: number): string {
  return page.lines[index]?.text ?? '';
}

/** Removes one block of boilerplate (one or more lines) and records one message saying why. */
export function removeBlock(page: TextPage, indices: number[], reason: string): void {
  const fresh = indices.filter((index) => !page.claimed.has(index));
  if (fresh.length === 0) return;
  for (const index of fresh) page.claimed.add(index);
  page.messages.push({
    rule: 'boilerplate-removed',
    severity: 'info',
    message: reason,
    text: fresh.map((index) => lineText(page, index)).join('\n'),
    line: page.lines[fresh[0]!]!.line,
  });
}

/** Takes a line out of the body as metadata (title, date, byline) and records what was read from it. */
export function takeLine(page: TextPage, index: number, rule: string, message: string): void {
  page.claimed.add(index);
  page.messages.push({ rule, severity: 'info', message, text: lineText(page, index), line: page.lines[index]!.line });
}
