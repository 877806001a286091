import type { AnalyzedArticle, Message } from '../../core/types.js';
import { dayNumber } from './calendar-value.js';

/** Further than this from the day its story's other articles agree on, a stated date is doubtful. */
const FAR_DAYS = 60;
/** Other articles within this many days of their median agree on the story's day. */
const AGREE_DAYS = 30;

const SUSPECT = 'published-date-suspect';

/**
 * The story-level publication-date check: an article whose stated date is months away from the day
 * at least two other articles of its story agree on, while it dates its events by relative days
 * ("Wednesday", "on the 19th", "yesterday"), is flagged; such references only make sense near the events.
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
  if (median === undefined || others.filter((d) => Math.abs(d - median) <= AGREE_DAYS).length < 2) return article;
  const distance = Math.round(dayNumber(own.slice(0, 10)) - median);
  const relativeDays = article.dates.filter((d) => d.anchor === 'published' && d.inferred?.includes('day'));
  if (Math.abs(distance) <= FAR_DAYS || relativeDays.length === 0) return article;
  const storyDate = new Date(median * 86_400_000).toISOString().slice(0, 10);
  const message: Message = {
    rule: SUSPECT,
    severity: 'warning',
    message:
      `stated publication date ${own} is ${Math.abs(distance)} days ${distance > 0 ? 'after' : 'before'} ${storyDate}, ` +
      `the day the other articles of its story agree on, yet it dates events by relative days (${relativeDays
        .slice(0, 3)
        .map((d) => `"${d.text}"`)
        .join(', ')})`,
    text: relativeDays[0]!.text,
  };
  return { ...article, messages: [...article.messages, message] };
}
