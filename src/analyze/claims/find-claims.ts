import type { DateMention, EntityMention, Quote, Sentence } from '../../core/types.js';
import type { ArticleClaim } from './article-claim.js';
import { concept } from './concepts.js';
import { AUXILIARIES, HEDGES, NEGATIONS, REPORTING_VERBS } from './cue-words.js';
import { findQuantities } from './quantities.js';
import { quotedSpans, type QuotedSpan } from './quoted-spans.js';
import { isStopWord, stem, words, type Word } from './words.js';

export interface ClaimInput {
  id: string;
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  quotes: Quote[];
  dates: DateMention[];
}

const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'me', 'us', 'you', 'your']);
const OPEN = new Set(['unclear', 'vague', 'whether', 'uncertain', 'undisclosed', 'unknown', 'unspecified']);
// Where the reach of a negation ends: a new clause starts.
const CLAUSE_WORDS = new Set(['which', 'that', 'as', 'when', 'if', 'while', 'because', 'but', 'since', 'whether', 'although', 'what', 'who', 'how', 'why', 'where']);
const DENYING = new Set(['rule', 'deny', 'reject', 'exclude', 'preclude', 'doubt', 'dismiss'].map(stem));
// Verbs of telling: "did not specify X" leaves X open, it does not deny it.
const TELLING = new Set(['specify', 'mention', 'disclose', 'reveal', 'detail', 'spell', 'elaborate', 'clarify', 'explain', 'say', 'comment', 'confirm', 'state', 'announce'].map(stem));
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * The claims of one article: each sentence that states something checkable, with its entities,
 * predicate, figures, dates, polarity and hedges. Questions, first-person opinion and sentences that
 * are only someone's quoted words are left out (a quote makes an attribution claim instead).
 */
export function findClaims(article: ClaimInput): ArticleClaim[] {
  const claims: ArticleClaim[] = [];
  for (const s of article.sentences) {
    const text = article.text.slice(s.start, s.end);
    if (/\?\W*$/u.test(text)) continue;
    const quotes = quotedSpans(article.text, s.start, s.end, article.quotes, article.entities);
    const all = words(text, s.start);
    const isQuoted = (w: Word): boolean => quotes.some((q) => q.bySomeone && w.start >= q.start && w.end <= q.end);
    const own = all.filter((w) => !isQuoted(w));
    if (own.length < 4 || own.some((w) => FIRST_PERSON.has(w.lower))) continue;
    const quoted = all.filter((w) => isQuoted(w) && isContent(w));
    const claim = { ...describe(article, s, text, own, quotes), said: unique(quoted.map((w) => concept(w.stem))) };
    const attributed = claim.kind === 'attribution' && claim.said.length > 0;
    if (attributed || claim.concepts.length + claim.entities.length + claim.quantities.length >= 3) claims.push(claim);
  }
  return claims;
}

function describe(article: ClaimInput, s: Sentence, text: string, own: Word[], quotes: QuotedSpan[]): Omit<ArticleClaim, 'said'> {
  const negationAt = own.findIndex((w, i) => NEGATIONS.has(w.lower) && !(w.lower === 'not' && own[i + 1]?.lower === 'only') && !leavesOpen(own, i) && !litotes(own, i));
  const speakerQuote = quotes.find((q) => q.bySomeone);
  const reporting = own.find((w) => REPORTING_VERBS.has(w.lower));
  const quantities = findQuantities(own);
  const dates = article.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  // Figures, dates and names are compared as values and entities, not as words: "12 dead" and
  // "15 dead" are about one thing, and "Kim Jong-un" is one key, not three words.
  // Only people's names: their spellings vary most, and a place wrongly taken for a name keeps its word.
  const mentions = article.entities.filter((e) => e.type === 'person' && e.start >= s.start && e.end <= s.end);
  const inside = (w: Word, spans: Array<{ start: number; end: number }>): boolean => spans.some((x) => w.start >= x.start && w.end <= x.end);
  const aboutWords = own.filter((w) => isContent(w) && !quantities.some((q) => q.start === w.start) && !inside(w, dates) && !inside(w, mentions));
  return {
    id: `${article.id}#${s.start}`,
    start: s.start,
    end: s.end,
    text,
    kind: speakerQuote || reporting ? 'attribution' : 'statement',
    mode: mode(own),
    entities: entitiesOf(article, s, own),
    predicate: predicateOf(own),
    concepts: unique(aboutWords.map((w) => concept(w.stem))),
    ...focusAfter(article.text, own, negationAt),
    quantities,
    dates: calendarValues(dates, s.start, s.end),
    polarity: negationAt >= 0 ? 'negative' : 'positive',
    hedges: own.filter((w) => HEDGES.has(w.lower)).map((w) => w.lower),
    speaker: speakerQuote?.speaker ?? (reporting ? nameBefore(own, reporting) : null),
  };
}

