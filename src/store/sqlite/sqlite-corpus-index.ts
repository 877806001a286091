import type { Sentence } from '../../core/types.js';
import type { CorpusIndex, StoryState } from '../../corpus/cluster/corpus-index.js';
import type { ArticleText } from '../../corpus/dedupe/align-sentences.js';
import type { ArticleFingerprint } from '../../corpus/dedupe/fingerprint.js';
import { type CorpusIndexCache, cacheStory, cachedFrequencies, cachedStoriesOf, cachedTexts, cachedVectors, rememberStep, reuseIfCurrent } from '../corpus-index-cache.js';
import { packVector, unpackVector } from '../../corpus/cluster/stored-vector.js';
import type { CorpusIndexBackend } from '../corpus-step-buffer.js';
import { hashString } from '../../corpus/dedupe/hash.js';
import type { Prepare } from './open-database.js';
import type { PendingFrequencies } from './sqlite-frequencies.js';
import type { PendingPostings } from './sqlite-postings.js';

type StoredState = Omit<StoryState, 'articleIds' | 'joins'>;

/** A corpus_members row (the same columns on every backend). */
export interface MemberRow {
  article_id: string;
  score: number;
  via: string;
}

/** The store's links, which the index reads and writes as its own. */
export type IndexLinks = Pick<CorpusIndex, 'putLinks' | 'linksOf'>;

/** A story state from its corpus_stories json and its corpus_members rows in order. */
export function stateFromRows(json: string, members: MemberRow[]): StoryState {
  return {
    ...(JSON.parse(json) as StoredState),
    articleIds: members.map((m) => m.article_id),
    joins: members.map((m) => ({ articleId: m.article_id, score: m.score, via: m.via })),
  };
}

/** The json a story state is stored as (its members are rows of their own). */
export function storedStateJson(story: StoryState): string {
  const { articleIds: _ids, joins: _joins, ...rest } = story;
  return JSON.stringify(rest);
}

/** The member rows of a story from position `from` on. */
export function memberRows(story: StoryState, from: number): Array<{ articleId: string; pos: number; score: number; via: string }> {
  return story.articleIds.slice(from).map((articleId, i) => {
    const pos = from + i;
    // The cluster stage appends a member and its join in step; look further only if they ever differ.
    const join = story.joins[pos]?.articleId === articleId ? story.joins[pos] : story.joins.find((j) => j.articleId === articleId);
    return { articleId, pos, score: join?.score ?? 0, via: join?.via ?? '' };
  });
}

/** The texts of `list` in its order, from the rows of corpus_articles joined to articles (missing ids skipped). */
export function textsInOrder(list: string[], rows: Array<{ id: string; text: string; sentences: string }>): ArticleText[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return list.flatMap((id): ArticleText[] => {
    const row = byId.get(id);
    return row ? [{ id, text: row.text, sentences: JSON.parse(row.sentences) as Sentence[] }] : [];
  });
}

