import type { ClassifiedRun } from './classify-run.js';
import { BODY_KIND_NOUNS, BODY_POSSESSIONS, BODY_PRONOUNS, CALENDAR_WORDS, HONORIFICS, ORG_WORDS, PERSON_POSSESSIONS, PERSONAL_PRONOUNS } from './lexicon.js';
import type { Cluster } from './resolve-mentions.js';
import type { Token } from './tokens.js';

// How far after a name its pronoun is looked for, within the sentence.
const PRONOUN_REACH = 12;

/**
 * What the words around one mention say it names: above zero a body, below zero a person.
 * "the Federal Reserve", "automaker Chrysler", "Ford's workforce", "Boeing, which", "Airbus said
 * its ..." against "Mr Howard", "Howard's wife", "Lee Kuan, who", "Aditi Rao said she ...".
 */
export function bodyEvidence(run: ClassifiedRun, tokens: Token[], text: string): number {
  let score = 0;
  const start = tokens[run.first]!;
  const end = tokens[run.last]!;
  const before = tokens[run.first - 1];
  const next = tokens[run.last + 1];
  if (run.definite && run.last > run.first) score++; // a person is not "the Anna Berg"
  if (before && !start.breakBefore && !before.cap && BODY_KIND_NOUNS.has(before.lower)) score++;
  if (before && HONORIFICS.has(before.lower.replace(/\.$/, ''))) score -= 2;
  if (next && !next.breakBefore && !next.cap) {
    // "Ford's workforce", "Apple engineers"; but "Howard's wife".
    if (BODY_POSSESSIONS.has(next.lower)) score++;
    else if (end.possessive && PERSON_POSSESSIONS.has(next.lower)) score--;
  }
  if (next && /^\s*,\s*$/.test(text.slice(end.end, next.start))) {
    if (next.lower === 'which') score++;
    else if (next.lower === 'who') score--;
  }
  if (next && /^\s*,\s*\d+\s*,/.test(text.slice(end.end))) score -= 2; // "Barra, 51,"
  if (isSentenceSubject(run, tokens)) score += pronounEvidence(run.last, tokens, text);
  return score;
}

// Words a subject may follow in its sentence ("In addition, Chrysler will ...").
const SUBJECT_REACH = 3;

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
    if (t.initial || /[.!?\n]/.test(text.slice(tokens[j - 1]!.end, t.start))) return 0;
    if (t.lower === 'the' || BODY_KIND_NOUNS.has(t.lower) || ORG_WORDS.has(t.lower) || (t.cap && !CALENDAR_WORDS.has(t.lower))) return 0;
    if (BODY_PRONOUNS.has(t.lower)) return 1;
    if (PERSONAL_PRONOUNS.has(t.lower)) return -1;
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
function nameEvidence(name: string, loneWords: Set<string>, lowerCaseWords: Set<string>, speaksOfBodies: boolean): number {
  const words = name.toLowerCase().split(/\s+/).filter((w) => !/^\p{L}\.$/u.test(w));
  if (words.length < 2) return 0;
  let score = words.every((w) => lowerCaseWords.has(w)) ? 1 : 0;
  const byFirst = loneWords.has(words[0]!);
  const byLast = loneWords.has(words[words.length - 1]!);
  if (byFirst && !byLast && speaksOfBodies) score++;
  else if (byLast && !byFirst) score--;
  return score;
}

// Inside a quotation opened earlier in its paragraph.
function isQuoted(text: string, offset: number): boolean {
  const paragraph = text.lastIndexOf('\n', offset) + 1;
  let open = false;
  for (let i = paragraph; i < offset; i++) {
    const c = text[i];
    if (c === '"') open = !open;
    else if (c === '“') open = true;
    else if (c === '”') open = false;
  }
  return open;
}

// "the company", "the airline": the article is about a body, whose name it may not give in full.
function speaksOfBodies(tokens: Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'the' && BODY_KIND_NOUNS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.cap);
}

/**
 * A name of unknown words without a title was taken for a person by its shape; all its mentions
 * in the article decide whether it is a body instead ("Northrop Grumman", "Aer Lingus"). Only
 * evidence for a body turns it: none, or a tie, leaves a person. A title settles it as a person.
 * Mutates the clusters' type.
 */
export function retypeBodies(mentions: Array<{ run: ClassifiedRun; cluster: Cluster }>, tokens: Token[], text: string, lowerCaseWords: Set<string>): void {
  const evidence = new Map<Cluster, { score: number; loneWords: Set<string> }>();
  for (const { run, cluster } of mentions) {
    if (cluster.type !== 'person' || cluster.roles.size > 0) continue;
    const seen = evidence.get(cluster) ?? { score: 0, loneWords: new Set<string>() };
    seen.score += bodyEvidence(run, tokens, text);
    // A speaker names colleagues by first name ("Tim and the team"): quoted words say nothing of the name's order.
    if (run.first === run.last && !isQuoted(text, tokens[run.first]!.start)) seen.loneWords.add(tokens[run.first]!.lower);
    evidence.set(cluster, seen);
  }
  const bodies = evidence.size > 0 && speaksOfBodies(tokens);
  for (const [cluster, { score, loneWords }] of evidence) {
    const total = score + nameEvidence(cluster.name, loneWords, lowerCaseWords, bodies);
    if (total > 0) cluster.type = 'organization';
  }
}
