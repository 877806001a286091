import type { DateMention, Message, Published } from '../../core/types.js';

/**
 * Flags a stated publication date that the article's own relative references contradict. A page that
 * says its events happened "this month" and dates them "on the 19th", "on the 25th" in the past tense
 * cannot be from the 4th of a month: the days it reports are still to come in that month. The dates stage
 * has already moved such past days into the previous month, so the sign is a past day-of-month
 * reference pushed out of the month that the same text calls "this month".
 */
export function checkPublished(published: Published, dates: DateMention[]): Message[] {
  const month = published.value?.slice(0, 7);
  if (!month || published.from === 'inferred') return [];
  const thisMonth = dates.filter((d) => d.anchor === 'published' && d.value === month && (d.stated ?? []).length === 0);
  const pushedBack = dates.filter(
    (d) => d.anchor === 'published' && d.stated?.length === 1 && d.stated[0] === 'day' && d.value.slice(0, 7) < month,
  );
  if (thisMonth.length === 0 || pushedBack.length === 0) return [];
  const quoted = (list: DateMention[]) => [...new Set(list.map((d) => `"${d.text}"`))].join(', ');
  return [
    {
      rule: 'published-date-suspect',
      severity: 'warning',
      message:
        `stated publication date ${published.value} is contradicted by the text: it calls its events ${quoted(thisMonth)} ` +
        `yet dates them ${quoted(pushedBack)} in the past tense: days of that month after day ${Number(published.value!.slice(8, 10))}, still to come`,
      text: pushedBack[0]!.text,
    },
  ];
}
