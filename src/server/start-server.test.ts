import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededStore, seededStore } from '../../test/fixtures/dossier/seed-store.js';
import { type RunningServer, isLoopbackHost, startServer } from './start-server.js';

// A local "news site": one article page, a big page and a page that never finishes.
function newsSite(): Promise<{ server: Server; base: string }> {
  const page = (title: string, body: string) =>
    `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Local Gazette"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/slow') return void res.writeHead(200, { 'content-type': 'text/html' }); // headers, then nothing
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/big') return void res.end(page('Big page', `<p>${'The council met again to discuss the harbour. '.repeat(2000)}</p>`));
    res.end(page('Tram line opens in Velmora', '<p>The new tram line in Velmora opened on Monday, the transport authority said.</p><p>It links the harbour with the old town in twelve minutes.</p>'));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

let seeded: SeededStore;
let site: { server: Server; base: string };
const running: RunningServer[] = [];
const start = async (options: Partial<Parameters<typeof startServer>[0]> = {}) => {
  const server = await startServer({ store: seeded.store, host: '127.0.0.1', port: 0, allowPrivateUrls: false, ...options });
  running.push(server);
  return server;
};
const ingestUrls = async (server: RunningServer, urls: string[]) =>
  (await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls }) })).json();

beforeAll(async () => {
  seeded = await seededStore();
  site = await newsSite();
});
afterAll(async () => {
  for (const server of running) await server.close();
  site.server.closeAllConnections();
  site.server.close();
  await seeded.cleanup();
});

describe('the real server on 127.0.0.1', () => {
  it('serves the API and the UI on a free port', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const list = await (await fetch(`${server.url}/api/stories`)).json();
    expect(list.items[0].id).toBe('story-bridge');
    const page = await fetch(`${server.url}/stories/story-bridge`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Northport harbour bridge closure');
  });

  it('refuses to fetch a URL on a private address, and fetches it when allowed', async () => {
    const strict = await start();
    const refused = await ingestUrls(strict, [`${site.base}/article`]);
    expect(refused).toMatchObject({ failed: 1, ingested: 0 });
    expect(refused.results[0].message).toMatch(/refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\)/);
    const open = await start({ allowPrivateUrls: true });
    const fetched = await ingestUrls(open, [`${site.base}/article`]);
    expect(fetched).toMatchObject({ ingested: 1, failed: 0 });
    const article = await (await fetch(`${open.url}/api/articles/${fetched.results[0].articleId}`)).json();
    expect(article.text).toContain('tram line');
  });

  it('caps the size and the time of a fetch', async () => {
    const capped = await start({ allowPrivateUrls: true, fetchLimits: { timeoutMs: 500, maxBytes: 4096 } });
    const [big, slow] = [await ingestUrls(capped, [`${site.base}/big`]), await ingestUrls(capped, [`${site.base}/slow`])];
    expect(big.ingested).toBe(1);
    const stored = await (await fetch(`${capped.url}/api/articles/${big.results[0].articleId}`)).json();
    expect(stored.messages.map((m: { rule: string }) => m.rule)).toContain('page-truncated');
    expect(slow).toMatchObject({ failed: 1 });
    expect(slow.results[0].message).toMatch(/timed out after 500 ms/);
  });

  it('needs the token for reads and writes once one is set', async () => {
    const server = await start({ token: 'sesame' });
    expect((await fetch(`${server.url}/api/stories`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer sesame' } })).status).toBe(200);
  });

  it('refuses to start on a non-loopback address without a token', async () => {
    await expect(startServer({ store: seeded.store, host: '0.0.0.0', port: 0, allowPrivateUrls: false })).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without a token: set CORROBORATE_TOKEN/);
  });

  it('reports a port in use', async () => {
    const server = await start();
    await expect(startServer({ store: seeded.store, host: '127.0.0.1', port: server.port, allowPrivateUrls: false })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses from the rest', () => {
    expect(['127.0.0.1', '127.3.2.1', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});
