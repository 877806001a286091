import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

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
