import type { EntityMention, Sentence } from '../../core/types.js';
import { ROLE_NOUNS } from '../entities/lexicon.js';
import type { QuoteSpan } from './quote-spans.js';

const MODIFIER_AFTER = new RegExp(`^(?:['’]s?\\b|\\s+(?:${[...ROLE_NOUNS].join('|')}|campaign|spokeswoman|spokesman)\\b)`);

/** The first index in a sorted list whose key is >= value. */
export function lowerBound<T>(items: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding an offset (the last one starting at or before it). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  return Math.max(0, lowerBound(sentences, offset + 1, (s) => s.start) - 1);
}

/**
 * The mentions a speaker can be, outside quotations (a name inside a quote does not speak it),
 * with the first person named in each sentence: the subject a later "he" most often refers to.
 */
export class MentionIndex {
  readonly mentions: EntityMention[];
  private readonly firstPerson = new Map<number, EntityMention>();

  constructor(text: string, entities: EntityMention[], spans: QuoteSpan[], private readonly sentences: Sentence[]) {
    const outside: EntityMention[] = [];
    let q = 0;
    for (const m of entities) {
      while (q < spans.length && spans[q]!.end <= m.start) q++;
      const span = spans[q];
      if (span && span.start <= m.start && m.end <= span.end) continue;
      outside.push(m);
    }
    this.mentions = outside;
    for (const m of outside) {
      // A name used as a modifier is not the sentence's subject: "Cruz spokeswoman Catherine Frazier", "Trump's aide".
      if (m.type !== 'person' || MODIFIER_AFTER.test(text.slice(m.end, m.end + 20))) continue;
      const s = sentenceAt(sentences, m.start);
      if (!this.firstPerson.has(s)) this.firstPerson.set(s, m);
    }
  }

  /** Mentions lying within [from, to). */
  within(from: number, to: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = lowerBound(this.mentions, from, (m) => m.start); i < this.mentions.length && this.mentions[i]!.start < to; i++) {
      if (this.mentions[i]!.end <= to) out.push(this.mentions[i]!);
    }
    return out;
  }

  /** "he"/"she" at an offset: the first person named earlier in its sentence, else in the closest sentence before. */
  personBefore(offset: number): EntityMention | undefined {
    const s = sentenceAt(this.sentences, offset);
    const here = this.firstPerson.get(s);
    if (here && here.start < offset) return here;
    for (let k = s - 1; k >= 0 && k >= s - 6; k--) {
      const m = this.firstPerson.get(k);
      if (m) return m;
    }
    return undefined;
  }

  /** The latest mention of a type (optionally whose name or role holds a word) before an offset. */
  latest(offset: number, type: EntityMention['type'], word?: string): EntityMention | undefined {
    const from = lowerBound(this.mentions, offset, (m) => m.start) - 1;
    // Bounded look-back keeps a quote's resolution constant-time on long texts.
    for (let i = from; i >= 0 && i > from - 200; i--) {
      const m = this.mentions[i]!;
      if (m.type !== type) continue;
      if (!word || `${m.name} ${m.role ?? ''}`.toLowerCase().includes(word)) return m;
    }
    return undefined;
  }
}
