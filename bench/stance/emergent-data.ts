// The Emergent headline-stance set (Ferreira & Vlachos 2016), read from ../shared; shared by the
// stance benchmark and the training script so both see the same rows and the same split.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../shared-path.js';

export type Stance = 'agree' | 'disagree' | 'discuss';

export interface EmergentRow {
  claimId: string;
  claim: string;
  headline: string;
  stance: Stance;
}

const STANCES: Record<string, Stance> = { for: 'agree', against: 'disagree', observing: 'discuss' };

export function readEmergent(): EmergentRow[] {
  const csv = readFileSync(sharedPath('bench', 'stance', 'emergent', 'url-versions-2015-06-14-clean.csv'), 'utf8');
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string): number => header!.indexOf(name);
  return rows
    .filter((r) => r.length === header!.length)
    .map((r) => ({
      claimId: r[col('claimId')]!,
      claim: r[col('claimHeadline')]!,
      headline: r[col('articleHeadline')]!,
      stance: STANCES[r[col('articleHeadlineStance')]!]!,
    }));
}

/** Held-out by claim: about one claim in five, chosen by a hash of its id, never used in training. */
export function isHeldOut(claimId: string): boolean {
  return createHash('sha256').update(claimId).digest()[0]! % 5 === 0;
}

/** The k-th of five folds by claim, for cross-validation. */
export function foldOf(claimId: string): number {
  return createHash('sha256').update(claimId).digest()[1]! % 5;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
