import type { Command } from 'commander';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { startServer } from '../../server/start-server.js';

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  allowPrivateUrls: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the collection: a JSON API (OpenAPI at /openapi.json) and the web UI.')
    .option('-p, --port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind; anything but loopback needs CORROBORATE_TOKEN', '127.0.0.1')
    .option('--db <path>', 'the collection (SQLite file; default: CORROBORATE_DB or ./corroborate.sqlite)')
    .option('--allow-private-urls', 'let POST /api/ingest fetch URLs on loopback, private and link-local addresses', false)
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate serve --db news.sqlite                 # http://127.0.0.1:8080/
  $ CORROBORATE_TOKEN=s3cret corroborate serve --host 0.0.0.0 --port 9000
  $ curl -H 'content-type: application/json' -d '{"urls":["https://example.com/a.html"]}' http://127.0.0.1:8080/api/ingest

Security: binds to 127.0.0.1 by default. With CORROBORATE_TOKEN set, every request needs
"Authorization: Bearer <token>" (the web UI asks for it once at /login). On any other address the
server refuses to start without a token.`,
    )
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) program.error(`serve: --port must be 0..65535, not "${flags.port}"`);
      const store = await openStore(resolveDbLocation(flags.db));
      const token = process.env.CORROBORATE_TOKEN || undefined;
      try {
        const server = await startServer({ store, host: flags.host, port, allowPrivateUrls: flags.allowPrivateUrls, ...(token ? { token } : {}) });
        console.error(`Corroborate is serving on ${server.url}/ (API under /api, OpenAPI at /openapi.json)`);
        const stop = (): void => void server.close().then(() => store.close()).then(() => process.exit(0));
        process.once('SIGINT', stop).once('SIGTERM', stop);
      } catch (error) {
        await store.close();
        program.error(`serve: ${(error as Error).message}`);
      }
    });
}
