import type { ClassifiedRun } from './classify-run.js';
import {
  BODY_KIND_NOUNS, BODY_POSSESSIONS, BODY_PRONOUNS, CALENDAR_WORDS, FUNCTION_WORDS, HONORIFICS, MAKER_NOUNS, ORG_WORDS,
  PERSON_POSSESSIONS, THIRD_PERSON_PRONOUNS,
} from './lexicon.js';
import { findQuoteSpans } from '../quotes/quote-spans.js';
import type { Cluster } from './resolve-mentions.js';
import type { Token } from './tokens.js';

// How far after a name its pronoun is looked for, within the sentence.
const PRONOUN_REACH = 12;
// Words a subject may follow in its sentence ("In addition, Chrysler will ...").
const SUBJECT_REACH = 3;

/**
 * A name of unknown words without a title was taken for a person by its shape; all its mentions
 * in the article decide whether it is a body instead ("Northrop Grumman", "Aer Lingus"). Only
 * evidence for a body turns it: none, or a tie, leaves a person. A title settles it as a person.
 * Mutates the clusters' type.
 */
export function retypeBodies(mentions: Array<{ run: ClassifiedRun; cluster: Cluster }>, tokens: Token[], text: string): void {
  const evidence = new Map<Cluster, { score: number; loneWords: Set<string> }>();
  // The quotes stage's own reading of quotation marks (straight, curly, guillemets, quotes over paragraphs).
  const quotations = findQuoteSpans(text);
  const isQuoted = (offset: number): boolean => quotations.some((q) => q.start <= offset && offset < q.end);
  for (const { run, cluster } of mentions) {
    if (cluster.type !== 'person' || cluster.roles.size > 0) continue;
    const seen = evidence.get(cluster) ?? { score: 0, loneWords: new Set<string>() };
    seen.score += phraseEvidence(run, tokens) + clauseEvidence(run, tokens, text);
    // A speaker names colleagues by first name ("Tim and the team"): quoted words say nothing of the name's order.
    if (run.first === run.last && !isQuoted(tokens[run.first]!.start)) seen.loneWords.add(tokens[run.first]!.lower);
    evidence.set(cluster, seen);
  }
  if (evidence.size === 0) return;
  const bodies = speaksOfBodies(tokens);
  const proseWords = lowerCaseProseWords(tokens);
  for (const [cluster, { score, loneWords }] of evidence) {
    if (score + nameEvidence(cluster.name, loneWords, proseWords, bodies) > 0) cluster.type = 'organization';
  }
}

/**
 * What the words around one mention say, above zero for a body and below for a person: "the
 * Federal Reserve", "automaker Chrysler", "Ford's workforce", "Apple engineers" against "Mr Howard",
 * "Rev. Al Sharpton", "Donald J. Trump", "Howard's wife", "his son Ghassan".
 */
function phraseEvidence(run: ClassifiedRun, tokens: Token[]): number {
  let score = 0;
  const start = tokens[run.first]!;
  const end = tokens[run.last]!;
  const before = tokens[run.first - 1];
  const next = tokens[run.last + 1];
  const nounAfter = next !== undefined && !next.breakBefore && !next.cap;
  // A person is not "the Anna Berg", though "the Anna Berg campaign" is hers ("the Federal Reserve cut" is a verb's).
  if (run.definite && run.last > run.first && !(nounAfter && !FUNCTION_WORDS.has(next.lower) && !/ed$/.test(next.lower))) score++;
  if (before && !start.breakBefore && !before.cap && isBodyKind(tokens, run.first - 1)) score++;
  if (nounAfter && BODY_POSSESSIONS.has(next.lower)) score++;
  if (nounAfter && end.possessive && PERSON_POSSESSIONS.has(next.lower)) score--;
  if (before && !start.breakBefore && !before.cap && PERSON_POSSESSIONS.has(before.lower.split('-')[0]!)) score--; // "his son Ghassan", "daughter-in-law Reem"
  if (before && HONORIFICS.has(before.lower)) score -= 2;
  // An abbreviated title ("Rev. Al Sharpton", "Democratic Gov. Jay Nixon") or a middle initial ("Donald J. Trump");
  // a body's abbreviation ends its name ("Ford Motor Co.").
  if (hasTitleOrInitial(tokens, run)) score -= 2;
  return score;
}

/**
 * What the clause says: ", who", an age, and after a name at the head of its sentence ", which"
 * and the pronoun that follows ("Airbus said its ...", "Aditi Rao said she ..."). Later in a
 * sentence "which" and "its" stand as often for something else as for the name.
 */
