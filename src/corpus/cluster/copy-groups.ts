import type { Link, Story } from '../../core/types.js';

/**
 * Copy groups of a story: articles joined by copy/rewrite links form one group, with the original
 * when the links agree on one. Every other article is its own source. Copies count once.
 */
export function copyGroups(articleIds: string[], links: Link[]): Pick<Story, 'copyGroups' | 'independentSources'> {
  const members = new Set(articleIds);
  const inner = links.filter((l) => members.has(l.a) && members.has(l.b));
  const parent = new Map(articleIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const l of inner) {
    const [ra, rb] = [find(l.a), find(l.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of [...articleIds].sort()) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  // Links by group and by article, built once: a story of thousands of copies must not scan every link per member.
  const linksByRoot = new Map<string, Link[]>();
  const linksByArticle = new Map<string, Link[]>();
  for (const l of inner) {
    push(linksByRoot, find(l.a), l);
    push(linksByArticle, l.a, l);
    push(linksByArticle, l.b, l);
  }
  const out: Story['copyGroups'] = [];
  for (const [root, ids] of groups) {
    if (ids.length < 2) continue;
    const original = agreedOriginal(linksByRoot.get(root) ?? []);
    out.push({
      original,
      copies: ids.filter((id) => id !== original).map((articleId) => ({ articleId, kind: kindOf(original, linksByArticle.get(articleId) ?? []) })),
    });
  }
  return { copyGroups: out, independentSources: groups.size };
}

function push(map: Map<string, Link[]>, key: string, link: Link): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}

/** The one article named original by some link and never shown to be a copy of another. */
function agreedOriginal(links: Link[]): string | null {
  const named = new Set(links.map((l) => l.original).filter((o): o is string => o !== null));
  const copies = new Set(links.filter((l) => l.original !== null).map((l) => (l.original === l.a ? l.b : l.a)));
  const candidates = [...named].filter((id) => !copies.has(id));
  return candidates.length === 1 ? candidates[0]! : null;
}

const STRENGTH: Record<Link['kind'], number> = { exact: 0, 'near-duplicate': 1, rewrite: 2 };

/** How an article relates to the original (or, without one, its closest link in the group), from its own links. */
function kindOf(original: string | null, own: Link[]): Link['kind'] {
  const mine = own.filter((l) => original === null || l.a === original || l.b === original);
  const pool = mine.length ? mine : own;
  return pool.map((l) => l.kind).sort((x, y) => STRENGTH[x] - STRENGTH[y])[0] ?? 'rewrite';
}
