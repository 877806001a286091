import type { Claim, Conflict } from '../../core/types.js';
import { escapeHtml as h } from '../escape-html.js';
import { sourcesLine, summaryLimit, type StoryView } from '../story-view.js';

/** The one-screen summary; conflicts are shown side by side (stacked on a phone). */
export function summaryHtml(view: StoryView): string {
  const list = (claims: Claim[], empty: string, line: (c: Claim) => string): string =>
    claims.length === 0
      ? `<p class="empty">${h(empty)}</p>`
      : `<ul>${claims.slice(0, summaryLimit).map((c) => `<li>${line(c)}</li>`).join('')}</ul>${more(view, claims.length)}`;
  const contested = view.contested.slice(0, summaryLimit).map((c) => `<li>Contested: ${h(c.text)} <span class="src">${h(view.outletsOf(c.articleIds).join(', '))}</span></li>`);
  const disputed =
    view.conflicts.length === 0 && view.contested.length === 0
      ? '<p class="empty">No conflicts found between sources.</p>'
      : `${view.conflicts.slice(0, summaryLimit).map((k) => conflictHtml(view, k)).join('')}${more(view, view.conflicts.length)}${contested.length ? `<ul>${contested.join('')}</ul>` : ''}`;
  return `<section class="summary" id="summary-${h(view.story.id)}"><h3>Summary</h3>
<div class="established"><h4>Established</h4>${list(view.established, 'Nothing is confirmed by two independent sources yet.', (c) => `${h(c.text)} <span class="badge ok">${h(sourcesLine(view, c))}</span>`)}</div>
<div class="single"><h4>Rests on one source</h4>${list(view.singleSource, 'No single-source claims.', (c) => `${h(c.text)} <span class="badge one">only ${h(view.outletsOf(c.articleIds).join(', '))}</span>`)}</div>
<div class="disputed"><h4>Disputed</h4>${disputed}</div></section>`;
}

function conflictHtml(view: StoryView, k: Conflict): string {
  const side = (p: Conflict['a']): string =>
    `<blockquote><p>“${h(p.text)}”</p><footer><a href="#article-${h(p.articleId)}">${h(view.outlet(p.articleId))}</a></footer></blockquote>`;
  return `<div class="conflict"><p class="about"><span class="badge bad">${h(k.kind)}</span> ${h(k.about)}: ${h(k.note)}</p><div class="sides">${side(k.a)}${side(k.b)}</div></div>`;
}

function more(view: StoryView, total: number): string {
  return total > summaryLimit ? `<p class="more">and ${total - summaryLimit} more in <a href="#claims-${h(view.story.id)}">all claims</a></p>` : '';
}
