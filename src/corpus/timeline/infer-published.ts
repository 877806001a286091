import { findDates } from '../../analyze/dates/find-dates.js';
import type { AnalyzedArticle } from '../../core/types.js';
import { calendarValue, dayNumber } from './calendar-value.js';

/** Above any count of mentions the dated articles of one story hold. */
const STORY_YEAR_WEIGHT = 1_000_000;

const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A publication date for an undated article from its story: the year is the one (from the story's
 * day to two years later) under which its relative references ("last year", "December 4 last year")
 * land on the story's own year, or else on the years the dated articles talk about; the day is its
 * latest dated reference in that year, or the story's day when it gives none. The article's dates are
 * resolved again against it.
 */
export function inferPublished(article: AnalyzedArticle, dated: AnalyzedArticle[], storyDay: number): AnalyzedArticle {
  const yearWeight = new Map<string, number>();
  for (const other of dated) {
    for (const mention of other.dates) {
      const year = calendarValue(mention)?.slice(0, 4);
      if (year) yearWeight.set(year, (yearWeight.get(year) ?? 0) + 1);
    }
  }
  const storyYear = Number(isoOf(storyDay).slice(0, 4));
  // An article about the story that says "last year" is most likely speaking of the story's own year:
  // references landing there count first, the years the dated articles talk about break ties.
  const weightOf = (year: string): number => (Number(year) === storyYear ? STORY_YEAR_WEIGHT : 0) + (yearWeight.get(year) ?? 0);
  let best = { score: 0, year: storyYear };
  for (let year = storyYear; year <= storyYear + 2; year++) {
    const resolved = resolveAt(article, `${year}-12-31`);
    const score = resolved
      // Only references whose year alone comes from the anchor ("last year", "December 4 last year"):
      // weekdays and "the 25th" depend on the anchor's day, which is what is unknown.
      .filter((m) => m.anchor === 'published' && calendarValue(m) && m.inferred?.join() === 'year')
      .reduce((sum, m) => sum + weightOf(m.value.slice(0, 4)), 0);
    if (score > best.score) best = { score, year };
  }
  let value = isoOf(storyDay);
  if (best.score > 0) {
    const yearEnd = `${best.year}-12-31`;
    const days = resolveAt(article, yearEnd)
      .filter((m) => m.stated?.includes('day')) // "today" in a quote would give the trial anchor back
      .map((m) => calendarValue(m))
      .filter((v): v is string => v !== null && v.length === 10)
      // A year-less date the tense put after the trial anchor is, in an article of that year, in that year.
      .map((v) => (v > yearEnd ? `${best.year}${v.slice(4)}` : v))
      .filter((v) => v.startsWith(String(best.year)));
    value = days.sort().at(-1) ?? `${best.year}-01-01`;
    if (dayNumber(value) < storyDay) value = isoOf(storyDay);
  }
  return withInferredDate(
    article,
    value,
    best.score > 0
      ? `no publication date: inferred ${value}, on or after its latest dated reference, with the year under which its relative references match the story's dated articles`
      : `no publication date: inferred ${value}, the day of the story's dated articles`,
  );
}

/**
 * A publication date for an undated article whose story has no dated article: on or after the latest
 * full date it states ("June 18, 2024"). Unchanged when it states none.
 */
export function inferFromOwnDates(article: AnalyzedArticle): AnalyzedArticle {
  const latest = article.dates
    .filter((m) => m.anchor === 'none')
    .map((m) => calendarValue(m))
    .filter((v): v is string => v?.length === 10)
    .sort()
    .at(-1);
  if (!latest) return article;
  return withInferredDate(article, latest, `no publication date: inferred ${latest}, the latest full date the article states`);
}

function withInferredDate(article: AnalyzedArticle, value: string, message: string): AnalyzedArticle {
  const published = { value, from: 'inferred' as const };
  return {
    ...article,
    published,
    dates: findDates(article.text, article.sentences, published),
    messages: [...article.messages, { rule: 'published-date-inferred', severity: 'info', message }],
  };
}

function resolveAt(article: AnalyzedArticle, anchor: string) {
  return findDates(article.text, article.sentences, { value: anchor, from: 'inferred' });
}
