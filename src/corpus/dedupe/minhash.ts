import { hashJoined, mix } from './hash.js';
import type { Word } from './words.js';

/**
 * Signature length and banding: 8 bands of 4 rows find pairs with shingle Jaccard 0.8 with p ≈ 0.99 and
 * almost never pairs below 0.2 (shared boilerplate or templates), which would make candidates grow with
 * the corpus. Trimmed copies with a lower Jaccard are found by their identical sentences (sentenceKeys).
 */
export const MINHASH_SIZE = 32;
export const BAND_ROWS = 4;
const SHINGLE = 3;
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Hashes of the word 3-shingles of a text (all words, so that copies of copies stay close). */
export function shingleHashes(words: Word[]): number[] {
  if (words.length < SHINGLE) return words.length ? [hashJoined(words, 0, words.length)] : [];
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(hashJoined(words, i, i + SHINGLE));
  return out;
}

export function minhash(shingles: number[]): number[] {
  // Seed by seed, the running minimum in a local rather than in the array. The seeds in a Uint32Array and
  // indexed loops: over a plain array of (non-small-integer) seeds with for-of, each hash was a boxed
  // number, ~60 KB of garbage per article and 3x the time (measured on 117 shingles).
  const sig: number[] = [];
  for (let s = 0; s < SEEDS.length; s++) {
    const seed = SEEDS[s]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const v = mix(shingles[i]!, seed);
      if (v < min) min = v;
    }
    sig.push(min);
  }
  return sig;
}

/** LSH band keys of a signature: two articles sharing one key are candidates. */
export function bandKeys(sig: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < sig.length; b++) {
    const rows = sig.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((v) => v.toString(36));
    keys.push(`${b}:${rows.join('.')}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

const MIN_KEY_SENTENCE_WORDS = 8;
const MAX_KEY_SENTENCES = 40;

/** Keys of the article's longer sentences: a copy, trimmed or not, shares several of them verbatim. */
export function sentenceKeys(sentences: Word[][]): string[] {
  const keys = new Set<string>();
  for (const words of sentences) {
    if (words.length < MIN_KEY_SENTENCE_WORDS) continue;
    keys.add(`s:${hashJoined(words, 0, words.length).toString(36)}`);
    if (keys.size >= MAX_KEY_SENTENCES) break;
  }
  return [...keys];
}
