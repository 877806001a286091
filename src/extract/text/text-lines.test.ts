import { describe, expect, it } from 'vitest';
import { splitLines } from './text-lines.js';

describe('splitLines', () => {
  it('gives one unit per line, with source line numbers and blank-line blocks', () => {
    const lines = splitLines('Title here\r\n\r\nFirst paragraph.\nCaption line.\n\n\nLast  paragraph.');
    expect(lines).toEqual([
      { text: 'Title here', line: 1, block: 0 },
      { text: 'First paragraph.', line: 3, block: 1 },
      { text: 'Caption line.', line: 4, block: 1 },
      { text: 'Last paragraph.', line: 7, block: 2 },
    ]);
  });

  it('joins a hard-wrapped continuation line, keeping a line-end hyphen', () => {
    expect(splitLines('The well-\nknown ferry sails to the outer\nislands daily.').map((l) => l.text)).toEqual([
      'The well-known ferry sails to the outer islands daily.',
    ]);
  });

  it('does not join a line that starts a new sentence or follows a finished one', () => {
    expect(splitLines('Last week a delegation visited Russia\nAnd it was not just a visit.\nit stays apart.').map((l) => l.text)).toEqual([
      'Last week a delegation visited Russia',
      'And it was not just a visit.',
      'it stays apart.',
    ]);
  });
});
