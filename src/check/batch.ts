import { checkStance, type StanceResult } from './check-stance.js';
import { STANCE_MODEL } from './stance-weights.js';

/** One line of a `check --batch` file: a claim and either the text or a path to read it from. */
export type BatchItem = { claim: string; text: string } | { claim: string; path: string };

export function parseBatchLine(line: string): BatchItem | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null) return { error: 'not a JSON object' };
  const { claim, text, path } = value as Record<string, unknown>;
  if (typeof claim !== 'string' || claim.trim() === '') return { error: 'no "claim" string' };
  if (typeof text === 'string') return { claim, text };
  if (typeof path === 'string') return { claim, path };
  return { error: 'neither "text" nor "path"' };
}

/** The stance of one text on one claim, with the shipped model: what each batch output line holds. */
export function checkText(claim: string, text: string): StanceResult {
  return checkStance(claim, text, STANCE_MODEL);
}
