// The two extraction metrics exactly as ../shared/bench/README.md defines them.

/** Per-page shingle counts, normalised so long pages do not weigh more (as in article-extraction-benchmark). */
export interface ShingleScore {
  tp: number;
  fp: number;
  fn: number;
}

// Python's `\w+` (Unicode): letters, digits, underscore. Case is kept, as in the reference script.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatch(gold: string, predicted: string): ShingleScore {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Average per-page precision and recall, then F1 of the averages. */
export function aebMetrics(scores: ShingleScore[]): Prf {
  const precision = mean(
    scores.filter((s) => s.tp + s.fp > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp === 0 && s.fp === 0 ? 0 : s.tp / (s.tp + s.fp))),
  );
  const recall = mean(
    scores.filter((s) => s.tp + s.fn > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp === 0 && s.fn === 0 ? 0 : s.tp / (s.tp + s.fn))),
  );
  return { precision, recall, f1: f1(precision, recall) };
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** trafilatura's evaluation: a `with` snippet found is a TP, a `without` snippet found is a FP (whitespace runs squashed on both sides). */
export function snippetCounts(text: string, want: string[], unwanted: string[]): SnippetCounts {
  const t = squash(text);
  const found = (s: string): boolean => t.includes(squash(s));
  const tp = want.filter(found).length;
  const fp = unwanted.filter(found).length;
  return { tp, fn: want.length - tp, fp, tn: unwanted.length - fp };
}

export function snippetMetrics(counts: SnippetCounts[]): Prf {
  const sum = (k: keyof SnippetCounts): number => counts.reduce((a, c) => a + c[k], 0);
  const precision = sum('tp') / (sum('tp') + sum('fp') || 1);
  const recall = sum('tp') / (sum('tp') + sum('fn') || 1);
  return { precision, recall, f1: f1(precision, recall) };
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
