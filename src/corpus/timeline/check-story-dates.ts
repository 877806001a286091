import { findDates } from '../../analyze/dates/find-dates.js';
import type { AnalyzedArticle, DateMention, Message } from '../../core/types.js';
import { calendarValue, dayNumber } from './calendar-value.js';

/** Further than this from the day its story's other articles agree on, a stated date is doubtful. */
const FAR_DAYS = 60;
/**
 * Other articles within this many days of their median agree on the story's day; more of them must
 * agree than not (one is enough when it is the only other dated article).
 */
const AGREE_DAYS = 30;

const SUSPECT = 'published-date-suspect';

/** A day the text names relative to its publication date: "Wednesday", "on the 19th", "June 18". */
const isRelativeDay = (d: DateMention): boolean =>
  d.anchor === 'published' && calendarValue(d)?.length === 10 && !(d.stated ?? []).includes('year');

/** Relative days that, read from the story's day, must land on days the other articles name. */
const MIN_MATCHING_DAYS = 2;

/**
 * The story-level publication-date check: an article whose stated date is months away from the day
 * most other dated articles of its story agree on, and whose relative days ("Wednesday", "on the 19th",
 * "yesterday") land on days the other articles name when read from the story's day instead, is flagged.
 * A later follow-up that says "on Tuesday" about its own news is not: its days match nothing.
 * Returns the article unchanged when there is nothing to say.
 */
export function checkStoryDate(article: AnalyzedArticle, story: AnalyzedArticle[]): AnalyzedArticle {
  const own = article.published.value;
  if (!own || article.published.from === 'inferred' || article.messages.some((m) => m.rule === SUSPECT)) return article;
  const others = story
    .filter((a) => a.id !== article.id && a.published.value && a.published.from !== 'inferred')
    .map((a) => dayNumber(a.published.value!.slice(0, 10)))
    .sort((a, b) => a - b);
  const median = others[Math.floor((others.length - 1) / 2)];
  if (median === undefined || others.filter((d) => Math.abs(d - median) <= AGREE_DAYS).length * 2 <= others.length) {
    return article;
  }
  const distance = Math.round(dayNumber(own.slice(0, 10)) - median);
  const relativeDays = article.dates.filter(isRelativeDay);
  if (Math.abs(distance) <= FAR_DAYS || relativeDays.length === 0) return article;
  const storyDate = new Date(median * 86_400_000).toISOString().slice(0, 10);
  const namedDays = new Set(
    story.filter((a) => a.id !== article.id).flatMap((a) => a.dates.map((d) => calendarValue(d)).filter((v) => v?.length === 10)),
  );
  const reread = findDates(article.text, article.sentences, { value: storyDate, from: 'inferred' });
  const matching = reread.filter((d) => isRelativeDay(d) && namedDays.has(calendarValue(d)));
  if (matching.length < MIN_MATCHING_DAYS) return article;
  const message: Message = {
    rule: SUSPECT,
    severity: 'warning',
    message:
      `stated publication date ${own} is ${Math.abs(distance)} days ${distance > 0 ? 'after' : 'before'} ${storyDate}, ` +
      `the day the other articles of its story agree on, and its relative days (${matching
        .slice(0, 3)
        .map((d) => `"${d.text}"`)
        .join(', ')}) read from that day fall on days the other articles report`,
    text: relativeDays[0]!.text,
  };
  return { ...article, messages: [...article.messages, message] };
}
