import { type ServerType, serve } from '@hono/node-server';
import { isIP } from 'node:net';
import { refusedRange } from './fetch/address-policy.js';
import { createApp } from './app.js';
import type { AppOptions } from './env.js';

export interface ServeOptions extends Omit<AppOptions, 'loopback'> {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare.toLowerCase() === 'localhost') return true;
  return isIP(bare) !== 0 && refusedRange(bare) === 'loopback';
}

/** Listens on host:port; refuses a non-loopback host without a token (anyone on the network could write). */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  if (!loopback && !options.token) {
    return Promise.reject(
      new Error(`refusing to listen on ${options.host} without a token: set CORROBORATE_TOKEN (clients then send "Authorization: Bearer <token>"), or bind to 127.0.0.1`),
    );
  }
  const app = createApp({ ...options, loopback });
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => server?.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