/** Per term, the number of documents (each list one document's distinct terms) that hold it. */
export function termCounts(termLists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * The corpus index on the SQLite tables of migration 3, as a step's buffer reads and writes it
 * (`bufferedCorpusIndex`). One instance serves one corpus step (inside its transaction); through the
 * store's cache it remembers the story states, fingerprints and frequencies it read or wrote, so that
 * a story is read once however many steps touch it, and a grown story writes only its new members.
 * Links are the store's own links table: what the index links is what the collection shows.
 */
export function sqliteCorpusIndex(
  sql: Prepare,
  links: IndexLinks,
  cache: CorpusIndexCache,
  pending: PendingFrequencies,
  postings: PendingPostings,
): CorpusIndexBackend {
  const { fingerprints, df, stories: states } = cache;
  reuseIfCurrent(cache, (sql(`SELECT value FROM corpus_counts WHERE name = 'documents'`).pluck().get() as number | undefined) ?? 0);
  // The cache holds corpus_df's values, the counts not folded in yet are added on reading.
  if (pending.sync(sql)) df.clear();
  postings.sync(sql);
  const total = (): number => cache.documents ?? 0;
  const ids = (list: string[]): string => JSON.stringify(list);

  const readStory = (id: string): StoryState | null => {
    const json = sql('SELECT json FROM corpus_stories WHERE id = ?').pluck().get(id) as string | undefined;
    if (json === undefined) return null;
    return stateFromRows(json, sql('SELECT article_id, score, via FROM corpus_members WHERE story_id = ? ORDER BY pos').all(id) as MemberRow[]);
  };

  return {
    async documentFrequencies(terms) {
      const stored = await cachedFrequencies(df, terms, async (missing) =>
        sql('SELECT term, df FROM corpus_df WHERE term IN (SELECT value FROM json_each(?))').all(ids(missing)) as { term: string; df: number }[],
      );
      return { total: total(), df: stored.map((n, i) => n + pending.of(terms[i]!)) };
    },
    async countDocuments(termLists) {
      if (termLists.length === 0) return;
      cache.documents = sql(
        `INSERT INTO corpus_counts (name, value) VALUES ('documents', ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value RETURNING value`,
      ).pluck().get(termLists.length) as number;
      pending.add(termLists);
    },
    async bandHolders(keyHashes, limit) {
      return postings.bandHolders(sql, keyHashes, limit);
    },
    async termHolders(terms, limit) {
      return postings.termHolders(sql, terms, limit);
    },
    async fingerprints(list) {
      const missing = list.filter((id) => !fingerprints.has(id));
      if (missing.length) {
        const rows = sql('SELECT id, fingerprint FROM corpus_articles WHERE id IN (SELECT value FROM json_each(?))').all(ids(missing)) as { id: string; fingerprint: string }[];
        for (const row of rows) fingerprints.set(row.id, JSON.parse(row.fingerprint) as ArticleFingerprint);
      }
      return list.flatMap((id) => fingerprints.get(id) ?? []);
    },
    async storedVectors(list) {
      return cachedVectors(cache, list, async (missing) => {
        const rows = sql('SELECT id, word_vector FROM corpus_articles WHERE id IN (SELECT value FROM json_each(?))').all(ids(missing)) as { id: string; word_vector: Buffer | null }[];
        return rows.map((row) => ({ id: row.id, vector: row.word_vector && unpackVector(row.word_vector) }));
      });
    },
    async texts(list) {
      return cachedTexts(cache, list, async (missing) => {
        const rows = sql(
          `SELECT c.id, a.text, c.sentences FROM corpus_articles c JOIN articles a ON a.id = c.id
           WHERE c.id IN (SELECT value FROM json_each(?))`,
        ).all(ids(missing)) as { id: string; text: string; sentences: string }[];
        return textsInOrder(missing, rows);
      });
    },
    async storiesOf(articleIds) {
      return cachedStoriesOf(cache, articleIds, async (missing) =>
        sql('SELECT article_id, story_id FROM corpus_members WHERE article_id IN (SELECT value FROM json_each(?))').all(ids(missing)) as {
          article_id: string;
          story_id: string;
        }[],
      );
    },
    async stories(list) {
      return list.flatMap((id) => {
        let state = states.get(id) ?? null;
        if (!state) {
          state = readStory(id);
          if (state) cacheStory(cache, state);
        }
        return state ? [state] : [];
      });
    },
    async writeStep(writes) {
      for (const { fingerprint, text, bandKeys, indexTerms, wordVector } of writes.articles) {
        const inserted = sql('INSERT OR IGNORE INTO corpus_articles (id, fingerprint, sentences, word_vector) VALUES (?, ?, ?, ?)').run(
          fingerprint.id, JSON.stringify(fingerprint), JSON.stringify(text.sentences), packVector(wordVector),
        );
        if (inserted.changes === 0) continue;
        postings.add(Number(inserted.lastInsertRowid), fingerprint.id, bandKeys.map(hashString), indexTerms);
      }
      for (const { id, vector } of writes.vectors) sql('UPDATE corpus_articles SET word_vector = ? WHERE id = ?').run(packVector(vector), id);
      for (const id of writes.removed) {
        sql('DELETE FROM corpus_stories WHERE id = ?').run(id);
        // Its articles are written to the story that absorbed it below (INSERT OR REPLACE moves them).
        sql('DELETE FROM corpus_members WHERE story_id = ?').run(id);
      }
      const member = sql('INSERT OR REPLACE INTO corpus_members (article_id, story_id, pos, score, via) VALUES (?, ?, ?, ?, ?)');
      for (const { story, from } of writes.stories) {
        sql('INSERT OR REPLACE INTO corpus_stories (id, json) VALUES (?, ?)').run(story.id, storedStateJson(story));
        if (from === null) sql('DELETE FROM corpus_members WHERE story_id = ?').run(story.id);
        for (const row of memberRows(story, from ?? 0)) member.run(row.articleId, story.id, row.pos, row.score, row.via);
      }
      await links.putLinks(writes.links);
      pending.write(sql, df);
      postings.write(sql);
      rememberStep(cache, writes);
    },
    linksOf: links.linksOf,
  };
}
