import { type LookupAddress, type LookupOptions, lookup as lookupCallback } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

/**
 * Why an address may not be fetched on a user's behalf, or null when it is public unicast.
 * IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries; everything that is
 * not global unicast (loopback, private, link-local, unique-local, CGNAT, NAT64, 6to4, multicast,
 * reserved...) is refused, since each can reach something inside the host's network.
 */
export function refusedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** Resolves the URL's host (every A and AAAA record) and throws when any address is refused. */
export async function refuseNonPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  for (const address of addresses) {
    const range = refusedRange(address);
    if (range) throw new Error(`refused: ${host} resolves to ${address} (${range}); start the server with --allow-private-urls to allow it`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup` for sockets that fails when any address of the host is refused. Checking the URL
 * before fetching is not enough: the connection resolves the name again, and a host can answer a
 * public address to the check and a private one to the connection (DNS rebinding). With this the
 * addresses checked are the ones connected to.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const range = refusedRange(address);
      if (range) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${address} (${range})`), { code: 'EREFUSEDADDRESS' }), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

/** The connection pool for URLs fetched on a user's behalf: every connection goes through `publicOnlyLookup`. */
export const publicOnlyDispatcher = new Agent({ connect: { lookup: publicOnlyLookup } });
