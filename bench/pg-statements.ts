// `npm run bench -- pg-statements [--articles 2000]`: where the PostgreSQL server's time goes while one
// `corroborate worker` ingests N synthetic articles: pg_stat_statements per statement (calls, time, rows,
// blocks, WAL) on a throw-away PostgreSQL server, the WAL of the whole ingest, and the largest relations.
// It runs the built CLI (dist/: `npm run build` first), as the workers bench does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CLI } from '../test/run-cli.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { syntheticInputs } from './synthetic/synthetic-documents.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' } } });
const total = Number(values.articles);
const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-statements-'));
const input = join(dir, 'articles.jsonl');
writeFileSync(input, [...syntheticInputs(total)].map((x) => JSON.stringify(x.input)).join('\n') + '\n');
const server = await startPostgres({ shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.max': '10000' });
const db = new pg.Client({ connectionString: server.url });
await db.connect();
const cli = (args: string[]) => {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = createInterface({ input: child.stderr! });
  lines.on('line', (line) => console.error(line));
  // The worker migrates and creates its queue before this line (a fixed wait was too short on a loaded machine).
  const ready = new Promise<void>((resolve) => lines.on('line', (line) => line.startsWith('worker: taking jobs') && resolve()));
  return { child, ready, done: new Promise((resolve) => child.on('close', resolve)) };
};
try {
  await db.query('CREATE EXTENSION pg_stat_statements');
  const worker = cli(['worker', '--db', server.url, '--quiet']);
  await worker.ready;
  await db.query('SELECT pg_stat_statements_reset()');
  const walBefore = (await db.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn')).rows[0]!.lsn;
  const started = Date.now();
  const enqueue = cli(['ingest', input, '--db', server.url, '--enqueue']);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { rows } = await db.query<{ stored: string; unplaced: string }>(
      'SELECT (SELECT count(*) FROM articles) AS stored, (SELECT count(*) FROM articles WHERE story_id IS NULL) AS unplaced',
    );
    if (Number(rows[0]!.stored) >= total && Number(rows[0]!.unplaced) === 0) break;
  }
  const seconds = (Date.now() - started) / 1000;
  await enqueue.done;
  worker.child.kill('SIGTERM');
  await worker.done;
  const wal = Number((await db.query<{ bytes: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes', [walBefore])).rows[0]!.bytes);
  const sum = (await db.query<{ ms: string; calls: string }>('SELECT sum(total_exec_time) AS ms, sum(calls) AS calls FROM pg_stat_statements')).rows[0]!;
  console.log(`${total} articles in ${seconds.toFixed(1)} s; statements ${Number(sum.ms).toFixed(0)} ms (${(Number(sum.ms) / total).toFixed(2)} ms/article), ${sum.calls} calls; WAL ${(wal / 1e6).toFixed(1)} MB (${(wal / total / 1024).toFixed(1)} kB/article)`);
  console.log('  calls       ms  ms/article      rows    blocks  WAL kB  statement');
  const { rows } = await db.query<Record<string, string>>(
    `SELECT calls, total_exec_time AS ms, rows, shared_blks_hit + shared_blks_read AS blocks, wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query
     FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25`,
  );
  for (const r of rows) {
    console.log(
      `${r.calls!.padStart(7)} ${Number(r.ms).toFixed(0).padStart(8)} ${(Number(r.ms) / total).toFixed(3).padStart(11)} ${r.rows!.padStart(9)} ${r.blocks!.padStart(9)} ${String(Math.round(Number(r.wal_bytes) / 1024)).padStart(7)}  ${r.query}`,
    );
  }
  const sizes = await db.query<{ relname: string; kb: string }>(
    `SELECT relname, pg_total_relation_size(oid) / 1024 AS kb FROM pg_class WHERE relkind IN ('r', 'i') AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 12`,
  );
  console.log('largest relations:', sizes.rows.map((r) => `${r.relname} ${r.kb} kB`).join(', '));
} finally {
  await db.end();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
