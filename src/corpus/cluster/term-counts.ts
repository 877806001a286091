import { hashString } from '../dedupe/hash.js';

/**
 * Counts per term, for the document frequencies of the in-memory index. Written here rather than a
 * `Map<string, number>`: a million articles have tens of millions of distinct terms (most word pairs are
 * seen once), more than one Map may hold (2^24), and a Map keeps every term string alive (~60 bytes an
 * entry). This is an open-addressing table with linear probing over one typed array of (hash, hash,
 * count) slots, 12 bytes a slot, keyed by two independent 32-bit hashes of the term: two terms share a
 * count only if both hashes collide (for 30 million terms, a chance of about 1 in 40,000 that any pair does).
 */
const SLOT = 3;
const MAX_LOAD = 0.7;

export class TermCounts {
  private slots = new Int32Array(SLOT * 1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  get(term: string): number {
    const at = this.find(hashString(term) | 0, secondHash(term));
    return at < 0 ? 0 : this.slots[at + 2]!;
  }

  add(term: string, by = 1): void {
    const a = hashString(term) | 0;
    const b = secondHash(term);
    const at = this.find(a, b);
    if (at >= 0) {
      this.slots[at + 2]! += by;
      return;
    }
    if ((this.used + 1) / this.capacity() > MAX_LOAD) this.grow();
    this.place(a, b, by);
    this.used++;
  }

  private capacity(): number {
    return this.slots.length / SLOT;
  }

  /** The slot offset holding the key, or -1. An empty slot has count 0 (every stored count is positive). */
  private find(a: number, b: number): number {
    const mask = this.capacity() - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      if (this.slots[at + 2] === 0) return -1;
      if (this.slots[at] === a && this.slots[at + 1] === b) return at;
    }
  }

  private place(a: number, b: number, count: number): void {
    const mask = this.capacity() - 1;
    let i = a & mask;
    while (this.slots[i * SLOT + 2] !== 0) i = (i + 1) & mask;
    this.slots.set([a, b, count], i * SLOT);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

/** A second 32-bit string hash, independent of FNV-1a (multiply-xorshift per code unit, murmur-style). */
function secondHash(s: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h | 0;
}
