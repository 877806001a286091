import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { CLI, runCli } from './run-cli.js';
import { inventedJsonLines } from './support/invented-articles.js';

// Small enough for CI: every article runs the corpus stages, and the invented articles are near-copies.
const TOTAL = 400;

/** Runs `corroborate ingest` and SIGKILLs it once it has acknowledged `killAfter` articles. */
function ingestUntilKilled(args: string[], killAfter: number): Promise<{ acknowledged: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    const acknowledged: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [status, id] = line.split('\t');
      if (status === 'ingested' && id) acknowledged.push(id);
      if (acknowledged.length === killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ acknowledged, signal }));
  });
}

describe('ingest killed with SIGKILL mid-run (built CLI)', () => {
  it('keeps every acknowledged article, and the next run opens the file and completes the collection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
    const input = join(dir, 'articles.jsonl');
    const db = join(dir, 'collection.sqlite');
    writeFileSync(input, inventedJsonLines(0, TOTAL));

    const killed = await ingestUntilKilled([input, '--db', db, '--batch-size', '10', '--quiet'], 40);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.acknowledged.length).toBeGreaterThanOrEqual(40);

    const store = await createSqliteStore(db); // opens and migrates the file the dead process left
    try {
      const stored = await store.existingArticleIds(killed.acknowledged);
      expect(stored.length).toBe(killed.acknowledged.length);
      expect((await store.stats()).articles).toBeLessThan(TOTAL);
    } finally {
      await store.close();
    }

    const rerun = runCli(['ingest', input, '--db', db, '--quiet']);
    expect(rerun.status).toBe(0);
    const again = await createSqliteStore(db);
    try {
      const stats = await again.stats();
      expect(stats.articles).toBe(TOTAL);
      expect(stats.articlesWithoutStory).toBe(0);
      // What the killed run committed but had no time to print comes back as 'duplicate', never twice.
      const lines = rerun.stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(TOTAL);
      expect(lines.filter((line) => line.startsWith('ingested')).length).toBeLessThanOrEqual(TOTAL - killed.acknowledged.length);
    } finally {
      await again.close();
    }
  });
});
