// `npm run bench -- stance`: `check --batch` logic on the Emergent headlines (claim vs. article headline).
// The shipped model is trained on the claims that are not held out (`npm run train:stance`); the headline
// figure is on the held-out claims only. A 5-fold cross-validation by claim over the training claims,
// retraining in process, shows how stable that figure is.
import { performance } from 'node:perf_hooks';
import { checkText } from '../src/check/batch.js';
import { checkStance, type Stance } from '../src/check/check-stance.js';
import { trainStanceModel } from '../src/check/train-stance-model.js';
import { foldOf, isHeldOut, readEmergent, type EmergentRow } from './stance/emergent-data.js';

const GOLD: Stance[] = ['agree', 'disagree', 'discuss'];
const PREDICTED: Stance[] = [...GOLD, 'unrelated'];

interface Scores {
  n: number;
  accuracy: number;
  macroF1: number;
  f1: Record<string, number>;
  confusion: Record<string, Record<string, number>>;
}

function score(rows: EmergentRow[], predict: (r: EmergentRow) => Stance): Scores {
  const confusion = Object.fromEntries(GOLD.map((g) => [g, Object.fromEntries(PREDICTED.map((p) => [p, 0]))]));
  let correct = 0;
  for (const r of rows) {
    const p = predict(r);
    confusion[r.stance]![p]!++;
    if (p === r.stance) correct++;
  }
  const f1: Record<string, number> = {};
  for (const c of GOLD) {
    const tp = confusion[c]![c]!;
    const predicted = GOLD.reduce((s, g) => s + confusion[g]![c]!, 0);
    const actual = PREDICTED.reduce((s, p) => s + confusion[c]![p]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    f1[c] = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  const macroF1 = GOLD.reduce((s, c) => s + f1[c]!, 0) / GOLD.length;
  return { n: rows.length, accuracy: correct / rows.length, macroF1, f1, confusion };
}

function print(title: string, s: Scores): void {
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`\n${title} (${s.n} pairs)`);
  console.log(`  accuracy ${pct(s.accuracy)}%   macro-F1 ${pct(s.macroF1)}   F1: ${GOLD.map((c) => `${c} ${pct(s.f1[c]!)}`).join(', ')}`);
  console.log(`  confusion (rows gold, columns predicted): ${PREDICTED.join(' / ')}`);
  for (const g of GOLD) console.log(`    ${g.padEnd(9)} ${PREDICTED.map((p) => String(s.confusion[g]![p]).padStart(5)).join(' ')}`);
}

const rows = readEmergent();
const heldOut = rows.filter((r) => isHeldOut(r.claimId));
const training = rows.filter((r) => !isHeldOut(r.claimId));
const start = performance.now();
const held = score(heldOut, (r) => checkText(r.claim, r.headline).stance);
const ms = performance.now() - start;
print(`Held-out claims (${new Set(heldOut.map((r) => r.claimId)).size} claims never seen in training), shipped model`, held);

const folds = Array.from({ length: 5 }, (_, k) => {
  const model = trainStanceModel(training.filter((r) => foldOf(r.claimId) !== k));
  return training.filter((r) => foldOf(r.claimId) === k).map((r) => ({ r, p: checkStance(r.claim, r.headline, model).stance }));
}).flat();
const cv = score(folds.map((f) => f.r), (r) => folds.find((f) => f.r === r)!.p);
print('5-fold cross-validation by claim over the training claims (retrained per fold)', cv);

console.log(`\nAnchor: Ferreira & Vlachos (2016) ~73% accuracy (whole set, cross-validated by claim). Target >= 75%.`);
console.log(`Time: ${(ms / heldOut.length).toFixed(3)} ms per pair on the held-out set (${ms.toFixed(0)} ms); peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB. 2-core machine shared with other jobs: timings are noisy.`);
