// The one interface every collection backend implements (SQLite now, PostgreSQL later).
// Callers (CLI, server, workers) see only this; the analysis stages never see it at all.
import type { AnalyzedArticle, DossierArticle, Dossier, Link, Story } from '../core/types.js';

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

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A short excerpt around the match; plain text (callers escape it). */
  snippet: string;
  speaker: string | null;
  score: number;
}

export interface IngestLogEntry {
  source: string;
  articleId: string | null;
  status: 'ingested' | 'duplicate' | 'failed';
  message: string;
}

export interface Store {
  /** Creates or upgrades the schema; safe to call on every open. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  hasArticle(id: string): Promise<boolean>;
  /** Inserts the articles not yet stored (by id, and by URL); returns the ids actually inserted. */
  putArticles(articles: AnalyzedArticle[]): Promise<string[]>;
  getArticle(id: string): Promise<DossierArticle | null>;
  getArticles(ids: string[]): Promise<AnalyzedArticle[]>;

  putLinks(links: Link[]): Promise<void>;
  linksOf(articleIds: string[]): Promise<Link[]>;

  /** Replaces the given stories (by id) and removes the ids in `removed`, in one transaction. */
  putStories(stories: Story[], removed: string[]): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  storyOfArticle(articleId: string): Promise<string | null>;
  listStories(page: { limit: number; offset: number }): Promise<Page<StoryListItem>>;
  /** A dossier restricted to one story: the story, its articles and the links among them. */
  storyDossier(id: string): Promise<Dossier | null>;

  search(query: SearchQuery): Promise<Page<SearchHit>>;
  logIngest(entries: IngestLogEntry[]): Promise<void>;
}
