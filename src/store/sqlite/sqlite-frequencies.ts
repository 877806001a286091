import type { Prepare } from './open-database.js';
import { termCounts } from './sqlite-corpus-index.js';

/** Distinct pending terms at which they are folded into corpus_df (a few thousand articles' worth). */
export const FOLD_TERMS = 250_000;

/**
 * Document frequencies on SQLite, written in folds. Each step appends the terms it counted, with their
 * counts, as one row of corpus_df_log (migration 9); once the rows not folded yet hold enough distinct
 * terms, a step folds them into corpus_df in one pass in key order (a common term once) and deletes
 * them. A frequency is corpus_df's value plus the log's counts, which are kept here in memory. Counting
 * each step's ~7,000 terms into corpus_df, one upsert each, dirtied a third of the pages a step wrote
 * (random keys among 3.5M terms at 100,000 articles); a log row is a few sequential pages. Every fold
 * raises corpus_counts 'df_folds', so a process that sees it move (another process folded) reads the
 * log again, and one that only sees new rows reads those.
 */
export class PendingFrequencies {
  private folds = -1;
  /** The last log row whose counts `counts` holds. */
  private seen = 0;
  private readonly counts = new Map<string, number>();
  /** What the running step counted, for its log row. */
  private step = new Map<string, number>();

  constructor(private readonly foldAt = FOLD_TERMS) {}

  /**
   * Brings the pending counts up to what is stored, at the start of a step. Returns true when corpus_df
   * changed since this process last read it (another process folded): the stored values cached are stale.
   */
  sync(sql: Prepare): boolean {
    const folds = (sql(`SELECT value FROM corpus_counts WHERE name = 'df_folds'`).pluck().get() as number | undefined) ?? 0;
    const folded = folds !== this.folds;
    if (folded) {
      this.folds = folds;
      this.seen = 0;
      this.counts.clear();
    }
    this.step = new Map();
    const rows = sql('SELECT step, counts FROM corpus_df_log WHERE step > ? ORDER BY step').all(this.seen) as { step: number; counts: string }[];
    for (const row of rows) {
      for (const [term, n] of JSON.parse(row.counts) as Array<[string, number]>) bump(this.counts, term, n);
      this.seen = row.step;
    }
    return folded;
  }

  /** Counts documents (each list one document's terms) in the running step. */
  add(termLists: string[][]): void {
    for (const [term, n] of termCounts(termLists)) {
      bump(this.counts, term, n);
      bump(this.step, term, n);
    }
  }

  /** The pending count of each term, to add to its stored one. */
  of(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /**
   * At the end of a step, in its transaction: appends what it counted to the log, and folds the log into
   * corpus_df once it holds enough terms, adding the folded counts to the `stored` values cached.
   */
  write(sql: Prepare, stored: Map<string, number>): void {
    if (this.step.size > 0) {
      this.seen = Number(sql('INSERT INTO corpus_df_log (counts) VALUES (?)').run(JSON.stringify([...this.step])).lastInsertRowid);
      this.step = new Map();
    }
    if (this.counts.size < this.foldAt) return;
    const add = sql('INSERT INTO corpus_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df');
    for (const term of [...this.counts.keys()].sort()) {
      const n = this.counts.get(term)!;
      add.run(term, n);
      const known = stored.get(term);
      if (known !== undefined) stored.set(term, known + n);
    }
    sql('DELETE FROM corpus_df_log WHERE step <= ?').run(this.seen); // all of it: this step holds the write lock
    this.seen = 0;
    this.folds = sql(
      `INSERT INTO corpus_counts (name, value) VALUES ('df_folds', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
    ).pluck().get() as number;
    this.counts.clear();
  }

  /** Forgets everything (a step rolled back): the next `sync` reads the log again. */
  forget(): void {
    this.folds = -1;
    this.counts.clear();
    this.step = new Map();
  }
}

function bump(counts: Map<string, number>, term: string, n: number): void {
  counts.set(term, (counts.get(term) ?? 0) + n);
}
