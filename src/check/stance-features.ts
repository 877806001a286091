import { HEDGES, NEGATIONS, REFUTERS } from '../analyze/claims/cue-words.js';
import { isStopWord, words } from '../analyze/claims/words.js';

/** Sparse features of a (claim, text) pair: name -> value. */
export type Features = Map<string, number>;

/**
 * What decides a headline's stance on a claim is mostly its own wording (a refuting verb, a hedge, a
 * question) and how it lines up with the claim (shared words, a negation on one side only), so the
 * features are those cues, the text's words, and overlap figures. Following Ferreira & Vlachos (2016).
 */
export function stanceFeatures(claim: string, text: string): Features {
  const f: Features = new Map();
  const c = words(claim);
  const t = words(text);
  const claimStems = new Set(c.filter((w) => !isStopWord(w.lower)).map((w) => w.stem));
  const textStems = new Set(t.filter((w) => !isStopWord(w.lower)).map((w) => w.stem));
  f.set('bias', 1);
  for (const w of t) {
    f.set(`w:${w.stem}`, 1);
    if (HEDGES.has(w.lower)) f.set('cue:hedge', 1);
    if (REFUTERS.has(w.lower)) f.set('cue:refute', 1);
  }
  for (let i = 0; i + 1 < t.length; i++) f.set(`b:${t[i]!.stem}_${t[i + 1]!.stem}`, 1);
  if (text.includes('?')) f.set('question', 1);
  if (/^[^:]{1,40}:/.test(text)) f.set('lead-label', 1);
  if (/['"“‘]/.test(text)) f.set('quoted', 1);
  const shared = [...claimStems].filter((s) => textStems.has(s)).length;
  const claimCover = claimStems.size ? shared / claimStems.size : 0;
  const textCover = textStems.size ? shared / textStems.size : 0;
  f.set('cover:claim', claimCover);
  f.set('cover:text', textCover);
  f.set(`cover-bin:${Math.min(4, Math.floor(claimCover * 5))}`, 1);
  // Negation alignment: a "not" that bears on the claim's words refutes; one elsewhere may not.
  const claimNeg = c.some((w) => NEGATIONS.has(w.lower));
  const onClaim = t.some((w, i) => NEGATIONS.has(w.lower) && t.slice(i + 1, i + 6).some((x) => claimStems.has(x.stem)));
  const elsewhere = !onClaim && t.some((w) => NEGATIONS.has(w.lower));
  if (onClaim !== claimNeg) f.set('negation-on-claim-mismatch', 1);
  if (elsewhere) f.set('negation-elsewhere', 1);
  const claimNumbers = new Set(c.filter((w) => /^\d/.test(w.lower)).map((w) => w.lower));
  const textNumbers = t.filter((w) => /^\d/.test(w.lower)).map((w) => w.lower);
  if (claimNumbers.size && textNumbers.length) {
    f.set(textNumbers.some((n) => claimNumbers.has(n)) ? 'number-match' : 'number-mismatch', 1);
  }
  return f;
}
