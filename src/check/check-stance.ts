import { concept } from '../analyze/claims/concepts.js';
import { contentStems } from '../analyze/claims/words.js';
import { splitSentences } from '../analyze/segment/split-sentences.js';
import { predict, type SoftmaxModel } from './softmax-model.js';
import { stanceFeatures } from './stance-features.js';
import { asClaim, structuralStance } from './structural-stance.js';

export type Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface StanceResult {
  stance: Stance;
  /** Confidence in the stance, 0..1. */
  score: number;
  evidence: Evidence[];
}

/** Sentences sharing at least this share of the claim's content words may speak to it. */
const RELATED = 0.25;
const MAX_EVIDENCE = 3;
const SHORT = 300;

/**
 * A text's stance on a claim: the sentences that speak to the claim (by shared content words) are
 * classified one by one and their stance probabilities averaged, weighted by how much of the claim
 * each covers. In an article (not a headline) a sentence's structure decides first where it can
 * (see structural-stance.ts). A text with no such sentence is unrelated.
 */
export function checkStance(claim: string, text: string, model: SoftmaxModel): StanceResult {
  const claimStems = new Set(relatednessKeys(claim));
  // A headline or a post is judged whole: its question mark or its "claims" is part of its stance.
  const units = text.length <= SHORT ? [{ start: 0, end: text.length }] : splitSentences(text);
  const scored = units
    .map((s) => {
      const sentence = text.slice(s.start, s.end);
      const shared = new Set(relatednessKeys(sentence).filter((w) => claimStems.has(w))).size;
      return { start: s.start, end: s.end, text: sentence, relatedness: claimStems.size ? shared / claimStems.size : 0 };
    })
    .filter((s) => s.relatedness > 0)
    .sort((a, b) => b.relatedness - a.relatedness || a.start - b.start);
  const evidence = scored.filter((s) => s.relatedness >= RELATED || units.length === 1).slice(0, MAX_EVIDENCE);
  if (evidence.length === 0) return { stance: 'unrelated', score: 1 - (scored[0]?.relatedness ?? 0), evidence: [] };
  const totals = model.classes.map(() => 0);
  let weightSum = 0;
  let disputed = false;
  const claimShape = units.length > 1 ? asClaim(claim) : null;
  for (const e of evidence) {
    const sentenceShape = claimShape && asClaim(e.text);
    const decided = sentenceShape && structuralStance(claimShape, sentenceShape);
    if (decided === 'disagree') disputed = true;
    const probs = decided ? model.classes.map((c) => (c === decided ? 1 : 0)) : predict(model, stanceFeatures(claim, e.text));
    probs.forEach((p, k) => (totals[k]! += p * e.relatedness));
    weightSum += e.relatedness;
  }
  const probs = totals.map((t) => t / weightSum);
  // An article that says the claim's point is not so disputes it, even where it also restates the claim.
  const best = disputed ? model.classes.indexOf('disagree') : probs.indexOf(Math.max(...probs));
  return {
    stance: model.classes[best] as Stance,
    score: Math.round(probs[best]! * 1000) / 1000,
    evidence: evidence.map(({ start, end, text: t }) => ({ start, end, text: t })),
  };
}

/**
 * Words compared as concepts ("pact" meets "treaty"), else by their first five letters, so that
 * "castrated" meets "castration" without a full morphological analyser.
 */
function relatednessKeys(text: string): string[] {
  return contentStems(text).map((s) => {
    const c = concept(s);
    return c !== s ? c : s.slice(0, 5);
  });
}
