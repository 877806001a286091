// Acceptance test of the plain-text extraction on the five real seed articles (read from ../shared,
// never copied into the repository). It may name seed contents: it checks this data, not the product.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-path.js';
import type { ExtractedArticle } from '../src/core/types.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { readDateLine } from '../src/extract/text/date-line.js';

const seedDir = sharedPath('corpus', 'seeds');
const seedFiles = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();

function extractSeed(prefix: string): ExtractedArticle {
  const name = seedFiles.find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed file starting with ${prefix} in ${seedDir}`);
  const body = new Uint8Array(readFileSync(`${seedDir}/${name}`));
  const result = extractArticle({ source: name, format: 'text', body, declared: {}, messages: [] });
  if ('failure' in result) throw new Error(`${name}: ${result.failure}`);
  return result.article;
}

/** Opening words of paragraphs that belong to each article and must stay in its body. */
const OWN_PARAGRAPHS: Record<string, string[]> = {
  '000': ['Russian Deputy Foreign Minister Andrey Rudenko announced', 'On the 25th (local time), Rudenko told', 'In Hanoi, Vietnam on the 20th', 'Rudenko said that tensions in Northeast Asia'],
  '001': ['Putin and Kim Jong Un sign a mutual aid agreement', 'Russian President Vladimir Putin and North Korean leader', 'Putin thanked Kim for', 'Potential outcomes of the summit'],
  '002': ['Russian President Vladimir Putin and North Korean leader Kim Jong Un signed', 'Putin called it a “breakthrough document”', 'The trip is a good way to make', 'The Koreas also have engaged in Cold War-style'],
  '003': ["Kim Jong-un describes new relationship as 'alliance'", '"It is greatly satisfying to conclude', 'Speaking at the summit, Putin expressed gratitude', 'Hyun Seung-soo, a Russia expert'],
  '004': ['Last week a North Korean delegation', 'On October 24 last year, when the State Duma', '«The entry into force of the treaty', 'Meanwhile, in addition to deepening'],
};

describe.each(seedFiles.map((file) => file.slice(0, 3)))('seed %s', (prefix) => {
  const article = extractSeed(prefix);
  const lines = article.text.split('\n\n');

  it('keeps the article’s own paragraphs, one per block', () => {
    for (const opening of OWN_PARAGRAPHS[prefix] ?? []) expect(lines.some((line) => line.startsWith(opening)), opening).toBe(true);
    expect(lines.every((line) => line.trim() !== '' && !line.includes('\n'))).toBe(true);
  });

  it('has no ad, share, navigation, list heading, caption, credit or tag lines left in the body', () => {
    for (const line of lines) {
      expect(line).not.toMatch(/^(advertisement|share via|hot this week|related articles|topics|up|previous post.*)$/i);
      expect(line).not.toMatch(/^\(.*\/.*\)$/); // photo credit "(Name / Agency)"
      expect(line).not.toMatch(/^source:/i);
      expect(line).not.toMatch(/exchange documents\.$|reported from .* respectively\.$|written by the team of/);
      expect(line).not.toMatch(/^[a-z ]+(, [a-z ]+)+$/); // lower-case tag list
    }
  });

  it('has no teaser left: no date line, and nothing of the trailing link lists', () => {
    expect(lines.filter((line) => readDateLine(line) !== null)).toEqual([]);
    expect(article.text).not.toMatch(/Ukrainians displaced by war|Biden and Zelensky sign deal|Ghibli|Kuiper|Forbes/);
  });

  it('detects that the plain text, which declares no language, is English', () => {
    expect(article.language).toBe('en');
    expect(article.messages.some((m) => m.rule === 'language-detected')).toBe(true);
  });

  it('does not repeat the title in the body', () => {
    if (article.title) expect(lines).not.toContain(article.title);
  });

  it('accounts for every source line: in the body, or named in a message (removed or read as metadata)', () => {
    const source = readFileSync(`${seedDir}/${seedFiles.find((file) => file.startsWith(prefix))!}`, 'utf8');
    const named = new Set(article.messages.flatMap((m) => (m.text ?? '').split('\n')));
    const body = new Set(lines);
    const unaccounted = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !body.has(line) && !named.has(line));
    expect(unaccounted).toEqual([]);
  });
});

describe('seed metadata', () => {
  it('reads the leading date, title and agency line of the first seed', () => {
    const article = extractSeed('000');
    expect(article.published).toEqual({ value: '2025-04-04', from: 'text' });
    expect(article.title).toBe('Russia-North Korea Pact: Protection Promise or Political Posturing?');
    expect(article.byline).toBe('AFP-Yonhap News');
  });

  it('reads the date and time under the Korea Times title, and its source line as the outlet', () => {
    const article = extractSeed('003');
    expect(article.published).toEqual({ value: '2024-06-19T09:20', from: 'text' });
    expect(article.outlet).toBe('The Korea Times');
  });

  it('removes the eight teaser blocks and seven ad markers of the third seed (an agency story with promos)', () => {
    const messages = extractSeed('002').messages.filter((m) => m.rule === 'boilerplate-removed');
    expect(messages.filter((m) => /\n[A-Z][a-z]{2,4}\.? \d{1,2}, \d{4}$/.test(m.text ?? ''))).toHaveLength(8);
    expect(messages.filter((m) => m.text === 'Advertisement')).toHaveLength(7);
  });

  it('says when a seed states no publication date', () => {
    expect(extractSeed('004').messages.some((m) => m.rule === 'no-date')).toBe(true);
  });
});
