// Throughput of the article stages together (`analyzeArticle`: segmentation, entities, quotes, dates,
// publication-date check) in MB of article text per second, on one core, over the ECB+ dev documents
// (real news text). Target: at least 1 MB/s/core.
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { ExtractedArticle } from '../src/core/types.js';
import { sharedPath } from './shared-path.js';

const lines = readFileSync(sharedPath('bench', 'clustering', 'ecbplus-dev', 'documents.jsonl'), 'utf8').split('\n').filter(Boolean);
const articles: ExtractedArticle[] = lines.map((line, i) => {
  const doc = JSON.parse(line) as { id: string; text: string };
  return {
    id: doc.id ?? String(i), source: doc.id, url: null, outlet: null, title: null, byline: null, language: 'en',
    // A fixed anchor: ECB+ gives no dates, and resolving against one costs the same as against the real one.
    published: { value: '2024-06-19', from: 'declared' }, text: doc.text, messages: [],
  };
});
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);

for (const a of articles.slice(0, 50)) analyzeArticle(a); // warm-up
const rounds = Number(process.argv[2] ?? 5);
let mentions = 0;
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const a of articles) mentions += analyzeArticle(a).dates.length;
}
const seconds = (performance.now() - started) / 1000;
const mb = (bytes * rounds) / 1e6;
console.log(`analyzeArticle on ECB+ dev: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB x ${rounds} rounds`);
console.log(`throughput: ${(mb / seconds).toFixed(2)} MB/s on one core (target >= 1 MB/s/core); ${(articles.length * rounds / seconds).toFixed(0)} articles/s`);
console.log(`date mentions per round: ${mentions / rounds}; peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
