import type { Link, Story } from '../../core/types.js';
import { rowToArticle, withoutSentences } from '../sqlite/sqlite-articles.js';
import { type StoryRow, toListItem } from '../sqlite/sqlite-stories.js';
import type { Store } from '../store.js';
import type { PgSession, Queryable } from './pg-database.js';

type StoryMethods = Pick<Store, 'putStories' | 'getStory' | 'getStories' | 'storyOfArticle' | 'storiesOfArticles' | 'listStories' | 'storyDossier' | 'storyDossierJson'>;

type PgStoryRow = Omit<StoryRow, 'updated_at'> & { updated_at: Date };

/**
 * Writes stories (their rows, their members' story_id, their claims) in two statements however many
 * there are: a story step writes a dozen or more, and it holds the story lock meanwhile.
 */
async function writeStories(client: Queryable, stories: Story[], now: Date): Promise<void> {
  if (stories.length === 0) return;
  // An article named by two stories ends in the last, as one update after another would leave it.
  const members = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
  await client.query(
    `WITH m AS (SELECT * FROM unnest($1::text[], $2::text[]) AS m(article, story)),
     -- Only members whose story changes: rewriting an unchanged row of articles (text, json, tsvector) is most
     -- of this statement's cost, and a story step writes every member of each story it touches again.
     placed AS (UPDATE articles a SET story_id = m.story FROM m WHERE a.id = m.article AND a.story_id IS DISTINCT FROM m.story),
     latest AS (SELECT m.story, max(a.published) AS latest FROM m JOIN articles a ON a.id = m.article GROUP BY m.story),
     unclaimed AS (DELETE FROM claims WHERE story_id = ANY($3))
     INSERT INTO stories (id, title, article_count, independent_sources, conflict_count, latest_published, updated_at, json)
     SELECT s.id, s.title, s.n, s.sources, s.conflicts, latest.latest, $8, s.json
     FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $9::text[]) AS s(id, title, n, sources, conflicts, json)
     LEFT JOIN latest ON latest.story = s.id
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
       independent_sources = excluded.independent_sources, conflict_count = excluded.conflict_count,
       latest_published = excluded.latest_published, updated_at = excluded.updated_at, json = excluded.json`,
    [
      [...members.keys()], [...members.values()],
      stories.map((s) => s.id), stories.map((s) => s.title), stories.map((s) => s.articleIds.length), stories.map((s) => s.independentSources),
      stories.map((s) => s.conflicts.length), now, stories.map((s) => JSON.stringify(s)),
    ],
  );
  // Last wins for a repeated (story, claim id), as INSERT OR REPLACE.
  const claims = [...new Map(stories.flatMap((story) => story.claims.map((claim) => [`${story.id}\u0000${claim.id}`, { story: story.id, claim }] as const))).values()];
  if (claims.length === 0) return;
  await client.query(
    `INSERT INTO claims (story_id, id, text, status, independent_sources)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
    [claims.map((c) => c.story), claims.map((c) => c.claim.id), claims.map((c) => c.claim.text), claims.map((c) => c.claim.status), claims.map((c) => c.claim.independentSources)],
  );
}

export function storyMethods(pool: PgSession): StoryMethods {
  const storiesByIds = async (ids: string[]): Promise<Story[]> => {
    const { rows } = await pool.query<{ id: string; json: string }>('SELECT id, json FROM stories WHERE id = ANY($1)', [ids]);
    const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.json) as Story]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  return {
    async putStories(stories, removed) {
      const gone = removed.filter((id) => !stories.some((story) => story.id === id));
      await pool.transaction(async (client) => {
        const now = new Date();
        if (gone.length > 0) {
          await client.query('UPDATE articles SET story_id = NULL WHERE story_id = ANY($1)', [gone]);
          await client.query('DELETE FROM stories WHERE id = ANY($1)', [gone]);
        }
        await writeStories(client, stories, now);
      });
    },
    async getStory(id) {
      return (await storiesByIds([id]))[0] ?? null;
    },
    async getStories(ids) {
      return storiesByIds(ids);
    },
    async storyOfArticle(articleId) {
      const { rows } = await pool.query<{ story_id: string | null }>('SELECT story_id FROM articles WHERE id = $1', [articleId]);
      return rows[0]?.story_id ?? null;
    },
    async storiesOfArticles(articleIds) {
      const { rows } = await pool.query<{ id: string; story_id: string }>(
        'SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND id = ANY($1)',
        [articleIds],
      );
      return new Map(rows.map((row) => [row.id, row.story_id]));
    },
    async listStories({ limit, offset }) {
      const [page, count] = await Promise.all([
        pool.query<PgStoryRow>(
          `SELECT id, title, article_count, independent_sources, conflict_count, latest_published, updated_at FROM stories
           ORDER BY coalesce(latest_published, '') DESC, updated_at DESC, id DESC LIMIT $1 OFFSET $2`,
          [limit, offset],
        ),
        pool.query<{ n: string }>('SELECT count(*) AS n FROM stories'),
      ]);
      return { items: page.rows.map((row) => toListItem({ ...row, updated_at: row.updated_at.toISOString() })), total: Number(count.rows[0]?.n ?? 0) };
    },
    async storyDossier(id) {
      // One statement: one round trip and one snapshot, so a story step committing meanwhile cannot
      // pair the story with another version of its members. Members are the articles placed in it.
      const { rows } = await pool.query<{ json: string; articles: Array<[string, string, string]>; links: string[] }>(
        `SELECT s.json,
           (SELECT coalesce(json_agg(json_build_array(a.id, a.text, a.json)), '[]') FROM articles a WHERE a.story_id = s.id) AS articles,
           (SELECT coalesce(json_agg(l.json), '[]') FROM articles x JOIN links l ON l.a = x.id JOIN articles y ON y.id = l.b AND y.story_id = s.id
             WHERE x.story_id = s.id) AS links
         FROM stories s WHERE s.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      const story = JSON.parse(row.json) as Story;
      const byId = new Map(row.articles.map(([articleId, text, json]) => [articleId, { text, json }]));
      const articles = story.articleIds.flatMap((articleId) => {
        const article = byId.get(articleId);
        return article ? [withoutSentences(rowToArticle(article))] : [];
      });
      return {
        schemaVersion: 1,
        generatedAt: new Date().toISOString(),
        articles,
        links: row.links.map((json) => JSON.parse(json) as Link),
        stories: [story],
        failures: [],
      };
    },
    async storyDossierJson(id) {
      const dossier = await this.storyDossier(id);
      return dossier && Buffer.from(JSON.stringify(dossier));
    },
  };
}
