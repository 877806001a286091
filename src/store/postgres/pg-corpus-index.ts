import type { StoryState } from '../../corpus/cluster/corpus-index.js';
import type { HashedVector } from '../../corpus/cluster/hashed-vector.js';
import type { ArticleFingerprint } from '../../corpus/dedupe/fingerprint.js';
import { hashString } from '../../corpus/dedupe/hash.js';
import { type CorpusIndexCache, type StepRecord, cacheStory, cachedFrequencies, cachedStoriesOf, cachedTexts, cachedVectors, rememberStep, reuseIfCurrent } from '../corpus-index-cache.js';
import { packVector, unpackVector } from '../../corpus/cluster/stored-vector.js';
import type { CorpusIndexBackend, StepWrites } from '../corpus-step-buffer.js';
import { type IndexLinks, type MemberRow, memberRows, stateFromRows, storedStateJson, termCounts, textsInOrder } from '../sqlite/sqlite-corpus-index.js';
import type { Queryable } from './pg-database.js';
import type { UnfoldedCounts } from './pg-frequencies.js';

/**
 * The corpus index on the PostgreSQL tables of migrations 3 and 4, like `sqliteCorpusIndex`: what a
 * step's buffer (`bufferedCorpusIndex`) reads, and its writes in a few bulk statements. One instance
 * serves one corpus step on the client of its transaction; the store's cache keeps story states,
 * memberships, fingerprints, texts and frequencies between steps. Another worker's steps are applied to
 * it from their `corpus_steps` records (read with the document total, one round trip); only a worker
 * further behind than the records kept forgets its frequencies and stories. Per-key and per-term reads
 * are one query per call (a lateral join over the list), not one round trip per key. Frequencies not
 * cached are corpus_df's plus the counts not folded yet (pg-frequencies.ts): a step only records its counts.
 */
