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
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await expect(fetch(`${urls[0]}/api/stories`)).rejects.toThrow();
}, 30_000);
