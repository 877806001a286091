import type { Sentence } from '../../core/types.js';
import { SPEAKER_FOLLOWS } from './cues.js';
import { lowerBound, type MentionIndex, sentenceAt } from './mention-index.js';
import type { QuoteSpan } from './quote-spans.js';
import { speakerEndingAt, speakerStartingAt, type Speaker } from './speaker.js';

// The ways a quote's speaker is read from the text around it; find-quotes.ts tries them in order.

/** A cue found in the text (a speech verb, "according to", or the colon that introduces a quote). */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** What a reading found: its cue, and the speaker when it could name one. */
export type Found = { cue: Cue; speaker?: Speaker } | undefined;

/** "Isaiah 45:1 reads: “...”", "Trump gestured, then boomed: “...”": the subject of the verb before a colon. */
export function colonLead(text: string, from: number, open: number, index: MentionIndex): Found {
  const colon = text.lastIndexOf(':', open);
  // "... - Carl Bialik: “...”": a name right before the colon.
  const named = index.within(from, colon + 1).pop();
  if (named && named.end >= colon - 1 && (named.type === 'person' || named.type === 'organization')) {
    return { cue: { start: colon, end: colon + 1, text: ':' }, speaker: { name: named.name, text: named.text, start: named.start, end: named.end } };
  }
  // The verb must follow its subject directly ("Isaiah 45:1 reads:"), or "relevant facts:" would do.
  const verb = /(?<=(?:\b(?:he|she)|[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)\s+)(\p{Ll}+(?:s|ed))\s*$/u.exec(text.slice(from, colon));
  const speaker = (verb ? speakerEndingAt(text, from, trimAdverbs(text, from, from + verb.index), index) : undefined) ?? firstSpeaker(text, index, from, open);
  return speaker ? { cue: { start: colon, end: colon + 1, text: verb?.[1] ?? ':' }, speaker } : undefined;
}

/** "Hillary shot back, “...”": a name and any past-tense verb right before a full quote. */
export function nameVerbBefore(text: string, span: QuoteSpan, index: MentionIndex): Found {
  const lead = text.slice(Math.max(0, span.open - 80), span.open);
  const m = /(\b(?:he|she|He|She)|\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}+ed)(?:\s+(?:back|out|up|in|on))?\s*[,:]\s*$/u.exec(lead);
  if (!m?.[1] || !m[2]) return undefined;
  const offset = span.open - lead.length + m.index;
  const speaker = speakerEndingAt(text, Math.max(0, offset - 60), offset + m[1].length, index);
  const cueStart = offset + m[0].indexOf(m[2], m[1].length);
  return speaker ? { cue: { start: cueStart, end: cueStart + m[2].length, text: m[2] }, speaker } : undefined;
}

/** "Mitt Romney’s “47 percent” comment": words owned by the name before them. */
export function possessor(text: string, span: QuoteSpan, index: MentionIndex): Found {
  const m = /['’]s?\s+$/.exec(text.slice(Math.max(0, span.open - 4), span.open));
  if (!m) return undefined;
  const end = span.open - m[0].length;
  const mention = index.within(Math.max(0, end - 60), end + 1).pop();
  if (!mention || mention.end < end - 1 || (mention.type !== 'person' && mention.type !== 'organization')) return undefined;
  return { cue: { start: mention.end, end: span.open, text: text.slice(mention.end, span.open).trim() }, speaker: { name: mention.name, text: mention.text, start: mention.start, end: mention.end } };
}

/** "“...” ― Pamela Padilla": a signature after a dash. */
export function signature(text: string, span: QuoteSpan, index: MentionIndex): Found {
  // On the same line ("” ― Pamela Padilla") or opening the next paragraph ("- Bernie Sanders.").
  const m = /^[ \t]*(?:[.,]?\s*\n\s*)?[―—–-]+[ \t]*(?=\p{Lu})/u.exec(text.slice(span.close + 1, span.close + 12));
  if (!m) return undefined;
  const start = span.close + 1 + m[0].length;
  const speaker = speakerStartingAt(text, start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start), index);
  return speaker ? { cue: { start: span.close + 1, end: start, text: m[0].trim() }, speaker } : undefined;
}

