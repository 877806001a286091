// Acceptance on the five real seed articles: read from ../shared (never copied), extracted, analysed,
// then the corpus stages. The rewrite is found with its original and its changes, no other pair is
// linked, the four articles about the June 2024 summit form one story and the 2025 article a related one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-path.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { AnalyzedArticle } from '../src/core/types.js';
import { buildDossier } from '../src/corpus/build-dossier.js';
import { extractArticle } from '../src/extract/extract-article.js';

const dir = sharedPath('corpus', 'seeds');

function loadSeeds(): Map<string, AnalyzedArticle> {
  const seeds = new Map<string, AnalyzedArticle>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const result = extractArticle({ source: file, format: 'text', body: readFileSync(join(dir, file)), declared: {}, messages: [] });
    if (!('article' in result)) throw new Error(`seed ${file}: ${result.failure}`);
    seeds.set(file.slice(0, 3), analyzeArticle(result.article));
  }
  return seeds;
}

describe('corpus stages on the seeds', async () => {
  const seeds = loadSeeds();
  const id = (n: string): string => seeds.get(n)!.id;
  const dossier = await buildDossier([...seeds.values()], []);

  it('finds the rewrite (001 of 002), with 002 as its original, and links no other pair', () => {
    expect(dossier.links).toHaveLength(1);
    const [link] = dossier.links;
    expect(link!.kind).toBe('rewrite');
    expect([link!.a, link!.b]).toEqual([id('002'), id('001')]);
    expect(link!.original).toBe(id('002'));
    expect(link!.evidence.length).toBeGreaterThan(5);
    expect(link!.reason).toMatch(/aligned in order/);
  });

  it('lists what the rewrite changed: the hedge removed and the claim word strengthened', () => {
    const changes = dossier.links[0]!.changes;
    const hedge = changes.find((c) => c.kind === 'hedge-removed');
    expect(hedge?.from).toMatch(/could mark/);
    expect(hedge?.to).toMatch(/considered/);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'word-changed', from: 'connection', to: 'alliance' }));
    const a = seeds.get('002')!.text;
    expect(a.slice(hedge!.aStart, hedge!.aStart + hedge!.from.length)).toBe(hedge!.from);
    expect(changes.length).toBeLessThan(10);
  });

  it('groups the four summit articles into one story and relates the 2025 article to it', () => {
    const summit = dossier.stories.find((s) => s.articleIds.includes(id('002')))!;
    expect([...summit.articleIds].sort()).toEqual(['000', '001', '002', '003'].map(id).sort());
    const later = dossier.stories.find((s) => s.articleIds.includes(id('004')))!;
    expect(later.articleIds).toEqual([id('004')]);
    expect(later.related).toEqual([summit.id]);
    expect(summit.related).toEqual([later.id]);
    expect(dossier.stories).toHaveLength(2);
  });

  it('counts the rewrite and its original as one source', () => {
    const summit = dossier.stories.find((s) => s.articleIds.includes(id('002')))!;
    expect(summit.independentSources).toBe(3);
    expect(summit.copyGroups).toEqual([{ original: id('002'), copies: [{ articleId: id('001'), kind: 'rewrite' }] }]);
  });

  it('gives the same stories and links for the seeds in another order', async () => {
    const again = await buildDossier([...seeds.values()].reverse(), []);
    expect(again.links).toEqual(dossier.links);
    expect(again.stories.map((s) => [...s.articleIds].sort())).toEqual(dossier.stories.map((s) => [...s.articleIds].sort()));
  });
});
