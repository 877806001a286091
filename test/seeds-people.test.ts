// The five seed articles: every quote listed here must carry its speaker, the pronoun and «» ones
// included, and the name variants the issue lists must merge.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-path.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { AnalyzedArticle } from '../src/core/types.js';
import { storyEntities } from '../src/corpus/people/story-entities.js';
import { storyQuotes } from '../src/corpus/people/story-quotes.js';
import { extractArticle } from '../src/extract/extract-article.js';

const dir = sharedPath('corpus', 'seeds');
const seeds = new Map<string, AnalyzedArticle>();

beforeAll(() => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const result = extractArticle({ source: file, format: 'text', body: readFileSync(join(dir, file)), declared: {}, messages: [] });
    if ('failure' in result) throw new Error(`${file}: ${result.failure}`);
    seeds.set(file.slice(0, 3), analyzeArticle(result.article));
  }
});

const speakerOf = (seed: string, opening: string) => {
  const article = seeds.get(seed)!;
  const quote = article.quotes.find((q) => q.text.startsWith(opening));
  expect(quote, `quote "${opening}" in seed ${seed}`).toBeDefined();
  return quote!.speaker;
};

describe('seed quotes and their speakers', () => {
  it.each([
    ['000', 'I believe that such a visit', 'Andrey Rudenko'],
    ['000', 'The main goal of all these policies', 'Andrey Rudenko'], // He said, ...
    ['000', 'This is not aimed at South Korea', 'Andrey Rudenko'], // He reiterated, ...
    ['000', 'I look forward to your return visit', 'Vladimir Putin'],
    ['000', 'There is nothing new', 'Vladimir Putin'],
    ['000', 'As far as I know', 'Vladimir Putin'], // He argued, ...
    ['002', 'fight against the imperialist', 'Vladimir Putin'], // what he said was ...
    ['002', 'in desperation, to develop', 'Antony J. Blinken'],
    ['002', 'bilateral arrangements', 'Lin Jian'],
    ['002', 'it was always the North Koreans', 'Sam Greene'], // ..., he said.
    ['003', 'The comprehensive partnership agreement', 'Vladimir Putin'],
    ['003', 'Relations between our two nations', 'Kim Jong-un'],
    ['003', 'Russia and North Korea have our own', 'Vladimir Putin'], // ..., he said.
    ['003', 'We highly appreciate', 'Vladimir Putin'], // was quoted as saying by Tass
    ['003', 'We appreciate the important mission', 'Kim Jong-un'],
    ['003', 'It looks like the summit', 'Doo Jin-ho'],
    ['003', 'Putin wants to show the world', 'Hyun Seung-soo'],
    ['004', 'At the meeting, President Putin asked', 'Central Telegraph Agency of North Korea'],
    ['004', 'The Treaty on Comprehensive Strategic Partnership', 'Dmitry Medvedev'],
    ['004', 'The entry into force of the treaty', 'Russian Foreign Ministry'],
    ['004', 'aims to reduce the risk', 'Andrey Belousov'],
    ['004', 'As you know, today our treaty', 'Vladimir Putin'], // ..., he stressed.
    ['004', 'North Korea will always be', 'Kim Jong Un'],
  ])('seed %s: “%s…” is %s’s', (seed, opening, speaker) => {
    expect(speakerOf(seed, opening)).toBe(speaker);
  });

  it('does not take the «Multilateral Monitoring Group» name for a quote', () => {
    expect(seeds.get('004')!.quotes.some((q) => q.text.startsWith('Multilateral Monitoring'))).toBe(false);
  });
});

describe('seed entities', () => {
  const mention = (seed: string, text: string) => seeds.get(seed)!.entities.find((e) => e.text === text);

  it('keeps the title apart from the name', () => {
    expect(mention('000', 'Andrey Rudenko')).toMatchObject({ name: 'Andrey Rudenko', role: 'Deputy Foreign Minister' });
    expect(mention('003', 'Andrey Belousov')).toMatchObject({ role: 'Defense Minister' });
  });

  it('merges surnames, spellings and role descriptions within an article', () => {
    expect(mention('000', 'Kim')).toMatchObject({ name: 'Kim Jong Un', type: 'person' });
    expect(mention('000', 'Putin')).toMatchObject({ name: 'Vladimir Putin' });
    expect(mention('003', 'Kim')).toMatchObject({ name: 'Kim Jong-un' });
    expect(mention('003', 'The Russian leader')).toMatchObject({ name: 'Vladimir Putin' });
    expect(mention('003', 'The North Korean leader')).toMatchObject({ name: 'Kim Jong-un' });
    expect(mention('001', 'the Russian leader')).toMatchObject({ name: 'Vladimir Putin' });
  });

  it('keeps capitals as places linked to their country, and DPRK as North Korea', () => {
    expect(mention('002', 'Pyongyang')).toMatchObject({ type: 'place', linkedTo: 'North Korea' });
    expect(mention('004', 'DPRK')).toMatchObject({ type: 'country', name: 'North Korea' });
  });

  it('merges the story’s variants across articles', () => {
    const entities = storyEntities([...seeds.values()]);
    const kim = entities.find((e) => e.name === 'Kim Jong Un')!;
    expect(kim.aliases).toEqual(expect.arrayContaining(['Kim', 'Kim Jong-un']));
    expect(kim.articleIds).toHaveLength(5);
    const putin = entities.find((e) => e.name === 'Vladimir Putin')!;
    expect(putin.aliases).toEqual(expect.arrayContaining(['Putin']));
    expect(putin.aliases.some((a) => /the Russian leader/i.test(a))).toBe(true);
    expect(entities.filter((e) => /Kim Jong.un/i.test(e.name))).toHaveLength(1);
  });

  it('groups the same quote across articles, wordings that differ included', () => {
    const quotes = storyQuotes([...seeds.values()]);
    const treaty = quotes.find((q) => q.variants.some((v) => v.text.startsWith('strongest-ever treaty')));
    expect(treaty?.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['strongest ever treaty.', 'strongest-ever treaty,']));
    expect(treaty?.speaker).toBe('Kim Jong Un');
  });
});
