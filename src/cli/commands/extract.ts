import type { Command } from 'commander';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Show what was extracted from one page.')
    .argument('<input>', 'a file or an http(s) URL')
    .action(() => {
      throw new Error('extract: not wired yet');
    });
}
