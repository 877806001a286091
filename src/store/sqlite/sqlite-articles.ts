import { createHash } from 'node:crypto';
import type { AnalyzedArticle, DossierArticle } from '../../core/types.js';
import type { Store } from '../store.js';
import type { Prepare, SqliteDatabase } from './open-database.js';

export type ArticleMethods = Pick<
  Store,
  'hasArticle' | 'existingArticleIds' | 'existingUrls' | 'putArticles' | 'getArticle' | 'getArticles' | 'listArticles' | 'articlesWithoutStory'
>;

interface ArticleRow {
  seq: number;
  text: string;
  json: string;
  /** Kept apart from `json` on SQLite (migration 7); PostgreSQL keeps them inside `json`. */
  sentences?: string;
}

/** The hash exact copies share: of the clean body only (the id also covers URL and title). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function rowToArticle(row: Pick<ArticleRow, 'text' | 'json' | 'sentences'>): AnalyzedArticle {
  const stored = JSON.parse(row.json) as Omit<AnalyzedArticle, 'text'>;
  return { ...stored, ...(row.sentences === undefined ? {} : { sentences: JSON.parse(row.sentences) as AnalyzedArticle['sentences'] }), text: row.text };
}

export function withoutSentences(article: AnalyzedArticle): DossierArticle {
  const { sentences: _sentences, ...rest } = article;
  return rest;
}

export function articleMethods(db: SqliteDatabase, sql: Prepare): ArticleMethods {
  const insertArticle = (article: AnalyzedArticle, now: string): boolean => {
    const { text, sentences, ...rest } = article;
    const inserted = sql(
      `INSERT OR IGNORE INTO articles (id, url, outlet, title, published, content_hash, source, text, json, sentences, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(article.id, article.url, article.outlet, article.title, article.published.value, contentHash(text), article.source, text, JSON.stringify(rest), JSON.stringify(sentences), now);
    if (inserted.changes === 0) return false; // same id, or same URL: already stored
    article.quotes.forEach((quote, index) => {
      sql('INSERT INTO quotes (article_id, idx, text, speaker, start, "end") VALUES (?, ?, ?, ?, ?, ?)').run(
        article.id, index, quote.text, quote.speaker, quote.start, quote.end,
      );
    });
    article.messages.forEach((message, index) => {
      sql('INSERT INTO messages (article_id, idx, rule, severity, message, text) VALUES (?, ?, ?, ?, ?, ?)').run(
        article.id, index, message.rule, message.severity, message.message, message.text ?? null,
      );
    });
    return true;
  };
  const putBatch = db.transaction((articles: AnalyzedArticle[]): string[] => {
    const now = new Date().toISOString();
    return articles.filter((article) => insertArticle(article, now)).map((article) => article.id);
  });
  const rowsByIds = (ids: string[]): Map<string, ArticleRow & { id: string }> => {
    const rows = sql('SELECT seq, id, text, json, sentences FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as (ArticleRow & { id: string })[];
    return new Map(rows.map((row) => [row.id, row]));
  };

  return {
    async hasArticle(id) {
      return sql('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
    },
    async existingArticleIds(ids) {
      return sql('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[];
    },
    async existingUrls(urls) {
      return sql('SELECT url FROM articles WHERE url IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(urls)) as string[];
    },
    async putArticles(articles) {
      return articles.length === 0 ? [] : putBatch(articles);
    },
    async getArticle(id) {
      const row = sql('SELECT seq, text, json FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
      return row ? withoutSentences(rowToArticle(row)) : null;
    },
    async getArticles(ids) {
      const rows = rowsByIds(ids);
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [rowToArticle(row)] : [];
      });
    },
    async listArticles({ storyId, after, limit }) {
      const from = after === undefined ? 0 : Number(after);
      if (!Number.isInteger(from) || from < 0) throw new Error(`listArticles: bad cursor ${JSON.stringify(after)}`);
      const rows = (
        storyId === undefined
          ? sql('SELECT seq, text, json FROM articles WHERE seq > ? ORDER BY seq LIMIT ?').all(from, limit + 1)
          : sql('SELECT seq, text, json FROM articles WHERE story_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(storyId, from, limit + 1)
      ) as ArticleRow[];
      return articlePage(rows, limit);
    },
    async articlesWithoutStory(limit) {
      return sql('SELECT id FROM articles WHERE story_id IS NULL ORDER BY seq LIMIT ?').pluck().all(limit) as string[];
    },
  };
}

/** One page of `listArticles` from up to limit + 1 rows in seq order (the extra row says a next page exists). */
export function articlePage(rows: { seq: number | string; text: string; json: string }[], limit: number): { items: DossierArticle[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => withoutSentences(rowToArticle(row))),
    next: rows.length > limit && last ? String(last.seq) : null,
  };
}
