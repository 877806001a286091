import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_CONNECTORS, NAME_PARTICLES, ORG_WORDS, OTHER_WORDS, PLACE_WORDS, ROLE_NOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

/** A stretch of capitalised words that may name something: token indexes [first, last]. */
export interface NameRun {
  first: number;
  last: number;
  /** A leading "the" was dropped from the run ("the Kremlin"). */
  definite: boolean;
}

const BODY_WORDS = new Set([...ORG_WORDS, ...PLACE_WORDS, ...OTHER_WORDS, 'republic', 'union', 'states', 'kingdom']);
const KEYWORDS = new Set([...BODY_WORDS, ...ROLE_NOUNS]);

/**
 * Capitalised runs, split where punctuation or a line break intervenes. Connectors ("of", "for",
 * "and") stay inside a run only once it holds a keyword ("Ministry of Transport", "Center for
 * Security and Strategy"), so "Putin and Kim" or "Greene of the Center" stay apart.
 * Sentence-initial words that the text also writes in lower case are not names.
 */
export function findNameRuns(tokens: Token[], lowerCaseWords: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, lowerCaseWords)) {
      i++;
      continue;
    }
    const first = i;
    // "of" may follow a title ("Secretary of State"); other connectors only a body's name.
    let hasKeyword = KEYWORDS.has(tokens[i]!.lower);
    let hasBodyWord = BODY_WORDS.has(tokens[i]!.lower);
    let last = i;
    let j = i + 1;
    while (j < tokens.length && !tokens[last]!.possessive) {
      const t = tokens[j]!;
      // Capitalised function words ("In", "Or" in a headline) and calendar words end a name.
      if (t.breakBefore || CALENDAR_WORDS.has(t.lower) || (t.cap && FUNCTION_WORDS.has(t.lower))) break;
      if (t.cap) {
        last = j;
        hasKeyword ||= KEYWORDS.has(t.lower);
        hasBodyWord ||= BODY_WORDS.has(t.lower);
        j++;
        continue;
      }
      // A connector or particle joins only when a capitalised word follows it.
      const k = j + (t.lower === 'of' && tokens[j + 1]?.lower === 'the' ? 2 : 1);
      const next = tokens[k];
      const connects = t.lower === 'of' ? hasKeyword : hasBodyWord && NAME_CONNECTORS.has(t.lower);
      const joins = (NAME_PARTICLES.has(t.lower) || connects) && next !== undefined;
      if (!joins || !next.cap || tokens.slice(j + 1, k + 1).some((x) => x.breakBefore)) break;
      last = k;
      hasKeyword ||= KEYWORDS.has(next.lower);
      hasBodyWord ||= BODY_WORDS.has(next.lower);
      j = k + 1;
    }
    const definite = first > 0 && tokens[first - 1]!.lower === 'the' && !tokens[first]!.breakBefore;
    runs.push({ first, last, definite });
    i = last + 1;
  }
  return runs;
}

function startsName(tokens: Token[], i: number, lowerCaseWords: Set<string>): boolean {
  const t = tokens[i]!;
  if (!t.cap || /^\p{N}/u.test(t.text)) return false;
  if (FUNCTION_WORDS.has(t.lower)) return false;
  // "Later", "Describing", "Crowds": capitalised only because they open a sentence.
  return !(t.initial && lowerCaseWords.has(t.lower) && !KEYWORDS.has(t.lower));
}

/** Words the text writes in lower case somewhere: evidence that their capitalised form is not a name. */
export function lowerCaseWordsOf(tokens: Token[]): Set<string> {
  const set = new Set<string>();
  for (const t of tokens) if (!t.cap) set.add(t.lower);
  return set;
}
