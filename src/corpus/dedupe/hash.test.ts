import { describe, expect, it } from 'vitest';
import { hashJoined, hashString } from './hash.js';

describe('hashJoined', () => {
  const words = ['seawall', 'vote', '’s', '', 'délai', '18'].map((norm) => ({ norm }));

  it('is the hash of the norms joined by single spaces, for any range', () => {
    for (let from = 0; from <= words.length; from++) {
      for (let to = from; to <= words.length; to++) {
        expect(hashJoined(words, from, to)).toBe(hashString(words.slice(from, to).map((w) => w.norm).join(' ')));
      }
    }
  });
});
