// 32-bit hashing for shingles and MinHash. Written here: a few lines, and speed matters at a million articles.

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 32;

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string): number {
  return fold(FNV_OFFSET, s) >>> 0;
}

/**
 * `hashString` of the norms of `words[from..to)` joined by single spaces, without building that string:
 * FNV-1a is a fold over the code units, so the state simply carries from one word (and space) to the
 * next. A text's 3-shingles and sentence keys were each a string made only to be hashed.
 */
export function hashJoined(words: ReadonlyArray<{ norm: string }>, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    if (i > from) h = Math.imul(h ^ SPACE, 0x01000193);
    h = fold(h, words[i]!.norm);
  }
  return h >>> 0;
}

function fold(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A strong 32-bit mix (murmur3 finaliser) of a value and a seed: one member of a hash family per seed. */
export function mix(value: number, seed: number): number {
  let x = (value ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
