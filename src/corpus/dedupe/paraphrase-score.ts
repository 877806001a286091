import { PARAPHRASE_WEIGHTS } from './paraphrase-weights.js';
import { FEATURE_NAMES, pairFeatures, type PairFeatures, type PreparedSentence } from './sentence-features.js';

export interface ParaphraseScore {
  /** Probability that one sentence is a rewrite of the other. */
  probability: number;
  features: PairFeatures;
}

/** Logistic model over lexical features (weights in paraphrase-weights.ts, trained by `npm run bench -- paraphrase --train`). */
export function scoreParaphrase(a: PreparedSentence, b: PreparedSentence): ParaphraseScore {
  const features = pairFeatures(a, b);
  return { probability: logistic(features, PARAPHRASE_WEIGHTS), features };
}

export function logistic(features: PairFeatures, weights: { bias: number; weights: number[] }): number {
  let z = weights.bias;
  FEATURE_NAMES.forEach((name, i) => {
    z += (weights.weights[i] ?? 0) * features[name];
  });
  return 1 / (1 + Math.exp(-z));
}
