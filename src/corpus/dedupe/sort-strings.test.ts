import { describe, expect, it } from 'vitest';
import { sortStrings } from './sort-strings.js';

// A small seeded generator, so that a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('sortStrings', () => {
  it('puts strings in the order of the engine’s default sort, prefixes, duplicates and non-ASCII included', () => {
    const next = random(7);
    const alphabet = ['a', 'b', 'z', '_', '0', '9', '-', 'é', 'ß', '日', '\u{1F600}', 'A'];
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: Math.floor(next() * 400) }, () => {
        let s = round % 2 ? 'story-0000' : '';
        const length = Math.floor(next() * 9);
        for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
        return s;
      });
      expect(sortStrings([...list])).toEqual([...list].sort());
    }
  });

  it('handles the empty list and the empty string', () => {
    expect(sortStrings([])).toEqual([]);
    expect(sortStrings(['b', '', 'a', ''])).toEqual(['', '', 'a', 'b']);
  });
});
