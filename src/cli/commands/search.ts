import { type Command, Option } from 'commander';
import type { SearchPage, SearchQuery } from '../../store/store.js';
import { dbOption, withCollection } from './db-option.js';

interface SearchOptions {
  db?: string;
  outlet?: string;
  from?: string;
  to?: string;
  story?: string;
  speaker?: string;
  limit: string;
  offset: string;
  format: 'text' | 'json';
}

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('Full-text search over the articles and quotes of the collection, best match first.')
    .argument('<query>', 'words that must all appear; "a phrase" in quotes; an empty query lists what the filters select')
    .addOption(dbOption())
    .option('--outlet <name>', 'only articles from this outlet')
    .option('--from <date>', 'only articles published on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only articles published on or before this day (YYYY-MM-DD)')
    .option('--story <id>', 'only articles of this story')
    .option('--speaker <name>', 'only quotes by this speaker (and articles quoting them)')
    .option('--limit <n>', 'hits per page', '20')
    .option('--offset <n>', 'hits to skip (for the next pages)', '0')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate search "ferry sank" --from 2024-06-01 --to 2024-06-30
  $ corroborate search "" --speaker "Ana Ruiz" --format json

Exit status: 0 on success (also with no hits), 1 when the collection cannot be read, 2 on a usage error.`,
    )
    .action(async (text: string, options: SearchOptions) => {
      process.exitCode = await runSearch(text, options);
    });
}

async function runSearch(text: string, options: SearchOptions): Promise<number> {
  const problems: string[] = [];
  const limit = wholeNumber(options.limit, '--limit', 1, problems);
  const offset = wholeNumber(options.offset, '--offset', 0, problems);
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${flag} must be a day YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  if (problems.length > 0) {
    process.stderr.write(problems.map((problem) => `corroborate: ${problem}\n`).join(''));
    return 2;
  }
  const query: SearchQuery = { text, outlet: options.outlet, from: options.from, to: options.to, storyId: options.story, speaker: options.speaker, limit, offset };
  return withCollection(options.db, async (store) => {
    const page = await store.search(query);
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(page, null, 2)}\n` : formatHits(page, offset));
    return 0;
  });
}

function formatHits(page: SearchPage, offset: number): string {
  if (page.total === 0) return 'No matches.\n';
  const lines = page.items.map((hit, index) => {
    const where = [hit.outlet, hit.published?.slice(0, 10), hit.storyId && `story ${hit.storyId}`].filter(Boolean).join(' · ');
    const head = hit.kind === 'quote' ? `quote by ${hit.speaker ?? 'unknown speaker'} in ${hit.title ?? hit.articleId}` : (hit.title ?? hit.articleId);
    return `${offset + index + 1}. ${head}\n   ${where}${where ? ' · ' : ''}article ${hit.articleId}\n   ${hit.snippet.replace(/\s+/g, ' ')}\n`;
  });
  const shown = `${offset + 1}-${offset + page.items.length}`;
  return `${lines.join('\n')}\n${page.items.length > 0 ? shown : 'none'} of ${page.totalExact ? page.total : `more than ${page.total} (most recently added first)`} match(es).\n`;
}

function wholeNumber(value: string, flag: string, min: number, problems: string[]): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) problems.push(`${flag} must be a whole number >= ${min}, got ${JSON.stringify(value)}`);
  return number;
}
