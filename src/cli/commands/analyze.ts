import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type Command, Option } from 'commander';
import type { Dossier } from '../../core/types.js';
import { type DossierFormat, DOSSIER_FORMATS } from '../../render/dossier-formats.js';
import { createProgress } from '../progress.js';

interface AnalyzeOptions {
  format?: DossierFormat;
  out?: string;
  quiet: boolean;
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('Read articles (files, folders, - for stdin, http(s) URLs) and write the dossier: articles, copies, stories, quotes, timeline, claims.')
    .argument('<inputs...>', 'files, folders (read recursively), - for standard input, or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'dossier format (default: json, or from --out\'s extension)').choices(DOSSIER_FORMATS))
    .option('-o, --out <path>', 'write to this file; a folder (or a path without extension) gets dossier.json, dossier.md and dossier.html')
    .option('-q, --quiet', 'no progress output on stderr (failures are still reported)', false)
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate analyze examples --out out           # out/dossier.{json,md,html}
  $ corroborate analyze news/ https://example.com/story.html --format md > dossier.md
  $ cat article.html | corroborate analyze - --format json

Exit status: 0 when every input was read, 1 when some failed (they are listed on stderr and in the
dossier's "failures"), 2 on a usage error.`,
    )
    .action(async (inputs: string[], options: AnalyzeOptions) => {
      process.exitCode = await runAnalyze(inputs, options);
    });
}

async function runAnalyze(inputs: string[], options: AnalyzeOptions): Promise<number> {
  const [{ analyzeSources }, { buildDossier }] = await Promise.all([import('../../batch/analyze-sources.js'), import('../../corpus/build-dossier.js')]);
  const progress = createProgress({ quiet: options.quiet });
  const { articles, failures } = await analyzeSources(inputs, {
    onStart: (total) => progress.start(total, 'analyze'),
    onSource: (source) => progress.tick(source),
    onFailure: (failure) => progress.warn(`corroborate: ${failure.source}${failure.line ? `:${failure.line}` : ''}: ${failure.message}`),
  });
  progress.stop();
  const dossier = await buildDossier(articles, failures);
  const written = await writeDossier(dossier, options);
  if (!options.quiet || written.length > 0) {
    process.stderr.write(`${summarize(dossier)}${written.length ? `\nWrote ${written.join(', ')}` : ''}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

async function writeDossier(dossier: Dossier, options: AnalyzeOptions): Promise<string[]> {
  const { renderDossier } = await import('../../render/render-dossier.js');
  if (!options.out) {
    process.stdout.write(renderDossier(dossier, options.format ?? 'json'));
    return [];
  }
  const extension = extname(options.out).slice(1) as DossierFormat;
  if (DOSSIER_FORMATS.includes(extension)) {
    await writeFile(options.out, renderDossier(dossier, options.format ?? extension));
    return [options.out];
  }
  await mkdir(options.out, { recursive: true });
  const formats = options.format ? [options.format] : DOSSIER_FORMATS;
  const paths = formats.map((format) => join(options.out!, `dossier.${format}`));
  await Promise.all(formats.map((format, i) => writeFile(paths[i]!, renderDossier(dossier, format))));
  return paths;
}

function summarize(dossier: Dossier): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const conflicts = dossier.stories.reduce((sum, story) => sum + story.conflicts.length, 0);
  const lines = [
    `Analysed ${count(dossier.articles.length, 'article')}${dossier.failures.length ? ` (${count(dossier.failures.length, 'input')} failed)` : ''}: ` +
      `${count(dossier.stories.length, 'story', 'stories')}, ${count(dossier.links.length, 'copy link')}, ${count(conflicts, 'conflict')}.`,
  ];
  for (const story of dossier.stories.slice(0, 5)) {
    lines.push(`  - ${story.title} (${count(story.articleIds.length, 'article')}, ${count(story.independentSources, 'independent source')})`);
  }
  if (dossier.stories.length > 5) lines.push(`  … and ${dossier.stories.length - 5} more`);
  return lines.join('\n');
}
