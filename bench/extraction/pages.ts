// Loading the two development sets from ../shared (never copied into the repo).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/extract/charset/decode-bytes.js';
import { sharedPath } from '../shared-path.js';

export interface AebPage {
  id: string;
  url: string;
  html: string;
  gold: string;
}

export interface SnippetPage {
  id: string;
  url: string;
  html: string;
  want: string[];
  unwanted: string[];
}

function readHtml(path: string): string {
  const decoded = decodeBytes(gunzipSync(readFileSync(path)), { html: true });
  return 'error' in decoded ? '' : decoded.text;
}

export function loadAeb(): AebPage[] {
  const dir = sharedPath('bench', 'extraction', 'aeb-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, g]) => ({ id, url: g.url, gold: g.articleBody, html: readHtml(join(dir, 'html', `${id}.html.gz`)) }));
}

export function loadTrafilatura(): SnippetPage[] {
  const dir = sharedPath('bench', 'extraction', 'trafilatura-dev');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  return Object.entries(data).map(([url, e]) => ({
    id: e.file,
    url,
    want: e.with,
    unwanted: e.without,
    html: readHtml(join(dir, 'html', `${e.file}.gz`)),
  }));
}
