import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from './src/analyze/segment/split-sentences.js';
import { findEntities } from './src/analyze/entities/find-entities.js';
const dir = '/work/shared/corpus/seeds/';
for (const f of readdirSync(dir)) {
  if (process.argv[2] && !f.startsWith(process.argv[2])) continue;
  const text = readFileSync(dir + f, 'utf8');
  const ents = findEntities(text, splitSentences(text));
  console.log('=== ' + f);
  const seen = new Map<string, Set<string>>();
  for (const e of ents) { const k = `${e.type}:${e.name}${e.linkedTo ? '→' + e.linkedTo : ''}`; const s = seen.get(k) ?? new Set(); s.add(e.text + (e.role ? ` [${e.role}]` : '')); seen.set(k, s); }
  for (const [k, s] of seen) console.log(k, ' :: ', [...s].join(' | '));
}
