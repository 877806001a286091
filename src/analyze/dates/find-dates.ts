import type { DateMention, Published, Sentence } from '../../core/types.js';
import { parseDay } from './calendar.js';
import { calendarRules } from './calendar-rules.js';
import { directionAround } from './direction.js';
import { durationRules } from './duration-rules.js';
import { namedRules } from './named-rules.js';
import { relativeRules } from './relative-rules.js';
import type { DateRule, Direction, Resolved, RuleContext } from './rule.js';
import { sentenceIndexAt } from '../segment/sentence-at.js';

// Written as our own rules rather than on chrono-node: chrono finds dates to schedule, not TIMEX3 values
// (no durations, quarters, decades, PAST_REF, tense-aware weekdays), and measured far lower on TempEval-3
// (see BENCHMARKS.md, `npm run bench -- dates`, which runs both).

/** How far around a match its context (tense, "quarter") is read, within its sentence. */
const CONTEXT_CHARS = 240;

/** Every rule, in priority order for matches of equal length. */
const RULES: DateRule[] = [...calendarRules, ...namedRules, ...relativeRules, ...durationRules];

interface Candidate {
  start: number;
  end: number;
  order: number;
  resolved: Resolved;
}

/** Temporal expressions resolved to TIMEX3 values against the publication date. Linear in the text. */
export function findDates(text: string, sentences: Sentence[], published: Published): DateMention[] {
  const anchor = parseDay(published.value);
  const candidates: Candidate[] = [];
  const sentenceAt = sentenceFinder(sentences, text.length);
  let quarterly: boolean | undefined;
  const reportsQuarters = () => (quarterly ??= /\bquarter(?:ly)?\b/i.test(text));
  RULES.forEach((rule, order) => {
    if (rule.hint && !rule.hint.test(text)) return;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // The sentence around the match, cut to a window so that a text without full stops stays linear.
      const sentence = sentenceAt(start);
      const from = Math.max(sentence.start, start - CONTEXT_CHARS);
      const window = text.slice(from, Math.min(sentence.end, end + CONTEXT_CHARS));
      let direction: Direction | undefined;
      const context: RuleContext = {
        anchor,
        sentence: window.toLowerCase(),
        quarterly: reportsQuarters,
        direction: () => (direction ??= directionAround(window, start - from)),
      };
      const resolved = rule.resolve(match, context, text);
      if (resolved) candidates.push({ start, end, order, resolved });
    }
  });
  return joinTimeAndDay(longestFirst(candidates), text).map(({ start, end, resolved }) => ({
    text: text.slice(start, end),
    start,
    end,
    value: resolved.value,
    anchor: resolved.anchored ? 'published' : 'none',
    stated: resolved.stated,
    inferred: resolved.inferred,
  }));
}

/** Non-overlapping candidates, the longest winning an overlap (then the earlier rule), in text order. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      // A longer expression starting inside the previous one replaces it ("mid-June" vs "June 19, 2024").
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}

const TIME_THEN_DAY = /^\s*(?:[A-Z]{2,4}T?\s*)?,?\s*(?:on\s+)?$/;
const WEEKDAY_THEN_DATE = /^,?\s*$/;

/**
 * One expression from two adjacent ones: "5 p.m. EST Nov. 9", "noon Thursday" (a time of a day),
 * "January nineteen ninety-seven" (a month of a year), "Saturday, April 25" (a weekday naming a date:
 * the date decides).
 */
function joinTimeAndDay(kept: Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const next of kept) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.end, next.start) : '';
    const day = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^XXXX-WXX-\d$/.test(next.resolved.value);
    if (previous && day && previous.resolved.stated.includes('time') && TIME_THEN_DAY.test(gap)) {
      const time = previous.resolved.value.slice(previous.resolved.value.indexOf('T'));
      const resolved = { ...next.resolved, value: next.resolved.value + time, stated: [...next.resolved.stated, 'time'] };
      joined[joined.length - 1] = { ...previous, end: next.end, resolved };
    } else if (previous && previous.resolved.stated.join() === 'month' && next.resolved.stated.join() === 'year' && WEEKDAY_THEN_DATE.test(gap)) {
      // "January nineteen ninety-seven": a month and the year after it.
      const value = `${next.resolved.value}-${previous.resolved.value.slice(-2)}`;
      joined[joined.length - 1] = { ...previous, end: next.end, resolved: { value, stated: ['year', 'month'], inferred: [], anchored: false } };
    } else if (previous && previous.resolved.stated.join() === 'weekday' && next.resolved.stated.includes('day') && WEEKDAY_THEN_DATE.test(gap)) {
      joined[joined.length - 1] = { ...next, start: previous.start, resolved: { ...next.resolved, stated: ['weekday', ...next.resolved.stated] } };
    } else {
      joined.push(next);
    }
  }
  return joined;
}

/** Finds the sentence holding an offset (binary search); the whole text when there are no sentences. */
function sentenceFinder(sentences: Sentence[], length: number): (offset: number) => { start: number; end: number } {
  return (offset) => sentences[sentenceIndexAt(sentences, offset)] ?? { start: 0, end: length };
}
