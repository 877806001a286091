import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierJsonSchema } from './dossier-json-schema.js';

describe('schema/dossier.schema.json', () => {
  it('is the current contract (regenerate with npm run schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/dossier.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(dossierJsonSchema());
  });
});
