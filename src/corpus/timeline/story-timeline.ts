import type { AnalyzedArticle, Story } from '../../core/types.js';
import { calendarValue, dayNumber, lastDayNumber } from './calendar-value.js';

type TimelineEntry = Story['timeline'][number];

/** Older than this before the story's own days, a date is background (a 1961 treaty, a 2000 visit). */
const BACKGROUND_DAYS = 180;
/** Same-date sentences sharing this share of their content words report the same event. */
const SAME_EVENT = 0.15;
const MAX_TEXT = 240;

interface Draft extends TimelineEntry {
  words: Set<string>;
}

/**
 * Dated events of a story, in date order: one entry per date and article, merged across articles when
 * sentences with the same date share their words. Pure; reads the articles' dates and sentences.
 */
export function storyTimeline(articles: AnalyzedArticle[]): TimelineEntry[] {
  const core = storyDay(articles);
  const drafts: Draft[] = [];
  for (const article of articles) {
    // Relative dates of an article whose stated date is suspect were resolved against a wrong day.
    const suspect = article.messages.some((m) => m.rule === 'published-date-suspect');
    for (const mention of article.dates) {
      if (suspect && mention.anchor === 'published') continue;
      const date = calendarValue(mention);
      const sentence = article.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
      if (!date || !sentence) continue;
      const text = article.text.slice(sentence.start, sentence.end);
      // A line of hardly any lower-case words is a dateline or a heading, not an event of the text.
      if ((text.match(/(?:^|\s)\p{Ll}+/gu) ?? []).length < 3) continue;
      const words = contentWords(text);
      // One article's sentences about one date are one event; other articles' join it when their words do.
      const same = drafts.find((d) => d.date === date && (d.articleIds.includes(article.id) || overlap(d.words, words) >= SAME_EVENT));
      if (same) {
        if (!same.articleIds.includes(article.id)) same.articleIds.push(article.id);
        for (const w of words) same.words.add(w);
        continue;
      }
      const background = core !== null && lastDayNumber(date) < core - BACKGROUND_DAYS;
      drafts.push({ date, text: shorten(text), articleIds: [article.id], background, words });
    }
  }
  return drafts
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || a.date.length - b.date.length)
    .map(({ words: _words, ...entry }) => entry);
}

/** The story's own day: the median publication day of its dated articles (null when none is dated). */
export function storyDay(articles: AnalyzedArticle[]): number | null {
  const days = articles
    .filter((a) => a.published.value && a.published.from !== 'inferred' && !a.messages.some((m) => m.rule === 'published-date-suspect'))
    .map((a) => dayNumber(a.published.value!.slice(0, 10)))
    .sort((a, b) => a - b);
  return days.length === 0 ? null : days[Math.floor((days.length - 1) / 2)]!;
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function shorten(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const cut = text.lastIndexOf(' ', MAX_TEXT - 1);
  return `${text.slice(0, cut > 0 ? cut : MAX_TEXT - 1)}…`;
}
