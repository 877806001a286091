import type { HashedVector } from './hashed-vector.js';
import { RecentValues } from './recent-values.js';

/**
 * A corpus this much bigger than when a candidate's word vector was computed has it computed again.
 * The vector's weights depend on document frequencies, which a batch changes a little: reused within
 * this bound, a rare term's weight is off by at most log(1.1) ≈ 0.1 of its IDF (typically 5–10), and a
 * common term's barely moves, since its frequency grows with the total (BENCHMARKS.md, scale).
 */
const STALE_GROWTH = 0.1;
const CAPACITY = 30_000;

/**
 * The word vectors of candidate articles, kept across batches: most candidates of a batch were the
 * candidates of the batches before it (articles reach back about 10,000 articles through their terms),
 * and computing a vector reads the frequencies of 200 terms. Each vector is kept with the document
 * total it was computed at, and used while the corpus has not grown past STALE_GROWTH since. An index
 * that lives across batches holds one (`CorpusIndex.candidateVectors`); otherwise a batch starts with
 * an empty one, and its vectors are exact (frequencies do not change within a batch).
 */
export class CandidateVectors {
  private readonly recent = new RecentValues<{ vector: HashedVector; total: number }>(CAPACITY);

  /** The vector of `id` if it was computed at a document total close enough to `total`. */
  get(id: string, total: number): HashedVector | undefined {
    const kept = this.recent.get(id);
    return kept && total <= kept.total * (1 + STALE_GROWTH) ? kept.vector : undefined;
  }

  set(id: string, vector: HashedVector, total: number): void {
    this.recent.set(id, { vector, total });
  }
}
