import { concept } from './concepts.js';
import { isStopWord, type Word } from './words.js';

/** A figure in a claim: its value, what it counts (the unit, as a concept) and where it is. */
export interface Quantity {
  value: number;
  /** What is counted, as a concept key for matching ("peopl"). */
  unit: string;
  /** What is counted, as written ("people", "percent"). */
  noun: string;
  /** 'count' for amounts ("15 people"), 'ordinal' for ranks ("third summit"). */
  kind: 'count' | 'ordinal';
  text: string;
  start: number;
  end: number;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const SKIP_BEFORE_UNIT = new Set(['more', 'than', 'about', 'nearly', 'almost', 'over', 'some', 'least', 'at', 'of', 'per', 'cent']);

/**
 * Amounts and ranks with the noun they count. A number right after a capitalised word ("Article 4")
 * is a label, and a bare four-digit year is a date: neither is a quantity.
 */
export function findQuantities(ws: Word[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = ws[i - 1];
    const parsed = parseNumber(w.lower);
    if (!parsed) continue;
    if (prev && /^\p{Lu}/u.test(prev.text) && /^\d/.test(w.lower)) continue;
    if (parsed.kind === 'count' && /^(1[5-9]|20)\d\d$/.test(w.lower)) continue;
    let value = parsed.value;
    let j = i + 1;
    const scale = ws[j] ? SCALES[ws[j]!.lower] : undefined;
    if (scale) {
      value *= scale;
      j++;
    }
    if (ws[j]?.lower === 'percent' || ws[j]?.lower === '%') {
      out.push({ value, unit: 'percent', noun: 'percent', kind: parsed.kind, text: w.text, start: w.start, end: ws[j]!.end });
      continue;
    }
    while (ws[j] && SKIP_BEFORE_UNIT.has(ws[j]!.lower)) j++;
    const unitWord = ws[j];
    if (!unitWord || isStopWord(unitWord.lower) || parseNumber(unitWord.lower) || j - i > 3) continue;
    out.push({ value, unit: concept(unitWord.stem), noun: unitWord.lower, kind: parsed.kind, text: w.text, start: w.start, end: unitWord.end });
  }
  return out;
}

function parseNumber(lower: string): { value: number; kind: Quantity['kind'] } | null {
  if (/^\d+(?:[.,]\d+)*$/.test(lower)) return { value: Number(lower.replace(/,/g, '')), kind: 'count' };
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (ordinal) return { value: Number(ordinal[1]), kind: 'ordinal' };
  const n = NUMBER_WORDS.indexOf(lower);
  if (n >= 2) return { value: n, kind: 'count' }; // "one" is too often a pronoun
  const o = ORDINAL_WORDS.indexOf(lower);
  if (o >= 1) return { value: o, kind: 'ordinal' };
  return null;
}
