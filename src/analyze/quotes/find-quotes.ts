import type { EntityMention, Quote, Sentence } from '../../core/types.js';
import { FUNCTION_WORDS } from '../entities/lexicon.js';
import { CUE, SPEAKER_FOLLOWS } from './cues.js';
import { lowerBound, MentionIndex, sentenceAt } from './mention-index.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { speakerEndingAt, speakerStartingAt, type Speaker } from './speaker.js';

/** A quote with the place of the words that name its speaker (the dossier keeps only the words). */
export interface AttributedQuote extends Quote {
  speakerStart: number | null;
  speakerEnd: number | null;
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Direct quotations with their speakers. */
export function findQuotes(text: string, sentences: Sentence[], entities: EntityMention[]): Quote[] {
  return attributeQuotes(text, sentences, entities).map(({ speakerStart: _s, speakerEnd: _e, ...quote }) => quote);
}

/**
 * Every quotation, its kind, and its speaker: a cue after the quote ("..., he said") or before it
 * ("Medvedev said: «...»"), the speaker as a name, a pronoun resolved to the person it stands for, a
 * role or a body; a quote with no cue of its own continues the previous speaker when it opens its
 * paragraph or follows another quote in the same sentence. Cues and mentions are looked up by
 * binary search over lists built once, so the stage is linear in the text.
 */
export function attributeQuotes(text: string, sentences: Sentence[], entities: EntityMention[]): AttributedQuote[] {
  const spans = findQuoteSpans(text).filter((span) => !isTitle(text.slice(span.start, span.end)));
  const index = new MentionIndex(entities, spans, sentences);
  const cues = cuesOutside(text, spans);
  const out: AttributedQuote[] = [];
  let previous: { quote: AttributedQuote; span: QuoteSpan } | undefined;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const s = sentenceAt(sentences, span.open);
    const sentenceStart = Math.min(sentences[s]?.start ?? 0, span.open);
    const sentenceEnd = sentences[sentenceAt(sentences, span.close)]?.end ?? text.length;
    const paragraphStart = text.lastIndexOf('\n', span.open) + 1;
    const nextOpen = spans[k + 1]?.open ?? text.length;
    const sameSentenceBefore = previous && previous.span.close >= sentenceStart && previous.span.close < span.open ? previous : undefined;
    const lead = text.slice(sameSentenceBefore ? sameSentenceBefore.span.close + 1 : sentenceStart, span.open);
    const full = isFull(text, span, lead, paragraphStart, cues);
    const clauseStart = full && sameSentenceBefore ? sameSentenceBefore.span.close + 1 : sentenceStart;
    const after = () => cueAfter(text, span, clauseStart, Math.min(sentenceEnd, nextOpen), cues, index);
    const before = () => cueBefore(text, clauseStart, span.open, cues, index);
    const opensParagraph = text.slice(paragraphStart, span.open).trim() === '';
    const introduced = () => (opensParagraph ? introducedBy(text, sentences, paragraphStart, cues, index) : undefined);
    let found = full ? pick(after, before, introduced) : pick(before, after);
    // With no cue of its own, a quote goes on with the speaker of the quote before it in its paragraph
    // ("“...,” Espinoza said. “...”"), or in the paragraph before when it opens its own.
    const continues = previous && previous.quote.speaker !== null &&
      (previous.span.close >= paragraphStart || (opensParagraph && previous.span.close >= previousParagraphStart(text, paragraphStart)));
    if (continues && !found?.speaker) {
      const q = previous!.quote;
      found = {
        cue: found?.cue ?? { start: -1, end: -1, text: q.cue ?? '' },
        speaker: { name: q.speaker, text: q.speakerText ?? '', start: q.speakerStart ?? -1, end: q.speakerEnd ?? -1 },
      };
    }
    const speaker = found?.speaker;
    const quote: AttributedQuote = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: speaker?.name ?? null,
      speakerText: speaker?.text ?? null,
      cue: found && speaker ? found.cue.text || null : null,
      kind: full ? 'full' : 'partial',
      speakerStart: speaker && speaker.start >= 0 ? speaker.start : null,
      speakerEnd: speaker && speaker.end >= 0 ? speaker.end : null,
    };
    out.push(quote);
    previous = { quote, span };
  }
  return out;
}

