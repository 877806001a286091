// `npm run bench -- scale [N]`: dedupe + clustering time and peak memory on N synthetic articles
// (bench/synthetic), added in batches of 1,000 as a store would, and copy-link precision/recall
// against the generator's copy groups. Without N: 10,000 then 100,000, each in its own process.
import { spawnSync } from 'node:child_process';
import type { Link } from '../src/core/types.js';
import { addToCorpus } from '../src/corpus/cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from '../src/corpus/cluster/memory-corpus-index.js';
import { generateArticles, type SyntheticArticle } from './synthetic/generate-articles.js';

const BATCH = 1000;

async function measure(n: number): Promise<void> {
  const index = new MemoryCorpusIndex();
  const group = new Map<string, string>();
  const story = new Map<string, string>();
  const links: Link[] = [];
  const predictedStory = new Map<string, string>();
  let corpusMs = 0;
  let corpusCpuMs = 0;
  let batch: SyntheticArticle[] = [];
  const flush = async (): Promise<void> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const update = await addToCorpus(index, batch.map((b) => b.article));
    corpusMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    corpusCpuMs += (used.user + used.system) / 1000;
    links.push(...update.newLinks);
    for (const s of update.touchedStories) for (const id of s.articleIds) predictedStory.set(id, s.id);
    batch = [];
  };
  const wall = performance.now();
  for (const item of generateArticles(n)) {
    group.set(item.article.id, item.copyOf ?? item.article.id);
    story.set(item.article.id, item.story);
    batch.push(item);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  const gold = goldPairs(group);
  const predictedPairs = new Set(links.map((l) => key(l.a, l.b)));
  const truePositives = links.filter((l) => group.get(l.a) === group.get(l.b)).length;
  const found = [...gold].filter((p) => predictedPairs.has(p)).length;
  console.log(
    `N=${n}: corpus stages ${(corpusMs / 1000).toFixed(1)} s wall, ${(corpusCpuMs / 1000).toFixed(1)} s CPU (${((corpusCpuMs * 1000) / n).toFixed(0)} µs CPU/article), ` +
      `wall with generation ${((performance.now() - wall) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ` +
      `copy links ${links.length}: P ${(truePositives / (links.length || 1)).toFixed(4)} R ${(found / (gold.size || 1)).toFixed(4)}; ` +
      `stories ${new Set(predictedStory.values()).size} (generated ${new Set(story.values()).size})`,
  );
}

/** Every pair of articles in one copy group (an original and its copies) should be linked. */
function goldPairs(group: Map<string, string>): Set<string> {
  const members = new Map<string, string[]>();
  for (const [id, g] of group) members.set(g, [...(members.get(g) ?? []), id]);
  const pairs = new Set<string>();
  for (const ids of members.values()) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(key(ids[i]!, ids[j]!));
  return pairs;
}

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

const arg = process.argv[2];
if (arg) {
  await measure(Number(arg));
} else {
  for (const n of [10_000, 100_000]) {
    spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, String(n)], { stdio: 'inherit' });
  }
  console.log('(this machine: 2 cores shared with other helpers; timings are noisy)');
}
