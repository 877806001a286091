import { describe, expect, it } from 'vitest';
import { contentStems, stem, tokenize } from './words.js';

// Expected values are those of the regex-based implementation these functions replaced.
describe('tokenize', () => {
  const text = '1,234,567 rose 3.5% in Émile’s Ökonom co-operation; O’Neill ǅemal';

  it('keeps digits of numbers, straightens curly apostrophes, and marks capitals beyond ASCII', () => {
    expect(tokenize(text).map((w) => [w.norm, w.start, w.end, w.capital, w.numeric])).toEqual([
      ['1234567', 0, 9, false, true],
      ['rose', 10, 14, false, false],
      ['3.5%', 15, 19, false, true],
      ['in', 20, 22, false, false],
      ["émile's", 23, 30, true, false],
      ['ökonom', 31, 37, true, false],
      ['co-operation', 38, 50, false, false],
      ["o'neill", 52, 59, true, false],
      // A title-case letter (Lt) is not an upper-case one (Lu).
      ['ǆemal', 60, 65, false, false],
    ]);
  });

  it('gives content stems with hyphenated words split', () => {
    expect(contentStems(tokenize(text))).toEqual(['1234567', 'rose', '3.5%', 'émile', 'ökonom', 'co', 'operati', "o'neill", 'ǆemal']);
  });
});

describe('stem', () => {
  it.each([
    ['studies', 'study'],
    ['dies', 'dies'],
    ['series', 'sery'],
    ['flies', 'fly'],
    ['treaties', 'treaty'],
    ['running', 'runn'],
    ['sing', 'sing'],
    ['signed', 'sign'],
    ['boxes', 'box'],
    ['goes', 'goes'],
    ['access', 'acces'],
    ['kingdoms', 'kingdom'],
    ['limousines', 'limousi'],
    ['strongest', 'stronge'],
    ["émile's", 'émile'],
    ["john's", 'john'],
    ['12345s', '12345s'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
