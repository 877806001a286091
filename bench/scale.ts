// `npm run bench -- scale [N]`: dedupe + clustering time and peak memory on N synthetic articles
// (bench/synthetic), added in batches of 1,000 as a store would, and copy-link precision/recall
// against the generator's copy groups. Without N: 10,000 then 100,000, each in its own process.
import { spawnSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import type { AnalyzedArticle } from '../src/core/types.js';
import { addToCorpus } from '../src/corpus/cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from '../src/corpus/cluster/memory-corpus-index.js';
import { copyGroupOf, generateArticles } from './synthetic/generate-articles.js';

const BATCH = 1000;
/** A progress line on stderr every this many articles: a 1M run takes over an hour, and its per-segment cost is the growth curve. */
const PROGRESS_EVERY = 50_000;
/** V8 heap the corpus stages used per article at 1M (8,952 MB: BENCHMARKS.md, Scale), to warn before a run that cannot finish. */
const HEAP_BYTES_PER_ARTICLE = 9_000;

async function measure(n: number): Promise<void> {
  const heapLimit = getHeapStatistics().heap_size_limit;
  if (n * HEAP_BYTES_PER_ARTICLE > heapLimit) {
    const needed = Math.ceil((n * HEAP_BYTES_PER_ARTICLE * 1.5) / 1048576);
    console.error(
      `warning: ${n} articles need ~${Math.round((n * HEAP_BYTES_PER_ARTICLE) / 1048576)} MB of V8 heap, above this process's limit of ${Math.round(heapLimit / 1048576)} MB; ` +
        `the run would end out of memory. Run it as NODE_OPTIONS=--max-old-space-size=${needed} npm run bench -- scale ${n}`,
    );
  }
  const index = new MemoryCorpusIndex();
  // Only counters and the live story ids are kept, so the bench adds no N-sized state of its own to the
  // peak RSS it reports: a pair is linked at most once (the newer article is compared with each older
  // candidate once), so the true links are the gold pairs found.
  let gold = 0;
  let groupSize = 0;
  let group = '';
  let linkCount = 0;
  let truePositives = 0;
  const liveStories = new Set<string>();
  const generatedStories = new Set<string>();
  let corpusMs = 0;
  let corpusCpuMs = 0;
  let batch: AnalyzedArticle[] = [];
  let added = 0;
  let segmentCpuMs = 0;
  const flush = async (): Promise<void> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const update = await addToCorpus(index, batch);
    corpusMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    corpusCpuMs += (used.user + used.system) / 1000;
    added += batch.length;
    if (added % PROGRESS_EVERY === 0) {
      const memory = process.memoryUsage();
      console.error(
        `  ${added} articles: ${(corpusCpuMs / 1000).toFixed(1)} s CPU so far, last ${PROGRESS_EVERY} at ${((corpusCpuMs - segmentCpuMs) / PROGRESS_EVERY).toFixed(2)} ms/article; ` +
          `RSS ${(memory.rss / 1048576).toFixed(0)} MB, heap ${(memory.heapUsed / 1048576).toFixed(0)} MB`,
      );
      segmentCpuMs = corpusCpuMs;
    }
    linkCount += update.newLinks.length;
    truePositives += update.newLinks.filter((l) => copyGroupOf(l.a) === copyGroupOf(l.b)).length;
    for (const s of update.touchedStories) liveStories.add(s.id);
    for (const id of update.removedStories) liveStories.delete(id);
    batch = [];
  };
  const wall = performance.now();
  for (const item of generateArticles(n)) {
    // Every pair of articles in one copy group (an original and its copies) should be linked; a group's
    // articles are generated one after another.
    const g = copyGroupOf(item.article.id);
    groupSize = g === group ? groupSize + 1 : 1;
    group = g;
    gold += groupSize - 1;
    generatedStories.add(item.story);
    batch.push(item.article);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  console.log(
    `N=${n}: corpus stages ${(corpusMs / 1000).toFixed(1)} s wall, ${(corpusCpuMs / 1000).toFixed(1)} s CPU (${((corpusCpuMs * 1000) / n).toFixed(0)} µs CPU/article), ` +
      `wall with generation ${((performance.now() - wall) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ` +
      `copy links ${linkCount}: P ${(truePositives / (linkCount || 1)).toFixed(4)} R ${(truePositives / (gold || 1)).toFixed(4)}; ` +
      `stories ${liveStories.size} (generated ${generatedStories.size})`,
  );
}

const arg = process.argv[2];
if (arg) {
  await measure(Number(arg));
} else {
  for (const n of [10_000, 100_000]) {
    spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, String(n)], { stdio: 'inherit' });
  }
  console.log('(this machine: 2 cores shared with other helpers; timings are noisy)');
}