function clauseEvidence(run: ClassifiedRun, tokens: Token[], text: string): number {
  const end = tokens[run.last]!;
  const next = tokens[run.last + 1];
  if (!next) return 0;
  const subject = isSentenceSubject(run, tokens);
  let score = 0;
  if (/^\s*,\s*$/.test(text.slice(end.end, next.start))) {
    if (next.lower === 'who') score--;
    else if (next.lower === 'which' && subject) score++;
  }
  if (/^\s*,\s*\d+\s*,/.test(text.slice(end.end, end.end + 8))) score -= 2;
  if (subject) score += pronounEvidence(run.last, tokens, text);
  return score;
}

function hasTitleOrInitial(tokens: Token[], run: ClassifiedRun): boolean {
  for (let i = run.first; i < run.last; i++) {
    const t = tokens[i]!.text;
    if (t.endsWith('.') && (/^\p{Lu}\p{Ll}{1,3}\.$/u.test(t) || (i > run.first && /^\p{Lu}\.$/u.test(t)))) return true;
  }
  return false;
}

// "automaker Chrysler", "electronics maker Apple": a maker needs its product before it, since
// "manufacturer Ron Johnson" is as often a person's trade.
function isBodyKind(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (BODY_KIND_NOUNS.has(t.lower)) return true;
  const product = tokens[i - 1];
  return MAKER_NOUNS.has(t.lower) && !t.breakBefore && product !== undefined && !product.cap && !FUNCTION_WORDS.has(product.lower);
}

// A name at the head of its sentence is most often its subject, which a later pronoun refers to.
function isSentenceSubject(run: ClassifiedRun, tokens: Token[]): boolean {
  for (let j = run.first; j >= 0 && j >= run.first - SUBJECT_REACH; j--) {
    if (j < run.first && tokens[j]!.cap && !tokens[j]!.initial) return false;
    if (tokens[j]!.initial) return true;
  }
  return false;
}

// "Ford has cut its ...": +1; "Aditi Rao said her ...": -1. The first pronoun decides, before
// another name, "the" or a body's noun, which may be what the pronoun stands for ("Greenspan said
// the economy would not sustain its growth", "Smith said a company had cut its prices"), and
// before the sentence's end.
function pronounEvidence(last: number, tokens: Token[], text: string): number {
  for (let j = last + 1; j < tokens.length && j <= last + PRONOUN_REACH; j++) {
    const t = tokens[j]!;
    if (t.initial || (t.breakBefore && /[.!?\n]/.test(text.slice(tokens[j - 1]!.end, t.start)))) return 0;
    if (t.lower === 'the' || BODY_KIND_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower) || (t.cap && !CALENDAR_WORDS.has(t.lower))) return 0;
    if (BODY_PRONOUNS.has(t.lower)) return 1;
    if (THIRD_PERSON_PRONOUNS.has(t.lower)) return -1;
  }
  return 0;
}

/**
 * What the article's use of the name says, once per name: every word of it also written in lower
 * case ("Best Buy", "Federal Reserve": common words, rarely all of a person's name), and which word
 * stands alone: the last for a person ("Mulally" for Alan Mulally), the first for a body
 * ("Lockheed" for Lockheed Martin), but only in an article that speaks of "the company" or the
 * like: family names come first in many languages ("Park" for Park Min-jun), and a first name
 * may stand alone too ("Madison" for Madison Reed).
 */
function nameEvidence(name: string, loneWords: Set<string>, proseWords: Set<string>, speaksOfBodies: boolean): number {
  const words = name.toLowerCase().split(/\s+/).filter((w) => !/^\p{L}\.$/u.test(w));
  if (words.length < 2) return 0;
  let score = words.every((w) => proseWords.has(w)) ? 1 : 0;
  const byFirst = loneWords.has(words[0]!);
  const byLast = loneWords.has(words[words.length - 1]!);
  if (byFirst && !byLast && speaksOfBodies) score++;
  else if (byLast && !byFirst) score--;
  return score;
}

// Lower-case words inside a phrase (after a plain space), so that a link's words ("/lindsay-lohan-checks")
// do not count as prose.
function lowerCaseProseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.breakBefore) words.add(t.lower);
  return words;
}

// "the company", "the airline": the article is about a body, whose name it may not give in full.
function speaksOfBodies(tokens: Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'the' && BODY_KIND_NOUNS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.cap);
}
