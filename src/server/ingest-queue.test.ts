import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/types.js';
import { createSqliteStore } from '../store/sqlite/sqlite-store.js';
import { serialIngest } from './ingest-queue.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(n: number): RawDocument {
  return {
    source: `report-${n}.txt`,
    format: 'text',
    body: `Dam repairs in valley ${n}.\n\nEngineers in valley ${n} began repairing the cracked dam wall on Monday, the water board said.`,
    declared: { outlet: 'Valley Post', published: '2024-03-04', url: `https://valley.example/${n}` },
    messages: [],
  };
}

describe('serialIngest', () => {
  it("stores one request's documents in one story step, and logs each of them", async () => {
    const store = await createSqliteStore(join(dir, 'one-step.sqlite'));
    let steps = 0;
    const corpusTransaction = store.corpusTransaction.bind(store);
    store.corpusTransaction = (step) => {
      steps++;
      return corpusTransaction(step);
    };
    const log = await serialIngest(store)([1, 2, 3, 4, 5].map(report));
    expect(log.map((entry) => entry.status)).toEqual(['ingested', 'ingested', 'ingested', 'ingested', 'ingested']);
    expect(steps).toBe(1);
    expect((await store.stats()).articlesWithoutStory).toBe(0);
    await store.close();
  });
});
