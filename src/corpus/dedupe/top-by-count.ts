import { sortStrings } from './sort-strings.js';

/**
 * The `n` keys with the highest counts, highest first, ties by key (so a fingerprint does not depend on word
 * order, nor an article's candidates on the order of their hits). The keys are put
 * in buckets by count and each bucket is sorted in the engine's string order (sortStrings, no comparator call),
 * the buckets taken from the highest count down until `n` are out: of an article's few hundred terms (or
 * ~2,000 candidate ids) most share the lowest counts, and sorting them all by count and key was most of the time.
 */
export function topByCount(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  const buckets = new Map<number, string[]>();
  counts.forEach((count, key) => {
    const bucket = buckets.get(count);
    if (bucket) bucket.push(key);
    else buckets.set(count, [key]);
  });
  const out: Array<[string, number]> = [];
  for (const count of Float64Array.from(buckets.keys()).sort().reverse()) {
    if (out.length === n) break;
    for (const key of sortStrings(buckets.get(count)!)) {
      if (out.length === n) return out;
      out.push([key, count]);
    }
  }
  return out;
}