/**
 * Calendar values (2024, 2024-06, 2024-06-19) of the dates within a span: an unresolved weekday or a
 * duration says nothing across articles. Exported because dates can be resolved again later (an
 * undated article takes a date from its story) and claims then take the new values.
 */
export function calendarValues(dates: DateMention[], start: number, end: number): string[] {
  return unique(dates.filter((d) => d.start >= start && d.end <= end).map((d) => d.value).filter((v) => /^\d{4}(-\d{2}){0,2}$/.test(v)));
}

function isContent(w: Word): boolean {
  return !isStopWord(w.lower) && !REPORTING_VERBS.has(w.lower) && !NEGATIONS.has(w.lower) && !HEDGES.has(w.lower);
}

/** "not (immediately) clear", "did not specify": the negation says a point is open, it denies nothing. */
function leavesOpen(own: Word[], at: number): boolean {
  const next = own.slice(at + 1, at + 3);
  return next.some((w) => w.lower === 'clear' || TELLING.has(w.stem));
}

/** "did not rule out", "does not deny": a negated denial affirms. */
function litotes(own: Word[], at: number): boolean {
  return own.slice(at + 1, at + 3).some((w) => DENYING.has(w.stem));
}

function mode(own: Word[]): ArticleClaim['mode'] {
  const open = own.some((w, i) => NEGATIONS.has(w.lower) && leavesOpen(own, i));
  if (open || own.some((w) => OPEN.has(w.lower))) return 'open';
  // A conditional main clause ("If they meet again, it will be...") or a future/conditional main verb.
  if (['if', 'unless'].includes(own[0]!.lower)) return 'hypothetical';
  const mainClause = own.slice(0, Math.max(1, own.findIndex((w) => CLAUSE_WORDS.has(w.lower))));
  if (mainClause.some((w) => w.lower === 'will' || w.lower === 'would')) return 'hypothetical';
  return 'fact';
}

/** Content concepts the negation reaches: up to the next clause boundary, after the negated verb. */
function focusAfter(text: string, own: Word[], at: number): Pick<ArticleClaim, 'focus' | 'negated'> {
  if (at < 0) return { focus: [], negated: null };
  const verbal = !['no', 'without', 'none', 'nothing'].includes(own[at]!.lower);
  let i = at + 1;
  while (own[i] && AUXILIARIES.has(own[i]!.lower)) i++;
  if (verbal) i++;
  const focus: string[] = [];
  let last = own[at]!;
  for (; i < own.length && focus.length < 10; i++) {
    const w = own[i]!;
    const gap = text.slice(own[i - 1]!.end, w.start);
    if (/[,;:—–()]/.test(gap) || CLAUSE_WORDS.has(w.lower)) break;
    if (isContent(w)) focus.push(concept(w.stem));
    last = w;
  }
  return { focus: unique(focus), negated: text.slice(own[at]!.start, last.end) };
}

function entitiesOf(article: ClaimInput, s: Sentence, own: Word[]): string[] {
  const found = article.entities.filter((e) => e.start >= s.start && e.end <= s.end).map((e) => entityKey(e.name));
  if (article.entities.length > 0) return unique(found);
  // No entities stage output: capitalised words that are not merely sentence-initial.
  return unique(own.filter((w, i) => /^\p{Lu}/u.test(w.text) && (i > 0 || /^\p{Lu}/u.test(own[1]?.text ?? '')) && !isStopWord(w.lower)).map((w) => entityKey(w.text)));
}

/** "Kim Jong-un" and "Kim Jong Un" are one name across articles. */
function entityKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The main verb, by sentence shape: a word after an auxiliary or negation, or a past-tense form after the subject. */
function predicateOf(own: Word[]): string | null {
  for (let i = 1; i < own.length; i++) {
    const w = own[i]!;
    const prev = own[i - 1]!;
    if (AUXILIARIES.has(w.lower) || NEGATIONS.has(w.lower) || isStopWord(w.lower)) continue;
    if (/^\p{Lu}/u.test(w.text)) continue;
    if (AUXILIARIES.has(prev.lower) || NEGATIONS.has(prev.lower)) return concept(w.stem);
    if (/[a-z]ed$/.test(w.lower) && w.lower.length > 4 && !DETERMINERS.has(prev.lower)) return concept(w.stem);
  }
  return null;
}

function nameBefore(own: Word[], verb: Word): string | null {
  const before = own.filter((w) => w.end <= verb.start && /^\p{Lu}/u.test(w.text));
  return before.at(-1)?.text ?? null;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
