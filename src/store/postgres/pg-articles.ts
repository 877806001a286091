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
 * Inserts the articles whose id and URL are not stored yet, in three statements whatever their number
 * (one per article and table cost a round trip each: ~2.3 statements an article in a worker's batch).
 * ON CONFLICT DO NOTHING covers both unique indexes, skips a second copy within the batch, and makes a
 * concurrent insert of the same article by another worker wait, then do nothing. Rows go in the
 * given order (callers give id order, so overlapping batches of two workers cannot deadlock).
 */
async function insertArticles(client: Queryable, articles: AnalyzedArticle[]): Promise<Set<string>> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO articles (id, url, outlet, title, published, content_hash, source, text, json)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      articles.map((a) => a.id),
      articles.map((a) => a.url),
      articles.map((a) => a.outlet),
      articles.map((a) => a.title),
      articles.map((a) => a.published.value),
      articles.map((a) => contentHash(a.text)),
      articles.map((a) => a.source),
      articles.map((a) => a.text),
      articles.map(({ text: _text, ...rest }) => JSON.stringify(rest)),
    ],
  );
  const inserted = new Set(rows.map((row) => row.id));
  // A second copy of an inserted id in the batch was skipped: its quotes and messages are the first copy's.
  const seen = new Set<string>();
  const firsts = articles.filter((a) => inserted.has(a.id) && !seen.has(a.id) && seen.add(a.id));
  const quotes = firsts.flatMap((a) => a.quotes.map((q, i) => ({ id: a.id, i, ...q })));
  if (quotes.length > 0) {
    await client.query(
      `INSERT INTO quotes (article_id, idx, text, speaker, start, "end")
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[])`,
      [quotes.map((q) => q.id), quotes.map((q) => q.i), quotes.map((q) => q.text), quotes.map((q) => q.speaker), quotes.map((q) => q.start), quotes.map((q) => q.end)],
    );
  }
  const messages = firsts.flatMap((a) => a.messages.map((m, i) => ({ id: a.id, i, ...m })));
  if (messages.length > 0) {
    await client.query(
      `INSERT INTO messages (article_id, idx, rule, severity, message, text)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [messages.map((m) => m.id), messages.map((m) => m.i), messages.map((m) => m.rule), messages.map((m) => m.severity), messages.map((m) => m.message), messages.map((m) => m.text ?? null)],
    );
  }
  return inserted;
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
      const inserted = await pool.transaction(async (client) => insertArticles(client, ordered));
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
