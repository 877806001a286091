import type { Hono } from 'hono';
import { z } from 'zod';
import { articleHtml } from '../../render/html/article.js';
import { storyHtml } from '../../render/html/story.js';
import { dossierCss } from '../../render/html/styles.js';
import { escapeHtml as h } from '../../render/escape-html.js';
import { ApiError } from '../api-error.js';
import { idParam, pageQuery, searchQuerySchema } from '../api/schemas.js';
import type { AppEnv } from '../env.js';
import { layout } from './layout.js';
import { searchPage } from './search-page.js';
import { storyListPage } from './story-list-page.js';

/** Articles shown with their text on a story page; the rest are linked (a story can hold thousands). */
const articlesInFull = 50;

/** Parses page parameters with the API's own schemas, so both refuse the same things. */
function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'invalid-request', 'invalid parameters', z.flattenError(result.error).fieldErrors);
  return result.data;
}

/** The server-rendered web UI: story list, story page, article page, search. */
export function addPageRoutes(app: Hono<AppEnv>): void {
  app.get('/assets/app.css', (c) => c.body(dossierCss, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/', async (c) => {
    const { limit, offset } = parse(pageQuery, c.req.query());
    return c.html(storyListPage(await c.var.store.listStories({ limit, offset }), limit, offset));
  });
  app.get('/stories/:id', async (c) => {
    const { id } = parse(idParam, c.req.param());
    const dossier = await c.var.store.storyDossier(id);
    const story = dossier?.stories.find((s) => s.id === id);
    if (!dossier || !story) throw new ApiError(404, 'not-found', `no story with id "${id}"`);
    return c.html(layout(story.title, storyHtml(dossier, story, (other) => `/stories/${encodeURIComponent(other)}`, articlesInFull)));
  });
  app.get('/articles/:id', async (c) => {
    const { id } = parse(idParam, c.req.param());
    const article = await c.var.store.getArticle(id);
    if (!article) throw new ApiError(404, 'not-found', `no article with id "${id}"`);
    const storyId = await c.var.store.storyOfArticle(id);
    const back = storyId ? `<p><a href="/stories/${encodeURIComponent(storyId)}">The story of this article</a></p>` : '';
    return c.html(layout(article.title ?? 'Article', `${back}${articleHtml(article)}`));
  });
  app.get('/search', async (c) => {
    // Empty form fields arrive as "": they mean "no filter", not an invalid value.
    const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
    const { q, story, ...rest } = parse(searchQuerySchema, given);
    const hasQuery = q.trim() !== '' || rest.outlet || rest.speaker || rest.from || rest.to;
    const page = hasQuery ? await c.var.store.search({ ...rest, text: q, ...(story ? { storyId: story } : {}) }) : null;
    return c.html(searchPage(q, page));
  });
}

/** An error as a page, for browsers on UI routes. */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status}`, `<h1>Error ${status}</h1><p>${h(message)}</p><p><a href="/">All stories</a></p>`);
}
