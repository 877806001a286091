#!/usr/bin/env node
import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerServeCommand } from './commands/serve.js';

// Each command lives in its own file under commands/ and registers itself here.
const program = new Command('corroborate')
  .description('Corroborate news reports: copies, stories, quotes, timeline and what is confirmed or disputed.')
  .showHelpAfterError('(add --help for usage)');

registerAnalyzeCommand(program);
registerExtractCommand(program);
registerServeCommand(program);

await program.parseAsync(process.argv);
