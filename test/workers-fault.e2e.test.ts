// Several `corroborate worker` processes on one PostgreSQL collection; one is SIGKILLed while it holds
// jobs. Every article must end up stored exactly once, and the stories must equal a single-process run.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.js';
import { type PostgresServer, startPostgres } from './support/postgres-server.js';

const ARTICLES = 150;

let server: PostgresServer;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-workers-'));
const children: ChildProcess[] = [];
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const TEXTS = 30;

/** A made-up word from syllables: texts built from them share no vocabulary unless they are copies. */
function inventedWord(seed: number): string {
  const syllables = ['ka', 'lor', 'mi', 'ven', 'tas', 'ru', 'bel', 'quo', 'dri', 'san', 'zel', 'po', 'fen', 'gra', 'thu', 'wi'];
  let word = '';
  for (let n = seed * 2654435761 + 1; word.length < 7; n = Math.floor(n / 16) + 7) word += syllables[n % 16];
  return word;
}

/**
 * TEXTS invented reports, each published word for word by five outlets under different URLs, the copies
 * far apart in the input: they land in different batches, on different workers at the same moment, and
 * only the serialised story step puts each set of copies in one story. Texts share no words, so which
 * articles form a story does not depend on the order they arrive in.
 */
function jsonLines(): string {
  return Array.from({ length: ARTICLES }, (_, i) => {
    const text = i % TEXTS;
    const words = Array.from({ length: 60 }, (_, w) => inventedWord(text * 1000 + w));
    const sentence = (from: number) => `${words.slice(from, from + 12).join(' ')}.`;
    return JSON.stringify({
      url: `https://wire${Math.floor(i / TEXTS)}.example/${i}`,
      outlet: `Wire ${Math.floor(i / TEXTS)}`,
      title: `Report on ${words[0]} ${words[1]}`,
      published: `2024-05-${String(1 + (text % 28)).padStart(2, '0')}`,
      text: [sentence(0) + ' ' + sentence(12), sentence(24) + ' ' + sentence(36), sentence(48)].join('\n\n'),
    });
  }).join('\n');
}

async function database(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Each story as its sorted member ids, the list sorted: equal for equal groupings, whatever the story ids. */
async function memberships(url: string): Promise<string[]> {
  const rows = await query<{ members: string }>(url, `SELECT string_agg(id, ',' ORDER BY id) AS members FROM articles GROUP BY story_id`);
  return rows.map((row) => row.members).sort();
}

function startWorker(url: string): { child: ChildProcess; ready: Promise<void>; firstArticle: Promise<void> } {
  const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--batch-size', '5', '--job-timeout', '3'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const ready = new Promise<void>((resolve) => createInterface({ input: child.stderr! }).on('line', (line) => line.startsWith('worker: taking jobs') && resolve()));
  const firstArticle = new Promise<void>((resolve) => createInterface({ input: child.stdout! }).once('line', () => resolve()));
  return { child, ready, firstArticle };
}

/** The built CLI without blocking this process (the workers' output must keep flowing meanwhile). */
function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('workers on PostgreSQL, one killed with SIGKILL mid-job (built CLI)', () => {
  it('stores every article exactly once, and the stories equal a single-process run', async () => {
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, jsonLines());
    const single = await database('single');
    const pooled = await database('pooled');
    expect(runCli(['ingest', input, '--db', single, '--quiet']).status).toBe(0);

    const migrated = runCli(['migrate', '--db', pooled]);
    expect(migrated.stdout).toMatch(/^applied\t1\t/);
    expect(runCli(['migrate', '--db', pooled]).stderr).toMatch(/schema up to date/);
    // The pool is running (its first worker sets the queue's job timeout), then ingest hands it the articles.
    const doomed = startWorker(pooled);
    await doomed.ready;
    const queued = await runCliAsync(['ingest', input, '--db', pooled], { CORROBORATE_WORKERS: '1' });
    expect(queued.status).toBe(0);
    expect(queued.stdout.split('\n').filter((line) => line.startsWith('queued'))).toHaveLength(ARTICLES);
    // The first worker is alone: once it has stored something it is holding a batch (5 jobs of 150).
    await doomed.firstArticle;
    doomed.child.kill('SIGKILL');
    await new Promise((resolve) => doomed.child.once('close', resolve));
    const orphaned = await query<{ n: number }>(pooled, `SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'`);
    expect(orphaned[0]?.n).toBeGreaterThan(0);

    const survivors = [startWorker(pooled), startWorker(pooled)];
    await waitFor(async () => {
      const [left] = await query<{ n: number }>(pooled, `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
      return left?.n === 0;
    }, 40_000);
    for (const { child } of survivors) child.kill('SIGTERM');

    const [counts] = await query<{ articles: number; urls: number; unplaced: number }>(
      pooled,
      'SELECT count(*)::int AS articles, count(DISTINCT url)::int AS urls, count(*) FILTER (WHERE story_id IS NULL)::int AS unplaced FROM articles',
    );
    expect(counts).toEqual({ articles: ARTICLES, urls: ARTICLES, unplaced: 0 });
    const failed = await query<{ n: number }>(pooled, `SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'failed'`);
    expect(failed[0]?.n).toBe(0);
    const stories = await memberships(single);
    expect(stories).toHaveLength(TEXTS); // the copies of each text, together
    expect(await memberships(pooled)).toEqual(stories);
  });
});
