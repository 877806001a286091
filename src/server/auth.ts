import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError } from './api-error.js';
import type { AppEnv, AppOptions } from './env.js';

export const tokenCookie = 'corroborate_token';
const open = (path: string): boolean => path.startsWith('/assets/') || path === '/login';
const loopbackNames = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Who may do what. With a token set, every request needs it: API clients as a Bearer header, the
 * browser UI as the cookie /login sets (reads only: writes need the header, so a cross-site form
 * cannot make one). Without a token the server only runs on loopback, and there the Host header
 * must name loopback too, so that a web page using DNS rebinding cannot reach the API.
 */
export function accessGuard(options: AppOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (open(c.req.path)) return next();
    const write = !['GET', 'HEAD'].includes(c.req.method);
    if (options.token) {
      if (!presentsToken(c, options.token, !write)) {
        if (!write && !c.req.path.startsWith('/api/') && c.req.path !== '/openapi.json') return c.redirect('/login', 303);
        throw new ApiError(401, 'unauthorized', 'this server needs a token: send "Authorization: Bearer <CORROBORATE_TOKEN>"');
      }
    } else {
      if (!options.loopback) throw new ApiError(403, 'forbidden', 'no token is set on a non-loopback server');
      const host = new URL(c.req.url).hostname;
      if (!loopbackNames.test(host)) throw new ApiError(403, 'forbidden', `requests must name a loopback host, not "${host}"`);
    }
    return next();
  };
}

function presentsToken(c: Context, token: string, cookieAllowed: boolean): boolean {
  const header = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const given = header ?? (cookieAllowed ? getCookie(c, tokenCookie) : undefined);
  return given !== undefined && sameSecret(given, token);
}

/** Constant-time comparison of two secrets of any length (compares their digests). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
