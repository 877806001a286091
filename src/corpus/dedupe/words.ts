// Word tokens with offsets, shared by fingerprints, sentence alignment and clustering.

/** One word of a text: its normalised form and where it stands. */
export interface Word {
  /** Lower-cased, curly apostrophes straightened; numbers keep their digits only. */
  norm: string;
  start: number;
  end: number;
  /** Starts with a capital letter (a name candidate unless it opens the sentence). */
  capital: boolean;
  numeric: boolean;
}

const WORD = /\p{N}+(?:[.,:]\p{N}+)*%?|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const raw = m[0];
    const numeric = startsWithNumber(raw);
    let norm: string;
    if (numeric) norm = raw.includes(',') ? raw.replace(/,/g, '') : raw;
    else {
      norm = raw.toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    }
    words.push({ norm, start: m.index, end: m.index + raw.length, capital: startsWithCapital(raw), numeric });
  }
  return words;
}

// First-character tests with an ASCII fast path: a regex per word is a large share of tokenizing.
function startsWithNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(s);
}

function startsWithCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

// English function words: they carry no topic, so they neither make two texts similar nor different.
// A generic list (grammar words), not taken from any data set.
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet if then than that this these those there here of in on at by for with from to
  into onto over under about above below after before during since until while as per via against among between
  through throughout toward towards upon within without is are was were be been being am do does did doing done
  has have had having will would shall should can could may might must not no it its it's they them their theirs
  he him his she her hers we us our ours you your yours i me my mine who whom whose which what when where why how
  all any both each few more most other some such only own same too very just also even still already again
  further once out up down off said says say told tell according one two new also been its mr mrs ms`.split(/\s+/),
);

export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

/** A crude stem so that "treaty"/"treaties", "sign"/"signed" meet; enough for overlap measures. */
export function stem(norm: string): string {
  let w = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (w.length <= 4 || startsWithNumber(w)) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  // One ending at most, as a regex /(?:ing|ed|es|s)$/ would take ("es" before "s").
  else if (w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.endsWith('ed') || w.endsWith('es')) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  return w.length > 7 ? w.slice(0, 7) : w;
}

/** Content words of a text as stems, the unit of topical overlap. */
export function contentStems(words: Word[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (isFunctionWord(w.norm) || (!w.numeric && w.norm.length < 2)) continue;
    // "Jong-un" and "Jong Un", "strongest-ever" and "strongest ever" meet.
    if (!w.norm.includes('-')) out.push(stem(w.norm));
    else for (const part of w.norm.split('-')) if (part) out.push(stem(part));
  }
  return out;
}
