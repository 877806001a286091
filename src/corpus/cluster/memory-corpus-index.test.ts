import { describe, expect, it } from 'vitest';
import { PACT, PACT_REWRITE, QUAKE_NORTH, fixtureArticle } from '../dedupe/fixtures.js';
import { bandKeys } from '../dedupe/minhash.js';
import { fingerprintArticle } from '../dedupe/fingerprint.js';
import { frequencies } from './corpus-index.js';
import { hashedVector } from './hashed-vector.js';
import { MemoryCorpusIndex } from './memory-corpus-index.js';
import { articleVectors } from './term-vector.js';

describe('MemoryCorpusIndex', () => {
  it('gives the word vectors the fingerprints and frequencies give, and leaves out unknown articles', async () => {
    const index = new MemoryCorpusIndex();
    const fps = [
      fingerprintArticle(fixtureArticle('pact-wire', PACT, { title: 'Arlenia and Morvia sign pact' })),
      fingerprintArticle(fixtureArticle('pact-rewrite', PACT_REWRITE)),
      fingerprintArticle(fixtureArticle('quake-north', QUAKE_NORTH)),
    ];
    await index.countDocuments(fps.map((f) => f.terms.map(([t]) => t)));
    for (const fp of fps) await index.addArticle({ fingerprint: fp, text: { id: fp.id, text: '', sentences: [] }, bandKeys: bandKeys(fp.minhash), indexTerms: [] });
    const vectors = await index.wordVectors(['quake-north', 'missing', 'pact-wire']);
    expect(vectors.map((v) => v.id)).toEqual(['quake-north', 'pact-wire']);
    for (const { id, vector } of vectors) {
      const fp = fps.find((f) => f.id === id)!;
      const df = await frequencies(index, fp.terms.map(([t]) => t));
      expect(vector).toEqual(hashedVector(articleVectors(fp, df.get, df.total).words));
    }
  });
});
