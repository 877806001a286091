/**
 * The positions of the `k` largest weights, largest first, ties by key (`keyOf`, in string order): how a
 * vector keeps its strongest terms. Only the weights at or above the k-th largest (found by a native
 * numeric sort of the weights) are sorted by weight and key: they are a prefix of the whole order, and a
 * comparator sort of all of them (200 terms of a fingerprint, 230 of a grown centroid) was most of the cost.
 */
export function strongest(weights: Float64Array, keyOf: (i: number) => string, k: number): number[] {
  const threshold = weights.length > k ? Float64Array.from(weights).sort()[weights.length - k]! : -Infinity;
  const order: number[] = [];
  weights.forEach((w, i) => {
    if (w >= threshold) order.push(i);
  });
  order.sort((x, y) => weights[y]! - weights[x]! || (keyOf(x) < keyOf(y) ? -1 : 1));
  return order.length > k ? order.slice(0, k) : order;
}
