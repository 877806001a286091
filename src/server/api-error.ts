import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error type of the HTTP layer: a status, a stable code and a message (DESIGN.md, convention 5). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns any error into the JSON error body; only ApiError and Hono's own exceptions keep their status. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json({ error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }, error.status);
  }
  if (error instanceof HTTPException) {
    return c.json({ error: { code: 'http-error', message: error.message || 'request refused' } }, error.status);
  }
  // A programmer error: log it where the operator sees it, but tell the client nothing internal.
  console.error(error);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}
