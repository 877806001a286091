import { describe, expect, it } from 'vitest';
import { sentenceIndexAt } from './sentence-at.js';
import { splitSentences } from './split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends and keeps closing quotes with the sentence', () => {
    expect(sentencesOf('The mayor spoke. "We will rebuild." She left.')).toEqual([
      'The mayor spoke.',
      '"We will rebuild."',
      'She left.',
    ]);
  });

  it('does not split after titles, initials and dotted acronyms', () => {
    expect(sentencesOf('Mr. Lee met J. Ortega and U.S. officials on Monday. Talks ended.')).toEqual([
      'Mr. Lee met J. Ortega and U.S. officials on Monday.',
      'Talks ended.',
    ]);
  });

  it('does not split before a lower-case word or inside numbers', () => {
    expect(sentencesOf('Growth was 2.5 percent. e.g. not here.')).toEqual(['Growth was 2.5 percent. e.g. not here.']);
  });

  it('numbers paragraphs and keeps offsets into the original text', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(text.slice(sentences[2]!.start, sentences[2]!.end)).toBe('Third one.');
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence holding an offset, and -1 without sentences', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const sentences = splitSentences(text);
    expect(sentenceIndexAt(sentences, text.indexOf('Second') + 2)).toBe(1);
    expect(sentenceIndexAt(sentences, text.indexOf('Third'))).toBe(2);
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt([], 5)).toBe(-1);
  });
});
