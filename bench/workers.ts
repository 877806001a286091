// `npm run bench -- workers [--articles N] [--batch-size N] [--data synthetic|invented] [--concurrency N]`: ingest N
// articles into SQLite (one `corroborate ingest` process, the baseline) and into PostgreSQL with 1
// and with 2 `corroborate worker` processes; report articles/second, the latency of story-dossier
// reads made by this process while the ingest runs (and after it, for comparison), how much of the
// workers' time the story lock took, and the CPU each article cost the workers and the server.
// `synthetic` (bench/synthetic, the default) has stories of about 8 articles with copies and rewrites;
// `invented` (test/support) shares one template, so it all becomes one huge story (a worst case).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPostgresStore } from '../src/store/postgres/postgres-store.js';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { CLI } from '../test/run-cli.js';
import { inventedJsonLines } from '../test/support/invented-articles.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { generateArticles } from './synthetic/generate-articles.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    'batch-size': { type: 'string', default: '100' },
    data: { type: 'string', default: 'synthetic' },
    // Batches each worker process works on at once: one extracts while another is in the story step.
    concurrency: { type: 'string', default: '2' },
  },
});
const total = Number(values.articles);
const batchSize = values['batch-size'];
const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-workers-'));
const input = join(dir, 'articles.jsonl');
writeFileSync(input, values.data === 'invented' ? inventedJsonLines(0, total) : syntheticJsonLines(total));

function syntheticJsonLines(n: number): string {
  const lines: string[] = [];
  for (const { article: a } of generateArticles(n)) {
    lines.push(JSON.stringify({ url: `https://synthetic.example/${a.id}`, outlet: a.outlet, title: a.title, published: a.published.value, text: a.text }));
  }
  return `${lines.join('\n')}\n`;
}

/** CPU seconds (user + system) of a process; with `children`, also of its children it has reaped. */
function cpuSeconds(pid: number, children = false): number {
  try {
    // Fields after the command name (which may hold spaces): utime is the 14th field, cutime the 16th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
    return ((fields[11] ?? 0) + (fields[12] ?? 0) + (children ? (fields[13] ?? 0) + (fields[14] ?? 0) : 0)) / 100;
  } catch {
    return 0; // the process has exited
  }
}

/**
 * CPU seconds of the whole PostgreSQL server on `port`: the postmaster, the backends it has reaped,
 * and its live backends. The server shares the 2 cores with the workers; its share is part of the ceiling.
 */
function serverCpuSeconds(port: string): number {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const postmaster = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(`-p ${port} `);
    } catch {
      return false;
    }
  });
  if (!postmaster) return NaN;
  const backends = pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === postmaster;
    } catch {
      return false;
    }
  });
  return cpuSeconds(Number(postmaster), true) + backends.reduce((sum, pid) => sum + cpuSeconds(Number(pid)), 0);
}

interface Run {
  label: string;
  perSecond: number;
  reads: number[];
  /** Reads after ingest ended. */
  quiet: number[];
  /** The workers' own account of their time (`worker: ... story lock ...` lines at exit). */
  workerLines?: string[];
  /** CPU seconds per article: the workers', and the PostgreSQL server's. */
  cpu?: { workers: number; server: number };
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; ready: Promise<void>; done: Promise<number | null>; stats: string[] } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const stats: string[] = [];
  const ready = new Promise<void>((resolve) =>
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.startsWith('worker: taking jobs')) resolve();
      if (line.includes('story lock')) stats.push(line);
      if (line.startsWith('corroborate:')) console.error(line);
    }),
  );
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, ready, done, stats };
}

/**
 * Polls the article count while reading the newest story's dossier in a loop; throughput is taken
 * between the first stored article and the last (process start-up is not ingest).
 */