/** "\"WALLACE: Let's start ...": a transcript's speaker label opening the quotation. */
export function transcriptLabel(text: string, span: QuoteSpan): Found {
  const m = /^\s*(\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u.exec(text.slice(span.start, span.start + 40));
  if (!m?.[1] || !/\p{Lu}{2}/u.test(m[1])) return undefined;
  const start = span.start + m.index + m[0].indexOf(m[1]);
  const name = m[1].trim();
  return { cue: { start: start + name.length, end: start + name.length + 1, text: ':' }, speaker: { name, text: name, start, end: start + name.length } };
}

/** "Cruz continued:" closing the paragraph before: that sentence introduces the quote. */
export function introducedBy(text: string, sentences: Sentence[], paragraphStart: number, cues: Cue[], index: MentionIndex): Found {
  let end = paragraphStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const from = sentences[sentenceAt(sentences, end - 1)]!.start;
  const viaCue = cueBefore(text, from, end, cues, index);
  if (viaCue?.speaker) return viaCue;
  if (text[end - 1] !== ':') return undefined;
  const speaker = firstSpeaker(text, index, from, end);
  return speaker ? { cue: viaCue?.cue ?? { start: end - 1, end, text: ':' }, speaker } : viaCue;
}

/** "..., Kim said", "..., said Doo Jin-ho", "..., he stressed", "..., Putin was quoted as saying by Tass". */
export function cueAfter(text: string, span: QuoteSpan, clauseStart: number, to: number, cues: Cue[], index: MentionIndex): Found {
  const from = span.close + 1;
  let cue = cues[lowerBound(cues, from, (c) => c.start)];
  if (!cue || cue.end > to) {
    // An unlisted verb right after the quote, beside a name: "“...” beamed Donald Hartley", "“...,” Trump quipped".
    const m = /^[\s,—–-]*(?:(?:he|she|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(\p{Ll}+(?:ed|s))|(\p{Ll}+ed)\s+\p{Lu})(?![\p{L}-])/u.exec(text.slice(from, to));
    const verb = m?.[1] ?? m?.[2];
    if (!m || !verb) return undefined;
    const start = from + m.index + m[0].lastIndexOf(verb);
    cue = { start, end: start + verb.length, text: verb };
  }
  let between = text.slice(from, cue.start);
  // Abbreviations ("Ms. Moore", "Rep. Jason Chaffetz (R-Utah)", "R-Ky.") are no sentence end.
  if (/[.!?;]/.test(between.replace(/\b\p{Lu}[\p{L}-]{0,4}\./gu, ''))) return undefined;
  const ownSentenceEnded = /[.!?…]["'”’»]?$/.test(text.slice(span.start, span.close + 1));
  // ... and not when it introduces the next quote ("He argued, “...”").
  if (ownSentenceEnded && /^\s*(?:\p{Ll}+\s*)?[,:]\s*["“«]/u.test(text.slice(cue.end, cue.end + 12))) return undefined;
  if (ownSentenceEnded && (between.trim().split(/\s+/).length > 6 || /\b(?:did|does|do|not|will|would|can|could|has|had|have|is|was|were|are)\b/.test(between))) return undefined;
  let subjectFrom = from;
  // An appositive may stretch the gap: "“...” the presumptive nominee, Donald Trump, said".
  if (between.split(/\s+/).length > (/,\s*$/.test(between) ? 25 : 9)) {
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
export function cueBefore(text: string, from: number, to: number, cues: Cue[], index: MentionIndex): Found {
  const i = lowerBound(cues, to, (c) => c.start) - 1;
  const cue = cues[i];
  if (!cue || cue.start < from) return undefined;
  let speaker: Speaker | undefined;
  // "“...,” said Cuban. ... “Shark Tank.”": a cue right after an earlier quote has its speaker after it.
  if (SPEAKER_FOLLOWS.test(cue.text) || /["”»],?\s*$/.test(text.slice(from, cue.start))) speaker = speakerStartingAt(text, cue.end, to, index);
  else if (/ing$/.test(cue.text) && /(?:,["”’]?|\b(?:by|while|after|before|when|in))\s*$/.test(text.slice(from, cue.start))) {
    // "Hollande said ..., noting “...”": the participle's subject is the speaker of the cue before it in
    // the sentence; with none, the clause's first named speaker ("X announced ..., saying “...”").
    const earlier = cues[lowerBound(cues, from, (c) => c.start)];
    speaker = earlier && earlier.start < cue.start && earlier !== cue && !/ing$/.test(earlier.text)
      ? speakerEndingAt(text, from, trimAdverbs(text, from, earlier.start), index)
      : undefined;
    speaker ??= firstSpeaker(text, index, from, cue.start);
  } else if (/\b(?:and|but)\s*$/.test(text.slice(from, cue.start))) {
    // "The president noted that ..., and added: “...”": the speaker of the first verb.
    const first = cues[lowerBound(cues, from, (c) => c.start)];
    speaker = first && first.start < cue.start && first !== cue ? speakerEndingAt(text, from, trimAdverbs(text, from, first.start), index) : firstSpeaker(text, index, from, cue.start);
  } else speaker = speakerEndingAt(text, from, trimAdverbs(text, from, cue.start), index);
  return { cue, ...(speaker ? { speaker } : {}) };
}

const PREPOSITION_BEFORE = /\b(?:in|at|on|of|from|to|for|with|by|about|against|into|after|before|when|while|as|if|since|during|recite|reciting)\s+(?:the\s+)?$/i;

/** The subject of a clause: its first "he"/"she", or its first person or body not governed by a preposition. */
export function firstSpeaker(text: string, index: MentionIndex, from: number, to: number): Speaker | undefined {
  const m = index.within(from, to).find((x) => (x.type === 'person' || x.type === 'organization') && !PREPOSITION_BEFORE.test(text.slice(Math.max(from, x.start - 20), x.start)));
  const pronoun = /\b(?:he|she|He|She)\b/.exec(text.slice(from, m ? m.start : to));
  if (pronoun) return speakerEndingAt(text, from + pronoun.index, from + pronoun.index + pronoun[0].length, index);
  if (m) return { name: m.name, text: m.text, start: m.start, end: m.end };
  // "The former Republican presidential candidate continued, saying, ...": the noun phrase opening the clause.
  const phrase = /^\s*(?:The|A|An|This|That|His|Her|Their|Its)\s+(?:[\p{L}'’-]+\s+){0,5}?(?=\p{Ll}+(?:ed|s)\b)/u.exec(text.slice(from, to));
  return phrase ? speakerEndingAt(text, from, from + phrase[0].length, index) : undefined;
}

const ADVERB = /\s+(?:also|later|then|further|again|once|earlier|previously|has|have|had|was|were|is|would|will|could|did|does|do|not|never|\p{Ll}+ly)\s*$/u;

/** The end of a speaker before its cue, past adverbs and auxiliaries: "Putin also", "he has repeatedly". */
function trimAdverbs(text: string, from: number, end: number): number {
  // "He went on to say", "she wanted to add": the subject stands before the verb that governs "to".
  const governed = /\s+(?:\p{Ll}+\s+){1,2}to\s*$/u.exec(text.slice(Math.max(from, end - 30), end));
  if (governed) end -= governed[0].length;
  for (;;) {
    const m = ADVERB.exec(text.slice(Math.max(from, end - 20), end));
    if (!m) return end;
    end -= m[0].length;
  }
}
