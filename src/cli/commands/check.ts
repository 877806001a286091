import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyzeArticle } from '../../analyze/analyze-article.js';
import { checkText, parseBatchLine } from '../../check/batch.js';
import { verdict } from '../../check/verdict.js';
import type { AnalyzedArticle } from '../../core/types.js';
import { addToCorpus } from '../../corpus/cluster/add-to-corpus.js';
import { MemoryCorpusIndex } from '../../corpus/cluster/memory-corpus-index.js';
import { sourceGroups } from '../../corpus/compare/source-groups.js';
import { extractArticle } from '../../extract/extract-article.js';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("Each article's stance on a claim (agree/disagree/discuss/unrelated), with evidence, and a verdict in independent sources.")
    .argument('[claim]', 'the claim to check, in quotes')
    .argument('[paths...]', 'article files or folders')
    .option('--batch <file>', 'JSONL lines {"claim", "text"} or {"claim", "path"}; writes one JSON line {stance, score, evidence} per line')
    .option('--json', 'print the result as JSON')
    .action(async (claim: string | undefined, paths: string[], options: { batch?: string; json?: boolean }) => {
      if (options.batch) return runBatch(options.batch);
      if (!claim || paths.length === 0) throw new Error('check: give a claim and at least one path, or --batch <file>');
      await runCheck(claim, paths, options.json === true);
    });
}

function runBatch(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const item = parseBatchLine(line);
    if ('error' in item) {
      process.stdout.write(JSON.stringify({ line: i + 1, error: item.error }) + '\n');
      continue;
    }
    const text = 'text' in item ? item.text : readArticle(resolve(dirname(file), item.path))?.text;
    const out = text === undefined ? { line: i + 1, error: `cannot read ${'path' in item ? item.path : ''}` } : checkText(item.claim, text);
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

async function runCheck(claim: string, paths: string[], json: boolean): Promise<void> {
  const articles = paths.flatMap(listFiles).flatMap((file) => {
    const article = readArticle(file);
    if (!article) process.stderr.write(`check: cannot read ${file}\n`);
    return article ? [article] : [];
  });
  // Copies and rewrites among the given articles count once in the verdict.
  const { touchedStories } = await addToCorpus(new MemoryCorpusIndex(), articles);
  const groups = sourceGroups(touchedStories);
  const results = articles.map((a) => ({ articleId: a.id, source: a.source, group: groups.get(a.id) ?? a.id, ...checkText(claim, a.text) }));
  const summary = verdict(results);
  if (json) {
    process.stdout.write(JSON.stringify({ claim, articles: results, verdict: summary }, null, 2) + '\n');
    return;
  }
  for (const r of results) {
    process.stdout.write(`${r.source}: ${r.stance} (${r.score})\n`);
    for (const e of r.evidence) process.stdout.write(`    [${e.start}-${e.end}] ${e.text}\n`);
  }
  process.stdout.write(`Verdict: ${summary.line}\n`);
}

// A small local reader until the shared ingest lands: files and folders of .txt/.html, no URLs.
const READABLE = new Set(['.txt', '.text', '.md', '.html', '.htm']);

function listFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => READABLE.has(extname(f).toLowerCase()) && statSync(f).isFile())
    .sort();
}

function readArticle(file: string): AnalyzedArticle | null {
  let body: Uint8Array;
  try {
    body = readFileSync(file);
  } catch {
    return null;
  }
  const format = ['.html', '.htm'].includes(extname(file).toLowerCase()) ? 'html' : 'text';
  const result = extractArticle({ source: file, format, body, declared: {}, messages: [] });
  return 'article' in result ? analyzeArticle(result.article) : null;
}
