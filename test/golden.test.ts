import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, renderGolden } from './golden-cases.js';

// A failure here means extraction changed: if the change is wanted, run `npm run golden` and review the diff.
describe('golden fixtures', () => {
  const cases = goldenCases();
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c.name, () => {
      expect(renderGolden(c)).toBe(readFileSync(c.expectedPath, 'utf8'));
    });
  }
});
