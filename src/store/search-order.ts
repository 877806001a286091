// How both backends merge the article and quote hits they ranked into one page order.
interface OrderedHit {
  kind: 'article' | 'quote';
  /** The kind's own seq (PostgreSQL returns bigints as strings). */
  seq: number | string;
  score: number;
  published: string | null;
  /** The seq of the hit's article. */
  recency: number | string;
}

/**
 * Best score first, then the newer publication date, then storage order. A broad query (see
 * SEARCH_WINDOW) has no scores: its hits come last stored first, an article before its own quotes.
 */
export function hitOrder(broad: boolean): (x: OrderedHit, y: OrderedHit) => number {
  return broad
    ? (x, y) => Number(y.recency) - Number(x.recency) || (x.kind === y.kind ? Number(y.seq) - Number(x.seq) : x.kind === 'article' ? -1 : 1)
    : (x, y) => y.score - x.score || (y.published ?? '').localeCompare(x.published ?? '') || Number(x.seq) - Number(y.seq);
}
