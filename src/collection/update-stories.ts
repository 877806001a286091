import type { Link, Story } from '../core/types.js';
import { runCorpusStages } from '../corpus/build-dossier.js';
import type { Store } from '../store/store.js';

/** What one incremental corpus step writes: new links, the new shape of the touched stories. */
export interface CorpusChange {
  links: Link[];
  stories: Story[];
  /** Ids of stories that no longer exist (merged into others). */
  removed: string[];
}

/**
 * The seam where the corpus stages plug into the collection: given articles just stored, decide and
 * write the links and stories they change, reading only what the store indexes.
 */
export type CorpusUpdater = (store: Store, newArticleIds: string[]) => Promise<CorpusChange>;

/**
 * Older members of a story re-read per step for its entities, quotes, timeline and claims. A story
 * that grows past this (a running affair with hundreds of reports) shows those drawn from its most
 * recent members and the new ones: each step then costs the same however big the story is. Its
 * membership, copy groups and source count are always whole (they come from the index).
 */
export const MAX_MEMBERS_READ = 100;

export interface UpdateOptions {
  /** Called inside the step, before its stories are written, with the stories it replaces as they were. */
  beforeWrite?: (before: Story[], change: CorpusChange) => void;
}

/**
 * The incremental corpus step on the store's own corpus index, in one transaction: the new articles
 * are added to the index (candidates from stored fingerprints, bands and terms; stories updated in
 * place, keeping their ids), then the touched stories' people, timelines and claims are rebuilt from
 * a bounded number of their members, and the links and stories are written.
 */
export function incrementalUpdater(options: UpdateOptions = {}): CorpusUpdater {
  return (store, newArticleIds) =>
    store.corpusTransaction(async (index, tx) => {
      const fresh = await tx.getArticles(newArticleIds);
      const result = await runCorpusStages(fresh, index, (stories) => tx.getArticles(membersToRead(stories, new Set(newArticleIds))));
      // The index already wrote the links (they are the store's links); the stories are rendered here.
      const change: CorpusChange = { links: result.links, stories: result.stories, removed: result.removed };
      if (options.beforeWrite) options.beforeWrite(await tx.getStories([...change.stories.map((s) => s.id), ...change.removed]), change);
      await tx.putStories(change.stories, change.removed);
      return change;
    });
}

export const updateStories: CorpusUpdater = incrementalUpdater();

/** The most recent older members of each story (members are kept in the order they joined). */
function membersToRead(stories: Story[], fresh: Set<string>): string[] {
  const ids = new Set<string>();
  for (const story of stories) {
    for (const id of story.articleIds.filter((a) => !fresh.has(a)).slice(-MAX_MEMBERS_READ)) ids.add(id);
  }
  return [...ids];
}
