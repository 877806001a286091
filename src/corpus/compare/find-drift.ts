import type { ArticleClaim } from '../../analyze/claims/article-claim.js';
import type { AnalyzedArticle, Drift, Link, SourcePassage } from '../../core/types.js';
import { similarity, type KeyWeights } from './claim-similarity.js';

type Change = Drift['changes'][number];

/** A rewrite's sentence this alike to an original's states the same claim, reworded. */
const SAME_SENTENCE = 0.5;

/**
 * What rewrites changed in what they claim, next to the original wording: the changes the copies
 * stage found on the link, and the claim-level ones seen here (a hedge dropped or added, a negation
 * flipped, a figure changed) between the original's claims and their best match in the rewrite.
 */
export function findDrift(links: Link[], articles: Map<string, AnalyzedArticle>, weight: KeyWeights): Drift[] {
  const drift: Drift[] = [];
  for (const link of links) {
    if (link.kind === 'exact') continue;
    const originalId = link.original ?? link.a;
    const rewriteId = originalId === link.a ? link.b : link.a;
    const original = articles.get(originalId);
    const rewrite = articles.get(rewriteId);
    if (!original || !rewrite) continue;
    const entries = new Map<string, Drift>();
    const entry = (o: SourcePassage, r: SourcePassage): Drift => {
      const key = `${o.start}:${r.start}`;
      if (!entries.has(key)) entries.set(key, { linkA: link.a, linkB: link.b, original: o, rewrite: r, changes: [] });
      return entries.get(key)!;
    };
    for (const c of link.changes) {
      const [oAt, rAt] = originalId === link.a ? [c.aStart, c.bStart] : [c.bStart, c.aStart];
      const o = sentenceAt(original, oAt);
      const r = sentenceAt(rewrite, rAt);
      if (o && r) entry(o, r).changes.push({ kind: c.kind, from: c.from, to: c.to });
    }
    for (const [oc, best] of claimPairs(link, originalId === link.a, original, rewrite, weight)) {
      const found = claimChanges(oc, best);
      if (found.length === 0) continue;
      const e = entry(passage(original, oc), passage(rewrite, best));
      for (const f of found) if (!e.changes.some((x) => x.kind === f.kind)) e.changes.push(f);
    }
    drift.push(...[...entries.values()].filter((e) => e.changes.length > 0));
  }
  return drift;
}

function claimChanges(o: ArticleClaim, r: ArticleClaim): Change[] {
  const out: Change[] = [];
  if (o.hedges.length > 0 && r.hedges.length === 0) out.push({ kind: 'hedge-removed', from: o.hedges.join(', '), to: '' });
  if (o.hedges.length === 0 && r.hedges.length > 0) out.push({ kind: 'hedge-added', from: '', to: r.hedges.join(', ') });
  if (o.polarity !== r.polarity) out.push({ kind: 'polarity-changed', from: o.negated ?? 'affirmed', to: r.negated ?? 'affirmed' });
  for (const q of o.quantities) {
    const other = r.quantities.find((x) => x.unit === q.unit && x.kind === q.kind && x.value !== q.value);
    if (other) out.push({ kind: 'number-changed', from: q.text, to: other.text });
  }
  return out;
}

/**
 * Claims of the original with their counterpart in the rewrite: within the passages the copies stage
 * aligned (any likeness will do, the alignment is already made), else the best match over the text.
 */
function claimPairs(link: Link, originalIsA: boolean, original: AnalyzedArticle, rewrite: AnalyzedArticle, weight: KeyWeights): Array<[ArticleClaim, ArticleClaim]> {
  const pairs: Array<[ArticleClaim, ArticleClaim]> = [];
  for (const oc of original.claims) {
    const passage = link.evidence.find((p) => (originalIsA ? p.aStart < oc.end && p.aEnd > oc.start : p.bStart < oc.end && p.bEnd > oc.start));
    const inPassage = passage
      ? rewrite.claims.filter((rc) => (originalIsA ? passage.bStart < rc.end && passage.bEnd > rc.start : passage.aStart < rc.end && passage.aEnd > rc.start))
      : [];
    const best = bestMatch(oc, inPassage, weight, 0) ?? bestMatch(oc, rewrite.claims, weight, SAME_SENTENCE);
    if (best) pairs.push([oc, best]);
  }
  return pairs;
}

function bestMatch(claim: ArticleClaim, candidates: ArticleClaim[], weight: KeyWeights, least: number): ArticleClaim | null {
  let best: ArticleClaim | null = null;
  let bestScore = least;
  for (const c of candidates) {
    const score = similarity(claim, c, weight);
    if (score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function sentenceAt(article: AnalyzedArticle, offset: number): SourcePassage | null {
  const s = article.sentences.find((x) => offset >= x.start && offset < x.end);
  return s ? { articleId: article.id, text: article.text.slice(s.start, s.end), start: s.start, end: s.end } : null;
}

function passage(article: AnalyzedArticle, claim: ArticleClaim): SourcePassage {
  return { articleId: article.id, text: claim.text, start: claim.start, end: claim.end };
}
