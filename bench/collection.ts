// `npm run bench -- collection [--articles N] [--batch-size N] [--data invented|synthetic]`: ingest
// throughput of the whole ingest flow (extract, analyse, store, story update) into a fresh SQLite file,
// then read latency of search, the story list and a story dossier on the resulting collection.
// `invented` (test/support) shares one template, so it all becomes one story (a worst case for story
// updates); `synthetic` (bench/synthetic) has stories of about 8 articles with copies and rewrites.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createArticlePool } from '../src/collection/analyze-pool.js';
import { ingestDocuments } from '../src/collection/ingest-documents.js';
import { toDocument } from '../src/ingest/structured-input.js';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { RawDocument } from '../src/core/types.js';
import { inventedArticle } from '../test/support/invented-articles.js';
import { syntheticInputs } from './synthetic/synthetic-documents.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '20000' }, 'batch-size': { type: 'string', default: '100' }, data: { type: 'string', default: 'invented' } } });
const total = Number(values.articles);
const batchSize = Number(values['batch-size']);
const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

function* documents(): Generator<RawDocument> {
  if (values.data === 'synthetic') {
    for (const { source, input } of syntheticInputs(total)) yield toDocument(source, input) as RawDocument;
    return;
  }
  for (let i = 0; i < total; i++) yield toDocument(`bench.jsonl:${i + 1}`, inventedArticle(i)) as RawDocument;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(label: string, runs: number, work: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(38)} p50 ${percentile(times, 50).toFixed(2)} ms   p99 ${percentile(times, 99).toFixed(2)} ms   (${runs} runs)`);
}

const store = await createSqliteStore(join(dir, 'bench.sqlite'));
const pool = createArticlePool();
const started = performance.now();
const summary = await ingestDocuments(store, documents(), { batchSize, work: pool });
const seconds = (performance.now() - started) / 1000;
await pool.close();
console.log(`ingest (${values.data}): ${summary.ingested} articles in ${seconds.toFixed(1)} s = ${(summary.ingested / seconds).toFixed(0)} articles/s (batch ${batchSize}; target >= 200/s)`);
console.log(`collection: ${JSON.stringify(await store.stats())}`);

// The invented articles share one template, so these words match nearly every article: a worst case.
const words = ['ferry', 'households', 'river banks', 'mayor', '"power cut"', 'council', 'warehouse fire', 'queues'];
const outlets = ['Coast Daily', 'Bay Herald', 'Northern Wire', 'Evening Post'];
await latency('search (selective: one report)', 200, (i) => store.search({ text: `"report ${(i * 97) % total}"` }));
await latency('search (a place: 1/6 of articles)', 200, (i) => store.search({ text: ['Velmora', 'Marrowfield', 'Lindqvist'][i % 3]! }));
await latency('search (words in ~every article)', 200, (i) => store.search({ text: words[i % words.length]! }));
await latency('search (words + outlet + dates)', 200, (i) =>
  store.search({ text: words[i % words.length]!, outlet: outlets[i % outlets.length], from: '2024-05-03', to: '2024-05-20' }),
);
await latency('search (page 5)', 100, (i) => store.search({ text: words[i % words.length]!, offset: 80 }));
const stories = await store.listStories({ limit: 200, offset: 0 });
await latency('story list (page of 20)', 200, (i) => store.listStories({ limit: 20, offset: (i % 50) * 20 }));
await latency('story dossier', 200, (i) => store.storyDossier(stories.items[i % stories.items.length]!.id));
clearInterval(sample);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB; Node ${process.version}; 2 shared cores (timings are noisy while other work runs)`);
await store.close();
rmSync(dir, { recursive: true, force: true });
