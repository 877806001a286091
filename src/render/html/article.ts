import type { DossierArticle } from '../../core/types.js';
import { outletOf } from '../article-label.js';
import { escapeHtml as h } from '../escape-html.js';
import { highlightedText } from './highlight.js';

/** One article: metadata, its text with extracted items highlighted, its messages collapsed. */
export function articleHtml(article: DossierArticle): string {
  const published = article.published.value
    ? `<time datetime="${h(article.published.value)}">${h(article.published.value)}</time> <span class="from">(${h(article.published.from ?? 'unknown')})</span>`
    : '<span class="empty">no date</span>';
  const source = article.url ?? article.source;
  // Only http(s) URLs become links: a javascript: URL from an article must stay text.
  const sourceHtml = /^https?:\/\//i.test(source) ? `<a href="${h(source)}" rel="noopener noreferrer nofollow">${h(source)}</a>` : h(source);
  const messages = article.messages.length
    ? `<details class="messages"><summary>${article.messages.length} extraction messages</summary><ul>${article.messages
        .map((m) => `<li><span class="sev ${h(m.severity)}">${h(m.severity)}</span> <code>${h(m.rule)}</code> ${h(m.message)}${m.text ? `: <q>${h(m.text)}</q>` : ''}</li>`)
        .join('')}</ul></details>`
    : '';
  return `<article class="article" id="article-${h(article.id)}">
<h4>${h(article.title ?? '(untitled)')}</h4>
<p class="meta"><strong>${h(outletOf(article))}</strong>${article.byline ? ` · by ${h(article.byline)}` : ''} · ${published} · ${sourceHtml}</p>
<div class="legend"><mark class="hl-entity">entity</mark> <mark class="hl-quote">quote</mark> <mark class="hl-date">date</mark></div>
<div class="text">${highlightedText(article)}</div>
${messages}</article>`;
}
