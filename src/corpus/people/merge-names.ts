import type { DossierArticle, EntityMention } from '../../core/types.js';

export type PeopleSource = Pick<DossierArticle, 'id' | 'entities' | 'quotes'>;

/** One entity of a story while its articles are merged. */
export interface StoryCluster {
  type: EntityMention['type'];
  /** Canonical names the articles gave it, with how many articles used each. */
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Set<string>;
  articleIds: Set<string>;
  mentions: number;
}

// "Kim Jong-un" and "Kim Jong Un" are one key; initials drop out ("Antony J. Blinken").
export const nameKey = (name: string): string =>
  name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w)).join('').replace(/[-.'’]/g, '').toLowerCase();

const TYPES = ['person', 'organization', 'country', 'place'];

const words = (name: string): string[] => name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));

/**
 * Merges the entities of a story's articles: the same canonical key is one entity, and a one-word
 * person ("Putin", from an article that never gives the full name) joins the most mentioned person
 * whose first or last name it is. Linear in the number of mentions (maps keyed by name).
 */
export function mergeNames(articles: PeopleSource[]): { clusters: StoryCluster[]; canonical: (name: string) => string } {
  const byKey = new Map<string, StoryCluster>();
  for (const article of articles) {
    const seenHere = new Set<StoryCluster>();
    for (const m of article.entities) {
      const key = `${m.type === 'country' ? 'country' : m.type}:${nameKey(m.name)}`;
      let c = byKey.get(key);
      if (!c) {
        c = { type: m.type, names: new Map(), aliases: new Set(), roles: new Set(), articleIds: new Set(), mentions: 0 };
        byKey.set(key, c);
      }
      if (!seenHere.has(c)) c.names.set(m.name, (c.names.get(m.name) ?? 0) + 1);
      seenHere.add(c);
      c.aliases.add(m.text);
      if (m.role) c.roles.add(m.role);
      c.articleIds.add(article.id);
      c.mentions++;
    }
  }
  // One-word people join a fuller name of the story.
  const byWord = new Map<string, StoryCluster>();
  for (const c of byKey.values()) {
    if (c.type !== 'person' || words(nameOf(c)).length < 2) continue;
    const w = words(nameOf(c));
    for (const part of [w[0]!, w[w.length - 1]!]) {
      const k = `person:${nameKey(part)}`;
      const best = byWord.get(k);
      if (!best || c.mentions > best.mentions) byWord.set(k, c);
    }
  }
  const merged = new Map<StoryCluster, StoryCluster>();
  for (const [key, c] of byKey) {
    if (c.type !== 'person' || words(nameOf(c)).length > 1) continue;
    const target = byWord.get(key);
    if (!target || target === c) continue;
    for (const n of c.names.keys()) target.aliases.add(n);
    for (const a of c.aliases) target.aliases.add(a);
    for (const r of c.roles) target.roles.add(r);
    for (const id of c.articleIds) target.articleIds.add(id);
    target.mentions += c.mentions;
    merged.set(c, target);
    byKey.delete(key);
  }
  const clusters = [...byKey.values()];
  // A speaker's name as the story spells it, whatever its type.
  const canonical = (name: string): string => {
    const key = nameKey(name);
    const c = TYPES.map((t) => byKey.get(`${t}:${key}`)).find(Boolean) ?? byWord.get(`person:${key}`);
    return c ? nameOf(merged.get(c) ?? c) : name;
  };
  return { clusters, canonical };
}

/** The name most articles used; ties go to the longer (fuller) form. */
export function nameOf(c: StoryCluster): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of c.names) {
    if (count > bestCount || (count === bestCount && name.length > best.length)) [best, bestCount] = [name, count];
  }
  return best;
}
