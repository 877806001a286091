import cluster from 'node:cluster';
import type { Command } from 'commander';
import { openStore, resolveDbLocation } from '../../store/open-store.js';

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  allowPrivateUrls: boolean;
  processes: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the collection: a JSON API (OpenAPI at /openapi.json) and the web UI.')
    .option('-p, --port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind; anything but loopback needs CORROBORATE_TOKEN', '127.0.0.1')
    .option('--db <path>', 'the collection (SQLite file; default: CORROBORATE_DB or ./corroborate.sqlite)')
    .option('--allow-private-urls', 'let POST /api/ingest fetch URLs on loopback, private and link-local addresses', false)
    .option('--processes <n>', 'server processes sharing the port: reads run in parallel (each has its own connection)', '1')
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
      const processes = Number(flags.processes);
      if (!Number.isInteger(processes) || processes < 1 || processes > 64) program.error(`serve: --processes must be 1..64, not "${flags.processes}"`);
      if (processes > 1 && cluster.isPrimary) return serveFromProcesses(flags.db, processes);
      const [{ createArticlePool }, { startServer }] = await Promise.all([import('../../collection/analyze-pool.js'), import('../../server/start-server.js')]);
      const store = await openStore(resolveDbLocation(flags.db));
      const token = process.env.CORROBORATE_TOKEN || undefined;
      const work = createArticlePool();
      try {
        const server = await startServer({ store, host: flags.host, port, allowPrivateUrls: flags.allowPrivateUrls, work, ...(token ? { token } : {}) });
        console.error(`Corroborate is serving on ${server.url}/ (API under /api, OpenAPI at /openapi.json)`);
        const stop = (): void => void server.close().then(() => work.close()).then(() => store.close()).then(() => process.exit(0));
        process.once('SIGINT', stop).once('SIGTERM', stop);
      } catch (error) {
        await work.close();
        await store.close();
        program.error(`serve: ${(error as Error).message}`);
      }
    });
}

/**
 * better-sqlite3 answers on the event loop, so one process serves one query at a time and a slow search
 * holds up every other request. With N processes (node:cluster: the primary hands out connections)
 * reads run in parallel on their own connections (WAL lets readers share the file); writes from
 * several processes take turns on the file lock, as a `corroborate ingest` beside `serve` does.
 */
async function serveFromProcesses(db: string | undefined, processes: number): Promise<void> {
  // Migrate once here, so the workers do not all wait on the first one's migration.
  await (await openStore(resolveDbLocation(db))).close();
  let stopping = false;
  const stop = (): void => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  };
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    console.error(`serve: process ${worker.process.pid} exited (${code}); stopping the others`);
    process.exitCode = 1;
    stop();
  });
  for (let i = 0; i < processes; i++) cluster.fork();
  process.once('SIGINT', stop).once('SIGTERM', stop);
}
