import type { EntityMention } from '../../core/types.js';
import type { ClassifiedRun } from './classify-run.js';
import { NAME_CONNECTORS } from './lexicon.js';

/** A person's or body's record while the article is read: every spelling, its roles, its mentions. */
interface Cluster {
  name: string;
  type: EntityMention['type'];
  mentions: number;
  tokens: number;
  affiliations: Set<string>;
  roles: Set<string>;
}

// "Kim Jong-un" and "Kim Jong Un", "Antony J. Blinken" and "Antony Blinken" share a key.
const nameKey = (name: string): string =>
  name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w)).join('').replace(/[-.'’]/g, '').toLowerCase();

// "Park Min-jun" and "Park Min Jun" are as full as each other: the first seen stays canonical.
const wordCount = (name: string): number => name.split(/[\s-]+/).length;

const initials = (name: string): string =>
  name.split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * Merges the variants of a name within one article. Full names found anywhere in the article
 * come first (two passes, both linear), so a surname before the full name still resolves.
 * A lone word resolves to the most mentioned person it can name (first or last word: "Putin",
 * "Kim"), which keeps "Kim" on Kim Jong Un after one mention of his father.
 */
export function resolveRuns(runs: ClassifiedRun[]): { mentions: Array<{ run: ClassifiedRun; cluster: Cluster }>; clusters: Cluster[] } {
  const byKey = new Map<string, Cluster>();
  const byWord = new Map<string, Cluster[]>();
  const clusterFor = (key: string, name: string, type: Cluster['type']): Cluster => {
    let c = byKey.get(key);
    if (!c) {
      c = { name, type, mentions: 0, tokens: wordCount(name), affiliations: new Set(), roles: new Set() };
      byKey.set(key, c);
    } else if (type === 'person' && wordCount(name) > c.tokens) {
      c.name = name;
      c.tokens = wordCount(name);
    }
    return c;
  };
  for (const run of runs) {
    if (run.kind !== 'person' || !run.name.includes(' ')) continue;
    const c = clusterFor(nameKey(run.name), run.name, 'person');
    c.mentions++;
    if (run.affiliation) c.affiliations.add(run.affiliation);
    if (run.role) c.roles.add(run.role);
  }
  for (const c of byKey.values()) {
    const words = c.name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (words.length === 0) continue; // a name of initials only ("J. R."): nothing to resolve a lone word to
    for (const w of new Set([words[0]!, words[words.length - 1]!])) {
      const key = nameKey(w);
      byWord.set(key, [...(byWord.get(key) ?? []), c]);
    }
  }
  const orgByInitials = new Map<string, Cluster>();
  const mentions: Array<{ run: ClassifiedRun; cluster: Cluster }> = [];
  for (const run of runs) {
    let cluster: Cluster | undefined;
    // A lone word that names a known person is that person, whatever the words around it suggested ("to Putin").
    const candidates = run.name.includes(' ') || /^[\p{Lu}.&]+$/u.test(run.name) ? undefined : byWord.get(nameKey(run.name));
    if (candidates && run.kind !== 'country') run.kind = 'person';
    if (run.kind === 'person' && run.name.includes(' ')) cluster = byKey.get(nameKey(run.name));
    else if (run.kind === 'person' || run.kind === 'single') {
      cluster = candidates?.reduce((a, b) => (b.mentions > a.mentions ? b : a));
      if (!cluster && run.kind === 'person') cluster = clusterFor(nameKey(run.name), run.name, 'person');
      if (cluster) {
        cluster.mentions++;
        if (run.affiliation) cluster.affiliations.add(run.affiliation);
        if (run.role) cluster.roles.add(run.role);
      }
    } else if (run.kind === 'organization') {
      cluster = orgByInitials.get(run.name) ?? clusterFor(`org:${nameKey(run.name)}`, run.name, 'organization');
      if (run.name.includes(' ')) orgByInitials.set(initials(run.name), cluster);
      if (run.affiliation) cluster.affiliations.add(run.affiliation);
    } else if (run.kind === 'place' || run.kind === 'country') {
      cluster = clusterFor(`${run.kind}:${run.name}`, run.name, run.kind);
    }
    if (cluster) mentions.push({ run, cluster });
  }
  return { mentions, clusters: [...byKey.values()] };
}

/** The mentions as the dossier has them. */
export function toEntityMentions(resolved: ReturnType<typeof resolveRuns>['mentions'], text: string, tokenStart: (i: number) => number, tokenEnd: (i: number) => number): EntityMention[] {
  return resolved.map(({ run, cluster }) => {
    const start = tokenStart(run.first);
    const end = tokenEnd(run.last);
    return {
      name: cluster.name,
      type: cluster.type,
      start,
      end,
      text: text.slice(start, end),
      ...(run.role ? { role: run.role } : {}),
      ...(run.linkedTo ? { linkedTo: run.linkedTo } : {}),
    };
  });
}

export type { Cluster };
