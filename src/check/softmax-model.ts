import type { Features } from './stance-features.js';

/** A multinomial logistic regression: one weight per (class, feature). */
export interface SoftmaxModel {
  classes: string[];
  weights: Record<string, number[]>;
}

export function predict(model: SoftmaxModel, features: Features): number[] {
  const scores = model.classes.map(() => 0);
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]! * value;
  }
  return softmax(scores);
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer training examples are dropped (they only memorise). */
  minCount: number;
}

/**
 * Fits by stochastic gradient descent in a fixed order, averaging the weights over epochs, so training is reproducible bit for bit.
 * Written here: a dependency-free 40-line trainer beats pulling in an ML library for one small model.
 */
export function fit(examples: Array<{ features: Features; label: string; weight?: number }>, classes: string[], options: FitOptions): SoftmaxModel {
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const weights: Record<string, number[]> = {};
  for (const [name, n] of counts) if (n >= options.minCount) weights[name] = classes.map(() => 0);
  const model: SoftmaxModel = { classes, weights };
  const sums: Record<string, number[]> = Object.fromEntries(Object.keys(weights).map((k) => [k, classes.map(() => 0)]));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const { features, label, weight = 1 } of examples) {
      const probs = predict(model, features);
      const target = classes.indexOf(label);
      for (const [name, value] of features) {
        const w = weights[name];
        if (!w) continue;
        for (let k = 0; k < classes.length; k++) {
          const gradient = (probs[k]! - (k === target ? 1 : 0)) * value * weight;
          w[k] = w[k]! - rate * (gradient + options.l2 * w[k]!);
        }
      }
    }
    for (const [name, w] of Object.entries(weights)) w.forEach((x, k) => (sums[name]![k]! += x));
  }
  // The weights averaged over epochs generalise better than the last epoch's (averaged SGD).
  for (const [name, w] of Object.entries(weights)) w.forEach((_, k) => (w[k] = sums[name]![k]! / options.epochs));
  for (const [name, w] of Object.entries(weights)) {
    const rounded = w.map((x) => Math.round(x * 1e4) / 1e4);
    if (rounded.every((x) => x === 0)) delete weights[name];
    else weights[name] = rounded;
  }
  return model;
}