type Found = { cue: Cue; speaker?: Speaker } | undefined;

/** The first reading that names a speaker, else the first that found a cue at all. */
function pick(...readings: Array<() => Found>): Found {
  let fallback: Found;
  for (const read of readings) {
    const found = read();
    if (found?.speaker) return found;
    fallback ??= found;
  }
  return fallback;
}

/** "Cruz continued:" closing the paragraph before: that sentence introduces the quote. */
function introducedBy(text: string, sentences: Sentence[], paragraphStart: number, cues: Cue[], index: MentionIndex): Found {
  let end = paragraphStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== ':') return undefined;
  const from = sentences[sentenceAt(sentences, end - 1)]!.start;
  const viaCue = cueBefore(text, from, end, cues, index);
  if (viaCue?.speaker) return viaCue;
  const speaker = firstSpeaker(text, index, from, end);
  return speaker ? { cue: viaCue?.cue ?? { start: end - 1, end, text: ':' }, speaker } : viaCue;
}

/** "..., Kim said", "..., said Doo Jin-ho", "..., he stressed", "..., Putin was quoted as saying by Tass". */
function cueAfter(text: string, span: QuoteSpan, clauseStart: number, to: number, cues: Cue[], index: MentionIndex): Found {
  const from = span.close + 1;
  const cue = cues[lowerBound(cues, from, (c) => c.start)];
  if (!cue || cue.end > to) return undefined;
  let between = text.slice(from, cue.start);
  if (/[.!?;]/.test(between.replace(/\b\p{Lu}\./gu, ''))) return undefined;
  let subjectFrom = from;
  if (between.split(/\s+/).length > 9 && !/^[\s,]*\p{Lu}[^,]*,[^]*,\s*$/u.test(between)) {
    // "... “the West nervous” by demonstrating ..., Greene added.": speaker and cue close the sentence.
    const comma = between.lastIndexOf(',');
    if (comma < 0 || between.slice(comma).split(/\s+/).length > 5 || !/^[\s.]*$/.test(text.slice(cue.end, to))) return undefined;
    subjectFrom = from + comma + 1;
    between = between.slice(comma + 1);
  }
  // "“New York values,” saying ...": the participle's subject opens the sentence.
  if (/ing$/.test(cue.text) && between.replace(/[\s,—–-]/g, '') === '') {
    const speaker = firstSpeaker(text, index, clauseStart, span.open);
    return { cue, ...(speaker ? { speaker } : {}) };
  }
  const speaker = between.replace(/[\s,—–-]/g, '') === '' || SPEAKER_FOLLOWS.test(cue.text)
    ? speakerStartingAt(text, cue.end, to, index)
    : speakerEndingAt(text, subjectFrom + (/^[\s,—–-]*/.exec(between)?.[0].length ?? 0), trimAdverbs(text, subjectFrom, cue.start), index);
  return { cue, ...(speaker ? { speaker } : {}) };
}

