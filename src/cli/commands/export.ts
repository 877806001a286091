import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Command, Option } from 'commander';
import type { DossierFormat } from '../../render/dossier-formats.js';
import type { Store } from '../../store/store.js';
import { dbOption, withCollection } from './db-option.js';

const EXPORT_FORMATS = ['json', 'md', 'html', 'jsonl'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions {
  db?: string;
  format: ExportFormat;
  story?: string;
  out?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write the collection out: a dossier (json, md, html) of one story or of all, or the articles as JSON Lines.')
    .addOption(dbOption())
    .addOption(new Option('-f, --format <format>', 'json|md|html: a dossier; jsonl: one article per line').choices(EXPORT_FORMATS).default('json'))
    .option('--story <id>', 'only this story (its dossier, or its articles for jsonl)')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate export --format html --story story-a-1f2e3d4c5b6a7980 --out story.html
  $ corroborate export --format jsonl --story story-a-1f2e3d4c5b6a7980 > articles.jsonl

Exit status: 0 on success, 1 when the story does not exist or the output cannot be written, 2 on a usage error.`,
    )
    .action(async (options: ExportOptions) => {
      process.exitCode = await withCollection(options.db, (store) => runExport(store, options));
    });
}

async function runExport(store: Store, options: ExportOptions): Promise<number> {
  const [{ collectionArticles, collectionDossier }, { renderDossier }] = await Promise.all([import('../../collection/collection-dossier.js'), import('../../render/render-dossier.js')]);
  let lines: AsyncIterable<string>;
  if (options.format === 'jsonl') {
    if (options.story !== undefined && !(await store.getStory(options.story))) return noStory(options.story);
    lines = jsonLines(collectionArticles(store, options.story));
  } else {
    const dossier = await collectionDossier(store, options.story);
    if (!dossier) return noStory(options.story ?? '');
    let rendered: string;
    try {
      rendered = renderDossier(dossier, options.format satisfies DossierFormat);
    } catch (error) {
      process.stderr.write(`corroborate: cannot write ${options.format}: ${(error as Error).message}\n`);
      return 1;
    }
    lines = Readable.from([rendered]);
  }
  try {
    const out = options.out === undefined ? process.stdout : createWriteStream(options.out);
    await pipeline(Readable.from(lines), out, { end: out !== process.stdout });
  } catch (error) {
    process.stderr.write(`corroborate: cannot write ${options.out ?? 'to standard output'}: ${(error as Error).message}\n`);
    return 1;
  }
  if (options.out !== undefined) process.stderr.write(`Wrote ${options.out}\n`);
  return 0;
}

async function* jsonLines(articles: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const article of articles) yield `${JSON.stringify(article)}\n`;
}

function noStory(id: string): number {
  process.stderr.write(`corroborate: no story ${JSON.stringify(id)} in the collection (corroborate search or the server list the story ids)\n`);
  return 1;
}
