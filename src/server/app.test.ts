import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierSchema } from '../core/dossier-schema.js';
import { type SeededStore, seededStore } from '../../test/fixtures/dossier/seed-store.js';
import { createApp } from './app.js';

let seeded: SeededStore;
let app: ReturnType<typeof createApp>;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

beforeAll(async () => {
  seeded = await seededStore();
  app = createApp({ store: seeded.store, loopback: true, allowPrivateUrls: false });
});
afterAll(() => seeded.cleanup());

describe('JSON API, in-process', () => {
  it('lists stories with source and conflict counts, paginated', async () => {
    const res = await app.request('/api/stories?limit=5');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, limit: 5, offset: 0, items: [{ id: 'story-bridge', independentSources: 3, conflictCount: 1, articleCount: 4 }] });
    expect((await (await app.request('/api/stories?offset=1')).json()).items).toEqual([]);
  });

  it.each(['/api/stories?limit=0', '/api/stories?limit=abc', '/api/stories?limit=1000', '/api/stories?offset=-1', '/api/search?q=x&from=yesterday', '/api/stories/bad%20id'])(
    'refuses %s with a 400 JSON error',
    async (path) => {
      const res = await app.request(path);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid-request');
    },
  );

  it("serves a story's dossier, valid against the contract", async () => {
    const res = await app.request('/api/stories/story-bridge');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    const dossier = dossierSchema.parse(await res.json());
    expect(dossier.stories[0]?.conflicts[0]?.about).toBe('length of the closure');
    expect(dossier.links).toHaveLength(1);
  });

  it('answers 404 as JSON for a missing story, article or route', async () => {
    for (const path of ['/api/stories/nope', '/api/articles/nope', '/api/nothing']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not-found');
    }
  });

  it('serves an article', async () => {
    const body = await (await app.request('/api/articles/art-ledger')).json();
    expect(body).toMatchObject({ id: 'art-ledger', outlet: 'Daily Ledger' });
  });

  it('searches articles and quotes through the store', async () => {
    const body = await (await app.request('/api/search?q=cables&limit=10')).json();
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body).toMatchObject({ totalExact: true, limit: 10, offset: 0 });
    expect(body.items.map((h: { articleId: string }) => h.articleId)).toEqual(expect.arrayContaining(['art-herald', 'art-wire']));
    expect((await (await app.request('/api/search?q=cables&speaker=Tomas%20Varga')).json()).items.filter((h: { kind: string }) => h.kind === 'quote')).toEqual([]);
  });

  it('ingests posted articles once, then reports duplicates', async () => {
    const article = { id: 'posted-1', outlet: 'Harbour Post', title: 'Ferry line adds a stop', published: '2025-03-05', text: 'The ferry line will add a stop at Northport from April.\n\nThe operator said the change was planned.' };
    const first = await (await post('/api/ingest', { articles: [article] })).json();
    expect(first).toMatchObject({ ingested: 1, duplicates: 0, failed: 0 });
    const id = first.results[0].articleId as string;
    expect((await app.request(`/api/articles/${id}`)).status).toBe(200);
    expect(await (await post('/api/ingest', { articles: [article] })).json()).toMatchObject({ ingested: 0, duplicates: 1 });
  });

  it.each([
    [{}, 'nothing to ingest'],
    [{ articles: [{ title: 'no body' }] }, 'article without html or text'],
    [{ urls: ['file:///etc/passwd'] }, 'a file URL'],
    [{ urls: ['not a url'] }, 'not a URL'],
    [{ articles: 'x' }, 'articles not a list'],
  ])('refuses %j (%s) with 400', async (body: unknown, _why: string) => {
    const res = await post('/api/ingest', body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid-request');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await app.request('/api/ingest', { method: 'POST', body: '{"articles": [', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBeDefined();
  });

  it('takes a body only as application/json, so a cross-site form cannot post one', async () => {
    const res = await app.request('/api/ingest', { method: 'POST', body: JSON.stringify({ articles: [{ text: 'A short text.' }] }), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toBe('Unsupported Media Type');
  });

  it('does not fetch URLs on loopback or private addresses', async () => {
    const body = await (await post('/api/ingest', { urls: ['http://127.0.0.1:9/a.html', 'http://[::ffff:10.0.0.1]/b.html'] })).json();
    expect(body.failed).toBe(2);
    expect(body.results.map((r: { message: string }) => r.message)).toEqual([expect.stringMatching(/refused: .*loopback/), expect.stringMatching(/refused: .*private/)]);
  });

  it("checks a claim against a story's articles, counting the rewrite with its original once", async () => {
    const res = await post('/api/check', { claim: 'The harbour bridge closes on March 3, 2025', story: 'story-bridge' });
    expect(res.status).toBe(200);
    const body = await res.json();
    const byId = new Map(body.articles.map((a: { articleId: string }) => [a.articleId, a]));
    expect(byId.size).toBe(4);
    expect((byId.get('art-herald') as { group: string }).group).toBe((byId.get('art-wire') as { group: string }).group);
    const v = body.verdict;
    expect(v.supporting + v.disputing + v.discussing + v.unaddressed).toBe(3);
    expect(v.line).toMatch(/^supported by \d+ independent source/);
    expect((byId.get('art-herald') as { evidence: { text: string }[] }).evidence.length).toBeGreaterThan(0);
  });

  it.each([
    [{ claim: 'The bridge closes', story: 'nope' }, 404],
    [{ claim: 'The bridge closes', articles: ['art-herald', 'nope'] }, 404],
    [{ claim: 'The bridge closes' }, 400],
    [{ claim: '', story: 'story-bridge' }, 400],
  ])('answers check %j with %i', async (body: unknown, status: number) => {
    expect((await post('/api/check', body)).status).toBe(status);
  });

  it('publishes an OpenAPI document of every route', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/{id}', '/api/articles/{id}', '/api/search', '/api/ingest', '/api/check']));
    expect(doc.components.schemas.Dossier).toBeDefined();
  });

  it('refuses a Host that is not loopback (DNS rebinding) when running without a token', async () => {
    const res = await app.request('http://attacker.example/api/stories');
    expect(res.status).toBe(403);
  });
});

describe('web pages, in-process', () => {
  it('sends a strict CSP and escapes article payloads on the story page', async () => {
    const res = await app.request('/stories/story-bridge');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*style-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|<img |onerror="/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<svg class="timeline-chart"');
  });

  it('lists stories with a conflict badge and searches', async () => {
    expect(await (await app.request('/')).text()).toMatch(/<span class="badge bad conflict-badge">1 conflict<\/span>/);
    const search = await (await app.request('/search?q=cables')).text();
    expect(search).toMatch(/<mark>cables<\/mark>/);
    const filtered = await (await app.request('/search?q=cables&outlet=Coastal+Wire&speaker=&from=&to=')).text();
    expect(filtered).toContain('Coastal Wire');
    expect(filtered).not.toContain('Northport Herald');
  });

  it('answers a browser with an HTML error page', async () => {
    const res = await app.request('/stories/nope', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<h1>Error 404</h1>');
  });
});

describe('with a token', () => {
  const token = 'test-token-123';
  const guarded = () => createApp({ store: seeded.store, loopback: false, allowPrivateUrls: false, token });

  it('needs the Bearer token for reads and writes', async () => {
    const app = guarded();
    expect((await app.request('http://news.example/api/stories')).status).toBe(401);
    expect((await app.request('http://news.example/api/stories', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await app.request('http://news.example/api/stories', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const write = await app.request('http://news.example/api/ingest', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(write.status).toBe(401);
  });

  it('lets a browser sign in with a cookie for reads, never for writes', async () => {
    const app = guarded();
    const page = await app.request('http://news.example/');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    const login = await app.request('http://news.example/login', { method: 'POST', body: new URLSearchParams({ token }) });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    expect((await app.request('http://news.example/', { headers: { cookie } })).status).toBe(200);
    const write = await app.request('http://news.example/api/ingest', { method: 'POST', body: JSON.stringify({ articles: [{ text: 'x' }] }), headers: { cookie, 'content-type': 'application/json' } });
    expect(write.status).toBe(401);
    expect((await app.request('http://news.example/login', { method: 'POST', body: new URLSearchParams({ token: 'nope' }) })).status).toBe(401);
  });
});
