import type { AnalyzedArticle } from '../../core/types.js';
import { type ArticleMethods, articlePage, contentHash, rowToArticle, withoutSentences } from '../sqlite/sqlite-articles.js';
import type { PgSession, Queryable } from './pg-database.js';
interface ArticleRow {
  id: string;
  seq: string;
  text: string;
  json: string;
}

/**
 * Inserts one article unless its id or URL is stored (ON CONFLICT DO NOTHING covers both unique
 * indexes, and makes a concurrent insert of the same article by another worker wait, then do nothing).
 */
async function insertArticle(client: Queryable, article: AnalyzedArticle): Promise<boolean> {
  const { text, ...rest } = article;
  const inserted = await client.query(
    `INSERT INTO articles (id, url, outlet, title, published, content_hash, source, text, json)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [article.id, article.url, article.outlet, article.title, article.published.value, contentHash(text), article.source, text, JSON.stringify(rest)],
  );
  if (inserted.rowCount === 0) return false;
  if (article.quotes.length > 0) {
    const q = article.quotes;
    await client.query(
      `INSERT INTO quotes (article_id, idx, text, speaker, start, "end")
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[])`,
      [article.id, q.map((_, i) => i), q.map((x) => x.text), q.map((x) => x.speaker), q.map((x) => x.start), q.map((x) => x.end)],
    );
  }
  if (article.messages.length > 0) {
    const m = article.messages;
    await client.query(
      `INSERT INTO messages (article_id, idx, rule, severity, message, text)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [article.id, m.map((_, i) => i), m.map((x) => x.rule), m.map((x) => x.severity), m.map((x) => x.message), m.map((x) => x.text ?? null)],
    );
  }
  return true;
}

export function articleMethods(pool: PgSession): ArticleMethods {
  const rowsByIds = async (ids: string[]): Promise<Map<string, ArticleRow>> => {
    const { rows } = await pool.query<ArticleRow>('SELECT id, seq, text, json FROM articles WHERE id = ANY($1)', [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  };
  const ids = async (sql: string, params: unknown[]): Promise<string[]> => (await pool.query<{ id: string }>(sql, params)).rows.map((row) => row.id);

  return {
    async hasArticle(id) {
      return ((await pool.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async existingArticleIds(wanted) {
      return ids('SELECT id FROM articles WHERE id = ANY($1)', [wanted]);
    },
    async existingUrls(urls) {
      const { rows } = await pool.query<{ url: string }>('SELECT url FROM articles WHERE url = ANY($1)', [urls]);
      return rows.map((row) => row.url);
    },
    async putArticles(articles) {
      if (articles.length === 0) return [];
      // Rows are locked in id order, so two workers inserting overlapping batches cannot deadlock.
      const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const inserted = await pool.transaction(async (client) => {
        const ids = new Set<string>();
        for (const article of ordered) if (!ids.has(article.id) && (await insertArticle(client, article))) ids.add(article.id);
        return ids;
      });
      return articles.filter((article) => inserted.delete(article.id)).map((article) => article.id);
    },
    async getArticle(id) {
      const row = (await rowsByIds([id])).get(id);
      return row ? withoutSentences(rowToArticle(row)) : null;
    },
    async getArticles(wanted) {
      const rows = await rowsByIds(wanted);
      return wanted.flatMap((id) => {
        const row = rows.get(id);
        return row ? [rowToArticle(row)] : [];
      });
    },
    async listArticles({ storyId, after, limit }) {
      const from = after === undefined ? 0 : Number(after);
      if (!Number.isInteger(from) || from < 0) throw new Error(`listArticles: bad cursor ${JSON.stringify(after)}`);
      const { rows } = await pool.query<ArticleRow>(
        `SELECT id, seq, text, json FROM articles WHERE seq > $1 AND ($2::text IS NULL OR story_id = $2) ORDER BY seq LIMIT $3`,
        [from, storyId ?? null, limit + 1],
      );
      return articlePage(rows, limit);
    },
    async articlesWithoutStory(limit) {
      return ids('SELECT id FROM articles WHERE story_id IS NULL ORDER BY seq LIMIT $1', [limit]);
    },
  };
}
