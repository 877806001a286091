// The SQLite schema as an append-only list: a released migration is never edited, a change is a new
// entry. `schema_migrations` records which ones ran, so any older file is upgraded in order.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

import { DOSSIER_BODY_SQL } from './sqlite-dossier.js';

const FTS_TOKENIZER = `tokenize = 'porter unicode61 remove_diacritics 2'`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, quotes, messages, fingerprints, links, stories, claims, ingest log, full-text indexes',
    sql: `
      -- seq is the INTEGER PRIMARY KEY so the FTS index can point at a rowid that VACUUM never renumbers.
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        story_id TEXT,
        content_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        -- The analysed article without its text (kept once, in the column above, which FTS reads).
        json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_story ON articles(story_id);
      -- NOCASE: outlet filters compare without case, and only an index of the same collation serves them.
      CREATE INDEX articles_outlet_published ON articles(outlet COLLATE NOCASE, published);
      CREATE INDEX articles_published ON articles(published);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'seq', ${FTS_TOKENIZER});
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE quotes (
        seq INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        UNIQUE (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
      CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content = 'quotes', content_rowid = 'seq', ${FTS_TOKENIZER});
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.seq, new.text, new.speaker);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.seq, old.text, old.speaker);
      END;

      CREATE TABLE messages (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        text TEXT,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX messages_rule ON messages(rule, severity);

      CREATE TABLE fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE fingerprint_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX fingerprint_bands_article ON fingerprint_bands(article_id);

      CREATE TABLE links (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX links_b ON links(b);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        independent_sources INTEGER NOT NULL,
        conflict_count INTEGER NOT NULL,
        latest_published TEXT,
        updated_at TEXT NOT NULL,
        json TEXT NOT NULL
      ) WITHOUT ROWID;
      -- The story list's order (newest first); the expression matches the ORDER BY in listStories.
      CREATE INDEX stories_newest ON stories(coalesce(latest_published, ''), updated_at, id);

      CREATE TABLE claims (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        independent_sources INTEGER NOT NULL,
        PRIMARY KEY (story_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX claims_status ON claims(status);

      CREATE TABLE ingest_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        article_id TEXT,
        status TEXT NOT NULL,
        message TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'feed state for watch (conditional GET, backoff)',
    sql: `
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_checked_at TEXT,
        last_ok_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'incremental corpus index: document frequencies, band and term postings, fingerprints, story states',
    sql: `
      -- The corpus index (src/corpus/cluster/corpus-index.ts) kept across runs. seq orders articles as the
      -- index met them: term postings return the newest first.
      CREATE TABLE corpus_articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        -- The sentence offsets the detailed comparison needs; the text itself is read from articles.
        sentences TEXT NOT NULL
      );
      CREATE TABLE corpus_counts (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE corpus_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
      ) WITHOUT ROWID;
      -- Band and sentence keys as 32-bit hashes (a collision only adds a candidate the comparison rejects).
      -- Postings carry the article id too: every new article reads a few thousand of them, and a join
      -- per posting cost more than the id's bytes.
      CREATE TABLE corpus_bands (
        key INTEGER NOT NULL,
        article INTEGER NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (key, article)
      ) WITHOUT ROWID;
      CREATE TABLE corpus_postings (
        term TEXT NOT NULL,
        article INTEGER NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (term, article)
      ) WITHOUT ROWID;
      -- A story's state without its members, which are rows of corpus_members (a story grows by appending).
      CREATE TABLE corpus_stories (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE corpus_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        pos INTEGER NOT NULL,
        score REAL NOT NULL,
        via TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX corpus_members_story ON corpus_members(story_id, pos);
      -- Stories and links written before the index existed were built without it: they are derived data,
      -- so they go, and the next ingest places every article again through the index (articles without a
      -- story are picked up first, a bounded batch at a time).
      DELETE FROM claims;
      DELETE FROM stories;
      DELETE FROM links;
      UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL;
    `,
  },
  {
    version: 4,
    name: 'drop the version-1 fingerprint tables (the corpus index of migration 3 keeps fingerprints)',
    sql: `
      DROP TABLE IF EXISTS fingerprint_bands;
      DROP TABLE IF EXISTS fingerprints;
    `,
  },
  {
    version: 5,
    name: 'story documents out of the stories table (the story list read them on every row it passed)',
    sql: `
      -- stories is WITHOUT ROWID, so a row is a b-tree key: a seek that passes a row whose record spills
      -- to overflow pages reads the whole record to compare keys. With the story document (tens of KB)
      -- in the row, each step of the story list cost ~100 KB of reads (p50 40 ms at 500 stories, 80 ms
      -- for the 50th page). The documents move to a rowid table, where only the row read loads them.
      CREATE TABLE story_documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE REFERENCES stories(id) ON DELETE CASCADE,
        json TEXT NOT NULL
      );
      INSERT INTO story_documents (id, json) SELECT id, json FROM stories;
      ALTER TABLE stories DROP COLUMN json;
    `,
  },
  {
    version: 6,
    name: 'article search facets: outlet and date tokens in the full-text index, so filters are part of the MATCH',
    sql: `
      -- A filtered search joined every full-text match to its article row to test outlet and dates
      -- (seconds for a common word at 100,000 articles). These tokens let FTS5 intersect the lists
      -- itself; search-facets.ts builds the same tokens for a query (the outlet as hex of its ASCII
      -- lower case, as NOCASE compares; y/m/d tokens of a YYYY-MM-DD date; 'dnone' for any other value).
      ALTER TABLE articles ADD COLUMN facets TEXT GENERATED ALWAYS AS (
        'o' || hex(lower(coalesce(outlet, ''))) || 'x ' ||
        CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
          THEN 'y' || substr(published, 1, 4) || ' m' || substr(published, 1, 4) || substr(published, 6, 2)
            || ' d' || substr(published, 1, 4) || substr(published, 6, 2) || substr(published, 9, 2)
          ELSE 'dnone' END
      ) VIRTUAL;
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, facets, content = 'articles', content_rowid = 'seq', ${FTS_TOKENIZER});
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, outlet, published ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
        INSERT INTO articles_fts(rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
      END;
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 7,
    name: "article sentences out of the article's JSON, into their own column",
    sql: `
      -- A dossier sends each article's JSON without its sentence offsets: with them inside, SQLite parsed
      -- and rewrote every article's JSON per request (json_remove), most of a dossier's SQL. Only the
      -- corpus step (getArticles) reads sentences, from this column.
      ALTER TABLE articles ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
      UPDATE articles SET sentences = json_extract(json, '$.sentences'), json = json_remove(json, '$.sentences')
        WHERE json_type(json, '$.sentences') = 'array';
    `,
  },
  {
    version: 8,
    name: 'story dossiers stored as JSON text, so a dossier read is one row',
    sql: `
      -- Assembling a dossier per request (the story, its articles' JSON and text, their links) was most of
      -- a GET /api/stories/:id. The store builds it when a story is written (after the step's links) and
      -- reads the row; a missing row is assembled as before. Articles never change once stored, so only a
      -- link can change a stored dossier without its story being written again: these triggers drop the
      -- dossiers of the stories its two articles are in. Costs about the dossiers' size again on disk.
      CREATE TABLE story_dossiers (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE REFERENCES stories(id) ON DELETE CASCADE,
        -- The dossier after its generatedAt key (which is the time of the request).
        json TEXT NOT NULL
      );
      CREATE TRIGGER links_dossiers_insert AFTER INSERT ON links BEGIN
        DELETE FROM story_dossiers WHERE id IN (SELECT story_id FROM articles WHERE id IN (new.a, new.b));
      END;
      CREATE TRIGGER links_dossiers_update AFTER UPDATE ON links BEGIN
        DELETE FROM story_dossiers WHERE id IN (SELECT story_id FROM articles WHERE id IN (old.a, old.b, new.a, new.b));
      END;
      CREATE TRIGGER links_dossiers_delete AFTER DELETE ON links BEGIN
        DELETE FROM story_dossiers WHERE id IN (SELECT story_id FROM articles WHERE id IN (old.a, old.b));
      END;
      INSERT INTO story_dossiers (id, json) SELECT d.id, ${DOSSIER_BODY_SQL} FROM story_documents d;
    `,
  },
  {
    version: 9,
    name: 'document frequencies written in folds of many steps',
    sql: `
      -- Each step appends the terms it counted here; many steps' rows are folded into corpus_df at once
      -- (sqlite-frequencies.ts). A frequency is corpus_df's value plus the counts in these rows.
      CREATE TABLE corpus_df_log (
        step INTEGER PRIMARY KEY,
        -- [[term, documents], ...]
        counts TEXT NOT NULL
      );
    `,
  },
  {
    version: 10,
    name: 'word vectors stored with the indexed articles',
    sql: `
      -- The article's word vector as it was indexed (stored-vector.ts); NULL for articles indexed before:
      -- the first step that meets one computes it and writes it here.
      ALTER TABLE corpus_articles ADD COLUMN word_vector BLOB;
    `,
  },
  {
    version: 11,
    name: 'band and term postings written in folds of many steps',
    sql: `
      -- Each step appends its new articles' band keys and terms here; many steps' rows are inserted into
      -- corpus_bands and corpus_postings at once, in key order (sqlite-postings.ts). An article's postings
      -- are in these rows until they are folded, then in the tables.
      CREATE TABLE corpus_postings_log (
        step INTEGER PRIMARY KEY,
        -- [[article seq, article id, [band key hashes], [terms]], ...]
        articles TEXT NOT NULL
      );
    `,
  },
];
