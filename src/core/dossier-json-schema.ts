import { z } from 'zod';
import { dossierSchema } from './dossier-schema.js';

/** The dossier contract as a JSON Schema document (draft 2020-12). */
export function dossierJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dossierSchema),
    title: 'Corroborate dossier, schema version 1',
  };
}
