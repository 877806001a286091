import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { BufferedCorpusIndex } from '../corpus-step-buffer.js';
import type { Store } from '../store.js';
import { indexedArticle, sampleArticle } from '../store-suite.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-postings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BANDS = ['b0', 'b1', 'b2', 'b3'];
const TERMS = ['ferry', 'quay', 'storm', 'seawal'];
const LIMITS = [1, 2, 3, 5, 20];

/** Article n: band keys and terms picked from small pools (with repeats, as hash collisions and repeated terms give). */
function article(n: number) {
  const pick = (pool: string[], every: number) => pool.filter((_, i) => (n + i) % every !== 0).concat(pool[n % pool.length]!);
  return indexedArticle(sampleArticle(`a${n}`), pick(BANDS, 2 + (n % 3)), pick(TERMS, 3));
}

/** Every key's and term's candidates at each limit, each asked for in a step of its own (the step buffer memoizes). */
async function candidates(store: Store): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const limit of LIMITS) {
    for (const key of BANDS) answers.push(await store.corpusTransaction((index) => index.candidatesByBands([key], limit)));
    for (const term of TERMS) answers.push(await store.corpusTransaction((index) => index.candidatesByTerms([term], limit)));
  }
  return answers;
}

const addStep = (store: Store, from: number, to: number) =>
  store.corpusTransaction(async (index) => {
    for (let n = from; n < to; n++) await index.addArticle(article(n));
  });

describe('SQLite band and term postings written in folds', () => {
  it('answers as tables written at every step do, before and after a fold, on this connection and another, and forgets a failed step', async () => {
    const path = join(dir, 'log.sqlite');
    // The reference folds at every step: its tables hold every posting, as when they were written directly.
    const reference = await createSqliteStore(join(dir, 'tables.sqlite'), { foldPostingsAt: 0 });
    // 9 articles' worth of postings (7 each): the fourth step below folds.
    const [first, second] = [await createSqliteStore(path, { foldPostingsAt: 60 }), await createSqliteStore(path, { foldPostingsAt: 60 })];
    const raw = new Database(path, { readonly: true });
    const rows = (table: string) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const same = async () => {
      const expected = await candidates(reference);
      expect(await candidates(first)).toEqual(expected);
      expect(await candidates(second)).toEqual(expected);
    };

    const steps: Array<[Store, number, number]> = [[first, 0, 3], [second, 3, 5], [first, 5, 8], [second, 8, 10], [first, 10, 12]];
    for (const [i, [store, from, to]] of steps.entries()) {
      await addStep(reference, from, to);
      await addStep(store, from, to);
      if (i === 2) expect([rows('corpus_bands'), rows('corpus_postings'), rows('corpus_postings_log')]).toEqual([0, 0, 3]);
      if (i === 3) expect(rows('corpus_postings_log')).toBe(0);
      await same();
    }
    // The fold wrote the rows the reference's tables hold, in one pass; the last step is in the log.
    const stored = (db: Database.Database) => db.prepare('SELECT key, article, id FROM corpus_bands UNION ALL SELECT term, article, id FROM corpus_postings').all();
    const tables = new Database(join(dir, 'tables.sqlite'), { readonly: true });
    expect(stored(raw)).toEqual((stored(tables) as Array<{ id: string }>).filter((row) => !['a10', 'a11'].includes(row.id)));
    expect(rows('corpus_postings_log')).toBe(1);

    // A failed step leaves nothing behind, in the tables or in either connection's memory; these write
    // (one article, then 18, which fold) before they fail, as a step whose commit fails does.
    const folded = stored(raw);
    for (const [store, to] of [[first, 13], [second, 13], [first, 30], [second, 30]] as const) {
      await expect(
        store.corpusTransaction(async (index) => {
          for (let n = 12; n < to; n++) await index.addArticle(article(n));
          await (index as BufferedCorpusIndex).flush();
          throw new Error('step failed');
        }),
      ).rejects.toThrow('step failed');
      await same();
    }
    expect([rows('corpus_postings_log'), stored(raw)]).toEqual([1, folded]);

    // A new process reads the postings not folded yet from the log.
    const third = await createSqliteStore(path);
    expect(await candidates(third)).toEqual(await candidates(reference));
    raw.close();
    tables.close();
    await Promise.all([first.close(), second.close(), third.close(), reference.close()]);
  });
});
