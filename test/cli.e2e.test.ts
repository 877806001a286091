import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierSchema } from '../src/core/dossier-schema.js';
import { sharedPath } from '../bench/shared-path.js';
import { runCli } from './run-cli.js';

const seeds = sharedPath('corpus', 'seeds');

describe('corroborate analyze (built CLI)', () => {
  it('writes a valid dossier of the seeds to stdout, with progress as plain lines on stderr', () => {
    const run = runCli(['analyze', seeds]);
    expect(run.status).toBe(0);
    const dossier = dossierSchema.parse(JSON.parse(run.stdout));
    expect(dossier.articles).toHaveLength(5);
    expect(dossier.failures).toEqual([]);
    expect(run.stderr).toMatch(/analyze 5\/5 /);
    expect(run.stderr).toMatch(/Analysed 5 articles/);
  });

  it('reads the seed bodies without their boilerplate and keeps their own paragraphs', () => {
    const dossier = dossierSchema.parse(JSON.parse(runCli(['analyze', seeds, '--quiet']).stdout));
    const bodies = dossier.articles.map((a) => a.text).join('\n\n');
    for (const line of ['Advertisement', 'Hot this week', 'Related Articles', 'Topics', 'Previous post Next post', 'Share via']) {
      expect(bodies.split('\n')).not.toContain(line);
    }
    expect(bodies).toContain('Rudenko told Russian news agency Sputnik in an interview');
    expect(bodies).toContain('Kim described the relationship with Russia as a "fiery friendship"');
    expect(bodies).toContain('“We highly appreciate your consistent and unwavering support');
  });

  it('writes json, md and html into an --out folder', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'corroborate-out-')), 'out');
    const run = runCli(['analyze', seeds, '--out', out, '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Wrote ${join(out, 'dossier.json')}`);
    dossierSchema.parse(JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8')));
  });

  it('reports each bad input by name, goes on, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]));
    writeFileSync(join(dir, 'nav-only.html'), `<html><body><nav>${'<a href="/x">Section</a> '.repeat(30)}</nav></body></html>`);
    writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>The council approved the budget on Monday after a long debate.<p>It passed by nine votes to four, with two abstentions, after the mayor spoke for an hour.</div');
    writeFileSync(join(dir, 'huge.html'), `<html><body><article>${'<p>A long paragraph of real words, repeated to make a very large page indeed.</p>'.repeat(700_000)}</article></body></html>`);
    const run = runCli(['analyze', dir, '--quiet']);
    expect(run.status).toBe(1);
    const dossier = dossierSchema.parse(JSON.parse(run.stdout));
    expect(dossier.failures.map((f) => [f.source.replace(dir, ''), f.message])).toEqual([
      ['/binary.html', 'binary content, not text or HTML'],
      ['/empty.txt', 'empty file'],
      ['/nav-only.html', 'no article text found (the page holds only boilerplate)'],
    ]);
    expect(run.stderr).toContain(`${join(dir, 'empty.txt')}: empty file`);
    const huge = dossier.articles.find((a) => a.source.endsWith('huge.html'))!;
    expect(huge.messages.map((m) => m.rule)).toContain('page-truncated');
    expect(dossier.articles.find((a) => a.source.endsWith('broken.html'))!.text).toContain('It passed by nine votes to four, with two abstentions');
  });

  it('reads standard input for -', () => {
    const run = runCli(['analyze', '-', '--quiet'], { input: 'A short plain text report.\n\nThe river rose two metres overnight, officials said.' });
    expect(run.status).toBe(0);
    expect(dossierSchema.parse(JSON.parse(run.stdout)).articles[0]!.source).toBe('-');
  });

  it('explains every command with --help and an example', () => {
    for (const command of ['analyze', 'extract']) {
      const run = runCli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Examples:\n\s+\$ corroborate /);
    }
  });
});

describe('corroborate extract (built CLI)', () => {
  it('shows the clean text, metadata and messages of one page', () => {
    const run = runCli(['extract', join(seeds, '003_c6501deb5c616518.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^source {4}.*003_c6501deb5c616518\.txt$/m);
    expect(run.stdout).toMatch(/^messages \(\d+\):/m);
  });

  it('fails clearly on a missing file', () => {
    const run = runCli(['extract', '/no/such/file.html']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/no/such/file.html: no such file or folder');
  });
});
