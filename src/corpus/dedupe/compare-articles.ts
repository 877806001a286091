import type { Link } from '../../core/types.js';
import { alignSentences, type AlignedPair, type PreparedArticle } from './align-sentences.js';
import { decideOriginal } from './decide-original.js';
import { findChanges } from './find-changes.js';
import type { ArticleFingerprint } from './fingerprint.js';

export interface Compared {
  fingerprint: ArticleFingerprint;
  prepared: PreparedArticle;
}

/** An aligned sentence pair this close in characters is the same sentence (copy-edited at most). */
const SAME_SENTENCE = 0.85;
/** Share of the shorter text's sentences that must align for a near-duplicate or a rewrite. */
const NEAR_DUPLICATE_SHARE = 0.8;
const REWRITE_SHARE = 0.4;
const MIN_ALIGNED = 3;

/**
 * The detailed comparison of one candidate pair: exact copy, near-duplicate (the same sentences,
 * some dropped or edited), rewrite (the shorter text's sentences paraphrase the other's, in order),
 * or null. `x` is the article already in the corpus, `y` the new one.
 */
export interface Comparison {
  link: Link | null;
  /** Sentences of the two articles that state the same thing, in any order: shared facts. */
  sharedSentences: number;
}

export function compareArticles(x: Compared, y: Compared, isRare?: (stem: string) => boolean): Comparison {
  if (x.fingerprint.textHash === y.fingerprint.textHash) {
    return { link: orient(x, y, 'exact', 1, [], 1, 1, isRare), sharedSentences: x.prepared.sentences.length };
  }
  const { pairs: aligned, matched } = alignSentences(x.prepared, y.prepared);
  return { link: decideLink(x, y, aligned, isRare), sharedSentences: matched };
}

function decideLink(x: Compared, y: Compared, aligned: AlignedPair[], isRare?: (stem: string) => boolean): Link | null {
  const shorter = Math.min(x.prepared.sentences.length, y.prepared.sentences.length);
  if (aligned.length < Math.min(MIN_ALIGNED, shorter) || shorter === 0) return null;
  const same = aligned.filter((p) => p.features.charJaccard >= SAME_SENTENCE).length;
  const similarity = aligned.reduce((sum, p) => sum + p.score, 0) / shorter;
  const [coverX, coverY] = wordCoverage(x.prepared, y.prepared);
  if (same / shorter >= NEAR_DUPLICATE_SHARE) return orient(x, y, 'near-duplicate', similarity, aligned, coverX, coverY, isRare);
  if (aligned.length / shorter >= REWRITE_SHARE) return orient(x, y, 'rewrite', similarity, aligned, coverX, coverY, isRare);
  return null;
}

function orient(
  x: Compared,
  y: Compared,
  kind: Link['kind'],
  similarity: number,
  aligned: AlignedPair[],
  coverX: number,
  coverY: number,
  isRare?: (stem: string) => boolean,
): Link {
  const decision = decideOriginal(
    { fingerprint: x.fingerprint, text: x.prepared.text, coverage: coverX },
    { fingerprint: y.fingerprint, text: y.prepared.text, coverage: coverY },
  );
  // The source side is `a`, so changes read from the original to the copy.
  const flip = decision.original === y.fingerprint.id;
  const [a, b] = flip ? [y, x] : [x, y];
  const pairs = aligned.map((p) => (flip ? { ...p, a: p.b, b: p.a } : p)).sort((p, q) => p.a - q.a);
  const evidence = kind === 'exact'
    ? [{ aStart: 0, aEnd: a.prepared.text.length, bStart: 0, bEnd: b.prepared.text.length }]
    : mergePassages(a.prepared, b.prepared, pairs);
  const changes = kind === 'exact' ? [] : pairs.flatMap((p) => {
    const sa = a.prepared.sentences[p.a]!;
    const sb = b.prepared.sentences[p.b]!;
    return a.prepared.text.slice(sa.start, sa.end) === b.prepared.text.slice(sb.start, sb.end)
      ? []
      : findChanges(sa, sb, a.prepared.text, b.prepared.text, isRare);
  });
  const meanP = pairs.length ? pairs.reduce((s, p) => s + p.probability, 0) / pairs.length : 1;
  const meanScore = pairs.length ? pairs.reduce((s, p) => s + p.score, 0) / pairs.length : 1;
  return {
    a: a.fingerprint.id,
    b: b.fingerprint.id,
    kind,
    similarity: round(similarity),
    original: decision.original,
    evidence,
    changes,
    reason: kind === 'exact'
      ? `identical text; ${decision.reason}`
      : `${pairs.length} sentence pairs aligned in order (mean alignment score ${meanScore.toFixed(2)}, paraphrase probability ${meanP.toFixed(2)}), ` +
        `${Math.round((flip ? coverY : coverX) * 100)}% of a's words are in b and ${Math.round((flip ? coverX : coverY) * 100)}% of b's in a; original: ${decision.reason}`,
  };
}

/**
 * Share of each article's content words that the other has: a copy or a condensed rewrite keeps
 * little of its own, its source has much the copy left out.
 */
function wordCoverage(x: PreparedArticle, y: PreparedArticle): [number, number] {
  const stemsX = stemsOf(x);
  const stemsY = stemsOf(y);
  let common = 0;
  for (const stem of stemsX) if (stemsY.has(stem)) common++;
  return [common / Math.max(1, stemsX.size), common / Math.max(1, stemsY.size)];
}

const articleStems = new WeakMap<PreparedArticle, Set<string>>();

/** All content stems of a prepared article, collected once per article (a source meets many copies). */
function stemsOf(article: PreparedArticle): Set<string> {
  let stems = articleStems.get(article);
  if (!stems) {
    stems = new Set();
    for (const s of article.sentences) for (const stem of s.stems) stems.add(stem);
    articleStems.set(article, stems);
  }
  return stems;
}

/** Aligned sentences that follow each other in both texts become one passage. */
function mergePassages(a: PreparedArticle, b: PreparedArticle, pairs: AlignedPair[]): Link['evidence'] {
  const out: Link['evidence'] = [];
  let last: AlignedPair | null = null;
  for (const p of pairs) {
    const sa = a.sentences[p.a]!;
    const sb = b.sentences[p.b]!;
    const prev = out[out.length - 1];
    if (prev && last && p.a === last.a + 1 && p.b === last.b + 1) {
      prev.aEnd = sa.end;
      prev.bEnd = sb.end;
    } else {
      out.push({ aStart: sa.start, aEnd: sa.end, bStart: sb.start, bEnd: sb.end });
    }
    last = p;
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