async function measure(label: string, store: Store): Promise<Run> {
  const reads: number[] = [];
  let first: { at: number; count: number } | null = null;
  for (;;) {
    const { articles } = await store.stats();
    const now = performance.now();
    if (!first && articles > 0) first = { at: now, count: articles };
    if (first && articles >= total) {
      const perSecond = (articles - first.count) / ((now - first.at) / 1000);
      return { label, perSecond, reads, quiet: [] };
    }
    reads.push(...(await readNewest(store)));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads the 5 newest stories' dossiers; the time of each read. */
async function readNewest(store: Store): Promise<number[]> {
  const times: number[] = [];
  for (const story of (await store.listStories({ limit: 5, offset: 0 })).items) {
    const start = performance.now();
    await store.storyDossier(story.id);
    times.push(performance.now() - start);
  }
  return times;
}

/** The same reads once ingest is over: what a read costs when it does not compete with ingest for the cores. */
async function quietReads(store: Store): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) times.push(...(await readNewest(store)));
  return times;
}

function latencies(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length} reads)`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function report(run: Run, baseline?: Run): void {
  const ratio = baseline ? `  (${(run.perSecond / baseline.perSecond).toFixed(2)}x ${baseline.label})` : '';
  console.log(`${run.label.padEnd(24)} ${run.perSecond.toFixed(0).padStart(5)} articles/s${ratio}   dossier read while ingesting: ${latencies(run.reads)}`);
  console.log(`  same reads after ingest: ${latencies(run.quiet)}`);
  for (const line of run.workerLines ?? []) console.log(`  ${line}`);
  if (run.cpu) {
    // With every core busy on this work, throughput could not exceed cores / CPU seconds per article.
    const perArticle = run.cpu.workers + run.cpu.server;
    console.log(
      `  CPU per article: workers ${(run.cpu.workers * 1000).toFixed(1)} ms + PostgreSQL ${(run.cpu.server * 1000).toFixed(1)} ms ` +
        `= ${(perArticle * 1000).toFixed(1)} ms: ${cpus().length} idle cores could do at most ${(cpus().length / perArticle).toFixed(0)} articles/s`,
    );
  }
}

async function sqliteRun(): Promise<Run> {
  const path = join(dir, 'baseline.sqlite');
  const store = await createSqliteStore(path);
  const ingest = cli(['ingest', input, '--db', path, '--quiet', '--batch-size', batchSize]);
  const run = await measure('SQLite, 1 process', store);
  await ingest.done;
  run.quiet = await quietReads(store);
  await store.close();
  return run;
}

async function postgresRun(serverUrl: string, workers: number): Promise<Run> {
  const name = `bench_${workers}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = serverUrl.replace(/\/postgres$/, `/${name}`);
  const port = new URL(serverUrl).port;
  const store = await createPostgresStore(url);
  const pool = Array.from({ length: workers }, () => cli(['worker', '--db', url, '--batch-size', batchSize, '--concurrency', values.concurrency, '--quiet']));
  await Promise.all(pool.map((worker) => worker.ready));
  const workerCpu = (): number => pool.reduce((sum, worker) => sum + cpuSeconds(worker.child.pid!), 0);
  const before = { workers: workerCpu(), server: serverCpuSeconds(port) };
  const enqueue = cli(['ingest', input, '--db', url, '--enqueue']);
  const run = await measure(`PostgreSQL, ${workers} worker(s)`, store);
  await enqueue.done;
  const cpu = { workers: (workerCpu() - before.workers) / total, server: (serverCpuSeconds(port) - before.server) / total };
  for (const worker of pool) worker.child.kill('SIGTERM');
  await Promise.all(pool.map((worker) => worker.done));
  run.quiet = await quietReads(store);
  await store.close();
  return { ...run, workerLines: pool.flatMap((worker) => worker.stats), cpu };
}

const server = await startPostgres();
try {
  const started = performance.now();
  console.log(`${total} ${values.data} articles, batch ${batchSize}, concurrency ${values.concurrency} per worker; reads: the 5 newest stories' dossiers, looped while ingesting`);
  const sqlite = await sqliteRun();
  report(sqlite);
  const one = await postgresRun(server.url, 1);
  report(one, sqlite);
  const two = await postgresRun(server.url, 2);
  report(two, one);
  const slowest = Math.max(...[sqlite, one, two].map((run) => run.reads.reduce((max, t) => Math.max(max, t), 0)));
  console.log(`targets: PostgreSQL 2 workers >= 1.6x 1 worker (got ${(two.perSecond / one.perSecond).toFixed(2)}x); no read above 100 ms (slowest ${slowest.toFixed(1)} ms)`);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(0)} s; Node ${process.version}; 2 cores shared with other work (load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}): timings are noisy`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
