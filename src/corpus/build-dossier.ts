import type { AnalyzedArticle, Dossier, IngestFailure, Link, Story } from '../core/types.js';
import { addToCorpus } from './cluster/add-to-corpus.js';
import type { CorpusIndex } from './cluster/corpus-index.js';
import { MemoryCorpusIndex } from './cluster/memory-corpus-index.js';
import { renderStories } from './cluster/render-story.js';
import { compareStories } from './compare/compare-stories.js';
import { fillStoryPeople } from './people/fill-story-people.js';
import { addTimelines } from './timeline/add-timelines.js';

export interface CorpusResult {
  /** The articles the later stages read, with dates inferred from their stories where they had none. */
  articles: AnalyzedArticle[];
  /** The links the new articles made. */
  links: Link[];
  /** The stories the new articles touched (and the stories related to them), as they now stand. */
  stories: Story[];
  /** Stories merged into others. */
  removed: string[];
}

/**
 * The member articles (of the given stories) the later stages read, beside the new ones. A batch has
 * them all at hand; a collection reads them from its store.
 */
export type ReadMembers = (stories: Story[]) => Promise<AnalyzedArticle[]>;

/**
 * The corpus stages, in order, on an index (in memory for a batch; a store's for a collection):
 * links and stories first (copies count once when stories are built); then entities and quotes merged
 * per story; then timelines (undated articles take a date from their story first); then claims and
 * conflicts (they need stories and links). Stories related to a touched story are compared again too:
 * their conflicts draw on the touched story's articles.
 */
export async function runCorpusStages(
  articles: AnalyzedArticle[],
  index: CorpusIndex = new MemoryCorpusIndex(),
  readMembers: ReadMembers = async () => [],
): Promise<CorpusResult> {
  const { newLinks, touchedStories, removedStories } = await addToCorpus(index, articles);
  const touchedIds = new Set(touchedStories.map((s) => s.id));
  const relatedIds = [...new Set(touchedStories.flatMap((s) => s.related))].filter((id) => !touchedIds.has(id)).sort();
  const related = await renderStories(index, await index.stories(relatedIds));
  const stories = [...touchedStories, ...related].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const fresh = new Set(articles.map((a) => a.id));
  const members = (await readMembers(stories)).filter((a) => !fresh.has(a.id));
  const all = [...articles, ...members];
  const articlesById = new Map(all.map((a) => [a.id, a]));
  const links = [...newLinks, ...(await olderLinks(index, members, newLinks))];
  const peopled = stories.map((story) => fillStoryPeople(story, articlesById));
  const timed = addTimelines(all, peopled);
  return { articles: timed.articles, links: newLinks, stories: compareStories(timed.stories, timed.articles, links), removed: removedStories };
}

/** The links among members read from the index that this step did not make (a batch has none). */
async function olderLinks(index: CorpusIndex, members: AnalyzedArticle[], newLinks: Link[]): Promise<Link[]> {
  if (!members.length) return [];
  const made = new Set(newLinks.map((l) => `${l.a}\u0000${l.b}`));
  return (await index.linksOf(members.map((a) => a.id))).filter((l) => !made.has(`${l.a}\u0000${l.b}`));
}

/** The dossier of a batch of articles. */
export async function buildDossier(articles: AnalyzedArticle[], failures: IngestFailure[], now = new Date()): Promise<Dossier> {
  const result = await runCorpusStages(articles);
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    articles: result.articles.map(({ sentences: _sentences, claims: _claims, ...article }) => article),
    links: result.links,
    stories: result.stories,
    failures,
  };
}
