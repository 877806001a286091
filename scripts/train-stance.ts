// `npm run train:stance`: trains the headline-stance model on the Emergent claims that are not held
// out and writes src/check/stance-model.json. Deterministic: same data, same weights.
// Data: Emergent (Ferreira & Vlachos 2016), CC BY 4.0 per its authors; read from ../shared, not copied.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHeldOut, readEmergent } from '../bench/emergent-data.js';
import { trainStanceModel } from '../src/check/train-stance-model.js';

const rows = readEmergent().filter((r) => !isHeldOut(r.claimId));
const model = trainStanceModel(rows);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'check', 'stance-model.json');
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`trained on ${rows.length} pairs (${new Set(rows.map((r) => r.claimId)).size} claims); ${Object.keys(model.weights).length} features -> ${out}`);
