// The one interface every collection backend implements (SQLite now, PostgreSQL later).
// Callers (CLI, server, workers) see only this; the analysis stages never see it at all.
import type { AnalyzedArticle, DossierArticle, Dossier, Link, Story } from '../core/types.js';
import type { CorpusIndex } from '../corpus/cluster/corpus-index.js';

export interface StoryListItem {
  id: string;
  title: string;
  articleCount: number;
  independentSources: number;
  conflictCount: number;
  /** Latest publication date among the story's articles (ISO), or null. */
  latestPublished: string | null;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SearchQuery {
  text: string;
  outlet?: string;
  /** Inclusive ISO dates on the article's publication date. */
  from?: string;
  to?: string;
  storyId?: string;
  speaker?: string;
  limit?: number;
  offset?: number;
}

/**
 * A query whose words match more than this many articles, or quotes, is broad: relevance says little
 * about a word that common, and ranking or counting all its matches costs time that grows with the
 * collection. Its hits come most recently added first (score 0: the order of ingest, which a full-text
 * index walks cheaply, not of publication) and its count stops here (`totalExact` false); the
 * filters still apply exactly. Paging further than this widens it to `offset + limit`. Small enough
 * that the words a story or two share are ranked and a broad query's cost stays bounded.
 */
export const SEARCH_WINDOW = 200;

export interface SearchPage extends Page<SearchHit> {
  /** False when counting stopped at the window (a broad query): `total` is then a lower bound. */
  totalExact: boolean;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A short excerpt around the match; plain text (callers escape it). */
  snippet: string;
  /** Where the matched terms are in `snippet` (offsets), so a UI can mark them without parsing markup. */
  highlights: { start: number; end: number }[];
  speaker: string | null;
  score: number;
}

export interface IngestLogEntry {
  source: string;
  articleId: string | null;
  status: 'ingested' | 'duplicate' | 'failed';
  message: string;
}

/** Conditional-GET and retry state of one watched feed. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastOkAt: string | null;
  failures: number;
  /** ISO time before which the feed is not polled again (backoff after failures). */
  nextAttemptAt: string | null;
  lastError: string | null;
}

export interface ArticleFilter {
  storyId?: string;
  /** Keyset pagination: articles stored after this cursor (from a previous page's `next`). */
  after?: string;
  limit: number;
}

export interface CollectionStats {
  articles: number;
  stories: number;
  links: number;
  articlesWithoutStory: number;
}

export interface Store {
  /** Creates or upgrades the schema; safe to call on every open. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  hasArticle(id: string): Promise<boolean>;
  /** The ids among `ids` that are already stored. */
  existingArticleIds(ids: string[]): Promise<string[]>;
  /** The URLs among `urls` that a stored article has (a feed watcher skips them without fetching). */
  existingUrls(urls: string[]): Promise<string[]>;
  /**
   * Inserts the articles not yet stored (by id, and by URL), in one transaction; returns the ids
   * actually inserted. When it resolves, those articles are durable.
   */
  putArticles(articles: AnalyzedArticle[]): Promise<string[]>;
  getArticle(id: string): Promise<DossierArticle | null>;
  /** The stored articles among `ids` (with sentences), in the order of `ids`. */
  getArticles(ids: string[]): Promise<AnalyzedArticle[]>;
  /** Articles in storage order, one page at a time; `next` is the cursor of the following page. */
  listArticles(filter: ArticleFilter): Promise<{ items: DossierArticle[]; next: string | null }>;
  /**
   * Articles stored but not yet placed in a story (e.g. the process died between storing them and
   * updating stories); the ingest flow picks them up on its next run.
   */
  articlesWithoutStory(limit: number): Promise<string[]>;

  /**
   * One incremental corpus step in one transaction: `step` gets the collection's corpus index (document
   * frequencies, band and term postings, fingerprints, story states; its links are the store's links)
   * and a store bound to the same transaction, for the stories it writes. All of it commits, or none:
   * a crash leaves the new articles without a story, and the next ingest places them. Steps run one at
   * a time. The index holds stored articles only: add an article to it after `putArticles`.
   */
  corpusTransaction<T>(step: (index: CorpusIndex, store: Store) => Promise<T>): Promise<T>;

  /** Inserts or replaces links (by the pair a, b). */
  putLinks(links: Link[]): Promise<void>;
  linksOf(articleIds: string[]): Promise<Link[]>;

  /**
   * Runs one story-update step (read the touched stories, write their new shape) so that no other
   * process updates stories meanwhile. Backends shared by many writing processes (PostgreSQL with
   * workers) provide it; without it the caller is the only writer (SQLite, one process).
   */
  serializeStoryUpdates?<T>(work: () => Promise<T>): Promise<T>;
  /** Replaces the given stories (by id) and removes the ids in `removed`, in one transaction. */
  putStories(stories: Story[], removed: string[]): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  getStories(ids: string[]): Promise<Story[]>;
  storyOfArticle(articleId: string): Promise<string | null>;
  /** Story id per article id, for the articles that are in a story. */
  storiesOfArticles(articleIds: string[]): Promise<Map<string, string>>;
  /** Newest first (latest publication date among the story's articles, then last update). */
  listStories(page: { limit: number; offset: number }): Promise<Page<StoryListItem>>;
  /** A dossier restricted to one story: the story, its articles and the links among them. */
  storyDossier(id: string): Promise<Dossier | null>;
  /**
   * The same dossier as UTF-8 JSON bytes, for the API to send as they are (SQLite keeps it built when the story is
   * written and reads it as bytes: decoding ~100 KB to a string and encoding it again halved the dossier requests a second: BENCHMARKS.md, Serving).
   */
  storyDossierJson(id: string): Promise<Uint8Array<ArrayBuffer> | null>;

  /**
   * Full-text search over articles (title, text) and quotes (text, speaker), best match first; a
   * broad query (see SEARCH_WINDOW) most recently added first. An empty `text` lists what the filters
   * select (latest published first) instead.
   */
  search(query: SearchQuery): Promise<SearchPage>;
  logIngest(entries: IngestLogEntry[]): Promise<void>;
  /** The latest ingest log entries, newest first. */
  ingestLog(limit: number): Promise<(IngestLogEntry & { at: string })[]>;

  getFeedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;

  stats(): Promise<CollectionStats>;
}
