import type { ArticleFingerprint } from './fingerprint.js';

export interface OriginalEvidence {
  fingerprint: ArticleFingerprint;
  text: string;
  /** Share of this article's content words that the other article has. */
  coverage: number;
}

export interface OriginalDecision {
  original: string | null;
  reason: string;
}

// A line crediting the reporting itself (wire-service style): the newsroom that did the reporting.
const REPORTING_CREDIT = /\b(?:reported from|contributed (?:to )?(?:this )?report(?:ing)?|staff (?:writer|reporter)s?)\b/i;

/**
 * Which of two linked articles is the source, from evidence only, in order of strength:
 * publication dates, one naming the other's outlet as its source, one containing the other,
 * a reporting credit in one only. Null when nothing decides.
 */
export function decideOriginal(x: OriginalEvidence, y: OriginalEvidence): OriginalDecision {
  const [dx, dy] = [x.fingerprint.published, y.fingerprint.published];
  if (dx && dy && dx !== dy) {
    const [first, later] = dx < dy ? [x, y] : [y, x];
    return { original: first.fingerprint.id, reason: `published earlier (${first.fingerprint.published} vs ${later.fingerprint.published})` };
  }
  for (const [source, copy] of [[x, y], [y, x]] as const) {
    const outlet = source.fingerprint.outlet;
    if (outlet && outlet.length > 2 && copy.text.includes(outlet) && !(copy.fingerprint.outlet && source.text.includes(copy.fingerprint.outlet))) {
      return { original: source.fingerprint.id, reason: `the other article names its outlet "${outlet}"` };
    }
  }
  for (const [source, copy] of [[x, y], [y, x]] as const) {
    if (copy.coverage >= 0.5 && source.coverage <= 0.8 * copy.coverage) {
      return {
        original: source.fingerprint.id,
        reason: `contains the other: ${pct(copy.coverage)} of the other's words are in it, only ${pct(source.coverage)} of its own in the other`,
      };
    }
  }
  const creditX = REPORTING_CREDIT.test(x.text);
  if (creditX !== REPORTING_CREDIT.test(y.text)) {
    return { original: (creditX ? x : y).fingerprint.id, reason: 'only it carries a reporting credit' };
  }
  return { original: null, reason: 'no evidence decides which came first' };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
