import type { Sentence } from '../../core/types.js';
import type { ArticleText } from '../dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../dedupe/fingerprint.js';

// Compact forms of what the in-memory index keeps per article. A fingerprint as JS objects (200 term
// tuples, a 32-number array) takes ~15 KB and is scanned by every garbage collection; packed it is a few
// flat strings and typed arrays (~3 KB, leaves the collector skips), and is unpacked only when read.

/** Separates packed items: terms, names and keys never contain a control character. */
const SEP = '\u0001';

export interface PackedFingerprint {
  head: Pick<ArticleFingerprint, 'id' | 'title' | 'lead' | 'outlet' | 'published' | 'words' | 'textHash'>;
  minhash: Uint32Array;
  sentenceKeys: string;
  /** term, count, term, count, … joined by SEP. */
  terms: string;
  names: string;
}

export function packFingerprint(fp: ArticleFingerprint): PackedFingerprint {
  const { id, title, lead, outlet, published, words, textHash } = fp;
  return {
    head: { id, title, lead, outlet, published, words, textHash },
    minhash: Uint32Array.from(fp.minhash),
    sentenceKeys: fp.sentenceKeys.join(SEP),
    terms: packCounts(fp.terms),
    names: packCounts(fp.names),
  };
}

export function unpackFingerprint(p: PackedFingerprint): ArticleFingerprint {
  return {
    ...p.head,
    minhash: Array.from(p.minhash),
    sentenceKeys: p.sentenceKeys ? p.sentenceKeys.split(SEP) : [],
    ...unpackTerms(p),
  };
}

/** Only the terms and names of a packed fingerprint: what its word vector is computed from. */
export function unpackTerms(p: PackedFingerprint): Pick<ArticleFingerprint, 'terms' | 'names'> {
  return { terms: unpackCounts(p.terms), names: unpackCounts(p.names) };
}

function packCounts(counts: Array<[string, number]>): string {
  return counts.map(([t, c]) => `${t}${SEP}${c}`).join(SEP);
}

function unpackCounts(packed: string): Array<[string, number]> {
  if (!packed) return [];
  const parts = packed.split(SEP);
  const out: Array<[string, number]> = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push([parts[i]!, Number(parts[i + 1])]);
  return out;
}

/** An article's text with its sentences as (start, end, paragraph) triples in one typed array. */
export interface PackedText {
  id: string;
  text: string;
  sentences: Int32Array;
}

export function packText(t: ArticleText): PackedText {
  return { id: t.id, text: t.text, sentences: Int32Array.from(t.sentences.flatMap((s) => [s.start, s.end, s.paragraph])) };
}

export function unpackText(p: PackedText): ArticleText {
  const sentences: Sentence[] = [];
  for (let i = 0; i + 2 < p.sentences.length; i += 3) sentences.push({ start: p.sentences[i]!, end: p.sentences[i + 1]!, paragraph: p.sentences[i + 2]! });
  return { id: p.id, text: p.text, sentences };
}
