import { describe, expect, it } from 'vitest';
import { pairFeatures, prepareSentence, selfFeatures } from './sentence-features.js';

describe('a sentence against itself', () => {
  // Down to the edges where a feature's set is empty: no words, no content words, under 2/3/4 words, no numbers or names.
  const sentences = [
    'The council of Harbour Bay voted 7-2 on Tuesday to delay the seawall by 18 months, citing $4.5m in costs.',
    'Ilsa Varnek said the treaty, signed in 1961, "still holds" today.',
    'It was what it was, and so it is.',
    'Storm surge',
    'Floods',
    'is',
    '12',
    'ab',
    '',
    '— … —',
  ];

  it.each(sentences)('has in closed form the features the pair computation gives: %j', (text) => {
    const closed = selfFeatures(prepareSentence(text, 0, text.length));
    const s = prepareSentence(text, 0, text.length);
    expect(closed).toStrictEqual(pairFeatures(s, s));
  });
});

describe('word n-gram precisions', () => {
  it('count each n-gram as often as it occurs, clipped by the other side, for n = 1..4', () => {
    const prepare = (text: string) => prepareSentence(text, 0, text.length);
    const f = pairFeatures(prepare('the cat the cat sat'), prepare('the cat sat'));
    expect([f.ngram1Min, f.ngram1Max, f.ngram2Min, f.ngram2Max, f.ngram3Min, f.ngram4Min]).toEqual([0.6, 1, 0.5, 1, 1 / 3, 0]);
  });
});
