import type { Dossier, Story } from '../../core/types.js';
import type { Store, StoryListItem } from '../store.js';
import type { Prepare, SqliteDatabase } from './open-database.js';
import { type DossierWriter, readDossierJson } from './sqlite-dossier.js';

type StoryMethods = Pick<Store, 'putStories' | 'getStory' | 'getStories' | 'storyOfArticle' | 'storiesOfArticles' | 'listStories' | 'storyDossier' | 'storyDossierJson'>;

export interface StoryRow {
  id: string;
  title: string;
  article_count: number;
  independent_sources: number;
  conflict_count: number;
  latest_published: string | null;
  updated_at: string;
}

export function toListItem(row: StoryRow): StoryListItem {
  return {
    id: row.id,
    title: row.title,
    articleCount: row.article_count,
    independentSources: row.independent_sources,
    conflictCount: row.conflict_count,
    latestPublished: row.latest_published,
    updatedAt: row.updated_at,
  };
}

export function storyMethods(db: SqliteDatabase, sql: Prepare, dossiers: DossierWriter): StoryMethods {
  const writeStory = (story: Story, now: string): void => {
    const ids = JSON.stringify(story.articleIds);
    sql('UPDATE articles SET story_id = ? WHERE id IN (SELECT value FROM json_each(?))').run(story.id, ids);
    const latest = sql('SELECT max(published) FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck().get(ids) as string | null;
    sql(
      `INSERT INTO stories (id, title, article_count, independent_sources, conflict_count, latest_published, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
         independent_sources = excluded.independent_sources, conflict_count = excluded.conflict_count,
         latest_published = excluded.latest_published, updated_at = excluded.updated_at`,
    ).run(story.id, story.title, story.articleIds.length, story.independentSources, story.conflicts.length, latest, now);
    sql('INSERT INTO story_documents (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(story.id, JSON.stringify(story));
    sql('DELETE FROM story_dossiers WHERE id = ?').run(story.id); // until it is built again
    sql('DELETE FROM claims WHERE story_id = ?').run(story.id);
    for (const claim of story.claims) {
      sql('INSERT OR REPLACE INTO claims (story_id, id, text, status, independent_sources) VALUES (?, ?, ?, ?, ?)').run(
        story.id, claim.id, claim.text, claim.status, claim.independentSources,
      );
    }
  };
  const replace = db.transaction((stories: Story[], removed: string[]) => {
    const now = new Date().toISOString();
    for (const id of removed) {
      sql('UPDATE articles SET story_id = NULL WHERE story_id = ?').run(id);
      sql('DELETE FROM stories WHERE id = ?').run(id);
    }
    for (const story of stories) writeStory(story, now);
  });
  const storiesByIds = (ids: string[]): Story[] => {
    const rows = sql('SELECT id, json FROM story_documents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; json: string }[];
    const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.json) as Story]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  return {
    async putStories(stories, removed) {
      // Inside a corpus step, whose links go in at its end, the step builds the dossiers after them.
      const inStep = db.inTransaction;
      replace(stories, removed.filter((id) => !stories.some((story) => story.id === id)));
      dossiers.written(stories.map((story) => story.id));
      if (!inStep) dossiers.build();
    },
    async getStory(id) {
      return storiesByIds([id])[0] ?? null;
    },
    async getStories(ids) {
      return storiesByIds(ids);
    },
    async storyOfArticle(articleId) {
      return (sql('SELECT story_id FROM articles WHERE id = ?').pluck().get(articleId) as string | null | undefined) ?? null;
    },
    async storiesOfArticles(articleIds) {
      const rows = sql('SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(articleIds),
      ) as { id: string; story_id: string }[];
      return new Map(rows.map((row) => [row.id, row.story_id]));
    },
    async listStories({ limit, offset }) {
      const rows = sql(
        `SELECT id, title, article_count, independent_sources, conflict_count, latest_published, updated_at FROM stories
         ORDER BY coalesce(latest_published, '') DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?`,
      ).all(limit, offset) as StoryRow[];
      const total = sql('SELECT count(*) FROM stories').pluck().get() as number;
      return { items: rows.map(toListItem), total };
    },
    async storyDossier(id) {
      const json = readDossierJson(sql, id);
      return json === null ? null : (JSON.parse(Buffer.from(json).toString('utf8')) as Dossier);
    },
    async storyDossierJson(id) {
      return readDossierJson(sql, id);
    },
  };
}
