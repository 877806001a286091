// `npm run bench -- serve [--articles 100000] [--seconds 10] [--connections 50] [--ingest-articles 2000] [--ingest-batch 100]
// [--ingest-cost-articles 500] [--rebuild] [--build-only] [--processes N]`:
// the HTTP server under load. Builds (once, cached in .bench-tmp/) a collection of synthetic
// articles (bench/synthetic: stories of ~8 articles with copies and rewrites) through the ingest flow, starts `corroborate serve` on 127.0.0.1 in a child process,
// then measures with autocannon: the story list, a story dossier, search and the story page, each
// for a bounded time at N concurrent connections, with the server processes' CPU per request; and ingest through POST /api/ingest, over HTTP (the rate)
// and in this process with the server's article pool (`--ingest-cost-articles`: what a request of
// `--ingest-batch` new articles costs the ingest thread and the process, less bound to the other load than the rate).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createArticlePool } from '../src/collection/analyze-pool.js';
import { ingestDocuments } from '../src/collection/ingest-documents.js';
import type { RawDocument } from '../src/core/types.js';
import { toDocument } from '../src/ingest/structured-input.js';
import { createApp } from '../src/server/app.js';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { searchQueries } from './synthetic/search-queries.js';
import { syntheticInputs } from './synthetic/synthetic-documents.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'ingest-articles': { type: 'string', default: '2000' },
    'ingest-batch': { type: 'string', default: '100' },
    'ingest-cost-articles': { type: 'string', default: '500' },
    rebuild: { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    processes: { type: 'string', default: '1' },
  },
});
const total = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const dir = join(process.cwd(), '.bench-tmp');
const db = join(dir, `serve-synthetic-${total}.sqlite`);

