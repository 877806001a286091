// Writes schema/dossier.schema.json from the zod contract (`npm run schema`); a test checks it is current.
import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../src/core/dossier-json-schema.js';

writeFileSync(new URL('../schema/dossier.schema.json', import.meta.url), `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
console.log('wrote schema/dossier.schema.json');
