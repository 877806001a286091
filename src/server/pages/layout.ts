import { escapeHtml as h } from '../../render/escape-html.js';

/** The web UI's page shell: stylesheet served by the app (the CSP allows no inline style or script). */
export function layout(title: string, body: string, query = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)} · Corroborate</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><header class="site"><a href="/">Corroborate</a><a href="/">Stories</a><a href="/search">Search</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${h(query)}" placeholder="Search articles and quotes" aria-label="Search"><button>Search</button></form></header>
<main>${body}</main></body></html>`;
}
