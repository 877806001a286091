import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierSchema } from '../src/core/dossier-schema.js';
import { runCli } from './run-cli.js';
import { inventedArticle, inventedJsonLines } from './support/invented-articles.js';

describe('corroborate ingest, search, export (built CLI)', () => {
  let dir: string;
  let db: string;
  let firstRun: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    db = join(dir, 'c.sqlite');
    writeFileSync(join(dir, 'batch.jsonl'), inventedJsonLines(0, 12) + '{"title": "no body"}\nnot json\n');
    writeFileSync(join(dir, 'note.txt'), 'Sunday, May 5, 2024\n\nA short note about the lighthouse keeper of Kestrel Point, who retired on Friday after forty years.\n');
    firstRun = runCli(['ingest', dir, '--db', db]);
  });

  it('ingests a folder, acknowledging each article on stdout and each failure on stderr, exit 1 on failures', () => {
    expect(firstRun.status).toBe(1);
    const lines = firstRun.stdout.trim().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines.every((line) => /^ingested\ta-[0-9a-f]{16}\t/.test(line))).toBe(true);
    expect(firstRun.stderr).toMatch(/batch\.jsonl:13: not an article object/);
    expect(firstRun.stderr).toMatch(/batch\.jsonl:14: invalid JSON/);
    expect(firstRun.stderr).toMatch(/Ingested 13 new article\(s\) .* 2 failed/);
  });

  it('changes nothing when the same input is ingested again (default db from CORROBORATE_DB)', () => {
    const run = runCli(['ingest', join(dir, 'note.txt'), '--quiet'], { env: { CORROBORATE_DB: db } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^duplicate\t/);
    expect(run.stderr).toMatch(/Ingested 0 new article\(s\) .*1 already there.* holds 13 article/);
  });

  it('creates ./corroborate.sqlite in the current folder when no db is named', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'corroborate-cwd-'));
    const run = runCli(['ingest', join(dir, 'note.txt'), '--quiet'], { cwd, env: { CORROBORATE_DB: '' } });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('into corroborate.sqlite');
    expect(readFileSync(join(cwd, 'corroborate.sqlite')).length).toBeGreaterThan(0);
  });

  it('searches with filters, as text and as JSON', () => {
    const target = inventedArticle(7);
    const json = runCli(['search', 'households', '--outlet', target.outlet, '--from', '2024-05-01', '--to', '2024-05-31', '--db', db, '--format', 'json', '--limit', '2']);
    expect(json.status).toBe(0);
    const page = JSON.parse(json.stdout) as { total: number; items: { outlet: string; snippet: string }[] };
    expect(page.total).toBe(3); // 12 invented articles over 4 outlets
    expect(page.items).toHaveLength(2);
    expect(page.items.every((hit) => hit.outlet === target.outlet && /households/i.test(hit.snippet))).toBe(true);

    const text = runCli(['search', 'lighthouse keeper', '--db', db]);
    expect(text.stdout).toMatch(/^1\. .*\n.*\n.*lighthouse keeper/m);
    expect(text.stdout).toMatch(/1-1 of 1 match/);
    expect(runCli(['search', 'lighthouse', '--outlet', 'Nobody', '--db', db]).stdout).toBe('No matches.\n');
    const bad = runCli(['search', 'x', '--from', 'yesterday', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--from must be a day YYYY-MM-DD');
  });

  it('exports articles as JSON Lines and dossiers as JSON, Markdown and HTML, one story or all', () => {
    const out = join(dir, 'articles.jsonl');
    expect(runCli(['export', '--format', 'jsonl', '--out', out, '--db', db]).status).toBe(0);
    const articles = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; outlet: string });
    expect(articles).toHaveLength(13);

    const all = dossierSchema.parse(JSON.parse(runCli(['export', '--db', db]).stdout));
    expect(all.articles).toHaveLength(13);
    const story = all.stories[0]!;
    const one = dossierSchema.parse(JSON.parse(runCli(['export', '--format', 'json', '--story', story.id, '--db', db]).stdout));
    expect(one.stories.map((s) => s.id)).toEqual([story.id]);
    expect(one.articles.map((a) => a.id)).toEqual(story.articleIds);

    const md = runCli(['export', '--format', 'md', '--story', story.id, '--db', db]);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain(story.title);
    const html = join(dir, 'story.html');
    expect(runCli(['export', '--format', 'html', '--story', story.id, '--out', html, '--db', db]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);

    const missing = runCli(['export', '--story', 'no-such-story', '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no story "no-such-story"');
  });

  it('ingests its own JSON Lines export into a new collection as the same articles', () => {
    const copy = mkdtempSync(join(tmpdir(), 'corroborate-reingest-'));
    type Exported = { id: string; url: string | null; title: string | null; outlet: string | null; published: { value: string | null; from: string | null }; text: string };
    const exportOf = (from: string): Exported[] =>
      runCli(['export', '--format', 'jsonl', '--db', from]).stdout.trim().split('\n').map((line) => JSON.parse(line) as Exported).sort((a, b) => a.id.localeCompare(b.id));
    const original = exportOf(db);
    writeFileSync(join(copy, 'articles.jsonl'), original.map((a) => JSON.stringify(a)).join('\n'));
    const run = runCli(['ingest', join(copy, 'articles.jsonl'), '--db', join(copy, 'again.sqlite'), '--quiet']);
    expect(run.stderr).not.toMatch(/not an article object/);
    expect(run.status).toBe(0);
    const fields = (a: Exported) => ({ id: a.id, url: a.url, title: a.title, outlet: a.outlet, text: a.text, published: a.published.from === 'inferred' ? null : a.published.value });
    expect(exportOf(join(copy, 'again.sqlite')).map(fields)).toEqual(original.map(fields));
  });

  it('explains each command with --help and an example, and names a db it cannot open', () => {
    for (const command of ['ingest', 'search', 'export', 'watch']) {
      const run = runCli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Examples:\n\s+\$ corroborate /);
    }
    const watch = runCli(['watch', 'ftp://feeds.example/rss', '--every', 'often', '--db', db]);
    expect(watch.status).toBe(2);
    expect(watch.stderr).toContain('--every must be a duration');
    expect(watch.stderr).toContain('not an http(s) feed URL: ftp://feeds.example/rss');
    const run = runCli(['search', 'x', '--db', join(dir, 'no', 'such', 'folder', 'c.sqlite')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot open the collection .*no\/such\/folder/);
  });
});
