import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { ApiError } from '../api-error.js';
import { sameSecret, tokenCookie } from '../auth.js';
import type { AppEnv, AppOptions } from '../env.js';
import { layout } from './layout.js';

/** With a token set, a browser signs in once: the token goes into an HttpOnly, SameSite=Strict cookie. */
export function addLoginRoutes(app: Hono<AppEnv>, options: AppOptions): void {
  app.get('/login', (c) =>
    c.html(layout('Sign in', `<h1>Sign in</h1><form method="post" action="/login"><input type="password" name="token" aria-label="Token" placeholder="CORROBORATE_TOKEN" autocomplete="current-password"> <button>Sign in</button></form>`)),
  );
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token : '';
    if (!options.token || !sameSecret(given, options.token)) throw new ApiError(401, 'unauthorized', 'wrong token');
    setCookie(c, tokenCookie, given, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  });
}
