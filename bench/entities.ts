// `npm run bench -- entities`: the entity recogniser against compromise (a maintained NLP library
// with person/organisation/place tagging), on MEANTIME (../shared/bench/entities-timeline/meantime,
// 120 Wikinews articles) and on the seeds. Gold: the proper-name mentions (syntactic_type NAM) of
// persons, organisations and locations. A predicted mention is right when it overlaps a gold one;
// "typed" also needs the type to agree (person=PER, organization=ORG, place|country=LOC).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findEntities } from '../src/analyze/entities/find-entities.js';
import { splitSentences } from '../src/analyze/segment/split-sentences.js';
import { sharedPath } from './shared-path.js';

interface Span { start: number; end: number; type: string }
interface Doc { text: string; gold: Span[] }

function loadMeantime(): Doc[] {
  const root = sharedPath('bench', 'entities-timeline', 'meantime', 'intra-doc_annotation');
  const docs: Doc[] = [];
  for (const corpus of readdirSync(root)) {
    for (const file of readdirSync(join(root, corpus)).filter((f) => f.endsWith('.xml'))) {
      const xml = readFileSync(join(root, corpus, file), 'utf8');
      const offsets = new Map<string, [number, number]>();
      let text = '';
      let sentence = '0';
      for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const word = m[3]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        if (text) text += m[1] === sentence ? ' ' : '\n\n';
        sentence = m[1]!;
        offsets.set(m[2]!, [text.length, text.length + word.length]);
        text += word;
      }
      const typeOf = new Map<string, string>();
      for (const m of xml.matchAll(/<ENTITY [^>]*ent_type="(\w+)"[^>]*m_id="(\d+)"/g)) typeOf.set(m[2]!, m[1]!);
      const refers = new Map<string, string>();
      for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
        const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
        for (const s of m[1]!.matchAll(/<source m_id="(\d+)"/g)) if (target) refers.set(s[1]!, target);
      }
      const gold: Span[] = [];
      for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)"[^>]*syntactic_type="NAM">([\s\S]*?)<\/ENTITY_MENTION>/g)) {
        const type = typeOf.get(refers.get(m[1]!) ?? '');
        const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((t) => offsets.get(t[1]!)).filter((x) => x !== undefined);
        if (!type || !['PER', 'ORG', 'LOC'].includes(type) || ids.length === 0) continue;
        gold.push({ start: ids[0]![0], end: ids[ids.length - 1]![1], type });
      }
      docs.push({ text, gold });
    }
  }
  return docs;
}

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', country: 'LOC' };

function ours(text: string): Span[] {
  return findEntities(text, splitSentences(text)).filter((e) => !/^the /i.test(e.text)).map((e) => ({ start: e.start, end: e.end, type: TYPE[e.type]! }));
}

function theirs(text: string): Span[] {
  const doc = nlp(text);
  const spans: Span[] = [];
  const add = (view: { json: (options: object) => unknown }, type: string) => {
    for (const m of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
      spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'LOC');
  return spans;
}

function score(docs: Doc[], run: (text: string) => Span[]) {
  let tp = 0, typed = 0, predicted = 0, gold = 0, found = 0, chars = 0;
  const t0 = performance.now();
  const outputs = docs.map((d) => run(d.text));
  const ms = performance.now() - t0;
  docs.forEach((d, i) => {
    const pred = outputs[i]!;
    chars += d.text.length;
    predicted += pred.length;
    gold += d.gold.length;
    for (const p of pred) {
      const hit = d.gold.find((g) => g.start < p.end && p.start < g.end);
      if (hit) tp++;
      if (hit && hit.type === p.type) typed++;
    }
    for (const g of d.gold) if (pred.some((p) => g.start < p.end && p.start < g.end)) found++;
  });
  const p = tp / Math.max(1, predicted), r = found / Math.max(1, gold);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r), typed: typed / Math.max(1, tp), mbps: chars / 1e3 / ms };
}

const fmt = (s: ReturnType<typeof score>) =>
  `P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  type agrees ${(100 * s.typed).toFixed(1)}%  ${s.mbps.toFixed(2)} MB/s`;

const meantime = loadMeantime();
console.log(`MEANTIME: ${meantime.length} articles, ${meantime.reduce((n, d) => n + d.gold.length, 0)} gold name mentions (PER/ORG/LOC)`);
score(meantime.slice(0, 10), ours); // warm-up, so neither side pays for the JIT alone
score(meantime.slice(0, 10), theirs);
console.log(`  corroborate  ${fmt(score(meantime, ours))}`);
console.log(`  compromise   ${fmt(score(meantime, theirs))}`);
const seeds = readdirSync(sharedPath('corpus', 'seeds')).map((f) => readFileSync(sharedPath('corpus', 'seeds', f), 'utf8'));
const time = (run: (t: string) => unknown) => {
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) for (const s of seeds) run(s);
  return (5 * seeds.reduce((n, s) => n + s.length, 0)) / 1e3 / (performance.now() - t0);
};
console.log(`seeds speed (5 rounds): corroborate ${time(ours).toFixed(2)} MB/s, compromise ${time(theirs).toFixed(2)} MB/s (one core; the machine is shared, so timings are noisy)`);
