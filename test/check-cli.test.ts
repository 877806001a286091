// End to end: `corroborate check` as a user runs it, on files written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'cli', 'main.ts'), 'check', ...args], { encoding: 'utf8' });

describe('corroborate check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  // Different surroundings, so the copies stage does not take the two reports for copies of one text.
  const calm = 'Fishermen mended their nets on the quay while gulls circled over the empty cranes. '.repeat(3);
  const busy = 'Truck drivers queued for hours at the gate, and the customs office extended its hours. '.repeat(3);
  writeFileSync(join(dir, 'a.txt'), `Mirel port reopens\n\n${calm}The port of Mirel reopened to cargo ships on Monday after the storm. ${calm}`);
  writeFileSync(join(dir, 'b.txt'), `Mirel port stays shut\n\n${busy}The port of Mirel has not reopened to cargo ships, the harbour master said on Monday. ${busy}`);
  writeFileSync(join(dir, 'c.txt'), `Football results\n\nThe Ostrava club won its third match of the season with a late goal on Saturday evening.`);

  it('--batch writes one JSON line per input line, reading "text" or "path"', () => {
    const claim = 'The port of Mirel reopened to cargo ships';
    const lines = [
      JSON.stringify({ claim, text: 'Mirel port reopens to cargo ships after storm' }),
      JSON.stringify({ claim, path: 'a.txt' }),
      '{"claim": "no text"}',
    ];
    writeFileSync(join(dir, 'pairs.jsonl'), lines.join('\n') + '\n');
    const run = cli(['--batch', join(dir, 'pairs.jsonl')]);
    expect(run.status).toBe(1); // line 3 is not a valid pair: reported on its own line, and in the exit status
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ stance: 'agree' });
    expect(out[1]).toMatchObject({ stance: 'agree', evidence: [expect.objectContaining({ text: expect.stringContaining('reopened') })] });
    expect(out[2]).toEqual({ line: 3, error: 'neither "text" nor "path"' });
  });

  it('gives each article its stance with evidence and a verdict line', () => {
    const run = cli(['The port of Mirel reopened to cargo ships', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/a\.txt: agree/);
    expect(run.stdout).toMatch(/b\.txt: disagree/);
    expect(run.stdout).toMatch(/c\.txt: unrelated/);
    expect(run.stdout).toContain('Verdict: supported by 1 independent source, disputed by 1, discussed without taking a side by 0, unaddressed by 1');
  });
});
