// Acceptance test of claims, conflicts and drift on the five real seed articles, through the real
// pipeline (extract, analyze, corpus stages). It names seed contents: it checks this data, not the product.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-path.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { Dossier, SourcePassage } from '../src/core/types.js';
import { buildDossier } from '../src/corpus/build-dossier.js';
import { sourceGroups } from '../src/corpus/compare/source-groups.js';
import { extractArticle } from '../src/extract/extract-article.js';

const seedDir = sharedPath('corpus', 'seeds');
let dossier: Dossier;

beforeAll(async () => {
  const articles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const result = extractArticle({ source: name, format: 'text', body: new Uint8Array(readFileSync(`${seedDir}/${name}`)), declared: {}, messages: [] });
    if ('failure' in result) throw new Error(`${name}: ${result.failure}`);
    return analyzeArticle(result.article);
  });
  dossier = await buildDossier(articles, [], new Date('2026-01-01T00:00:00Z'));
});

const idOf = (prefix: string): string => dossier.articles.find((a) => a.source.startsWith(prefix))!.id;
const says = (p: SourcePassage, prefix: string, words: string): boolean => p.articleId === idOf(prefix) && p.text.includes(words);
const allConflicts = () => dossier.stories.flatMap((s) => s.conflicts);

describe('seeds: what is disputed', () => {
  it('reports whether the treaty obliges automatic military assistance as a conflict, with both passages and the unclear ones', () => {
    const conflict = allConflicts().find((c) => c.kind === 'polarity');
    expect(conflict).toBeDefined();
    const sides = [conflict!.a, conflict!.b];
    expect(sides.some((p) => says(p, '003', 'does not include a clause on automatic military intervention'))).toBe(true);
    expect(sides.some((p) => says(p, '004', 'shall immediately render military assistance'))).toBe(true);
    const open = conflict!.open ?? [];
    expect(open.some((p) => /unclear|vague|not immediately clear/.test(p.text))).toBe(true);
  });

  it('reports no conflict between consistent statements', () => {
    // Every conflict found is the treaty-clause one: in particular no "third summit" (a past fact) vs
    // "fourth meeting" (if they meet again), and no "first visit in 24 years" vs "first since July 2000".
    for (const c of allConflicts()) {
      expect(c.kind).toBe('polarity');
      expect(c.about).toContain('automatic military intervention');
    }
    const texts = allConflicts().flatMap((c) => [c.a.text, c.b.text]);
    expect(texts.some((t) => t.includes('third summit') || t.includes('fourth meeting'))).toBe(false);
  });
});

describe('seeds: what is established', () => {
  it('corroborates the signing of the agreement on 2024-06-19 by several independent sources, the rewrite counted once', () => {
    const groups = sourceGroups(dossier.stories);
    const claims = dossier.stories.flatMap((s) => s.claims).filter((c) => c.status === 'corroborated');
    const signing = claims.find((c) => c.evidence.some((e) => e.text.includes('signed') && e.text.includes('Kim Jong')));
    expect(signing).toBeDefined();
    const onTheDay = signing!.evidence.filter((e) =>
      dossier.articles.find((a) => a.id === e.articleId)!.dates.some((d) => d.start >= e.start && d.end <= e.end && d.value === '2024-06-19'),
    );
    expect(new Set(onTheDay.map((e) => groups.get(e.articleId) ?? e.articleId)).size).toBeGreaterThanOrEqual(2);
    expect(signing!.articleIds).toEqual(expect.arrayContaining([idOf('001'), idOf('002')]));
    expect(signing!.independentSources).toBe(signing!.articleIds.length - 1);
  });
});

describe('seeds: what the rewrite changed', () => {
  it('shows "could mark the strongest connection" becoming "considered the strongest alliance"', () => {
    const drift = dossier.stories.flatMap((s) => s.drift ?? []);
    const entry = drift.find((d) => d.original.text.includes('could mark the strongest connection'));
    expect(entry).toBeDefined();
    expect(entry!.rewrite.text).toContain('considered the strongest alliance');
    expect(entry!.original.articleId).toBe(idOf('002'));
    expect(entry!.changes.some((c) => c.kind === 'hedge-removed' && c.from.includes('could'))).toBe(true);
  });
});
