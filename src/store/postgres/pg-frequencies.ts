import type { StepRecord } from '../corpus-index-cache.js';
import { LOCKS, type Pool, type Queryable, inTransaction } from './pg-database.js';

/** Documents' worth of step records kept: a worker further behind than this forgets its cached frequencies and stories instead. */
export const STEPS_KEPT = 20_000;

/** Records of unfolded steps held at most; past it they are forgotten and read again when needed. */
const MAX_RECORDS = 1_000;

type Counts = Pick<StepRecord, 'terms' | 'counts'> & { byTerm?: Map<string, number> };

/**
 * Document frequencies on PostgreSQL (migration 6): a story step only records the counts of its
 * terms (its `corpus_steps` row); `foldFrequencies` adds them to `corpus_df` later, outside the story
 * lock. A term's frequency is its `corpus_df` value plus its counts in the rows not folded yet. Which
 * rows those are changes whenever a fold commits, so the stored values and the list of unfolded rows
 * are read in one statement (one snapshot); the counts of those rows come from the records this
 * process already holds (its own steps, and the other workers' that it applied to its cache), and
 * only the few it lacks are read.
 */
export class UnfoldedCounts {
  private readonly records = new Map<number, Counts>();

  /** A step's counts, committed (or about to be, in the running step: `forget` after a rollback). */
  remember(step: Pick<StepRecord, 'after' | 'terms' | 'counts'>): void {
    if (this.records.size >= MAX_RECORDS) this.records.clear();
    this.records.set(step.after, { terms: step.terms, counts: step.counts });
  }

  forget(): void {
    this.records.clear();
  }

  /** The frequency of each of `terms` (distinct) over the committed steps: corpus_df plus the counts not folded. */
  async frequencies(db: Queryable, terms: string[]): Promise<Map<string, number>> {
    const { rows } = await db.query<{ terms: string[] | null; dfs: string[] | null; unfolded: string[] }>(
      `SELECT d.terms, d.dfs, (SELECT coalesce(array_agg(after), '{}') FROM corpus_steps WHERE NOT folded) AS unfolded
       FROM (SELECT array_agg(term) AS terms, array_agg(df) AS dfs FROM corpus_df WHERE term = ANY($1)) d`,
      [terms],
    );
    const { terms: stored, dfs, unfolded } = rows[0]!;
    const pending = await this.unfolded(db, unfolded.map(Number));
    const result = new Map(terms.map((term) => [term, pending.reduce((sum, step) => sum + (countsByTerm(step).get(term) ?? 0), 0)]));
    stored?.forEach((term, i) => result.set(term, result.get(term)! + Number(dfs![i])));
    return result;
  }

  /** The records of the steps in `unfolded`, read where this process lacks them; records of folded steps are dropped. */
  private async unfolded(db: Queryable, unfolded: number[]): Promise<Counts[]> {
    const keep = new Set(unfolded);
    for (const after of this.records.keys()) if (!keep.has(after)) this.records.delete(after);
    const missing = unfolded.filter((after) => !this.records.has(after));
    if (missing.length > 0) {
      const { rows } = await db.query<{ after: string; terms: string[]; counts: number[] }>(
        'SELECT after, terms, counts FROM corpus_steps WHERE after = ANY($1::bigint[])',
        [missing],
      );
      for (const row of rows) this.remember({ after: Number(row.after), terms: row.terms, counts: row.counts });
    }
    return unfolded.flatMap((after) => this.records.get(after) ?? []);
  }
}

/** Built on first use: most records are folded before any read needs them. */
function countsByTerm(step: Counts): Map<string, number> {
  return (step.byTerm ??= new Map(step.terms.map((term, i) => [term, step.counts[i]!])));
}

/**
 * Adds the counts of every step not folded yet to corpus_df and marks those steps folded, in one
 * transaction: each count is added exactly once, whoever folds it (a worker killed after its step
 * committed leaves its row for the next fold). One fold at a time across processes (they would update
 * the same frequent terms); terms are written in key order. Old folded records are pruned here too.
 */
export async function foldFrequencies(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.fold]);
    await client.query(
      `WITH claimed AS (UPDATE corpus_steps SET folded = true WHERE NOT folded RETURNING terms, counts),
       sums AS (SELECT u.term, sum(u.n)::bigint AS n FROM claimed CROSS JOIN LATERAL unnest(claimed.terms, claimed.counts) AS u(term, n) GROUP BY u.term)
       INSERT INTO corpus_df (term, df) SELECT term, n FROM sums ORDER BY term
       ON CONFLICT (term) DO UPDATE SET df = corpus_df.df + excluded.df`,
    );
    await client.query(`DELETE FROM corpus_steps WHERE folded AND after < (SELECT max(after) FROM corpus_steps) - ${STEPS_KEPT}`);
  });
}
