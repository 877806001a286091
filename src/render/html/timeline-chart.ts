import type { Story } from '../../core/types.js';
import { escapeHtml as h } from '../escape-html.js';

type Entry = Story['timeline'][number];

/** Day number of a TIMEX3 calendar value (2024, 2024-06, 2024-06-19...); null for PAST_REF and the like. */
export function dayOf(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  return Number.isNaN(t) ? null : t / 86_400_000;
}

/**
 * The story's dated events on a time axis, as inline SVG (no script, no external asset).
 * Labels alternate above and below the axis so that close events stay readable.
 */
export function timelineChart(entries: Entry[]): string {
  const dated = entries.flatMap((e) => {
    const day = dayOf(e.date);
    return day === null ? [] : [{ e, day }];
  });
  if (dated.length < 2) return ''; // one point on an axis says nothing the list does not
  const width = 800;
  const pad = 70;
  const min = Math.min(...dated.map((d) => d.day));
  const max = Math.max(...dated.map((d) => d.day));
  const x = (day: number): number => (max === min ? width / 2 : pad + ((day - min) / (max - min)) * (width - 2 * pad));
  const points = dated.map(({ e, day }, i) => {
    const up = i % 2 === 0;
    const cx = x(day).toFixed(1);
    const ly = up ? 40 - (i % 4 === 0 ? 0 : 14) : 120 + (i % 4 === 1 ? 0 : 14);
    return `<g class="event"><title>${h(`${e.date}: ${e.text}`)}</title><line x1="${cx}" y1="80" x2="${cx}" y2="${up ? ly + 4 : ly - 12}" class="tick"/><circle cx="${cx}" cy="80" r="6"/><text x="${cx}" y="${ly}" text-anchor="middle">${h(e.date)}</text></g>`;
  });
  return `<svg class="timeline-chart" viewBox="0 0 ${width} 150" role="img" aria-label="Timeline of ${dated.length} events"><line x1="${pad / 2}" y1="80" x2="${width - pad / 2}" y2="80" class="axis"/>${points.join('')}</svg>`;
}
