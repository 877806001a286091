// `npm run bench -- step-writes --db COPY [--articles 100] [--seed 7]`: which SQLite tables an ingest of N new
// synthetic articles dirties, counted from the WAL's frames (page numbers mapped to tables with `dbstat`).
// COPY is changed: use a copy of a collection (e.g. of .bench-tmp/serve-synthetic-100000.sqlite). The analysis
// runs in this process, so the batch may be cut into several story steps; the WAL holds them all.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ingestDocuments } from '../src/collection/ingest-documents.js';
import type { RawDocument } from '../src/core/types.js';
import { toDocument } from '../src/ingest/structured-input.js';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { syntheticInputs } from './synthetic/synthetic-documents.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, articles: { type: 'string', default: '100' }, seed: { type: 'string', default: '7' } } });
const path = values.db;
if (!path || !existsSync(path)) {
  console.error('--db COPY: a copy of an SQLite collection (it is changed)');
  process.exit(2);
}
const reader = new Database(path);
reader.pragma('wal_checkpoint(TRUNCATE)');
// An open read transaction keeps the WAL from being checkpointed and restarted while the ingest writes.
reader.exec('BEGIN');
reader.prepare('SELECT count(*) FROM articles').get();
const store = await createSqliteStore(path);
const docs = [...syntheticInputs(Number(values.articles), Number(values.seed))].map(({ source, input }) => toDocument(source, input) as RawDocument);
const summary = await ingestDocuments(store, docs, { batchSize: docs.length });
await store.close();
reader.exec('COMMIT');

const wal = readFileSync(`${path}-wal`);
const pageSize = wal.readUInt32BE(8);
const frames = new Map<number, number>();
for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
  const page = wal.readUInt32BE(at); // a frame: 24-byte header (page number first), then the page
  frames.set(page, (frames.get(page) ?? 0) + 1);
}
const owner = new Map((reader.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map((r) => [r.pageno, r.name]));
const byTable = new Map<string, { pages: number; frames: number }>();
for (const [page, count] of frames) {
  const name = owner.get(page) ?? '(free)';
  const entry = byTable.get(name) ?? { pages: 0, frames: 0 };
  entry.pages++;
  entry.frames += count;
  byTable.set(name, entry);
}
console.log(`${summary.ingested} articles ingested (${summary.duplicates} duplicates, ${summary.failed} failed); WAL ${(wal.length / 1e6).toFixed(1)} MB, ${frames.size} distinct ${pageSize}-byte pages`);
for (const [name, e] of [...byTable].sort((a, b) => b[1].pages - a[1].pages)) console.log(`${name.padEnd(40)} ${String(e.pages).padStart(7)} pages ${String(e.frames).padStart(7)} frames`);
reader.close();
