import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('serves from several processes on one port, and stops them all on SIGTERM', async () => {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'c.sqlite'), '--port', '0', '--processes', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const urls = await new Promise<string[]>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const found = [...err.matchAll(/serving on (http:\/\/[^/\s]+)/g)].map((m) => m[1]!);
      if (found.length === 2) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}): ${err}`)));
  });
  expect(urls[0]).toBe(urls[1]);
  const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${urls[0]}/api/stories?limit=5`).then((res) => res.json() as Promise<{ total: number }>)));
  expect(answers.map((a) => a.total)).toEqual([0, 0, 0, 0, 0, 0]);
  // Ingest requests (after each process's first, its articles are analysed on the article pool's thread).
  const ingested: number[] = [];
  for (let n = 1; n <= 4; n++) {
    const article = { url: `https://coast.example/${n}`, outlet: 'Coast Daily', published: '2024-05-0' + n, title: `Seawall vote ${n}`, text: `The harbour council in town ${n} approved a new seawall on Tuesday, officials said. Work starts in June.` };
    const res = await fetch(`${urls[0]}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [article] }) });
    ingested.push(((await res.json()) as { ingested: number }).ingested);
  }
  expect(ingested).toEqual([1, 1, 1, 1]);
  const stories = (await (await fetch(`${urls[0]}/api/stories?limit=50`)).json()) as { items: Array<{ articleCount: number }> };
  expect(stories.items.reduce((sum, story) => sum + story.articleCount, 0)).toBe(4);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await expect(fetch(`${urls[0]}/api/stories`)).rejects.toThrow();
}, 30_000);
