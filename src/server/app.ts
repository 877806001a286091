import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ApiError, errorResponse } from './api-error.js';
import { addCheckRoute } from './api/check-route.js';
import { addIngestRoute } from './api/ingest-route.js';
import { addReadRoutes } from './api/read-routes.js';
import { accessGuard } from './auth.js';
import { serialIngest } from './ingest-queue.js';
import type { AppEnv, AppOptions } from './env.js';
import { addLoginRoutes } from './pages/login-routes.js';
import { addPageRoutes, errorPage } from './pages/page-routes.js';

const maxBodyBytes = 25 * 1024 * 1024;

/** The HTTP app: JSON API under /api, OpenAPI at /openapi.json, the web UI everywhere else. */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ApiError(400, 'invalid-request', 'invalid request', z.flattenError(result.error as z.ZodError));
    },
  });
  // Article text is untrusted: no script may run on any page, styles only from our own file.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  const ingest = serialIngest(options.store, options.work);
  app.use('*', async (c, next) => {
    c.set('store', options.store);
    c.set('ingest', ingest);
    c.set('options', options);
    await next();
  });
  app.use('*', accessGuard(options));
  app.use('/api/*', bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new ApiError(413, 'too-large', `request body over ${maxBodyBytes} bytes`); } }));
  addLoginRoutes(app, options);
  addReadRoutes(app);
  addIngestRoute(app);
  addCheckRoute(app);
  addPageRoutes(app);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Corroborate', version: '1', description: 'Stories, dossiers, articles, search and ingest of a Corroborate collection.' },
    security: [{ bearer: [] }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'CORROBORATE_TOKEN; needed when the server has one' });
  app.notFound((c) => errorResponseFor(new ApiError(404, 'not-found', `no route for ${c.req.method} ${c.req.path}`), c));
  app.onError((error, c) => errorResponseFor(error, c));
  return app;
}

function errorResponseFor(error: Error, c: Parameters<typeof errorResponse>[1]): Response {
  const response = errorResponse(error, c);
  const browser = (c.req.header('accept') ?? '').includes('text/html');
  if (!browser || c.req.path.startsWith('/api/') || c.req.path === '/openapi.json') return response;
  return c.html(errorPage(response.status, error instanceof ApiError ? error.message : 'something went wrong'), response.status as ContentfulStatusCode);
}
