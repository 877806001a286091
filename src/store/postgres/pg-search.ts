import { SNIPPET_MARKS, searchPhrases } from '../sqlite/fts-query.js';
import { checkDate, nextDay } from '../sqlite/sqlite-search.js';
import { type HitRow, toSearchHit } from '../sqlite/sqlite-search-hits.js';
import { hitOrder } from '../search-order.js';
import { SEARCH_WINDOW, type SearchHit, type SearchPage, type SearchQuery } from '../store.js';
import type { Pool } from './pg-database.js';

const DEFAULT_LIMIT = 20;
const HEADLINE = `StartSel="${SNIPPET_MARKS.start}", StopSel="${SNIPPET_MARKS.end}", MaxWords=24, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "`;
const ARTICLE_COLUMNS = 'a.id AS article_id, a.story_id, a.title, a.outlet, a.published';

interface Ranked {
  kind: 'article' | 'quote';
  seq: string;
  score: number;
  published: string | null;
  /** The seq of the hit's article: a broad query's order. */
  recency: string;
}

/** Positional parameters gathered while the SQL is written: `bind(value)` returns `$n`. */
function parameters(): { bind: (value: unknown) => string; values: unknown[] } {
  const values: unknown[] = [];
  return { values, bind: (value) => `$${values.push(value)}` };
}

/**
 * What a user typed as a tsquery: every phrase must match, the words of a quoted phrase in order.
 * Tokens are letters and digits only, so nothing typed is read as tsquery syntax.
 */
export function toTsQuery(input: string): string | null {
  const phrases = searchPhrases(input).map((tokens) => `(${tokens.join(' <-> ')})`);
  return phrases.length > 0 ? phrases.join(' & ') : null;
}

/**
 * The same two steps, rule and result shape as the SQLite search: rank (ids and scores, each kind cut
 * at offset + limit, through the GIN indexes on `tsv`), then read and headline the one page shown. A
 * broad query (more than SEARCH_WINDOW matches of a kind) comes newest first, its count capped.
 */
export async function searchPostgres(pool: Pool, query: SearchQuery): Promise<SearchPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const size = Math.max(SEARCH_WINDOW, offset + limit);
  const tsquery = toTsQuery(query.text);
  const { bind, values } = parameters();
  const match = tsquery ? `to_tsquery('corroborate', ${bind(tsquery)})` : null;
  const where = articleFilters(query, bind);
  const speaker = query.speaker ? bind(query.speaker) : null;
  const and = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const speakerOfQuote = speaker ? [`lower(q.speaker) = lower(${speaker})`] : [];
  const speakerInArticle = speaker ? [`EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND lower(sq.speaker) = lower(${speaker}))`] : [];
  const upTo = async (from: string, cap: number | null, params: unknown[]): Promise<number> => {
    const count = cap === null ? `SELECT count(*) AS n ${from}` : `SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${cap}) capped`;
    return Number((await pool.query<{ n: string }>(count, params)).rows[0]?.n ?? 0);
  };

  const arms: { kind: Ranked['kind']; from: string; seq: string; score: string }[] = [];
  let broad = false;
  if (match) {
    const [articles, quotes] = await Promise.all([upTo(`FROM articles a WHERE a.tsv @@ ${match}`, size + 1, values.slice(0, 1)), upTo(`FROM quotes q WHERE q.tsv @@ ${match}`, size + 1, values.slice(0, 1))]);
    broad = articles > size || quotes > size;
    arms.push({ kind: 'article', from: `FROM articles a ${and([`a.tsv @@ ${match}`, ...where, ...speakerInArticle])}`, seq: 'a.seq', score: broad ? '0' : `ts_rank(a.tsv, ${match})` });
    arms.push({
      kind: 'quote',
      from: `FROM quotes q JOIN articles a ON a.id = q.article_id ${and([`q.tsv @@ ${match}`, ...where, ...speakerOfQuote])}`,
      seq: 'q.seq',
      score: broad ? '0' : `ts_rank(q.tsv, ${match})`,
    });
  } else if (speaker) {
    arms.push({ kind: 'quote', from: `FROM quotes q JOIN articles a ON a.id = q.article_id ${and([...where, ...speakerOfQuote])}`, seq: 'q.seq', score: '0' });
  } else {
    arms.push({ kind: 'article', from: `FROM articles a ${and(where)}`, seq: 'a.seq', score: '0' });
  }

  const filterValues = [...values]; // the count queries' parameters: all but the LIMIT
  const n = bind(offset + limit);
  const order = (arm: { seq: string }) => (broad ? `${arm.seq} DESC` : `score DESC, a.published DESC NULLS LAST, ${arm.seq}`);
  const results = await Promise.all(
    arms.map(async (arm) => {
      const [total, rows] = await Promise.all([
        upTo(arm.from, broad ? size + 1 : null, filterValues),
        pool.query<Omit<Ranked, 'kind'>>(`SELECT ${arm.seq} AS seq, ${arm.score}::float8 AS score, a.published, a.seq AS recency ${arm.from} ORDER BY ${order(arm)} LIMIT ${n}`, values),
      ]);
      return { total, ranked: rows.rows.map((row) => ({ ...row, kind: arm.kind })) };
    }),
  );
  const ranked = results.flatMap((result) => result.ranked);
  ranked.sort(hitOrder(broad));
  const page = ranked.slice(offset, offset + limit);
  const items = await Promise.all(page.map((hit) => describeHit(pool, hit, tsquery)));
  return {
    items,
    total: results.reduce((sum, result) => sum + (broad ? Math.min(result.total, size) : result.total), 0),
    totalExact: !broad || results.every((result) => result.total <= size),
  };
}

async function describeHit(pool: Pool, hit: Ranked, tsquery: string | null): Promise<SearchHit> {
  const headline = (column: string): string => `ts_headline('corroborate', ${column}, to_tsquery('corroborate', $2), '${HEADLINE}')`;
  const sql =
    hit.kind === 'article'
      ? `SELECT ${ARTICLE_COLUMNS}, NULL AS speaker, ${tsquery ? headline('a.text') : 'substr(a.text, 1, 200)'} AS snippet FROM articles a WHERE a.seq = $1`
      : `SELECT ${ARTICLE_COLUMNS}, q.speaker, ${tsquery ? headline('q.text') : 'q.text'} AS snippet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.seq = $1`;
  const { rows } = await pool.query<HitRow>(sql, tsquery ? [hit.seq, tsquery] : [hit.seq]);
  const row = rows[0];
  if (!row) throw new Error(`search: hit ${hit.kind} ${hit.seq} vanished between ranking and reading`);
  return toSearchHit(hit.kind, row, hit.score);
}

/** Article filters shared by both kinds of hit, as SQL on the alias `a`. */
function articleFilters(query: SearchQuery, bind: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (query.outlet) where.push(`lower(a.outlet) = lower(${bind(query.outlet)})`);
  if (query.from) where.push(`a.published >= ${bind(checkDate(query.from, 'from'))}`);
  // Inclusive day: anything on that date, with or without a time, sorts below the next day.
  if (query.to) where.push(`a.published < ${bind(nextDay(checkDate(query.to, 'to')))}`);
  if (query.storyId) where.push(`a.story_id = ${bind(query.storyId)}`);
  return where;
}
