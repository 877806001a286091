import { escapeHtml as h } from '../../render/escape-html.js';
import type { SearchHit, SearchPage } from '../../store/store.js';
import { layout } from './layout.js';

/** The snippet escaped, with the store's match offsets marked. */
function markedSnippet(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end > hit.snippet.length) continue;
    out += `${h(hit.snippet.slice(at, start))}<mark>${h(hit.snippet.slice(start, end))}</mark>`;
    at = end;
  }
  return out + h(hit.snippet.slice(at));
}

function hitHref(hit: SearchHit): string {
  return hit.storyId
    ? `/stories/${encodeURIComponent(hit.storyId)}#article-${encodeURIComponent(hit.articleId)}`
    : `/articles/${encodeURIComponent(hit.articleId)}`;
}

export function searchPage(query: string, page: SearchPage | null): string {
  const hits = page?.items.map(
    (hit) => `<li class="hit"><a href="${h(hitHref(hit))}">${h(hit.title ?? '(untitled)')}</a> <span class="src">${h(hit.outlet ?? '')} ${h(hit.published?.slice(0, 10) ?? '')}</span>
<br>${hit.kind === 'quote' ? `<span class="badge one">quote${hit.speaker ? `: ${h(hit.speaker)}` : ''}</span> ` : ''}${markedSnippet(hit)}</li>`,
  );
  const results = page === null ? '' : hits?.length ? `<p class="facts">${page.totalExact ? `${page.total} hits` : `more than ${page.total} hits, most recently added first`}</p><ol class="hits">${hits.join('')}</ol>` : '<p class="empty">No hits.</p>';
  return layout(query ? `Search: ${query}` : 'Search', `<h1>Search</h1>
<form action="/search" method="get" class="search"><input type="search" name="q" value="${h(query)}" aria-label="Query"> <input type="text" name="outlet" placeholder="outlet" aria-label="Outlet"> <input type="text" name="speaker" placeholder="speaker" aria-label="Speaker"> <input type="date" name="from" aria-label="From"> <input type="date" name="to" aria-label="To"> <button>Search</button></form>
${results}`, query);
}
