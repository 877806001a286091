import { describe, expect, it } from 'vitest';
import { PACT, PACT_REWRITE, QUAKE_NORTH, fixtureArticle } from '../dedupe/fixtures.js';
import { bandKeys } from '../dedupe/minhash.js';
import { fingerprintArticle } from '../dedupe/fingerprint.js';
import { frequencies } from './corpus-index.js';
import { hashedVector } from './hashed-vector.js';
import { MemoryCorpusIndex } from './memory-corpus-index.js';
import { storedForm } from './stored-vector.js';
import { articleVectors } from './term-vector.js';

describe('MemoryCorpusIndex', () => {
  it('gives the word vectors the articles were indexed with, later counts notwithstanding, and leaves out unknown articles', async () => {
    const index = new MemoryCorpusIndex();
    const fps = [
      fingerprintArticle(fixtureArticle('pact-wire', PACT, { title: 'Arlenia and Morvia sign pact' })),
      fingerprintArticle(fixtureArticle('pact-rewrite', PACT_REWRITE)),
      fingerprintArticle(fixtureArticle('quake-north', QUAKE_NORTH)),
    ];
    await index.countDocuments(fps.map((f) => f.terms.map(([t]) => t)));
    const indexedWith = new Map<string, ReturnType<typeof storedForm>>();
    for (const fp of fps) {
      const df = await frequencies(index, fp.terms.map(([t]) => t));
      const wordVector = storedForm(hashedVector(articleVectors(fp, df.get, df.total).words));
      indexedWith.set(fp.id, wordVector);
      await index.addArticle({ fingerprint: fp, text: { id: fp.id, text: '', sentences: [] }, bandKeys: bandKeys(fp.minhash), indexTerms: [], wordVector });
    }
    // Counting more documents changes every frequency, not the vectors already indexed.
    await index.countDocuments([fps[0]!.terms.map(([t]) => t)]);
    expect(await index.wordVectors(['quake-north', 'missing', 'pact-wire'])).toEqual([
      { id: 'quake-north', vector: indexedWith.get('quake-north') },
      { id: 'pact-wire', vector: indexedWith.get('pact-wire') },
    ]);
  });
});
