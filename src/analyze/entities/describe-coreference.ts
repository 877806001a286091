import type { EntityMention } from '../../core/types.js';
import { demonymAt } from './classify-run.js';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.js';
import type { Cluster } from './resolve-mentions.js';
import type { Token } from './tokens.js';

// Titles that a generic "leader" can stand for.
const HEAD_ROLES = /\b(leader|president|premier|prime minister|chairman|king|queen|emperor|general secretary|supreme)\b/i;

/**
 * "the North Korean leader", "the Russian president": a nationality and a role noun with no name
 * after them, resolved to the most mentioned person of that nationality who holds that role
 * ("leader" stands for any head of state or party). Nothing is emitted when no person fits.
 */
export function describedPersons(tokens: Token[], clusters: Cluster[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    const d = demonymAt(tokens, i + 1, tokens.length - 1);
    if (!d) continue;
    let j = i + 1 + d[1];
    while (j < tokens.length && ROLE_MODIFIERS.has(tokens[j]!.lower) && j < i + 4) j++;
    const noun = tokens[j];
    if (!noun || !ROLE_NOUNS.has(noun.lower) || tokens.slice(i + 1, j + 1).some((t) => t.breakBefore)) continue;
    const after = tokens[j + 1];
    if (after && after.cap && !after.breakBefore) continue; // a title before a name, handled as a name
    const role = text.slice(tokens[i + 1 + d[1]]!.start, noun.end);
    const fits = (c: Cluster) =>
      c.type === 'person' && c.affiliations.has(d[0]) &&
      [...c.roles].some((r) => (noun.lower === 'leader' ? HEAD_ROLES.test(r) : r.toLowerCase().includes(noun.lower)));
    const best = clusters.filter(fits).reduce<Cluster | undefined>((a, b) => (!a || b.mentions > a.mentions ? b : a), undefined);
    if (!best) continue;
    out.push({ name: best.name, type: 'person', start: tokens[i]!.start, end: noun.end, text: text.slice(tokens[i]!.start, noun.end), role });
  }
  return out;
}
