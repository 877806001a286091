import type { Story } from '../../core/types.js';
import { escapeHtml as h } from '../escape-html.js';
import { groupEntities, splitTimeline, type StoryView } from '../story-view.js';
import { copyGraph } from './copy-graph.js';
import { timelineChart } from './timeline-chart.js';

const empty = (text: string): string => `<p class="empty">${h(text)}</p>`;

export function timelineHtml(view: StoryView): string {
  const { own, background } = splitTimeline(view.story);
  const entry = (e: Story['timeline'][number]): string =>
    `<li><time>${h(e.date)}</time> ${h(e.text)} <span class="src">${h(view.outletsOf(e.articleIds).join(', '))}</span></li>`;
  const list = own.length ? `${timelineChart(own)}<ol class="timeline">${own.map(entry).join('')}</ol>` : empty('No dated events yet.');
  const bg = background.length ? `<h4>Background</h4><ol class="timeline background">${background.map(entry).join('')}</ol>` : '';
  return `<section id="timeline-${h(view.story.id)}"><h3>Timeline</h3>${list}${bg}</section>`;
}

export function quotesHtml(view: StoryView): string {
  const speakers = view.speakers.map(
    (s) => `<div class="speaker"><h4>${h(s.speaker)}</h4><ul>${s.quotes
      .map((q) => `<li><q>${h(q.text)}</q> <span class="src">${h(q.outlets.join(', '))}</span>${q.variants.length ? `<ul class="variants">${q.variants.map((v) => `<li>${h(v.outlet)} has: <q>${h(v.text)}</q></li>`).join('')}</ul>` : ''}</li>`)
      .join('')}</ul></div>`,
  );
  return `<section id="quotes-${h(view.story.id)}"><h3>Quotes by speaker</h3>${speakers.length ? speakers.join('') : empty('No quotes found.')}</section>`;
}

export function peopleHtml(view: StoryView): string {
  const groups = groupEntities(view.story).map(
    (g) => `<div class="entity-group"><h4>${h(g.label)}</h4><ul>${g.entities
      .map((e) => `<li><strong>${h(e.name)}</strong>${e.roles.length ? `, ${h(e.roles.join('; '))}` : ''}${e.aliases.length ? ` <span class="src">also ${h(e.aliases.join(', '))}</span>` : ''} <span class="count">${e.articleIds.length}/${view.articles.length} articles</span></li>`)
      .join('')}</ul></div>`,
  );
  return `<section id="people-${h(view.story.id)}"><h3>People and organisations</h3>${groups.length ? `<div class="entity-groups">${groups.join('')}</div>` : empty('No named entities found.')}</section>`;
}

export function copiesHtml(view: StoryView): string {
  const groups = view.copyGroups.map(
    (g) => `<li><strong>${h(g.headline)}</strong>${g.original ? `: original <a href="#article-${h(g.original.articleId)}">${h(g.original.outlet)}</a>` : ''}; ${g.copies.map((c) => `<a href="#article-${h(c.articleId)}">${h(c.outlet)}</a> (${h(c.kind)})`).join(', ')}</li>`,
  );
  const drift = view.drift.map(
    (d) => `<div class="drift"><p>${h(d.rewrite)} rewriting ${h(d.original)}</p><table><thead><tr><th>change</th><th>original wording</th><th>rewrite</th></tr></thead><tbody>${d.changes
      .map((c) => `<tr><td>${h(c.kind)}</td><td><del>${h(c.originalText)}</del></td><td><ins>${h(c.rewriteText)}</ins></td></tr>`)
      .join('')}</tbody></table></div>`,
  );
  return `<section id="copies-${h(view.story.id)}"><h3>Copies and rewrites</h3>${groups.length ? `${copyGraph(view.copyGroups)}<ul>${groups.join('')}</ul>` : empty('Every article is an independent report.')}
<h4>What the rewrite changed</h4>${drift.length ? drift.join('') : empty('No rewrite changed a claim.')}</section>`;
}

export function claimsHtml(view: StoryView): string {
  const claims = view.story.claims.map(
    (c) => `<li><span class="badge ${c.status === 'corroborated' ? 'ok' : c.status === 'contested' ? 'bad' : 'one'}">${h(c.status)}</span> ${h(c.text)} <span class="count">${c.independentSources} independent</span><details><summary>evidence</summary><ul>${c.evidence
      .map((e) => `<li><a href="#article-${h(e.articleId)}">${h(view.outlet(e.articleId))}</a>: <q>${h(e.text)}</q></li>`)
      .join('')}</ul></details></li>`,
  );
  return `<section id="claims-${h(view.story.id)}"><h3>All claims</h3>${claims.length ? `<ul class="claims">${claims.join('')}</ul>` : empty('No claims extracted yet.')}</section>`;
}
