import { findDates } from '../../analyze/dates/find-dates.js';
import type { AnalyzedArticle } from '../../core/types.js';
import { calendarValue, dayNumber } from './calendar-value.js';

const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A publication date for an undated article from its story: the year is the one (from the story's
 * day to two years later) under which its relative references ("last year", "December 4 last year")
 * land on the years the dated articles talk about; the day is its latest dated reference in that
 * year, or the story's day when it gives none. The article's dates are resolved again against it.
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
  let best = { score: 0, year: storyYear };
  for (let year = storyYear; year <= storyYear + 2; year++) {
    const resolved = resolveAt(article, `${year}-12-31`);
    const score = resolved
      // Only references whose year alone comes from the anchor ("last year", "December 4 last year"):
      // weekdays and "the 25th" depend on the anchor's day, which is what is unknown.
      .filter((m) => m.anchor === 'published' && calendarValue(m) && m.inferred?.join() === 'year')
      .reduce((sum, m) => sum + (yearWeight.get(m.value.slice(0, 4)) ?? 0), 0);
    if (score > best.score) best = { score, year };
  }
  let value = isoOf(storyDay);
  if (best.score > 0) {
    const days = resolveAt(article, `${best.year}-12-31`)
      .filter((m) => m.stated?.includes('day')) // "today" in a quote would give the trial anchor back
      .map((m) => calendarValue(m))
      .filter((v): v is string => v !== null && v.length === 10 && v.startsWith(String(best.year)));
    value = days.sort().at(-1) ?? `${best.year}-01-01`;
    if (dayNumber(value) < storyDay) value = isoOf(storyDay);
  }
  const published = { value, from: 'inferred' as const };
  return {
    ...article,
    published,
    dates: findDates(article.text, article.sentences, published),
    messages: [
      ...article.messages,
      {
        rule: 'published-date-inferred',
        severity: 'info',
        message:
          best.score > 0
            ? `no publication date: inferred ${value}, on or after its latest dated reference, with the year under which its relative references match the story's dated articles`
            : `no publication date: inferred ${value}, the day of the story's dated articles`,
      },
    ],
  };
}

function resolveAt(article: AnalyzedArticle, anchor: string) {
  return findDates(article.text, article.sentences, { value: anchor, from: 'inferred' });
}
