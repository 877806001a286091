import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { RawDocument } from '../../core/types.js';
import type { IngestLogEntry } from '../../store/store.js';
import type { AppEnv, AppOptions } from '../env.js';
import { isFailure } from '../../ingest/read-sources.js';
import { type FetchPolicy, fetchDocuments } from '../fetch/fetch-document.js';
import { errorSchema, jsonBody, jsonContent as json, ingestBodySchema, ingestResultSchema } from './schemas.js';

const ingest = createRoute({
  method: 'post', path: '/api/ingest', summary: 'Add articles (as JSON) or URLs (fetched by the server) to the collection',
  request: jsonBody(ingestBodySchema),
  responses: {
    200: json(ingestResultSchema, 'One result per article or URL'),
    400: json(errorSchema, 'Invalid body'),
    401: json(errorSchema, 'Token missing or wrong'),
    413: json(errorSchema, 'Body too large'),
  },
});

export function addIngestRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(ingest, async (c) => {
    const options = c.var.options;
    const body = c.req.valid('json');
    const documents: RawDocument[] = body.articles.map(({ html, text, ...declared }, i) => ({
      source: `api:${declared.id ?? declared.url ?? `article-${i}`}`,
      format: html !== undefined ? 'html' : 'text',
      body: html ?? text ?? '',
      declared,
      messages: [],
    }));
    const failures: IngestLogEntry[] = [];
    // URLs one by one: the fetch limits bound each; a refused or dead URL is one failed entry.
    for (const url of body.urls) {
      for (const item of await fetchDocuments(url, fetchPolicy(options))) {
        if (isFailure(item)) failures.push({ source: item.source, articleId: null, status: 'failed', message: item.message });
        else documents.push(item);
      }
    }
    const results = [...(documents.length ? await c.var.ingest(documents) : []), ...failures];
    const count = (status: IngestLogEntry['status']): number => results.filter((r) => r.status === status).length;
    return c.json({ results, ingested: count('ingested'), duplicates: count('duplicate'), failed: count('failed') }, 200);
  });
}

function fetchPolicy(options: AppOptions): FetchPolicy {
  return { allowPrivate: options.allowPrivateUrls, ...(options.fetchLimits ?? { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 }) };
}
