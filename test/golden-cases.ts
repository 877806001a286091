// Golden cases: every test/fixtures/<case>/input.{html,txt} and the expected.json beside it.
// Shared by scripts/update-golden.ts (writes expected.json) and test/golden.test.ts (compares).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../src/core/types.js';
import { extractArticle, type ExtractResult } from '../src/extract/extract-article.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(repoRoot, 'test', 'fixtures');

const FORMATS: Record<string, RawDocument['format']> = { html: 'html', txt: 'text' };

export interface GoldenCase {
  name: string;
  input: string;
  expectedPath: string;
}

export function goldenCases(): GoldenCase[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const input = Object.keys(FORMATS)
        .map((ext) => join(FIXTURES, d.name, `input.${ext}`))
        .find((p) => existsSync(p));
      return input ? [{ name: d.name, input, expectedPath: join(FIXTURES, d.name, 'expected.json') }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What the extractor makes of a case today, as the text written to expected.json. */
export function renderGolden(c: GoldenCase): string {
  const ext = c.input.slice(c.input.lastIndexOf('.') + 1);
  const raw: RawDocument = {
    source: relative(repoRoot, c.input),
    format: FORMATS[ext] ?? 'text',
    body: new Uint8Array(readFileSync(c.input)),
    declared: {},
    messages: [],
  };
  const result: ExtractResult = extractArticle(raw);
  // The article itself when extraction succeeds (the shape the dossier carries), else { failure }.
  return `${JSON.stringify('article' in result ? result.article : result, null, 2)}\n`;
}
