import { describe, expect, it } from 'vitest';
import { wordsBySpan } from './fingerprint.js';
import { tokenize } from './words.js';

describe('wordsBySpan', () => {
  it('gives the words wholly inside each span, in order, and none across a span end', () => {
    const text = 'One two. Three four five. Six';
    const words = tokenize(text);
    const spans = [
      { start: 0, end: 8 },
      { start: 9, end: 25 },
      { start: 26, end: 27 }, // cuts "Six": not wholly inside
    ];
    expect(wordsBySpan(words, spans).map((group) => group.map((w) => text.slice(w.start, w.end)))).toEqual([
      ['One', 'two'],
      ['Three', 'four', 'five'],
      [],
    ]);
  });
});
