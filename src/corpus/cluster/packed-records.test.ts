import { describe, expect, it } from 'vitest';
import { fixtureArticle, PACT } from '../dedupe/fixtures.js';
import { fingerprintArticle } from '../dedupe/fingerprint.js';
import { packFingerprint, packText, unpackFingerprint, unpackTerms, unpackText } from './packed-records.js';

describe('packed records', () => {
  const article = fixtureArticle('pact-wire', PACT, { title: 'Arlenia and Morvia sign pact', published: '2024-05-14' });

  it('unpacks a fingerprint to the value packed', () => {
    const fp = fingerprintArticle(article);
    expect(unpackFingerprint(packFingerprint(fp))).toEqual(fp);
  });

  it('unpacks only the terms and names when asked', () => {
    const fp = fingerprintArticle(article);
    expect(unpackTerms(packFingerprint(fp))).toEqual({ terms: fp.terms, names: fp.names });
  });

  it('keeps empty lists empty', () => {
    const fp = { ...fingerprintArticle(article), sentenceKeys: [], terms: [], names: [] };
    expect(unpackFingerprint(packFingerprint(fp))).toEqual(fp);
  });

  it('unpacks a text with its sentences', () => {
    const text = { id: article.id, text: article.text, sentences: article.sentences };
    expect(unpackText(packText(text))).toEqual(text);
  });
});
