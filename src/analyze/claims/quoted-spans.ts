import type { EntityMention, Quote } from '../../core/types.js';
import { concept } from './concepts.js';
import { words } from './words.js';

/** A quotation inside a sentence and whether it is the outlet's own description of a document. */
export interface QuotedSpan {
  start: number;
  end: number;
  speaker: string | null;
  /** True when the quoted source is a person or organisation: its words are not the outlet's claim. */
  bySomeone: boolean;
}

// Paired quotation marks; single quotes are left out because they double as apostrophes.
const QUOTED = /“[^”]*”|"[^"\n]*"|«[^»]*»/g;

/**
 * The quotes of a sentence, from the quotes stage when it found any, else from the quotation marks
 * themselves (the quotes stage may not have run, e.g. on plain inputs to `check`).
 */
export function quotedSpans(text: string, start: number, end: number, quotes: Quote[], entities: EntityMention[]): QuotedSpan[] {
  const inside = quotes.filter((q) => q.start < end && q.end > start);
  if (quotes.length > 0) {
    return inside.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      bySomeone: (q.speaker !== null || q.speakerText !== null) && !isDocument(q.speakerText ?? q.speaker ?? ''),
    }));
  }
  const sentence = text.slice(start, end);
  return [...sentence.matchAll(QUOTED)].map((m) => {
    const qStart = start + m.index;
    const qEnd = qStart + m[0].length;
    const speakerText = nearestName(text.slice(start, qStart) + ' ' + text.slice(qEnd, end), entities);
    return { start: qStart, end: qEnd, speaker: speakerText, bySomeone: !isDocument(text.slice(start, qStart)) };
  });
}

/** A quote given "according to Article 4" or "the treaty reads" quotes a text, not a person. */
function isDocument(attribution: string): boolean {
  const lastWords = words(attribution).slice(-6);
  return lastWords.some((w) => ['clause', 'agreement'].includes(concept(w.stem)));
}

function nearestName(context: string, entities: EntityMention[]): string | null {
  const known = entities.find((e) => (e.type === 'person' || e.type === 'organization') && context.includes(e.text));
  if (known) return known.name;
  const names = context.match(/\b\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu);
  return names?.at(-1) ?? null;
}
