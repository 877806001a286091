import { escapeHtml as h } from '../../render/escape-html.js';
import type { Page, StoryListItem } from '../../store/store.js';
import { layout } from './layout.js';

export function storyListPage(page: Page<StoryListItem>, limit: number, offset: number): string {
  const rows = page.items.map(
    (s) => `<tr><td><a href="/stories/${encodeURIComponent(s.id)}">${h(s.title)}</a></td>
<td><span class="badge ok" title="independent sources">${s.independentSources} source${s.independentSources === 1 ? '' : 's'}</span> <span class="count">${s.articleCount} art.</span></td>
<td>${s.conflictCount ? `<span class="badge bad conflict-badge">${s.conflictCount} conflict${s.conflictCount === 1 ? '' : 's'}</span>` : '<span class="count">none</span>'}</td>
<td>${h(s.latestPublished?.slice(0, 10) ?? '')}</td></tr>`,
  );
  const nav = [
    offset > 0 ? `<a rel="prev" href="/?offset=${Math.max(0, offset - limit)}&amp;limit=${limit}">newer</a>` : '',
    offset + limit < page.total ? `<a rel="next" href="/?offset=${offset + limit}&amp;limit=${limit}">older</a>` : '',
  ].filter(Boolean);
  const body = page.items.length
    ? `<table class="stories"><thead><tr><th>Story</th><th>Sources</th><th>Conflicts</th><th>Latest</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="empty">No stories yet: add articles with <code>corroborate ingest</code> or POST /api/ingest.</p>';
  return layout('Stories', `<h1>Stories</h1><p class="facts">${page.total} stories, newest first</p>${body}<p class="pager">${nav.join(' · ')}</p>`);
}
