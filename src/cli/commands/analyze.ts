import type { Command } from 'commander';

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('Analyse articles and write the dossier.')
    .argument('<inputs...>', 'files, folders, - for stdin, or http(s) URLs')
    .action(() => {
      throw new Error('analyze: not wired yet');
    });
}