/** "Medvedev said: «...»", "Rudenko told Sputnik, “...”", "according to the institute, “...”". */
function cueBefore(text: string, from: number, to: number, cues: Cue[], index: MentionIndex): { cue: Cue; speaker?: Speaker } | undefined {
  const i = lowerBound(cues, to, (c) => c.start) - 1;
  const cue = cues[i];
  if (!cue || cue.start < from) return undefined;
  let speaker: Speaker | undefined;
  if (SPEAKER_FOLLOWS.test(cue.text)) speaker = speakerStartingAt(text, cue.end, to, index);
  else if (/ing$/.test(cue.text) && /(?:,["”’]?|\b(?:by|while|after|before|when|in))\s*$/.test(text.slice(from, cue.start))) {
    // "X announced ..., saying “...”": the participle's subject is the clause's first named speaker.
    speaker = firstSpeaker(text, index, from, cue.start);
  } else if (/\b(?:and|but)\s*$/.test(text.slice(from, cue.start))) {
    // "The president noted that ..., and added: “...”": the speaker of the first verb.
    const first = cues[lowerBound(cues, from, (c) => c.start)];
    speaker = first && first.start < cue.start && first !== cue ? speakerEndingAt(text, from, trimAdverbs(text, from, first.start), index) : firstSpeaker(text, index, from, cue.start);
  } else speaker = speakerEndingAt(text, from, trimAdverbs(text, from, cue.start), index);
  return { cue, ...(speaker ? { speaker } : {}) };
}

const PREPOSITION_BEFORE = /\b(?:in|at|on|of|from|to|for|with|by|about|against|into|after|before|when|while|as|if|since|during|recite|reciting)\s+(?:the\s+)?$/i;

/** The subject of a clause: its first "he"/"she", or its first person or body not governed by a preposition. */
function firstSpeaker(text: string, index: MentionIndex, from: number, to: number): Speaker | undefined {
  const m = index.within(from, to).find((x) => (x.type === 'person' || x.type === 'organization') && !PREPOSITION_BEFORE.test(text.slice(Math.max(from, x.start - 20), x.start)));
  const pronoun = /\b(?:he|she|He|She)\b/.exec(text.slice(from, m ? m.start : to));
  if (pronoun) return speakerEndingAt(text, from + pronoun.index, from + pronoun.index + pronoun[0].length, index);
  return m ? { name: m.name, text: m.text, start: m.start, end: m.end } : undefined;
}

const ADVERB = /\s+(?:also|later|then|further|again|once|earlier|previously|has|have|had|was|were|is|would|will|could|did|does|do|not|never|\p{Ll}+ly)\s*$/u;

/** The end of a speaker before its cue, past adverbs and auxiliaries: "Putin also", "he has repeatedly". */
function trimAdverbs(text: string, from: number, end: number): number {
  for (;;) {
    const m = ADVERB.exec(text.slice(Math.max(from, end - 20), end));
    if (!m) return end;
    end -= m[0].length;
  }
}

function cuesOutside(text: string, spans: QuoteSpan[]): Cue[] {
  const cues: Cue[] = [];
  let q = 0;
  for (const m of text.matchAll(CUE)) {
    while (q < spans.length && spans[q]!.close < m.index) q++;
    const span = spans[q];
    if (span && span.open < m.index && m.index < span.close) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return cues;
}

/** A complete utterance rather than words taken into the writer's sentence. */
function isFull(text: string, span: QuoteSpan, lead: string, paragraphStart: number, cues: Cue[]): boolean {
  const first = /[\p{L}\p{N}…]|\.\.\./u.exec(text.slice(span.start, span.end));
  if (!first || (/\p{Ll}/u.test(first[0]) && span.open > paragraphStart)) return false;
  if (span.open === paragraphStart || span.multiParagraph) return true;
  if (/(?:^|[,:—–-])\s*$/.test(lead)) return true;
  // "..., adding “The treaty ...”": a cue right before the quote.
  const cue = cues[lowerBound(cues, span.open, (c) => c.start) - 1];
  return cue !== undefined && text.slice(cue.end, span.open).trim() === '';
}

/** A title or a name in quotation marks ("The Art of the Deal", "UN Charter Article 51"), not words spoken. */
function isTitle(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length > 10 || /[.!?,;:…]["'’”]?$/.test(inner.trim())) return false;
  const long = words.filter((w) => /^[\p{L}]{4,}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0]!);
}

function previousParagraphStart(text: string, paragraphStart: number): number {
  let e = paragraphStart - 1;
  while (e > 0 && text[e] === '\n') e--;
  return text.lastIndexOf('\n', e) + 1;
}
