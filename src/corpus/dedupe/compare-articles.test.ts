import { describe, expect, it } from 'vitest';
import { prepareArticle } from './align-sentences.js';
import { compareArticles, type Compared } from './compare-articles.js';
import { fingerprintArticle } from './fingerprint.js';
import { PACT, PACT_OWN_REPORT, PACT_REWRITE, QUAKE_NORTH, fixtureArticle } from './fixtures.js';
import type { AnalyzedArticle } from '../../core/types.js';

const compared = (a: AnalyzedArticle): Compared => ({ fingerprint: fingerprintArticle(a), prepared: prepareArticle(a) });
const wire = fixtureArticle('wire', PACT, { title: 'Arlenia and Morvia sign pact' });

describe('compareArticles', () => {
  it('finds an exact copy', () => {
    const copy = fixtureArticle('copy', PACT, { title: 'Arlenia and Morvia sign pact' });
    const { link } = compareArticles(compared(wire), compared(copy));
    expect(link?.kind).toBe('exact');
    expect(link?.similarity).toBe(1);
  });

  it('finds a trimmed copy under another headline, and the untrimmed text as its original', () => {
    const trimmed = fixtureArticle('trimmed', PACT.slice(0, 4), { title: 'Pact signed in Velsk' });
    const { link } = compareArticles(compared(trimmed), compared(wire));
    expect(link?.kind).toBe('near-duplicate');
    expect(link?.original).toBe('wire');
    expect(link?.a).toBe('wire');
    expect(link?.evidence.length).toBeGreaterThan(0);
  });

  it('finds a rewrite with its original, a hedge removed, a claim word and a number changed, a quote cut', () => {
    const rewrite = fixtureArticle('rewrite', PACT_REWRITE);
    const { link } = compareArticles(compared(wire), compared(rewrite));
    expect(link?.kind).toBe('rewrite');
    expect(link?.original).toBe('wire');
    const changes = link!.changes.map((c) => `${c.kind}: ${c.from} -> ${c.to}`);
    expect(changes).toContainEqual(expect.stringMatching(/^hedge-removed: .*could mark/));
    expect(changes).toContain('word-changed: connection -> alliance');
    expect(changes).toContain('number-changed: 4,200 -> 5,000');
    expect(changes).toContainEqual(expect.stringMatching(/^quote-shortened: /));
    // Rewording that restructures a sentence ("Critics in the Morvian parliament said the text had been")
    // is not reported word by word: only single words swapped in the same slot are.
    expect(changes.filter((c) => c.startsWith('word-changed')).length).toBeLessThanOrEqual(4);
    expect(changes).not.toContainEqual(expect.stringMatching(/Critics/));
    const passage = link!.evidence[0]!;
    expect(wire.text.slice(passage.aStart, passage.aEnd)).toContain('Velsk');
  });

  it('does not link an independent report of the same event', () => {
    expect(compareArticles(compared(wire), compared(fixtureArticle('own', PACT_OWN_REPORT))).link).toBeNull();
  });

  it('does not link unrelated articles', () => {
    expect(compareArticles(compared(wire), compared(fixtureArticle('quake', QUAKE_NORTH))).link).toBeNull();
  });

  it('takes the earlier publication as the original when both are dated', () => {
    const early = fixtureArticle('late-id', PACT.slice(0, 5), { published: '2024-03-01' });
    const late = fixtureArticle('early-id', PACT, { published: '2024-03-02' });
    const { link } = compareArticles(compared(late), compared(early));
    expect(link?.original).toBe('late-id');
    expect(link?.reason).toMatch(/published earlier/);
  });
});
