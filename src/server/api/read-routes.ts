import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { dossierSchema } from '../../core/dossier-schema.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { apiArticleSchema, errorSchema, idParam, jsonContent as json, pageQuery, searchPageSchema, searchQuerySchema, storyPageSchema } from './schemas.js';

const notFound = json(errorSchema, 'Not found');
const invalid = json(errorSchema, 'Invalid parameters');

const listStories = createRoute({
  method: 'get', path: '/api/stories', summary: 'Stories, newest first', request: { query: pageQuery },
  responses: { 200: json(storyPageSchema, 'A page of stories'), 400: invalid },
});
const getStory = createRoute({
  method: 'get', path: '/api/stories/{id}', summary: "A story's dossier", request: { params: idParam },
  responses: { 200: json(dossierSchema.meta({ id: 'Dossier' }), 'The dossier of one story'), 400: invalid, 404: notFound },
});
const getArticle = createRoute({
  method: 'get', path: '/api/articles/{id}', summary: 'One article', request: { params: idParam },
  responses: { 200: json(apiArticleSchema, 'The article'), 400: invalid, 404: notFound },
});
const search = createRoute({
  method: 'get', path: '/api/search', summary: 'Full-text search over articles and quotes', request: { query: searchQuerySchema },
  responses: { 200: json(searchPageSchema, 'Hits, best first'), 400: invalid },
});

export function addReadRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listStories, async (c) => {
    const page = c.req.valid('query');
    const result = await c.var.store.listStories(page);
    return c.json({ ...result, ...page }, 200);
  });
  app.openapi(getStory, async (c) => {
    const { id } = c.req.valid('param');
    // Sent as the store wrote it: parsing and re-serialising a dossier was most of the request's cost.
    const dossier = await c.var.store.storyDossierJson(id);
    if (!dossier) throw new ApiError(404, 'not-found', `no story with id "${id}"`);
    // `as never`: the typed route expects an object; these bytes are that object already serialised.
    return c.body(dossier, 200, { 'content-type': 'application/json; charset=UTF-8' }) as never;
  });
  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const article = await c.var.store.getArticle(id);
    if (!article) throw new ApiError(404, 'not-found', `no article with id "${id}"`);
    return c.json(article, 200);
  });
  app.openapi(search, async (c) => {
    const { q, story, ...rest } = c.req.valid('query');
    const result = await c.var.store.search({ ...rest, text: q, ...(story ? { storyId: story } : {}) });
    return c.json({ ...result, limit: rest.limit, offset: rest.offset }, 200);
  });
}
