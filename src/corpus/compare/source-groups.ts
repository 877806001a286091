import type { Story } from '../../core/types.js';

/**
 * Article id -> source group, from the stories' copy groups (copies and rewrites of one original
 * are one source; the copies stage builds those groups). Articles in no group are their own source.
 */
export function sourceGroups(stories: Story[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const story of stories) {
    for (const group of story.copyGroups) {
      const members = [...(group.original ? [group.original] : []), ...group.copies.map((c) => c.articleId)].sort();
      for (const id of members) groups.set(id, members[0]!);
    }
  }
  return groups;
}

/** How many independent sources a set of articles stands for. */
export function countSources(articleIds: Iterable<string>, groups: Map<string, string>): number {
  return new Set([...articleIds].map((id) => groups.get(id) ?? id)).size;
}
