// The PostgreSQL schema as an append-only list, like SQLite's: a released migration is never edited,
// a change is a new entry, and `schema_migrations` records which ones ran.
import type { Migration } from '../sqlite/migrations.js';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, quotes, messages, fingerprints, links, stories, claims, ingest log, feeds, full-text search',
    sql: `
      -- Snowball English stemming WITHOUT a stop-word list: every typed word must match, as with SQLite's
      -- porter tokenizer ("not", "or" are words a user may search for, not noise).
      CREATE TEXT SEARCH DICTIONARY corroborate_stem (TEMPLATE = snowball, LANGUAGE = english);
      CREATE TEXT SEARCH CONFIGURATION corroborate (COPY = english);
      ALTER TEXT SEARCH CONFIGURATION corroborate
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH corroborate_stem;

      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        url text,
        outlet text,
        title text,
        published text,
        story_id text,
        content_hash text NOT NULL,
        source text NOT NULL,
        text text NOT NULL,
        json text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        -- Title words weigh more (A) than body words (B) in ts_rank.
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('corroborate', coalesce(title, '')), 'A') || setweight(to_tsvector('corroborate', text), 'B')
        ) STORED
      );
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_outlet_published ON articles(lower(outlet), published);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_unplaced ON articles(seq) WHERE story_id IS NULL;
      CREATE INDEX articles_tsv ON articles USING gin(tsv);

      CREATE TABLE quotes (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx integer NOT NULL,
        text text NOT NULL,
        speaker text,
        start integer NOT NULL,
        "end" integer NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('corroborate', text), 'A') || setweight(to_tsvector('corroborate', coalesce(speaker, '')), 'B')
        ) STORED,
        UNIQUE (article_id, idx)
      );
      CREATE INDEX quotes_speaker ON quotes(lower(speaker));
      CREATE INDEX quotes_tsv ON quotes USING gin(tsv);

      CREATE TABLE messages (
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx integer NOT NULL,
        rule text NOT NULL,
        severity text NOT NULL,
        message text NOT NULL,
        text text,
        PRIMARY KEY (article_id, idx)
      );
      CREATE INDEX messages_rule ON messages(rule, severity);

      CREATE TABLE fingerprints (
        article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature bytea NOT NULL
      );
      CREATE TABLE fingerprint_bands (
        band text NOT NULL,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      );
      CREATE INDEX fingerprint_bands_article ON fingerprint_bands(article_id);

      CREATE TABLE links (
        a text NOT NULL,
        b text NOT NULL,
        kind text NOT NULL,
        similarity double precision NOT NULL,
        json text NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE INDEX links_b ON links(b);

      CREATE TABLE stories (
        id text PRIMARY KEY,
        title text NOT NULL,
        article_count integer NOT NULL,
        independent_sources integer NOT NULL,
        conflict_count integer NOT NULL,
        latest_published text,
        updated_at timestamptz NOT NULL,
        json text NOT NULL
      );
      CREATE INDEX stories_newest ON stories(coalesce(latest_published, '') DESC, updated_at DESC, id DESC);

      CREATE TABLE claims (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id text NOT NULL,
        text text NOT NULL,
        status text NOT NULL,
        independent_sources integer NOT NULL,
        PRIMARY KEY (story_id, id)
      );
      CREATE INDEX claims_status ON claims(status);

      CREATE TABLE ingest_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        source text NOT NULL,
        article_id text,
        status text NOT NULL,
        message text NOT NULL
      );

      CREATE TABLE feeds (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        last_checked_at text,
        last_ok_at text,
        failures integer NOT NULL DEFAULT 0,
        next_attempt_at text,
        last_error text
      );
    `,
  },
  {
    version: 2,
    name: 'drop the fingerprint tables nothing reads (the corpus index will keep fingerprints)',
    sql: `
      DROP TABLE IF EXISTS fingerprint_bands;
      DROP TABLE IF EXISTS fingerprints;
    `,
  },
  {
    version: 3,
    name: 'incremental corpus index: document frequencies, band and term postings, fingerprints, story states',
    sql: `
      -- The corpus index (src/corpus/cluster/corpus-index.ts) kept across runs, as SQLite's migration 3.
      -- seq orders articles as the index met them: term postings return the newest first.
      CREATE TABLE corpus_articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        fingerprint text NOT NULL,
        -- The sentence offsets the detailed comparison needs; the text itself is read from articles.
        sentences text NOT NULL
      );
      CREATE TABLE corpus_counts (
        name text PRIMARY KEY,
        value bigint NOT NULL
      );
      CREATE TABLE corpus_df (
        term text PRIMARY KEY,
        df bigint NOT NULL
      );
      -- Band and sentence keys as unsigned 32-bit hashes (bigint holds them); postings carry the article
      -- id so that reading candidates needs no join.
      CREATE TABLE corpus_bands (
        key bigint NOT NULL,
        article bigint NOT NULL,
        id text NOT NULL,
        PRIMARY KEY (key, article)
      );
      CREATE TABLE corpus_postings (
        term text NOT NULL,
        article bigint NOT NULL,
        id text NOT NULL,
        PRIMARY KEY (term, article)
      );
      -- A story's state without its members, which are rows of corpus_members (a story grows by appending).
      CREATE TABLE corpus_stories (
        id text PRIMARY KEY,
        json text NOT NULL
      );
      CREATE TABLE corpus_members (
        article_id text PRIMARY KEY,
        story_id text NOT NULL,
        pos integer NOT NULL,
        score double precision NOT NULL,
        via text NOT NULL
      );
      CREATE INDEX corpus_members_story ON corpus_members(story_id, pos);
      -- Stories and links written before the index existed were built without it: they are derived data,
      -- so they go, and the next ingest places every article again through the index.
      DELETE FROM claims;
      DELETE FROM stories;
      DELETE FROM links;
      UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL;
    `,
  },
  {
    version: 4,
    name: 'corpus steps: what each story step changed, so other workers keep their caches',
    sql: `
      -- One row per corpus step that counted documents: the terms it counted (and how many documents each)
      -- and the stories it wrote or removed. A worker whose cached total is behind applies the steps since,
      -- instead of forgetting its cached frequencies and stories. Old rows are pruned by the steps themselves.
      CREATE TABLE corpus_steps (
        after bigint PRIMARY KEY,
        before bigint NOT NULL,
        terms text[] NOT NULL,
        counts integer[] NOT NULL,
        stories text[] NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'room on each page of corpus_df, so that counting a document updates its rows in place',
    sql: `
      -- Every story step adds to the frequency of ~100 terms per article. On a full page the new version of a
      -- row goes to another page and the term index gets an entry too; with free room on the page it stays
      -- there (a heap-only update) and the index is untouched. Pages written from now on keep half free.
      ALTER TABLE corpus_df SET (fillfactor = 50);
    `,
  },
  {
    version: 6,
    name: 'document frequencies folded from the step records after the story lock, not counted inside it',
    sql: `
      -- A story step inside the lock only records what it counted (its corpus_steps row); the counts are added to
      -- corpus_df afterwards, outside the lock, by a fold that marks the rows it added. A frequency is corpus_df's
      -- value plus the counts of the rows not folded yet. The rows written before this migration are in corpus_df.
      ALTER TABLE corpus_steps ADD COLUMN folded boolean NOT NULL DEFAULT true;
      ALTER TABLE corpus_steps ALTER COLUMN folded SET DEFAULT false;
      CREATE INDEX corpus_steps_unfolded ON corpus_steps(after) WHERE NOT folded;
    `,
  },
  {
    version: 7,
    name: 'word vectors stored with the indexed articles',
    sql: `
      -- As SQLite's migration 10: the article's word vector as indexed; NULL for articles indexed before.
      ALTER TABLE corpus_articles ADD COLUMN word_vector bytea;
    `,
  },
];
