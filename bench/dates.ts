// TempEval-3 task A on TimeBank + AQUAINT (`../shared/bench/dates/tempeval3/`): span F1 (strict, relaxed) and
// value F1 (span overlaps a gold expression and the value is equal), with the document creation time as the
// anchor. The DCT itself is not scored. TimeBank is the development split; AQUAINT (other papers, other
// years) is held out. chrono-node runs on the same text as the peer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../src/analyze/dates/find-dates.js';
import { splitSentences } from '../src/analyze/segment/split-sentences.js';
import { sharedPath } from './shared-path.js';

interface Timex {
  start: number;
  end: number;
  value: string;
}

interface Doc {
  name: string;
  split: 'dev' | 'held-out';
  text: string;
  dct: string;
  gold: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of the <TEXT> element, with the TIMEX3 spans in it. */
function parseTml(xml: string, name: string, split: Doc['split']): Doc {
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  const open: Array<{ start: number; value: string | null }> = [];
  for (const token of body.matchAll(/<(\/?)(\w+)([^>]*)>|&(\w+);|[^<&]+|&/g)) {
    if (token[2]) {
      if (token[2] !== 'TIMEX3') continue;
      if (!token[1]) open.push({ start: text.length, value: /value="([^"]*)"/.exec(token[3]!)?.[1] ?? null });
      else {
        const timex = open.pop();
        if (timex?.value) gold.push({ start: timex.start, end: text.length, value: timex.value });
      }
    } else if (token[4]) text += ENTITIES[token[4]] ?? token[0];
    else text += token[0];
  }
  return { name, split, text, dct: (dct?.[1] ?? dct?.[2] ?? '').slice(0, 10), gold };
}

function loadDocs(): Doc[] {
  const root = sharedPath('bench', 'dates', 'tempeval3', 'Training', 'TBAQ-cleaned');
  const docs: Doc[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const split = folder === 'TimeBank' ? 'dev' : 'held-out';
    for (const file of readdirSync(join(root, folder)).sort()) {
      if (file.endsWith('.tml')) docs.push(parseTml(readFileSync(join(root, folder, file), 'utf8'), file, split));
    }
  }
  return docs;
}

/**
 * Equal TIMEX3 values up to notation: trailing unspecified parts ("199X" = "199", "1968-XX" = "1968") and
 * unpadded week numbers ("2000-W2" = "2000-W02") and whole hours ("T17" = "T17:00") say the same thing.
 */
const normal = (value: string): string =>
  value
    .toUpperCase()
    .replace(/(?:-X+)+$/, '')
    .replace(/X+$/, '')
    .replace(/-W(\d)(?!\d)/, '-W0$1')
    .replace(/(T\d\d):00$/, '$1');
const sameValue = (a: string, b: string): boolean => normal(a) === normal(b);

interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
}

function score(gold: Timex[], system: Timex[], counts: Counts): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  for (const s of system) {
    const index = gold.findIndex((g, i) => !used.has(i) && g.start < s.end && s.start < g.end);
    if (index < 0) continue;
    used.add(index);
    const g = gold[index]!;
    counts.relaxed++;
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (sameValue(g.value, s.value)) counts.value++;
  }
}

const f1 = (hits: number, c: Counts): number => (hits === 0 ? 0 : (2 * hits) / (c.gold + c.system));

/** chrono-node's result as a TIMEX3 value at the precision of what it read as certain. */
function chronoTimexes(text: string, dct: string): Timex[] {
  return chrono.parse(text, new Date(`${dct}T12:00:00Z`)).map((result) => {
    const c = result.start;
    const iso = c.date().toISOString();
    let value = iso.slice(0, 10);
    if (c.isCertain('year') && !c.isCertain('month')) value = iso.slice(0, 4);
    else if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) value = iso.slice(0, 7);
    else if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday')) value = iso.slice(0, 16);
    return { start: result.index, end: result.index + result.text.length, value };
  });
}

const docs = loadDocs();
const empty = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0 });
const systems = {
  corroborate: (doc: Doc): Timex[] => findDates(doc.text, splitSentences(doc.text), { value: doc.dct, from: 'declared' }),
  'chrono-node': (doc: Doc): Timex[] => chronoTimexes(doc.text, doc.dct),
};
const chars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
console.log(`TempEval-3 (TimeBank = dev, AQUAINT = held-out): ${docs.length} documents, ${(chars / 1e6).toFixed(2)} MB`);
console.log('system        split      gold  found  strict-F1  relaxed-F1  value-F1   ms');
for (const [name, run] of Object.entries(systems)) {
  for (const split of ['dev', 'held-out', 'all'] as const) {
    const counts = empty();
    const started = performance.now();
    for (const doc of docs) if (split === 'all' || doc.split === split) score(doc.gold, run(doc), counts);
    const ms = performance.now() - started;
    console.log(
      `${name.padEnd(13)} ${split.padEnd(9)} ${String(counts.gold).padStart(5)} ${String(counts.system).padStart(6)}` +
        `  ${f1(counts.strict, counts).toFixed(3).padStart(9)}  ${f1(counts.relaxed, counts).toFixed(3).padStart(10)}` +
        `  ${f1(counts.value, counts).toFixed(3).padStart(8)} ${ms.toFixed(0).padStart(5)}`,
    );
  }
}
console.log('anchors (TempEval-3 test set, value F1): HeidelTime 0.776, SUTime 0.674; target > 0.80');
if (process.argv.includes('--errors')) {
  for (const doc of docs.filter((d) => d.split === (process.argv.includes('--held-out') ? 'held-out' : 'dev'))) {
    const found = systems.corroborate(doc);
    for (const g of doc.gold) {
      const s = found.find((x) => x.start < g.end && g.start < x.end);
      const goldText = doc.text.slice(g.start, g.end);
      const around = doc.text.slice(Math.max(0, g.start - 100), g.end + 60).replace(/\s+/g, " ");
      if (!s) console.log(`MISS  ${goldText} => ${g.value}`);
      else if (process.argv.includes("--context") && !sameValue(s.value, g.value)) console.log(`VALUE ${goldText} => ${g.value} got ${s.value} [${doc.text.slice(s.start, s.end)}] dct ${doc.dct}  ::  ${around}`);
      else if (!sameValue(s.value, g.value)) console.log(`VALUE ${goldText} => ${g.value} got ${s.value} [${doc.text.slice(s.start, s.end)}] dct ${doc.dct}`);
    }
    for (const s of found) {
      if (!doc.gold.some((g) => g.start < s.end && s.start < g.end)) console.log(`EXTRA ${doc.text.slice(s.start, s.end)} => ${s.value}${process.argv.includes("--context") ? `  ::  ${doc.text.slice(Math.max(0, s.start - 80), s.end + 40).replace(/\s+/g, " ")}` : ""}`);
    }
  }
}
