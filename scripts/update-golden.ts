// `npm run golden`: regenerates test/fixtures/*/expected.json from the current extractor, so that a
// change in extraction shows up as a reviewable diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { goldenCases, renderGolden } from '../test/golden-cases.js';

for (const c of goldenCases()) {
  const next = renderGolden(c);
  let previous = '';
  try {
    previous = readFileSync(c.expectedPath, 'utf8');
  } catch {
    // a new case: no expected file yet
  }
  if (next !== previous) writeFileSync(c.expectedPath, next);
  console.log(`${next === previous ? 'unchanged' : 'written  '} ${c.name}`);
}
