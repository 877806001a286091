// `npm run bench -- grow [--db PATH] [--articles 2000] [--seed 2] [--batch-size 100]`: the ingest rate of one
// `corroborate ingest` process into a collection that is already big. Default collection: the serve bench's
// .bench-tmp/serve-synthetic-100000.sqlite (`npm run bench -- serve --articles 100000 --build-only` builds it).
// The articles are synthetic (bench/synthetic) with a seed other than 1, so they are new to a collection built
// from seed 1; the run adds them for good (use another --seed next time, or a copy of the file).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CLI } from '../test/run-cli.js';
import { syntheticInputs } from './synthetic/synthetic-documents.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join('.bench-tmp', 'serve-synthetic-100000.sqlite') },
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '2' },
    'batch-size': { type: 'string', default: '100' },
  },
});
const db = values.db;
if (!existsSync(db)) {
  console.error(`no collection at ${db}: build one with \`npm run bench -- serve --articles 100000 --build-only\`, or pass --db`);
  process.exit(2);
}
const total = Number(values.articles);
const seed = Number(values.seed);
if (seed === 1) {
  console.error('--seed 1 is the seed the bench collections are built from: its articles would all be duplicates');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'corroborate-grow-'));
const input = join(dir, 'articles.jsonl');
writeFileSync(input, [...syntheticInputs(total, seed)].map((item) => JSON.stringify(item.input)).join('\n') + '\n');

const started = performance.now();
let last = started;
let stored = 0;
const child = spawn(process.execPath, [CLI, 'ingest', input, '--db', db, '--quiet', '--batch-size', values['batch-size']], { stdio: ['ignore', 'pipe', 'pipe'] });
child.stderr.pipe(process.stderr);
// The CLI prints a line per article once it is committed: the rate per 1,000 shows the caches warming up.
createInterface({ input: child.stdout }).on('line', () => {
  if (++stored % 1000 !== 0) return;
  const now = performance.now();
  console.log(`${String(stored).padStart(7)} articles   ${(1000 / ((now - last) / 1000)).toFixed(0)} articles/s over the last 1,000`);
  last = now;
});
const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
const seconds = (performance.now() - started) / 1000;
console.log(`${stored} articles into ${db} in ${seconds.toFixed(1)} s (process start-up included) = ${(stored / seconds).toFixed(0)} articles/s (target >= 200/s)`);
rmSync(dir, { recursive: true, force: true });
process.exit(status ?? 1);
