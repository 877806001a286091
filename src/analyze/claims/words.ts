/** A word of a text, with its offsets and a crude stem used to compare words across articles. */
export interface Word {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
}

// Letters, digits and inner apostrophes/hyphens/dots/commas of numbers ("1,000", "U.S.", "Kim's").
const WORD = /[\p{L}\p{N}]+(?:[''’.,-][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[''’]s$/u, '');
    const lower = raw.toLowerCase();
    out.push({ text: raw, lower, stem: stem(lower), start: offset + m.index, end: offset + m.index + raw.length });
  }
  return out;
}

/**
 * A light suffix-stripping stem. Written here (not a Porter library) because it only has to make
 * "signed"/"signs"/"signing" and "treaties"/"treaty" meet, and a crude stem that never over-merges
 * short words is what claim alignment needs.
 */
export function stem(lower: string): string {
  if (lower.length <= 3 || /\d/.test(lower)) return lower;
  const rules: Array<[RegExp, string]> = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/(ss|us|is)$/, '$1'],
    [/([^aeiou])ing$/, '$1'],
    [/([^aeiou])ed$/, '$1'],
    [/([sxz]|ch|sh)es$/, '$1'],
    [/s$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(lower)) {
      const out = lower.replace(pattern, replacement);
      return out.length >= 3 ? out.replace(/e$/, '') : lower;
    }
  }
  return lower.replace(/e$/, '');
}

// Function words carry no "aboutness": they are left out when claims are aligned.
const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about after before since ' +
    'than then that this these those there their them they it its he she his her him we our us you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'not no nor so such too very just also only both either neither each all any some more most other own same ' +
    'who whom whose which what when where why how while during between against through up down out off again ' +
    'further once here said says say told tell according one new')
    .split(' '),
);

export function isStopWord(lower: string): boolean {
  return STOP.has(lower);
}

/** Stems of the content words of a text. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w.lower))
    .map((w) => w.stem);
}
