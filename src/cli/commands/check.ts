import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("Each article's stance on a claim (agree/disagree/discuss/unrelated), with evidence, and a verdict in independent sources.")
    .argument('[claim]', 'the claim to check, in quotes')
    .argument('[inputs...]', 'article files, folders, - for stdin, or http(s) URLs (as for analyze)')
    .option('--batch <file>', 'JSONL lines {"claim", "text"} or {"claim", "path"}; writes one JSON line {stance, score, evidence} per line')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ corroborate check "The treaty obliges automatic military assistance" news/
  $ corroborate check --batch pairs.jsonl > stances.jsonl

Copies and rewrites among the articles count as one source in the verdict. Exit status: 0, or 1 when
an input could not be read (it is reported on stderr and left out).`,
    )
    .action(async (claim: string | undefined, inputs: string[], options: { batch?: string; json?: boolean }) => {
      if (options.batch) {
        process.exitCode = await runBatch(options.batch);
        return;
      }
      if (!claim || inputs.length === 0) program.error('check: give a claim and at least one input, or --batch <file>', { exitCode: 2 });
      process.exitCode = await runCheck(claim!, inputs, options.json === true);
    });
}

async function runBatch(file: string): Promise<number> {
  const { checkText, parseBatchLine } = await import('../../check/batch.js');
  const lines = (await readFile(file, 'utf8')).split('\n');
  let failed = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const item = parseBatchLine(line);
    const text = 'error' in item ? undefined : 'text' in item ? item.text : await readText(resolve(dirname(file), item.path));
    const out =
      'error' in item ? { line: i + 1, error: item.error }
      : text === undefined ? { line: i + 1, error: `cannot read ${'path' in item ? item.path : ''}` }
      : checkText(item.claim, text);
    if ('error' in out) failed = true;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

async function runCheck(claim: string, inputs: string[], json: boolean): Promise<number> {
  const [{ analyzeSources }, { checkText }, { verdict }, { addToCorpus }, { MemoryCorpusIndex }, { sourceGroups }] = await Promise.all([
    import('../../batch/analyze-sources.js'),
    import('../../check/batch.js'),
    import('../../check/verdict.js'),
    import('../../corpus/cluster/add-to-corpus.js'),
    import('../../corpus/cluster/memory-corpus-index.js'),
    import('../../corpus/compare/source-groups.js'),
  ]);
  const { articles, failures } = await analyzeSources(inputs, {
    onFailure: (f) => process.stderr.write(`corroborate: ${f.source}${f.line ? `:${f.line}` : ''}: ${f.message}\n`),
  });
  // Copies and rewrites among the given articles count once in the verdict.
  const { touchedStories } = await addToCorpus(new MemoryCorpusIndex(), articles);
  const groups = sourceGroups(touchedStories);
  const results = articles.map((a) => ({ articleId: a.id, source: a.source, group: groups.get(a.id) ?? a.id, ...checkText(claim, a.text) }));
  const summary = verdict(results);
  if (json) {
    process.stdout.write(`${JSON.stringify({ claim, articles: results, verdict: summary }, null, 2)}\n`);
  } else {
    for (const r of results) {
      process.stdout.write(`${r.source}: ${r.stance} (${r.score})\n`);
      for (const e of r.evidence) process.stdout.write(`    [${e.start}-${e.end}] ${e.text}\n`);
    }
    process.stdout.write(`Verdict: ${summary.line}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

/** The clean text of the one article in a file or URL, or undefined when it cannot be read. */
async function readText(input: string): Promise<string | undefined> {
  const [{ extractArticle }, { isFailure, readSource }] = await Promise.all([import('../../extract/extract-article.js'), import('../../ingest/read-sources.js')]);
  for (const item of await readSource(input)) {
    if (isFailure(item)) continue;
    const result = extractArticle(item);
    if ('article' in result) return result.article.text;
  }
  return undefined;
}
