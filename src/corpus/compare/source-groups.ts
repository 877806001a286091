import type { Link } from '../../core/types.js';

/**
 * Articles joined by any copy or rewrite link, directly or through others, are one source.
 * Returns article id -> group id (the smallest article id of its group, so the result is stable).
 */
export function sourceGroups(articleIds: string[], links: Link[]): Map<string, string> {
  const parent = new Map(articleIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const link of links) {
    if (!parent.has(link.a) || !parent.has(link.b)) continue;
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map(articleIds.map((id) => [id, find(id)]));
}

/** How many independent sources a set of articles stands for. */
export function countSources(articleIds: Iterable<string>, groups: Map<string, string>): number {
  return new Set([...articleIds].map((id) => groups.get(id) ?? id)).size;
}
