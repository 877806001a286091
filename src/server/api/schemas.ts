// Request and response shapes of the JSON API. They validate every request and generate /openapi.json.
import { z } from 'zod';
import { articleSchema } from '../../core/dossier-schema.js';

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });

/** An OpenAPI JSON content entry: the schema that validates (or describes) it and what it is. */
export const jsonContent = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
/** A JSON request body, required. */
export const jsonBody = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const idSchema = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'letters, digits and . _ : - only');
export const idParam = z.object({ id: idSchema });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const storyListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    articleCount: z.number().int(),
    independentSources: z.number().int(),
    conflictCount: z.number().int(),
    latestPublished: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StoryListItem' });

/** A page of a list, with the parameters that selected it. */
const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id });

export const storyPageSchema = pageOf(storyListItemSchema, 'StoryPage');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date, YYYY-MM-DD');
export const searchQuerySchema = pageQuery.extend({
  q: z.string().max(500).default(''),
  outlet: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  story: idSchema.optional(),
  speaker: z.string().max(200).optional(),
});

export const searchHitSchema = z
  .object({
    kind: z.enum(['article', 'quote']),
    articleId: z.string(),
    storyId: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    snippet: z.string(),
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    speaker: z.string().nullable(),
    score: z.number(),
  })
  .meta({ id: 'SearchHit' });

export const searchPageSchema = z
  .object({
    items: z.array(searchHitSchema),
    total: z.number().int(),
    totalExact: z
      .boolean()
      .describe('false for a broad query (its words match more than SEARCH_WINDOW = 200 articles or quotes): hits most recently added first (the order of ingest, not of publication), `total` a lower bound'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'SearchPage' });

export const apiArticleSchema = articleSchema.meta({ id: 'Article' });

/** The same fields as a JSON input file's article (see src/ingest/structured-input.ts). */
export const articleInput = z
  .object({
    id: z.string().min(1).max(200).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(500).optional(),
    title: z.string().max(2000).optional(),
    published: z.string().max(100).optional(),
    byline: z.string().max(500).optional(),
    html: z.string().max(5_000_000).optional(),
    text: z.string().max(5_000_000).optional(),
  })
  .refine((a) => a.html !== undefined || a.text !== undefined, { message: 'needs "html" or "text"' });

const httpUrl = z
  .string()
  .max(2000)
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), { message: 'an http(s) URL' });

export const ingestBodySchema = z
  .object({
    articles: z.array(articleInput).max(1000).default([]),
    urls: z.array(httpUrl).max(100).default([]),
  })
  .refine((b) => b.articles.length + b.urls.length > 0, { message: 'give "articles" or "urls"' })
  .meta({ id: 'IngestRequest' });

export const ingestResultSchema = z
  .object({
    results: z.array(
      z.object({ source: z.string(), articleId: z.string().nullable(), status: z.enum(['ingested', 'duplicate', 'failed']), message: z.string() }),
    ),
    ingested: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'IngestResult' });
