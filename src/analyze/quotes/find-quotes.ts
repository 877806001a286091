import type { EntityMention, Quote, Sentence } from '../../core/types.js';
import { FUNCTION_WORDS } from '../entities/lexicon.js';
import { CUE } from './cues.js';
import { lowerBound, MentionIndex, sentenceAt } from './mention-index.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import {
  colonLead, cueAfter, cueBefore, firstSpeaker, introducedBy, nameVerbBefore, possessor, signature, transcriptLabel,
  type Cue, type Found,
} from './readings.js';

/** A quote with the place of the words that name its speaker (the dossier keeps only the words). */
export interface AttributedQuote extends Quote {
  speakerStart: number | null;
  speakerEnd: number | null;
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
  const index = new MentionIndex(text, entities, spans, sentences);
  const cues = cuesOutside(text, spans);
  const out: AttributedQuote[] = [];
  let previous: { quote: AttributedQuote; span: QuoteSpan } | undefined;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const s = sentenceAt(sentences, span.open);
    const sentenceStart = Math.min(sentences[s]?.start ?? 0, span.open);
    // "“... missing.” Trump said.": the attribution may be the sentence after the closing mark.
    const closing = sentenceAt(sentences, span.close);
    const own = sentences[closing];
    const next = sentences[closing + 1];
    // "“... missing.” Trump said.": a short attribution may be the next sentence of the paragraph.
    const sentenceEnd = own && next && own.end <= span.close + 1 && next.paragraph === own.paragraph ? next.end : (own?.end ?? text.length);
    const paragraphStart = text.lastIndexOf('\n', span.open) + 1;
    const nextOpen = spans[k + 1]?.open ?? text.length;
    const sameSentenceBefore = previous && previous.span.close >= sentenceStart && previous.span.close < span.open ? previous : undefined;
    const lead = text.slice(sameSentenceBefore ? sameSentenceBefore.span.close + 1 : sentenceStart, span.open);
    const full = isFull(text, span, lead, paragraphStart, cues);
    const clauseStart = full && sameSentenceBefore ? sameSentenceBefore.span.close + 1 : sentenceStart;
    const after = () => cueAfter(text, span, clauseStart, Math.min(sentenceEnd, nextOpen), cues, index);
    const before = () => cueBefore(text, clauseStart, span.open, cues, index);
    const opensParagraph = text.slice(paragraphStart, span.open).trim() === '';
    const label = () => transcriptLabel(text, span);
    const introduced = () => (opensParagraph ? introducedBy(text, sentences, paragraphStart, cues, index) : undefined);
    const colon = () => (/:\s*$/.test(lead) ? colonLead(text, clauseStart, span.open, index) : undefined);
    // No cue: a partial quote of some length goes to its sentence's subject; a scare-quoted word or two does not.
    const subject = () => {
      if (span.end - span.start < 15 || text.slice(span.start, span.end).trim().split(/\s+/).length < 3) return undefined;
      const speaker = firstSpeaker(text, index, clauseStart, span.open);
      return speaker ? { cue: { start: -1, end: -1, text: '' }, speaker } : undefined;
    };
    const signed = () => signature(text, span, index);
    const verbBefore = () => (full ? nameVerbBefore(text, span, index) : undefined);
    const owner = () => (full ? undefined : possessor(text, span, index));
    // "he replied, “...”": a cue that leads straight into the quote outranks one after it.
    const leading = cues[lowerBound(cues, span.open, (c) => c.start) - 1];
    const cueLeads = leading !== undefined && leading.end >= clauseStart && /^[\s,:]*$/.test(text.slice(leading.end, span.open));
    let found = full
      ? cueLeads ? pick(label, signed, before, after, verbBefore, colon, introduced) : pick(label, signed, after, verbBefore, before, colon, introduced)
      : pick(owner, before, after, colon, subject);
    // With no cue of its own, a quote goes on with the speaker of the quote before it in its paragraph
    // ("“...,” Espinoza said. “...”"), or in the paragraph before when it opens its own.
    const continues = previous && previous.quote.speakerText !== null &&
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
