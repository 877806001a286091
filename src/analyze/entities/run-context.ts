import { demonymAt, type ClassifiedRun } from './classify-run.js';
import { lookupPlace } from './gazetteer.js';
import { ORG_WORDS, PLACE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'toward', 'towards', 'outside', 'inside']);
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * Reads the words around each run: a lower-case title before a name ("leader Kim Jong Un",
 * "spokesperson Lin Jian"), an appositive after it ("Doo Jin-ho, a research fellow at ..."), the
 * nationality before the title, and what a lone capitalised word is by the word before it.
 * Mutates the runs in place; each looks at a bounded window, so the pass stays linear.
 */
export function readRunContext(runs: ClassifiedRun[], tokens: Token[], text: string): void {
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    // A dateline in capitals opening a paragraph ("PHILADELPHIA, July 25 (UPI) —") is a place.
    if (run.kind === 'organization' && run.first === run.last && tokens[run.first]!.initial && /^\p{Lu}{4,}$/u.test(tokens[run.first]!.text) && /^,/.test(text.slice(tokens[run.first]!.end))) run.kind = 'place';
    if (run.kind !== 'person' && run.kind !== 'single') continue;
    const prevRun = runs[k - 1];
    // Lower-case title words right before the name.
    let i = run.first - 1;
    const roleEnd = i;
    while (i >= 0 && !tokens[i + 1]!.breakBefore && !tokens[i]!.cap && (ROLE_NOUNS.has(tokens[i]!.lower) || ROLE_MODIFIERS.has(tokens[i]!.lower) || ORG_WORDS.has(tokens[i]!.lower))) i--;
    if (i < roleEnd && !run.role) {
      const words = tokens.slice(i + 1, roleEnd + 1);
      if (ORG_WORDS.has(words[words.length - 1]!.lower)) {
        run.kind = 'organization'; // "news agency Sputnik"
        continue;
      }
      if (words.some((t) => ROLE_NOUNS.has(t.lower))) {
        run.role = text.slice(words[0]!.start, words[words.length - 1]!.end);
        if (run.kind === 'single') run.kind = 'person';
      }
    }
    // Nationality or body before the title: "North Korean leader", "North Korea's leader", "Chinese Foreign Ministry spokesperson".
    if (prevRun && !run.affiliation && prevRun.last === i) {
      const d = demonymAt(tokens, prevRun.first, prevRun.last);
      if (prevRun.kind === 'demonym' && d) run.affiliation = d[0];
      else if (prevRun.kind === 'country' || prevRun.kind === 'organization') run.affiliation = prevRun.name;
    }
    if (run.kind === 'single') classifySingle(run, prevRun, tokens);
    if (run.kind === 'person' && !run.role) run.role = appositiveRole(tokens, run.last, text);
  }
}

function classifySingle(run: ClassifiedRun, prevRun: ClassifiedRun | undefined, tokens: Token[]): void {
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  if (before && PLACE_PREPOSITIONS.has(before.lower) && !tokens[run.first]!.breakBefore) run.kind = 'place';
  else if (after && !after.cap && !after.breakBefore && PLACE_WORDS.has(after.lower)) run.kind = 'place'; // "the Kursk region"
  else if (run.definite) run.kind = 'organization'; // "the Kremlin"
  else if (prevRun && prevRun.last === run.first - 1 && tokens[prevRun.last]!.possessive && lookupPlace(prevRun.name)) run.kind = 'organization'; // "Russia's Tass"
}

/** "Koo Byoungsam, spokesperson of ...", "Doo Jin-ho, a research fellow at ...": the role noun phrase after a comma. */
function appositiveRole(tokens: Token[], last: number, text: string): string | undefined {
  const comma = text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? text.length);
  if (!/^\s*,\s*$/.test(comma)) return undefined;
  let i = last + 1;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  const from = i;
  for (; i < tokens.length && i < from + 5; i++) {
    const t = tokens[i]!;
    if (i > from && t.breakBefore) return undefined;
    if (ROLE_NOUNS.has(t.lower)) {
      // "Deputy Chairman": the title runs on while role words follow.
      let end = i;
      while (tokens[end + 1] && !tokens[end + 1]!.breakBefore && (ROLE_NOUNS.has(tokens[end + 1]!.lower) || ROLE_MODIFIERS.has(tokens[end + 1]!.lower))) end++;
      return text.slice(tokens[from]!.start, tokens[end]!.end);
    }
    if (t.cap && !ROLE_MODIFIERS.has(t.lower) && !lookupPlace(t.text)) return undefined;
  }
  return undefined;
}
