// The second step of a search: the page's rows read and their snippets built, a statement per kind.
import type { SearchHit } from '../store.js';
import { SNIPPET_MARKS, unmarkSnippet } from './fts-query.js';
import type { Prepare } from './open-database.js';
import { snippetWindow } from './snippet-window.js';

const SNIPPET_TOKENS = 24;
const { start: MARK_START, end: MARK_END } = SNIPPET_MARKS;
const ARTICLE_COLUMNS = 'a.id AS article_id, a.story_id, a.title, a.outlet, a.published';
/** Where a kind's snippets come from: the FTS table, and its columns best first (never `facets`). */
const SNIPPET_OF = { article: { table: 'articles_fts', columns: [1, 0] }, quote: { table: 'quotes_fts', columns: [0] } } as const;

/** A hit as the first step ranked it: its kind's seq (the FTS rowid), score, and what orders ties. */
export interface Ranked {
  kind: 'article' | 'quote';
  seq: number;
  score: number;
  published: string | null;
  /** The seq of the hit's article (0 where the ranking did not need it). */
  recency: number;
}

export interface HitRow {
  article_id: string;
  story_id: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  speaker: string | null;
  snippet: string;
}

/**
 * The page's hits, in its order. `matches` are the FTS expressions of the words per kind (the
 * snippets mark them), or null when the query had no words (the text's start instead).
 */
export function readHits(sql: Prepare, page: Ranked[], matches: Record<Ranked['kind'], string> | null): SearchHit[] {
  const rows = new Map<string, HitRow>();
  for (const kind of ['article', 'quote'] as const) {
    const seqs = page.filter((hit) => hit.kind === kind).map((hit) => hit.seq);
    if (seqs.length === 0) continue;
    const snippets = matches === null ? null : snippetsInRange(sql, kind, seqs, matches[kind]);
    const read =
      kind === 'article'
        ? `SELECT a.seq, ${ARTICLE_COLUMNS}, NULL AS speaker, ${snippets ? 'NULL' : 'substr(a.text, 1, 200)'} AS snippet FROM articles a WHERE a.seq IN (SELECT value FROM json_each(?))`
        : `SELECT q.seq, ${ARTICLE_COLUMNS}, q.speaker, ${snippets ? 'NULL' : 'q.text'} AS snippet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.seq IN (SELECT value FROM json_each(?))`;
    for (const { seq, ...row } of sql(read).all(JSON.stringify(seqs)) as (HitRow & { seq: number })[]) {
      const snippet = snippets ? snippets.get(seq) : row.snippet;
      if (snippet === undefined) throw new Error(`search: no snippet for ${kind} ${seq} (its MATCH found no words in it)`);
      rows.set(`${kind}:${seq}`, { ...row, snippet });
    }
  }
  return page.map((hit) => {
    const row = rows.get(`${hit.kind}:${hit.seq}`);
    if (!row) throw new Error(`search: hit ${hit.kind} ${hit.seq} vanished between ranking and reading`);
    return toSearchHit(hit.kind, row, hit.score);
  });
}

/**
 * Snippets of the page's hits in one pass over the matches between its first and last hit: a MATCH
 * per hit re-reads each word's whole list (~50 µs each for a word in most of 100,000 articles). The
 * text's snippet unless only the title has the words. FTS5 marks the matches (highlight()), the
 * window is cut here (snippetWindow: snippet() cost three times as much).
 */
function snippetsInRange(sql: Prepare, kind: Ranked['kind'], seqs: number[], match: string): Map<number, string> {
  const { table, columns } = SNIPPET_OF[kind];
  const onPage = 'rowid IN (SELECT value FROM json_each(@seqs))';
  const marked = columns.map((column, i) => `CASE WHEN ${onPage} THEN highlight(${table}, ${column}, '${MARK_START}', '${MARK_END}') END AS c${i}`);
  const rows = sql(
    // The hit test stays out of WHERE: there FTS5 would take it as `rowid = ?` and re-run the MATCH per hit.
    // The CASTs matter: better-sqlite3 binds a JS number as REAL, and FTS5 then ignores a rowid constraint.
    // Walked downwards: FTS5 finds the upper bound of a range much faster than the lower (0.1 against
    // 0.5 ms for a word in most of 30,000 articles), and the page is mostly the newest matches.
    `SELECT rowid AS seq, ${marked.join(', ')}
     FROM ${table} WHERE ${table} MATCH @match AND rowid BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER) ORDER BY rowid DESC`,
  ).all({ match, lo: Math.min(...seqs), hi: Math.max(...seqs), seqs: JSON.stringify(seqs) }) as ({ seq: number } & Record<string, string | null>)[];
  return new Map(
    rows.flatMap((row) => {
      // The first column is a text (never NULL): NULL there means a match in the range but not on the page.
      if (row.c0 === null) return [];
      const found = columns.map((_, i) => row[`c${i}`] ?? '');
      return [[row.seq, snippetWindow(found.find((text) => text.includes(MARK_START)) ?? found[0]!, SNIPPET_TOKENS)] as const];
    }),
  );
}

/** A page row of either backend as a hit: snippet marks turned into offsets. */
export function toSearchHit(kind: SearchHit['kind'], row: HitRow, score: number): SearchHit {
  return {
    kind,
    articleId: row.article_id,
    storyId: row.story_id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    ...unmarkSnippet(row.snippet),
    speaker: row.speaker,
    score,
  };
}