async function buildCollection(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const store = await createSqliteStore(db);
  function* documents(): Generator<RawDocument> {
    for (const { source, input } of syntheticInputs(total)) yield toDocument(source, input) as RawDocument;
  }
  const started = performance.now();
  let done = 0;
  const summary = await ingestDocuments(store, documents(), {
    batchSize: 100,
    onEvent: () => {
      if (++done % 5_000 === 0) console.error(`  built ${done}/${total} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
  });
  const s = (performance.now() - started) / 1000;
  console.log(`collection: ${summary.ingested} articles ingested in-process in ${s.toFixed(1)} s = ${(summary.ingested / s).toFixed(0)} articles/s`);
  await store.close();
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0', '--processes', values.processes], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const url = /serving on (http:\/\/[^/\s]+)/.exec(err)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

interface Row {
  name: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** The server processes' CPU time over the load, per request answered (sockets, HTTP, routing, store, JSON). */
  serverCpu: number;
  /** CPU time per request served in process, one at a time. */
  cpu: number;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString());

/**
 * CPU time (ms) used so far by a process and every live descendant (the serve primary and its
 * cluster workers), from /proc: Linux only, as the machine this bench describes.
 */
function treeCpuMs(root: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // it exited between the listing and the read
    }
    // After the command name in parentheses (which may hold spaces): state, ppid, ... utime (14), stime (15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    stats.set(Number(entry), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid; at > 1; at = stats.get(at)?.parent ?? 0) if (at === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, { ticks: used }] of stats) if (inTree(pid)) ticks += used;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

let inProcess: ReturnType<typeof createApp> | undefined;

/**
 * What a request costs the server's CPU (routing, store, JSON), without the load generator and the
 * sockets: the loaded figures above depend on how much of the 2 shared cores the server got.
 */
async function cpuPerRequest(path: (i: number) => string, requests = 200): Promise<number> {
  inProcess ??= createApp({ store: await createSqliteStore(db), loopback: true, allowPrivateUrls: false });
  for (let i = 0; i < 20; i++) await (await inProcess.request(path(i))).text(); // warm up
  const before = process.cpuUsage();
  for (let i = 0; i < requests; i++) await (await inProcess.request(path(i))).text();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / requests;
}

/** Waits until the server has worked off the previous scenario's backlog, so scenarios do not bleed. */
async function drained(url: string): Promise<void> {
  for (let tries = 0; tries < 60; tries++) {
    const started = performance.now();
    // A kept-alive socket the server closed while the bench computed its queries fails once: try again.
    const answered = await fetch(`${url}/api/stories?limit=1`).then(() => true, () => false);
    if (answered && performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function load(name: string, url: string, server: number, path: (i: number) => string): Promise<Row> {
  await drained(url);
  let i = 0;
  const cpuBefore = treeCpuMs(server);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path(i++) }) }],
  });
  const serverCpu = (treeCpuMs(server) - cpuBefore) / result.requests.total;
  return { name, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx, serverCpu, cpu: NaN };
}

/** New synthetic articles (a seed of their own on every run, so they are new to the collection). */
function newInputs(count: number) {
  return [...syntheticInputs(count, 2 + (Date.now() % 1_000_000))].map((x) => x.input);
}

async function ingestThroughApi(url: string, count: number, batch: number): Promise<number> {
  const inputs = newInputs(count);
  const started = performance.now();
  let ingested = 0;
  for (let from = 0; from < count; from += batch) {
    const articles = inputs.slice(from, from + batch);
    const res = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    ingested += ((await res.json()) as { ingested: number }).ingested;
  }
  return ingested / ((performance.now() - started) / 1000);
}

/**
 * POST /api/ingest through the app in this process, with the article pool the server uses: per article,
 * the time the ingest thread was busy (its event loop's active time: the corpus step, the store's writes
 * and commits, JSON) and the CPU of the whole process (both threads). The request's reply comes after
 * its commit, so this is the cost of acknowledged articles.
 */
async function ingestCost(count: number, batch: number): Promise<{ busy: number; cpu: number; rate: number }> {
  const work = createArticlePool();
  const app = createApp({ store: await createSqliteStore(db), loopback: true, allowPrivateUrls: false, work });
  const inputs = newInputs(count + batch);
  const post = async (articles: unknown[]): Promise<number> => {
    const res = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    return ((await res.json()) as { ingested: number }).ingested;
  };
  await post(inputs.splice(0, batch)); // not counted: the pool's threads load their modules, the caches fill
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let ingested = 0;
  for (let from = 0; from < count; from += batch) ingested += await post(inputs.slice(from, from + batch));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const active = performance.eventLoopUtilization(elu).active;
  await work.close();
  return { busy: active / ingested, cpu: (used.user + used.system) / 1000 / ingested, rate: ingested / seconds };
}

if (values.rebuild || !existsSync(db)) await buildCollection();
else console.log(`collection: reusing ${db} (--rebuild to build it again)`);
if (values['build-only']) process.exit(0);
const { child, url } = await startServer();
try {
  const list = (await (await fetch(`${url}/api/stories?limit=100`)).json()) as { total: number; items: { id: string; articleCount: number }[] };
  const ids = list.items.map((s) => s.id);
  // And 100 stories spread over the whole list (oldest too), which no page-cache warmth of the newest helps.
  const spread: string[] = [];
  for (let page = 0; page < 10; page++) {
    const at = Math.floor((page * Math.max(0, list.total - 10)) / 10);
    const items = ((await (await fetch(`${url}/api/stories?limit=10&offset=${at}`)).json()) as { items: { id: string }[] }).items;
    spread.push(...items.map((s) => s.id));
  }
  // Readers page through the newest stories; deep OFFSETs are a different (store) question.
  const pages = Math.max(1, Math.min(50, Math.floor(list.total / 20)));
  const q = searchQueries(total);
  console.log(`server ${url} (${values.processes} process(es)); ${list.total} stories; ${connections} connections, ${seconds} s per scenario; Node ${process.version}`);
  console.log(`search words by document frequency: rare ${q.rare.slice(0, 3).join(', ')}…; ~1/6 ${q.sixth.join(', ')}; ~all ${q.common.join(', ')}; filter ${q.outlet}, ${q.from}..${q.to}`);
  const searchPath = (words: string[], filter = '') => (i: number) => `/api/search?q=${encodeURIComponent(words[i % words.length]!)}${filter}`;
  const scenarios: [string, (i: number) => string][] = [
    ['story list (GET /api/stories)', (i) => `/api/stories?limit=20&offset=${(i % pages) * 20}`],
    ['story dossier (GET /api/stories/:id)', (i) => `/api/stories/${ids[i % ids.length]}`],
    ['story dossier, stories across the list', (i) => `/api/stories/${spread[(i * 7) % spread.length]}`],
    ['story page (GET /stories/:id, HTML)', (i) => `/stories/${ids[i % ids.length]}`],
    ['search, a rare word', searchPath(q.rare)],
    ['search, a word in ~1/6 of articles', searchPath(q.sixth)],
    ['search, a word in ~all articles', searchPath(q.common)],
    ['search, ~all + outlet + 2 weeks', searchPath(q.common, `&outlet=${encodeURIComponent(q.outlet)}&from=${q.from}&to=${q.to}`)],
  ];
  const loadAverage = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`load average (1, 5, 15 min) at start: ${loadAverage()}`);
  const rows: Row[] = [];
  for (const [name, path] of scenarios) rows.push({ ...(await load(name, url, child.pid!, path)), cpu: await cpuPerRequest(path) });
  console.log('\nscenario                                  p50 ms   p99 ms    req/s  errors  server CPU ms/req  CPU ms/req  target');
  for (const r of rows) {
    const target = /dossier|search/.test(r.name) ? `p99 < 50 ms: ${r.p99 < 50 ? 'met' : 'NOT met'}` : '';
    console.log(`${r.name.padEnd(40)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(8)} ${r.rps.toFixed(0).padStart(8)} ${String(r.errors).padStart(7)} ${r.serverCpu.toFixed(2).padStart(18)} ${r.cpu.toFixed(2).padStart(11)}  ${target}`);
  }
  console.log(`load average at end: ${loadAverage()}`);
  console.log('(server CPU ms/req: the server processes\' CPU over the load per request answered, from /proc. CPU ms/req: the same requests one at a time through the app in this process, no sockets. CPU time, which other work on the machine changes less than latency)');
  const batch = Number(values['ingest-batch']);
  // --ingest-articles 0 skips it (ingest grows the cached collection, which later runs then reuse).
  const rate = Number(values['ingest-articles']) > 0 ? await ingestThroughApi(url, Number(values['ingest-articles']), batch) : NaN;
  if (!Number.isNaN(rate)) console.log(`\ningest through POST /api/ingest (${batch} articles per request): ${rate.toFixed(0)} articles/s (target >= 200: ${rate >= 200 ? 'met' : 'NOT met'})`);
  const costArticles = Number(values['ingest-cost-articles']);
  if (costArticles > 0) {
    const cost = await ingestCost(costArticles, batch);
    console.log(
      `POST /api/ingest in this process (${costArticles} articles, ${batch} per request, after one batch to warm up): ingest thread busy ${cost.busy.toFixed(1)} ms/article, ` +
        `process CPU ${cost.cpu.toFixed(1)} ms/article (both threads), ${cost.rate.toFixed(0)} articles/s`,
    );
  }
  console.log(`bench peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; 2 cores shared with other helpers' work: timings are noisy`);
} finally {
  child.kill('SIGTERM');
}
