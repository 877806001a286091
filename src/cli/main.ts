#!/usr/bin/env node
import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerCheckCommand } from './commands/check.js';
import { registerExportCommand } from './commands/export.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerSearchCommand } from './commands/search.js';
import { registerServeCommand } from './commands/serve.js';
import { registerWatchCommand } from './commands/watch.js';
import { registerWorkerCommand } from './commands/worker.js';

// Each command lives in its own file under commands/ and registers itself here.
const program = new Command('corroborate')
  .description('Corroborate news reports: copies, stories, quotes, timeline and what is confirmed or disputed.')
  .showHelpAfterError('(add --help for usage)');

registerAnalyzeCommand(program);
registerCheckCommand(program);
registerExtractCommand(program);
registerIngestCommand(program);
registerSearchCommand(program);
registerExportCommand(program);
registerServeCommand(program);
registerWatchCommand(program);
registerMigrateCommand(program);
registerWorkerCommand(program);

await program.parseAsync(process.argv);
