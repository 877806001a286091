import type { Story } from '../../core/types.js';
import { mergeNames, nameOf, type PeopleSource } from './merge-names.js';

/** Sorted, one per spelling regardless of case ("the Russian leader" opening a sentence is still one alias). */
function distinct(values: string[]): string[] {
  const byLower = new Map<string, string>();
  for (const v of values.sort()) if (!byLower.has(v.toLowerCase()) || v > byLower.get(v.toLowerCase())!) byLower.set(v.toLowerCase(), v);
  return [...byLower.values()].sort();
}

/** The people, bodies and places of a story, merged across its articles, most mentioned first. */
export function storyEntities(articles: PeopleSource[]): Story['entities'] {
  return mergeNames(articles)
    .clusters.map((c) => {
      const name = nameOf(c);
      return {
        name,
        type: c.type,
        aliases: distinct([...c.aliases].filter((a) => a !== name)),
        roles: distinct([...c.roles]),
        articleIds: [...c.articleIds].sort(),
        mentions: c.mentions,
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
