import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FETCH, fetchUrl } from '../../ingest/fetch-url.js';
import { publicOnlyDispatcher, publicOnlyLookup, refuseNonPublicHost, refusedRange } from './address-policy.js';

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['192.168.0.10', 'private'],
    ['172.16.5.4', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('lets public %s through', (address) => {
    expect(refusedRange(address)).toBeNull();
  });
});

describe('refuseNonPublicHost', () => {
  it.each(['http://127.0.0.1:8080/a', 'http://[::1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://localhost/', 'http://[::ffff:127.0.0.1]/'])(
    'refuses %s after resolving it',
    async (url) => {
      await expect(refuseNonPublicHost(new URL(url))).rejects.toThrow(/refused: .* \(loopback\)/);
    },
  );

  it('accepts a literal public address without a lookup', async () => {
    await expect(refuseNonPublicHost(new URL('http://93.184.216.34/x'))).resolves.toBeUndefined();
  });
});

describe('publicOnlyDispatcher', () => {
  it('refuses a name that resolves to a private address when connecting, with no check before the request', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('inside');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
    try {
      await expect(fetchUrl(url, DEFAULT_FETCH)).resolves.toMatchObject({ status: 200 });
      await expect(fetchUrl(url, { ...DEFAULT_FETCH, dispatcher: publicOnlyDispatcher })).rejects.toThrow(/refused: localhost resolves to .* \(loopback\)/);
      expect(requests).toBe(1);
    } finally {
      server.close();
    }
  });

  it('answers a single address or all of them, as the caller asks, when every address is public', async () => {
    const one = await new Promise<unknown[]>((resolve) => publicOnlyLookup('93.184.216.34', {}, (...args) => resolve(args)));
    expect(one).toEqual([null, '93.184.216.34', 4]);
    const all = await new Promise<unknown[]>((resolve) => publicOnlyLookup('93.184.216.34', { all: true }, (...args) => resolve(args)));
    expect(all).toEqual([null, [{ address: '93.184.216.34', family: 4 }]]);
  });
});