/** A stored word vector as node-postgres sends a bytea (a Buffer over the packed bytes, not a copy). */
function bytea(vector: HashedVector): Buffer {
  const bytes = packVector(vector);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function pgCorpusIndex(db: Queryable, links: IndexLinks, cache: CorpusIndexCache, unfolded: UnfoldedCounts): CorpusIndexBackend {
  const { fingerprints, df, stories: states } = cache;
  // Checked at the first call that needs it: the step runs inside the story lock, so the total is current.
  // The steps other workers ran since this cache's total come with it (one round trip), to bring it up to date.
  let checked: Promise<void> | undefined;
  const current = (): Promise<void> =>
    (checked ??= db
      .query<{ documents: string | null; steps: StepRecord[] }>(
        `SELECT (SELECT value FROM corpus_counts WHERE name = 'documents') AS documents,
           coalesce((SELECT json_agg(json_build_object('before', before, 'after', after, 'terms', terms, 'counts', counts, 'stories', stories) ORDER BY after)
                     FROM corpus_steps WHERE after > $1), '[]'::json) AS steps`,
        [cache.documents],
      )
      .then(({ rows }) => {
        reuseIfCurrent(cache, Number(rows[0]?.documents ?? 0), rows[0]?.steps);
        for (const step of rows[0]?.steps ?? []) unfolded.remember(step);
      }));
  /** What this step counted, recorded with the stories it wrote for the other workers' caches. */
  let counted: Omit<StepRecord, 'stories'> | null = null;

  /** Stories by id in one round trip: each story's row beside each member (one row with no member for an empty story). */
  const readStories = async (ids: string[]): Promise<StoryState[]> => {
    if (ids.length === 0) return [];
    const { rows } = await db.query<{ id: string; json: string } & { [K in keyof MemberRow]: MemberRow[K] | null }>(
      'SELECT s.id, s.json, m.article_id, m.score, m.via FROM corpus_stories s LEFT JOIN corpus_members m ON m.story_id = s.id WHERE s.id = ANY($1) ORDER BY s.id, m.pos',
      [ids],
    );
    const byStory = new Map<string, typeof rows>();
    for (const row of rows) byStory.set(row.id, [...(byStory.get(row.id) ?? []), row]);
    return [...byStory.values()].map((members) =>
      stateFromRows(members[0]!.json, members.flatMap(({ article_id, score, via }) => (article_id === null ? [] : [{ article_id, score: score!, via: via! }]))),
    );
  };

  /** The step's new articles with their band and term postings, in one statement (postings only for articles new to the index). */
  const writeArticles = async (articles: StepWrites['articles']): Promise<void> => {
    if (articles.length === 0) return;
    const bands = articles.flatMap((a) => a.bandKeys.map((key) => [a.fingerprint.id, hashString(key)] as const));
    const terms = articles.flatMap((a) => a.indexTerms.map((term) => [a.fingerprint.id, term] as const));
    await db.query(
      `WITH a AS (
         INSERT INTO corpus_articles (id, fingerprint, sentences, word_vector)
         SELECT id, f, s, v FROM unnest($1::text[], $2::text[], $3::text[], $8::bytea[]) WITH ORDINALITY AS u(id, f, s, v, ord) ORDER BY ord
         ON CONFLICT (id) DO NOTHING RETURNING id, seq),
       b AS (INSERT INTO corpus_bands (key, article, id) SELECT k.key, a.seq, a.id FROM a JOIN unnest($4::text[], $5::bigint[]) AS k(id, key) ON k.id = a.id ON CONFLICT DO NOTHING)
       INSERT INTO corpus_postings (term, article, id) SELECT t.term, a.seq, a.id FROM a JOIN unnest($6::text[], $7::text[]) AS t(id, term) ON t.id = a.id ON CONFLICT DO NOTHING`,
      [
        articles.map((a) => a.fingerprint.id), articles.map((a) => JSON.stringify(a.fingerprint)), articles.map((a) => JSON.stringify(a.text.sentences)),
        bands.map(([id]) => id), bands.map(([, key]) => key), terms.map(([id]) => id), terms.map(([, term]) => term),
        articles.map((a) => bytea(a.wordVector)),
      ],
    );
  };

  /** Removed stories and stories rewritten whole lose their member rows; then every written story's state and new members, upserted. */
  const writeStories = async ({ removed, stories }: StepWrites): Promise<void> => {
    const rewritten = stories.flatMap(({ story, from }) => (from === null ? [story.id] : []));
    if (removed.length + rewritten.length > 0) {
      await db.query('WITH s AS (DELETE FROM corpus_stories WHERE id = ANY($1)) DELETE FROM corpus_members WHERE story_id = ANY($2)', [removed, [...removed, ...rewritten]]);
    }
    if (stories.length === 0) return;
    // One row per article (the last story that names it), as one upsert after another would leave it.
    const rows = new Map(stories.flatMap(({ story, from }) => memberRows(story, from ?? 0).map((row) => [row.articleId, { ...row, storyId: story.id }] as const)));
    const members = [...rows.values()];
    await db.query(
      `WITH s AS (
         INSERT INTO corpus_stories (id, json) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO UPDATE SET json = excluded.json)
       INSERT INTO corpus_members (article_id, story_id, pos, score, via)
       SELECT * FROM unnest($3::text[], $4::text[], $5::int[], $6::float8[], $7::text[])
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, pos = excluded.pos, score = excluded.score, via = excluded.via`,
      [
        stories.map(({ story }) => story.id), stories.map(({ story }) => storedStateJson(story)),
        members.map((m) => m.articleId), members.map((m) => m.storyId), members.map((m) => m.pos), members.map((m) => m.score), members.map((m) => m.via),
      ],
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
      const found = await cachedFrequencies(df, terms, async (missing) =>
        [...(await unfolded.frequencies(db, missing))].map(([term, n]) => ({ term, df: n })),
      );
      return { total: cache.documents ?? 0, df: found };
    },
    async countDocuments(termLists) {
      if (termLists.length === 0) return;
      await current();
      const counts = termCounts(termLists);
      const documents = await db.query<{ value: string }>(
        `INSERT INTO corpus_counts (name, value) VALUES ('documents', $1) ON CONFLICT (name) DO UPDATE SET value = corpus_counts.value + excluded.value RETURNING value`,
        [termLists.length],
      );
      cache.documents = Number(documents.rows[0]?.value);
      counted = { before: cache.documents - termLists.length, after: cache.documents, terms: [...counts.keys()], counts: [...counts.values()] };
      // The new counts are kept: the step then reads no frequency of its own articles' terms. They reach corpus_df
      // through this step's record, folded after the step (outside the story lock).
      const uncached = [...counts.keys()].filter((term) => !df.has(term));
      const stored = uncached.length > 0 ? await unfolded.frequencies(db, uncached) : new Map<string, number>();
      for (const [term, n] of counts) df.set(term, (df.get(term) ?? stored.get(term) ?? 0) + n);
    },
    async bandHolders(keyHashes, limit) {
      return keyHashes.length === 0 ? [] : idsPer(keyHashes, 'bigint', 'SELECT id FROM corpus_bands WHERE key = k.value ORDER BY article', limit);
    },
    async termHolders(terms, limit) {
      return terms.length === 0 ? [] : idsPer(terms, 'text', 'SELECT id FROM corpus_postings WHERE term = k.value ORDER BY article DESC', limit);
    },
    async fingerprints(list) {
      const missing = list.filter((id) => !fingerprints.has(id));
      if (missing.length) {
        const { rows } = await db.query<{ id: string; fingerprint: string }>('SELECT id, fingerprint FROM corpus_articles WHERE id = ANY($1)', [missing]);
        for (const row of rows) fingerprints.set(row.id, JSON.parse(row.fingerprint) as ArticleFingerprint);
      }
      return list.flatMap((id) => fingerprints.get(id) ?? []);
    },
    async storedVectors(list) {
      return cachedVectors(cache, list, async (missing) => {
        const { rows } = await db.query<{ id: string; word_vector: Buffer | null }>('SELECT id, word_vector FROM corpus_articles WHERE id = ANY($1)', [missing]);
        return rows.map((row) => ({ id: row.id, vector: row.word_vector && unpackVector(row.word_vector) }));
      });
    },
    async texts(list) {
      return cachedTexts(cache, list, async (missing) => {
        const { rows } = await db.query<{ id: string; text: string; sentences: string }>(
          'SELECT c.id, a.text, c.sentences FROM corpus_articles c JOIN articles a ON a.id = c.id WHERE c.id = ANY($1)',
          [missing],
        );
        return textsInOrder(missing, rows);
      });
    },
    async storiesOf(articleIds) {
      await current();
      return cachedStoriesOf(cache, articleIds, async (missing) => {
        const { rows } = await db.query<{ article_id: string; story_id: string }>('SELECT article_id, story_id FROM corpus_members WHERE article_id = ANY($1)', [missing]);
        return rows;
      });
    },
    async stories(list) {
      await current();
      for (const state of await readStories(list.filter((id) => !states.has(id)))) cacheStory(cache, state);
      return list.flatMap((id) => states.get(id) ?? []);
    },
    async writeStep(writes) {
      await current();
      await writeArticles(writes.articles);
      if (writes.vectors.length) {
        await db.query('UPDATE corpus_articles c SET word_vector = u.v FROM unnest($1::text[], $2::bytea[]) AS u(id, v) WHERE c.id = u.id', [
          writes.vectors.map((v) => v.id), writes.vectors.map((v) => bytea(v.vector)),
        ]);
      }
      await writeStories(writes);
      await links.putLinks(writes.links);
      if (counted) {
        const stories = [...writes.removed, ...writes.stories.map(({ story }) => story.id)];
        await db.query(
          'INSERT INTO corpus_steps (after, before, terms, counts, stories) VALUES ($1, $2, $3, $4, $5)',
          [counted.after, counted.before, counted.terms, counted.counts, stories],
        );
        unfolded.remember(counted);
      }
      rememberStep(cache, writes);
    },
    linksOf: links.linksOf,
  };
}
