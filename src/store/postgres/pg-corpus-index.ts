import type { CorpusIndex, IndexedArticle, StoryState } from '../../corpus/cluster/corpus-index.js';
import type { ArticleFingerprint } from '../../corpus/dedupe/fingerprint.js';
import { hashString } from '../../corpus/dedupe/hash.js';
import { type CorpusIndexCache, cachedFrequencies, reuseIfCurrent } from '../corpus-index-cache.js';
import { type IndexLinks, type MemberRow, firstNewMember, memberRows, stateFromRows, storedStateJson, termCounts, textsInOrder } from '../sqlite/sqlite-corpus-index.js';
import type { Queryable } from './pg-database.js';

/**
 * The corpus index on the PostgreSQL tables of migration 3, like `sqliteCorpusIndex`. One instance
 * serves one corpus step on the client of its transaction; the store's cache keeps story states,
 * fingerprints and frequencies between steps, under the same rule as on SQLite (forgotten when another
 * worker's step moved the document total; fingerprints, which never change, are kept). Per-key and
 * per-term reads are one query each call (a lateral join over the list), not one round trip per key.
 */
export function pgCorpusIndex(db: Queryable, links: IndexLinks, cache: CorpusIndexCache): CorpusIndex {
  const { fingerprints, df, stories: states } = cache;
  // Checked at the first call that needs it: the step runs inside the story lock, so the total is current.
  let checked: Promise<void> | undefined;
  const current = (): Promise<void> =>
    (checked ??= db
      .query<{ value: string }>(`SELECT value FROM corpus_counts WHERE name = 'documents'`)
      .then(({ rows }) => reuseIfCurrent(cache, rows[0] ? Number(rows[0].value) : 0)));

  const readStory = async (id: string): Promise<StoryState | null> => {
    // One round trip: the story's row beside each member (one row with no member for an empty story).
    const { rows } = await db.query<{ json: string } & { [K in keyof MemberRow]: MemberRow[K] | null }>(
      'SELECT s.json, m.article_id, m.score, m.via FROM corpus_stories s LEFT JOIN corpus_members m ON m.story_id = s.id WHERE s.id = $1 ORDER BY m.pos',
      [id],
    );
    if (!rows[0]) return null;
    return stateFromRows(rows[0].json, rows.flatMap(({ article_id, score, via }) => (article_id === null ? [] : [{ article_id, score: score!, via: via! }])));
  };

  const writeMembers = async (story: StoryState, from: number): Promise<void> => {
    const rows = memberRows(story, from);
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO corpus_members (article_id, story_id, pos, score, via)
       SELECT a, $1, p, s, v FROM unnest($2::text[], $3::int[], $4::float8[], $5::text[]) AS m(a, p, s, v)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, pos = excluded.pos, score = excluded.score, via = excluded.via`,
      [story.id, rows.map((r) => r.articleId), rows.map((r) => r.pos), rows.map((r) => r.score), rows.map((r) => r.via)],
    );
  };

  /** For each item of `list` in order, the ids `perItem` finds (one lateral query over the list). */
  const idsPer = async (list: Array<string | number>, type: 'bigint' | 'text', perItem: string, limit: number): Promise<string[][]> => {
    const { rows } = await db.query<{ ord: string; id: string }>(
      `SELECT k.ord, p.id FROM unnest($1::${type}[]) WITH ORDINALITY AS k(value, ord) CROSS JOIN LATERAL (${perItem} LIMIT $2) p ORDER BY k.ord`,
      [list, limit],
    );
    const per: string[][] = list.map(() => []);
    for (const row of rows) per[Number(row.ord) - 1]!.push(row.id);
    return per;
  };

  return {
    async documentFrequencies(terms) {
      await current();
      const found = await cachedFrequencies(df, terms, async (missing) => {
        const { rows } = await db.query<{ term: string; df: string }>('SELECT term, df FROM corpus_df WHERE term = ANY($1)', [missing]);
        return rows.map((row) => ({ term: row.term, df: Number(row.df) }));
      });
      return { total: cache.documents ?? 0, df: found };
    },
    async countDocuments(termLists) {
      if (termLists.length === 0) return;
      await current();
      const counts = termCounts(termLists);
      // The new counts come back with the writes: the step then reads no frequency of its own articles' terms.
      const documents = await db.query<{ value: string }>(
        `INSERT INTO corpus_counts (name, value) VALUES ('documents', $1) ON CONFLICT (name) DO UPDATE SET value = corpus_counts.value + excluded.value RETURNING value`,
        [termLists.length],
      );
      cache.documents = Number(documents.rows[0]?.value);
      if (counts.size > 0) {
        const { rows } = await db.query<{ term: string; df: string }>(
          `INSERT INTO corpus_df (term, df) SELECT * FROM unnest($1::text[], $2::bigint[])
           ON CONFLICT (term) DO UPDATE SET df = corpus_df.df + excluded.df RETURNING term, df`,
          [[...counts.keys()], [...counts.values()]],
        );
        for (const row of rows) df.set(row.term, Number(row.df));
      }
    },
    async candidatesByBands(keys, maxPerKey) {
      if (keys.length === 0) return [];
      const per = await idsPer(keys.map(hashString), 'bigint', 'SELECT id FROM corpus_bands WHERE key = k.value ORDER BY article', maxPerKey + 1);
      return per.flatMap((hit) => (hit.length <= maxPerKey ? hit : []));
    },
    async candidatesByTerms(terms, perTerm) {
      if (terms.length === 0) return [];
      return (await idsPer(terms, 'text', 'SELECT id FROM corpus_postings WHERE term = k.value ORDER BY article DESC', perTerm)).flat();
    },
    async fingerprints(list) {
      const missing = list.filter((id) => !fingerprints.has(id));
      if (missing.length) {
        const { rows } = await db.query<{ id: string; fingerprint: string }>('SELECT id, fingerprint FROM corpus_articles WHERE id = ANY($1)', [missing]);
        for (const row of rows) fingerprints.set(row.id, JSON.parse(row.fingerprint) as ArticleFingerprint);
      }
      return list.flatMap((id) => fingerprints.get(id) ?? []);
    },
    async texts(list) {
      const { rows } = await db.query<{ id: string; text: string; sentences: string }>(
        'SELECT c.id, a.text, c.sentences FROM corpus_articles c JOIN articles a ON a.id = c.id WHERE c.id = ANY($1)',
        [list],
      );
      return textsInOrder(list, rows);
    },
    async addArticle(article: IndexedArticle) {
      const { fingerprint, text } = article;
      // One statement (one round trip): the postings are written only if the article was new.
      await db.query(
        `WITH a AS (INSERT INTO corpus_articles (id, fingerprint, sentences) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING seq),
           b AS (INSERT INTO corpus_bands (key, article, id) SELECT k, a.seq, $1 FROM a, unnest($4::bigint[]) AS k ON CONFLICT DO NOTHING)
         INSERT INTO corpus_postings (term, article, id) SELECT t, a.seq, $1 FROM a, unnest($5::text[]) AS t ON CONFLICT DO NOTHING`,
        [fingerprint.id, JSON.stringify(fingerprint), JSON.stringify(text.sentences), article.bandKeys.map(hashString), article.indexTerms],
      );
    },
    async storiesOf(articleIds) {
      const { rows } = await db.query<{ article_id: string; story_id: string }>(
        'SELECT article_id, story_id FROM corpus_members WHERE article_id = ANY($1)',
        [articleIds],
      );
      const storyOf = new Map(rows.map((r) => [r.article_id, r.story_id]));
      return articleIds.map((id) => storyOf.get(id) ?? null);
    },
    async stories(list) {
      await current();
      const found: StoryState[] = [];
      for (const id of list) {
        let state = states.get(id) ?? null;
        if (!state) {
          state = await readStory(id);
          if (state) states.set(id, state);
        }
        if (state) found.push(state);
      }
      return found;
    },
    async putStory(story) {
      await current();
      await db.query('INSERT INTO corpus_stories (id, json) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json', [story.id, storedStateJson(story)]);
      const from = firstNewMember(states.get(story.id) ?? (await readStory(story.id)), story.articleIds);
      if (from === null) await db.query('DELETE FROM corpus_members WHERE story_id = $1', [story.id]);
      await writeMembers(story, from ?? 0);
      states.set(story.id, story);
    },
    async removeStory(id) {
      await current();
      await db.query('DELETE FROM corpus_stories WHERE id = $1', [id]);
      // Its articles were already written to the story that absorbed it (the upsert moved them).
      await db.query('DELETE FROM corpus_members WHERE story_id = $1', [id]);
      states.delete(id);
    },
    putLinks: links.putLinks,
    linksOf: links.linksOf,
  };
}
