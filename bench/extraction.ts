// Body extraction on aeb-dev and trafilatura-dev: Corroborate's extractor and Readability.js (+ jsdom)
// on the same pages, same metrics, same process. `--only ours|readability` runs one of them;
// `--dump FILE` writes per-page scores (JSON) for looking at failures.
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { aebMetrics, shingleMatch, snippetCounts, snippetMetrics, type Prf } from './extraction/metrics.js';
import { bigPage } from './extraction/big-page.js';
import { loadAeb, loadTrafilatura } from './extraction/pages.js';

type Extractor = (html: string, url: string) => string;

const quietConsole = new VirtualConsole();
const extractors: Record<string, Extractor> = {
  ours: (html, url) => extractHtml(html, url).text,
  readability: (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
};

interface Run {
  aeb: Prf;
  traf: Prf;
  pagesPerSecond: number;
  peakHeapMb: number;
  peakRssMb: number;
}

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const dumpPath = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const aeb = loadAeb();
const traf = loadTrafilatura();
const dump: Record<string, unknown> = {};

function runOne(name: string, extract: Extractor): Run {
  (globalThis as { gc?: () => void }).gc?.();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const texts: string[] = [];
  const start = performance.now();
  for (const page of [...aeb, ...traf]) {
    texts.push(extract(page.html, page.url));
    sample();
  }
  const seconds = (performance.now() - start) / 1000;
  const aebScores = aeb.map((p, i) => shingleMatch(p.gold, texts[i] ?? ''));
  const trafCounts = traf.map((p, i) => snippetCounts(texts[aeb.length + i] ?? '', p.want, p.unwanted));
  dump[name] = {
    aeb: aeb.map((p, i) => ({ id: p.id, ...aebScores[i] })),
    traf: traf.map((p, i) => ({ id: p.id, ...trafCounts[i] })),
  };
  return {
    aeb: aebMetrics(aebScores),
    traf: snippetMetrics(trafCounts),
    pagesPerSecond: texts.length / seconds,
    peakHeapMb: peakHeap / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
  };
}

const fmt = (x: number): string => x.toFixed(3);
const results: Array<[string, Run]> = [];
for (const [name, extract] of Object.entries(extractors)) {
  if (only && only !== name) continue;
  results.push([name, runOne(name, extract)]);
}

console.log(`pages: aeb-dev ${aeb.length}, trafilatura-dev ${traf.length}; one process, 2 shared cores (timings noisy)`);
console.log('extractor     aeb F1  P      R      | traf F1  P      R      | pages/s | peak heap MB | peak RSS MB');
for (const [name, r] of results) {
  console.log(
    `${name.padEnd(13)} ${fmt(r.aeb.f1)}  ${fmt(r.aeb.precision)}  ${fmt(r.aeb.recall)}  | ${fmt(r.traf.f1)}   ${fmt(r.traf.precision)}  ${fmt(r.traf.recall)}  | ${r.pagesPerSecond.toFixed(1).padStart(7)} | ${r.peakHeapMb.toFixed(0).padStart(12)} | ${r.peakRssMb.toFixed(0).padStart(11)}`,
  );
}
console.log('anchors (published, whole sets): aeb trafilatura 2.0 F1 .958, Readability.js 0.6 .947, best open source .970;');
console.log('                                 traf trafilatura 2.2 F1 .924, news-please .836, readability-lxml .826');
console.log('targets: aeb F1 >= .96 and >= Readability; traf F1 >= .92; pages/s >= 3x Readability+jsdom');
const big = bigPage();
for (const [name, extract] of Object.entries(extractors)) {
  if (only && only !== name) continue;
  const start = performance.now();
  const chars = extract(big, 'https://example.org/big').length;
  console.log(`5 MB synthetic page, ${name}: ${((performance.now() - start) / 1000).toFixed(2)} s (${chars.toLocaleString('en')} characters of body)`);
}
if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump, null, 1));
