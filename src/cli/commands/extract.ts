import { type Command, Option } from 'commander';
import type { ExtractedArticle } from '../../core/types.js';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Show what was extracted from one page: clean text, metadata, and the messages (what was removed, what was guessed).')
    .argument('<input>', 'a file (.html, .txt, .md, .json, .jsonl, optionally .gz), - for stdin, or an http(s) URL')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate extract page.html                 # metadata, clean text, then the messages
  $ corroborate extract https://example.com/news/story --format json`,
    )
    .action(async (input: string, options: { format: 'json' | 'text' }) => {
      const [{ extractArticle }, { isFailure, readSource }] = await Promise.all([import('../../extract/extract-article.js'), import('../../ingest/read-sources.js')]);
      let failed = false;
      const extracted: ExtractedArticle[] = [];
      for (const item of await readSource(input)) {
        const result = isFailure(item) ? { failure: item.message } : extractArticle(item);
        if ('failure' in result) {
          process.stderr.write(`corroborate: ${item.source}: ${result.failure}\n`);
          failed = true;
        } else {
          extracted.push(result.article);
        }
      }
      const output = options.format === 'json' ? `${JSON.stringify(extracted.length === 1 ? extracted[0] : extracted, null, 2)}\n` : extracted.map(describe).join('\n\n');
      process.stdout.write(output);
      process.exitCode = failed ? 1 : 0;
    });
}

function describe(article: ExtractedArticle): string {
  const field = (name: string, value: string | null) => `${name.padEnd(10)}${value ?? '(none)'}`;
  const lines = [
    field('source', article.source),
    field('title', article.title),
    field('outlet', article.outlet),
    field('byline', article.byline),
    field('published', article.published.value ? `${article.published.value} (from ${article.published.from})` : null),
    field('language', article.language),
    field('url', article.url),
    field('id', article.id),
    '',
    article.text,
    '',
    `messages (${article.messages.length}):`,
    ...article.messages.map((m) => `  [${m.severity}] ${m.rule}: ${m.message}${m.text ? `\n      ${JSON.stringify(m.text.length > 200 ? `${m.text.slice(0, 200)}…` : m.text)}` : ''}`),
  ];
  return `${lines.join('\n')}\n`;
}
