import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { checkText } from '../../check/batch.js';
import { verdict } from '../../check/verdict.js';
import { sourceGroups } from '../../corpus/compare/source-groups.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { errorSchema, jsonBody, jsonContent as json, idSchema as id } from './schemas.js';

export const checkBodySchema = z
  .object({
    claim: z.string().trim().min(3).max(1000),
    story: id.optional(),
    articles: z.array(id).max(500).optional(),
  })
  .refine((b) => b.story !== undefined || (b.articles?.length ?? 0) > 0, { message: 'give "story" or "articles"' })
  .meta({ id: 'CheckRequest' });

const stanceSchema = z.enum(['agree', 'disagree', 'discuss', 'unrelated']);
export const checkResultSchema = z
  .object({
    claim: z.string(),
    articles: z.array(
      z.object({
        articleId: z.string(),
        outlet: z.string().nullable(),
        group: z.string(),
        stance: stanceSchema,
        score: z.number(),
        evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
      }),
    ),
    verdict: z.object({ supporting: z.number().int(), disputing: z.number().int(), discussing: z.number().int(), unaddressed: z.number().int(), line: z.string() }),
  })
  .meta({ id: 'CheckResult' });

const check = createRoute({
  method: 'post', path: '/api/check', summary: "A claim against a story's articles (or chosen ones): each article's stance, and a verdict in independent sources",
  request: jsonBody(checkBodySchema),
  responses: {
    200: json(checkResultSchema, 'Stances and verdict'),
    400: json(errorSchema, 'Invalid body'),
    404: json(errorSchema, 'Unknown story or articles'),
  },
});

/** POST /api/check: the same stance model and verdict as `corroborate check`, on stored articles. */
export function addCheckRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(check, async (c) => {
    const { claim, story, articles: chosen } = c.req.valid('json');
    const store = c.var.store;
    const storyIds = story ? [story] : [...new Set((await store.storiesOfArticles(chosen ?? [])).values())];
    const stories = await store.getStories(storyIds);
    if (story && stories.length === 0) throw new ApiError(404, 'not-found', `no story with id "${story}"`);
    const articles = await store.getArticles(chosen ?? stories.flatMap((s) => s.articleIds));
    if (chosen && articles.length < chosen.length) {
      const found = new Set(articles.map((a) => a.id));
      throw new ApiError(404, 'not-found', `no article with id ${chosen.filter((a) => !found.has(a)).map((a) => `"${a}"`).join(', ')}`);
    }
    // Copies and rewrites count once in the verdict, by the stories' copy groups.
    const groups = sourceGroups(stories);
    const results = articles.map((a) => ({ articleId: a.id, outlet: a.outlet, group: groups.get(a.id) ?? a.id, ...checkText(claim, a.text) }));
    return c.json({ claim, articles: results, verdict: verdict(results) }, 200);
  });
}
