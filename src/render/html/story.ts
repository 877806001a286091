import type { Dossier, Story } from '../../core/types.js';
import { outletOf } from '../article-label.js';
import { escapeHtml as h } from '../escape-html.js';
import { buildStoryView, storyFacts } from '../story-view.js';
import { articleHtml } from './article.js';
import { claimsHtml, copiesHtml, peopleHtml, quotesHtml, timelineHtml } from './story-sections.js';
import { summaryHtml } from './summary.js';

/**
 * One story as an HTML fragment: summary first, then timeline, quotes, people, copies, claims and
 * the articles. `storyHref` turns a related story's id into a link (in a file, an anchor; in the
 * web UI, a page). `articleLimit` caps the articles shown in full (a web page of a very large story);
 * the others are listed by title, linked to their own page.
 */
export function storyHtml(dossier: Dossier, story: Story, storyHref: (id: string) => string, articleLimit = Infinity): string {
  const view = buildStoryView(dossier, story);
  const related = view.relatedTitles.length
    ? `<p class="related">Related: ${view.relatedTitles.map((r) => `<a href="${h(storyHref(r.id))}">${h(r.title)}</a>`).join('; ')}</p>`
    : '';
  return `<section class="story" id="story-${h(story.id)}"><h2>${h(story.title)}</h2><p class="facts">${h(storyFacts(view))}</p>${related}
${summaryHtml(view)}
${timelineHtml(view)}
${quotesHtml(view)}
${peopleHtml(view)}
${copiesHtml(view)}
${claimsHtml(view)}
<section id="articles-${h(story.id)}"><h3>Articles</h3>${view.articles.slice(0, articleLimit).map(articleHtml).join('\n')}${moreArticles(view.articles.slice(articleLimit))}</section></section>`;
}

function moreArticles(rest: Dossier['articles']): string {
  if (rest.length === 0) return '';
  const items = rest.map((a) => `<li><a href="/articles/${encodeURIComponent(a.id)}">${h(a.title ?? a.id)}</a> <span class="src">${h(outletOf(a))}</span></li>`);
  return `<h4>${rest.length} more articles</h4><ul class="more-articles">${items.join('')}</ul>`;
}
