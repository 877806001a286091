import { fit, type SoftmaxModel } from './softmax-model.js';
import { stanceFeatures } from './stance-features.js';

export const STANCE_CLASSES = ['agree', 'disagree', 'discuss'];

/** Training settings, chosen by 5-fold cross-validation by claim on the training claims only. */
const OPTIONS = { epochs: 12, rate: 0.1, l2: 0.001, minCount: 2 };

export function trainStanceModel(rows: Array<{ claim: string; headline: string; stance: string }>): SoftmaxModel {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.stance, (counts.get(r.stance) ?? 0) + 1);
  // Classes weighted to balance: "disagree" is rare in news but the stance a checker most needs.
  const examples = rows.map((r) => ({ features: stanceFeatures(r.claim, r.headline), label: r.stance, weight: rows.length / STANCE_CLASSES.length / counts.get(r.stance)! }));
  return fit(examples, STANCE_CLASSES, OPTIONS);
}
