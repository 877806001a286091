import type { Story } from '../core/types.js';
import type { CorpusChange } from './update-stories.js';

/** What a watcher reports about a corpus step, in words an analyst scans for. */
export type StoryChange =
  | { kind: 'new-story'; storyId: string; title: string; articleIds: string[] }
  | { kind: 'new-source'; storyId: string; title: string; articleIds: string[] }
  | { kind: 'new-conflict'; storyId: string; title: string; about: string };

/**
 * Compares the stories a step writes with what they were before. A story id not seen before whose
 * articles were not already in other (now removed) stories is a new story; a story with more
 * articles has new sources; a conflict id not seen before in any of them is a new conflict.
 * `before` holds the stories the step rewrites or removes, as they were.
 */
export function storyChanges(before: Story[], change: CorpusChange): StoryChange[] {
  const old = new Map(before.map((story) => [story.id, story]));
  const previouslyPlaced = new Set(before.flatMap((story) => story.articleIds));
  const knownConflicts = new Set(before.flatMap((story) => story.conflicts.map((conflict) => conflict.id)));
  const changes: StoryChange[] = [];
  for (const story of change.stories) {
    const previous = old.get(story.id);
    const known = new Set(previous?.articleIds ?? []);
    const added = story.articleIds.filter((id) => !known.has(id) && !previouslyPlaced.has(id));
    if (!previous && added.length === story.articleIds.length) {
      changes.push({ kind: 'new-story', storyId: story.id, title: story.title, articleIds: story.articleIds });
    } else if (added.length > 0) {
      changes.push({ kind: 'new-source', storyId: story.id, title: story.title, articleIds: added });
    }
    for (const conflict of story.conflicts) {
      if (!knownConflicts.has(conflict.id)) changes.push({ kind: 'new-conflict', storyId: story.id, title: story.title, about: conflict.about });
    }
  }
  return changes;
}
