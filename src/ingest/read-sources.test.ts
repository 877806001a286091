import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/types.js';
import { DEFAULT_READ, type ReadOptions, type SourceItem, isFailure, readSources } from './read-sources.js';

async function collect(inputs: string[], options: ReadOptions = DEFAULT_READ): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

const documents = (items: SourceItem[]) => items.filter((i): i is RawDocument => !isFailure(i));
const failures = (items: SourceItem[]) => items.filter(isFailure);

describe('readSources on files and folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.html'), '<html><body><p>Hello</p></body></html>');
  writeFileSync(join(dir, 'nested', 'b.txt.gz'), gzipSync('A plain text article.'));
  writeFileSync(join(dir, 'nested', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  writeFileSync(join(dir, '.hidden.txt'), 'not read');
  writeFileSync(
    join(dir, 'items.jsonl'),
    ['{"id":"x1","title":"T","text":"Body one."}', '{not json', '{"title":"no body"}', '', '{"url":"https://e.example/2","html":"<p>B</p>"}'].join('\n'),
  );
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ outlet: 'Daily', published: '2024-01-02', text: 'Body.' }));

  it('walks folders recursively in sorted order, decompresses .gz, and skips hidden files', async () => {
    const items = await collect([dir]);
    expect(documents(items).map((d) => d.source.replace(dir, ''))).toEqual(['/a.html', '/items.jsonl:1', '/items.jsonl:5', '/nested/b.txt.gz', '/one.json']);
    const gz = documents(items).find((d) => d.source.endsWith('b.txt.gz'))!;
    expect(gz.format).toBe('text');
    expect(Buffer.from(gz.body as Uint8Array).toString()).toBe('A plain text article.');
  });

  it('reports each bad JSON line and unknown file by name and line, and goes on', async () => {
    const bad = failures(await collect([dir]));
    expect(bad.map((f) => [f.source.replace(dir, ''), f.line])).toEqual([
      ['/nested/photo.png', undefined],
      ['/items.jsonl', 2],
      ['/items.jsonl', 3],
    ]);
    expect(bad[1]!.message).toMatch(/invalid JSON on line 2/);
    expect(bad[2]!.message).toMatch(/needs "html" or "text"/);
  });

  it('keeps declared fields of JSON inputs', async () => {
    const one = documents(await collect([join(dir, 'one.json')]))[0]!;
    expect(one.declared).toEqual({ outlet: 'Daily', published: '2024-01-02' });
    expect(one.body).toBe('Body.');
  });

  it('names a missing path', async () => {
    expect(failures(await collect([join(dir, 'nope.txt')]))).toEqual([{ source: join(dir, 'nope.txt'), message: 'no such file or folder' }]);
  });

  it('reads a large file only up to the cap and says so', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, `<p>${'x'.repeat(3000)}</p>`);
    const [document] = documents(await collect([big], { ...DEFAULT_READ, maxFileBytes: 1000 }));
    expect((document!.body as Uint8Array).length).toBe(1000);
    expect(document!.messages.map((m) => m.rule)).toEqual(['page-truncated']);
  });

  it('reads standard input for "-" and sniffs its format', async () => {
    const stdin = Readable.from([Buffer.from('<!DOCTYPE html><html><body><p>x</p></body></html>')]);
    const [document] = documents(await collect(['-'], { ...DEFAULT_READ, stdin }));
    expect(document).toMatchObject({ source: '-', format: 'html' });
  });
});

describe('readSources on URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/page') {
        response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        response.end(Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
      } else if (path === '/moved') {
        response.writeHead(301, { location: '/page' }).end();
      } else if (path === '/loop') {
        response.writeHead(302, { location: '/loop' }).end();
      } else if (path === '/slow') {
        setTimeout(() => response.end('late'), 2000);
      } else if (path === '/huge') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('y'.repeat(50_000));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const options: ReadOptions = { ...DEFAULT_READ, fetch: { timeoutMs: 500, maxBytes: 10_000, maxRedirects: 3 } };

  it('follows a redirect, records the final URL and the header charset', async () => {
    // A generous timeout: this test is not about timeouts, and a loaded machine took over 500 ms for the first fetch.
    const [document] = documents(await collect([`${base}/moved`], { ...options, fetch: { ...options.fetch, timeoutMs: 10_000 } }));
    expect(document).toMatchObject({ source: `${base}/moved`, finalUrl: `${base}/page`, headerCharset: 'windows-1252', format: 'html' });
  });

  it('gives one clear failure per URL that cannot be had, and goes on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/dead`;
    await new Promise((resolve) => closed.close(resolve));
    const items = await collect([`${base}/missing`, `${base}/loop`, `${base}/slow`, deadUrl, 'ftp://example.com/x', `${base}/page`], options);
    expect(failures(items).map((f) => f.message)).toEqual([
      'could not fetch: HTTP 404 Not Found',
      'could not fetch: too many redirects (more than 3)',
      'could not fetch: timed out after 500 ms',
      expect.stringMatching(/could not fetch: ECONNREFUSED/),
      'could not fetch: only http and https URLs are fetched, not ftp:',
    ]);
    expect(documents(items)).toHaveLength(1);
  });

  it('cuts a response at the size cap with a message', async () => {
    const [document] = documents(await collect([`${base}/huge`], options));
    expect((document!.body as Uint8Array).length).toBe(10_000);
    expect(document!.messages.map((m) => m.rule)).toEqual(['page-truncated']);
  });
});
