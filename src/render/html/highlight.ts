import type { DossierArticle } from '../../core/types.js';
import { escapeHtml as h } from '../escape-html.js';

interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'quote' | 'date';
  title: string;
}

function marksOf(article: DossierArticle): Mark[] {
  return [
    ...article.quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, title: `quote: ${q.speaker ?? 'unattributed'}` })),
    ...article.entities.map((e) => ({ start: e.start, end: e.end, kind: 'entity' as const, title: `${e.type}: ${e.name}${e.role ? ` (${e.role})` : ''}` })),
    ...article.dates.map((d) => ({ start: d.start, end: d.end, kind: 'date' as const, title: `date: ${d.value}` })),
  ].filter((m) => m.start < m.end && m.end <= article.text.length);
}

/**
 * The article text as escaped HTML paragraphs with its extracted items highlighted by offset.
 * Marks may overlap (a name inside a quote), so the text is cut at every mark boundary and each
 * piece carries the classes of all marks covering it: no nesting to get wrong.
 */
export function highlightedText(article: DossierArticle): string {
  const { text } = article;
  const marks = marksOf(article);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const br of text.matchAll(/\n\s*\n/g)) cuts.add(br.index).add(br.index + br[0].length);
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: string[][] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const piece = text.slice(start, points[i + 1]);
    if (/^\n\s*\n$/.test(piece) || (/\n\s*\n/.test(piece) && piece.trim() === '')) {
      paragraphs.push([]);
      continue;
    }
    const covering = marks.filter((m) => m.start <= start && m.end > start);
    const html = h(piece).replace(/\n/g, '<br>');
    (paragraphs.at(-1) as string[]).push(
      covering.length
        ? `<mark class="${[...new Set(covering.map((m) => `hl-${m.kind}`))].join(' ')}" title="${h(covering.map((m) => m.title).join('; '))}">${html}</mark>`
        : html,
    );
  }
  return paragraphs.filter((p) => p.length).map((p) => `<p>${p.join('')}</p>`).join('\n');
}
