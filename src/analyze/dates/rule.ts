import type { Day } from './calendar.js';

/** Whether the events around an expression lie before or after the time of writing. */
export type Direction = 'past' | 'future';

/** What a rule knows when it resolves one match. */
export interface RuleContext {
  /** The publication day, or null when the article has none. */
  anchor: Day | null;
  /** Tense around the match (computed lazily: most rules do not need it). */
  direction(): Direction;
  /** The sentence around the match, lower case, at most 240 characters either side (e.g. "quarter"). */
  sentence: string;
  /** Whether the article reports by quarters (an earnings report): "a year ago" then means a quarter. */
  quarterly(): boolean;
}

/** A resolved expression, before offsets are attached. */
export interface Resolved {
  value: string;
  /** Calendar components written in the text: 'year', 'month', 'day', 'weekday', 'quarter', ... */
  stated: string[];
  /** Components filled in from the anchor. */
  inferred: string[];
  /** True when the value depends on the publication date. */
  anchored: boolean;
}

/** One pattern and how to turn its match into a value; null rejects the match (not a temporal expression). */
export interface DateRule {
  name: string;
  /** A cheap test a text must pass for the rule to run at all (most articles lack most kinds). */
  hint?: RegExp;
  /** Global regex; the whole match is the span. */
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: RuleContext, text: string): Resolved | null;
}

export const absolute = (value: string, stated: string[]): Resolved => ({ value, stated, inferred: [], anchored: false });

export const relative = (value: string, stated: string[], inferred: string[]): Resolved => ({
  value,
  stated,
  inferred,
  anchored: true,
});
