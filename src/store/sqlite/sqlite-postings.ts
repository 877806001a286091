import { push } from '../corpus-step-buffer.js';
import type { Prepare } from './open-database.js';

/** Postings (band and term rows) pending at which they are folded into their tables (~9,000 articles' worth). */
export const FOLD_POSTINGS = 250_000;

/** A corpus_postings_log entry: an article's seq, id, distinct band key hashes and distinct terms. */
type LoggedArticle = [seq: number, id: string, bands: number[], terms: string[]];

/**
 * Band and term postings on SQLite, written in folds, as the document frequencies are
 * (sqlite-frequencies.ts). Each step appends its new articles' band keys and terms as one row of
 * corpus_postings_log (migration 11); once the rows not folded yet hold enough postings, a step inserts
 * them into corpus_bands and corpus_postings in key order (each page touched once for many rows) and
 * deletes them. One row per posting per step at random keys dirtied 2,200 of the 5,300 pages a step of
 * 100 articles wrote at 12,000 articles (most of both tables); a log row is a few sequential pages.
 * The log is kept here in memory, by key, and read with the tables: a logged article was indexed after
 * every folded one (seq grows), so the holders of a key are the table's rows then the log's, oldest
 * first. Every fold raises corpus_counts 'postings_folds', so a process that sees it move (another
 * process folded) reads the log again, and one that only sees new rows reads those.
 */
export class PendingPostings {
  private folds = -1;
  /** The last log row that `bands` and `terms` hold. */
  private seen = 0;
  private postings = 0;
  /** Per band key hash and per term, the logged articles' ids, oldest first. */
  private readonly bands = new Map<number, string[]>();
  private readonly terms = new Map<string, string[]>();
  private readonly seqs = new Map<string, number>();
  /** What the running step indexed, for its log row. */
  private step: LoggedArticle[] = [];

  constructor(private readonly foldAt = FOLD_POSTINGS) {}

  /** Brings the pending postings up to what is stored, at the start of a step (which holds the write lock). */
  sync(sql: Prepare): void {
    const folds = (sql(`SELECT value FROM corpus_counts WHERE name = 'postings_folds'`).pluck().get() as number | undefined) ?? 0;
    if (folds !== this.folds) {
      this.forget();
      this.folds = folds;
    }
    this.step = [];
    const rows = sql('SELECT step, articles FROM corpus_postings_log WHERE step > ? ORDER BY step').all(this.seen) as { step: number; articles: string }[];
    for (const row of rows) {
      for (const article of JSON.parse(row.articles) as LoggedArticle[]) this.remember(article);
      this.seen = row.step;
    }
  }

  /** Indexes an article the running step stored in corpus_articles as `seq`. */
  add(seq: number, id: string, bandHashes: number[], terms: string[]): void {
    const article: LoggedArticle = [seq, id, [...new Set(bandHashes)], [...new Set(terms)]];
    this.remember(article);
    this.step.push(article);
  }

  /** Per key hash, the ids indexed under it, oldest first, at most `limit`. */
  bandHolders(sql: Prepare, keyHashes: number[], limit: number): string[][] {
    const oldest = sql('SELECT id FROM corpus_bands WHERE key = ? ORDER BY article LIMIT ?').pluck();
    return keyHashes.map((hash) => {
      const folded = oldest.all(hash, limit) as string[];
      const logged = this.bands.get(hash);
      return logged && folded.length < limit ? folded.concat(logged.slice(0, limit - folded.length)) : folded;
    });
  }

  /** Per term, the ids indexed under it, newest first, at most `limit`. */
  termHolders(sql: Prepare, terms: string[], limit: number): string[][] {
    const newest = sql('SELECT id FROM corpus_postings WHERE term = ? ORDER BY article DESC LIMIT ?').pluck();
    return terms.map((term) => {
      const all = this.terms.get(term) ?? [];
      const logged = all.slice(Math.max(0, all.length - limit)).reverse();
      return logged.length < limit ? logged.concat(newest.all(term, limit - logged.length) as string[]) : logged;
    });
  }

  /** At the end of a step, in its transaction: appends what it indexed to the log, and folds the log once it holds enough. */
  write(sql: Prepare): void {
    if (this.step.length > 0) {
      this.seen = Number(sql('INSERT INTO corpus_postings_log (articles) VALUES (?)').run(JSON.stringify(this.step)).lastInsertRowid);
      this.step = [];
    }
    if (this.postings < this.foldAt) return;
    const band = sql('INSERT OR IGNORE INTO corpus_bands (key, article, id) VALUES (?, ?, ?)');
    for (const hash of [...this.bands.keys()].sort((a, b) => a - b)) for (const id of this.bands.get(hash)!) band.run(hash, this.seqs.get(id), id);
    const posting = sql('INSERT OR IGNORE INTO corpus_postings (term, article, id) VALUES (?, ?, ?)');
    for (const term of [...this.terms.keys()].sort()) for (const id of this.terms.get(term)!) posting.run(term, this.seqs.get(id), id);
    sql('DELETE FROM corpus_postings_log WHERE step <= ?').run(this.seen); // all of it: this step holds the write lock
    const folds = sql(
      `INSERT INTO corpus_counts (name, value) VALUES ('postings_folds', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
    ).pluck().get() as number;
    this.forget();
    this.folds = folds;
  }

  /** Forgets everything (a step rolled back, or the log was folded): the next `sync` reads the log again. */
  forget(): void {
    this.folds = -1;
    this.seen = 0;
    this.postings = 0;
    this.bands.clear();
    this.terms.clear();
    this.seqs.clear();
    this.step = [];
  }

  private remember([seq, id, bands, terms]: LoggedArticle): void {
    this.seqs.set(id, seq);
    for (const hash of bands) push(this.bands, hash, id);
    for (const term of terms) push(this.terms, term, id);
    this.postings += bands.length + terms.length;
  }
}
