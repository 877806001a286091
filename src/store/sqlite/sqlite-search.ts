import { hitOrder } from '../search-order.js';
import { SEARCH_WINDOW, type SearchPage, type SearchQuery } from '../store.js';
import { toFtsQuery } from './fts-query.js';
import type { Prepare } from './open-database.js';
import { facetMatch } from './search-facets.js';
import { type Ranked, readHits } from './sqlite-search-hits.js';

const DEFAULT_LIMIT = 20;
/** Title matches weigh more than body matches; the facets column (filters) weighs nothing. */
const ARTICLE_RANK = `bm25(articles_fts, 4.0, 1.0, 0.0)`;
const BY_SCORE = 'score DESC, published DESC, seq';

/** One kind of hit: where its rows come from (FROM ... WHERE ...), how they are scored and ordered. */
interface Arm {
  kind: Ranked['kind'];
  from: string;
  seq: string;
  score: string;
  /** The publication date for ties among equal scores; NULL where the FTS index alone answers. */
  published: string;
  /** The article's seq (the order of ingest), by which a broad query's hits come newest first. */
  recency: string;
  order: string;
  /** Its matches, when they were counted already (the broad test, with no filter to apply). */
  counted?: number;
}

/**
 * Two steps, so a common word over a large collection stays fast: rank (ids and scores only, each
 * kind cut at offset + limit), then read titles and build snippets for the one page shown. A broad
 * query (SEARCH_WINDOW) walks the FTS index newest first and stops: no bm25 (its document-frequency
 * pass reads each word's whole list) and no full count.
 */
export function searchSqlite(sql: Prepare, query: SearchQuery, window = SEARCH_WINDOW): SearchPage {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const n = offset + limit;
  const size = Math.max(window, n);
  const { where, params } = articleFilters(query);
  const match = toFtsQuery(query.text);
  const words = match ? textArms(sql, query, match, where, size) : null;
  const arms = words?.arms ?? listArms(query, where);
  const broad = words?.broad ?? false;
  const all: Record<string, string> = { ...params, ...words?.params, ...(query.speaker ? { speaker: query.speaker } : {}) };

  let total = 0;
  let totalExact = true;
  const ranked: Ranked[] = [];
  for (const arm of arms) {
    // A query with words has at most `size` matches to rank, or is broad: one walk of up to size + 1
    // rows both ranks and counts them. Filters without words count apart (any number of rows).
    const counted = arm.counted ?? (words ? undefined : countUpTo(sql, arm.from, all, null));
    const rows = sql(`SELECT ${arm.seq} AS seq, ${arm.score} AS score, ${arm.published} AS published, ${arm.recency} AS recency ${arm.from} ORDER BY ${arm.order} LIMIT @limit`)
      .all({ ...all, limit: counted === undefined ? size + 1 : n }) as Omit<Ranked, 'kind'>[];
    const count = counted ?? rows.length;
    total += broad ? Math.min(count, size) : count;
    if (broad && count > size) totalExact = false;
    ranked.push(...rows.slice(0, n).map((row) => ({ ...row, kind: arm.kind })));
  }
  ranked.sort(hitOrder(broad));
  // Snippets mark the user's words only, and a MATCH of the words alone starts faster than one with facets.
  const snippetMatches = match ? { article: all.textMatch!, quote: match } : null;
  const items = readHits(sql, ranked.slice(offset, n), snippetMatches);
  return { items, total, totalExact };
}

/**
 * Arms for a query with words. Few matches (at most `size` of each kind): bm25 ranks them all and the
 * exact filters run on each. More (broad): newest first through the FTS index, the filters inside
 * the MATCH as facet tokens where they can be (CROSS JOIN keeps FTS5 first: the other order re-runs
 * the MATCH for every article the filter selects), the exact conditions on the rows that pass.
 */
function textArms(sql: Prepare, query: SearchQuery, match: string, where: string[], size: number): { broad: boolean; arms: Arm[]; params: Record<string, string> } {
  const textMatch = `{title text} : (${match})`; // the user's words never match the facet tokens
  const articleCount = countUpTo(sql, 'FROM articles_fts WHERE articles_fts MATCH @textMatch', { textMatch }, size + 1);
  const quoteCount = countUpTo(sql, 'FROM quotes_fts WHERE quotes_fts MATCH @match', { match }, size + 1);
  const broad = articleCount > size || quoteCount > size;
  const speaker = query.speaker ? 'q.speaker = @speaker COLLATE NOCASE' : null;
  const articleWhere = [...where, ...(query.speaker ? ['EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker = @speaker COLLATE NOCASE)'] : [])];
  const quoteWhere = [...where, ...(speaker ? [speaker] : [])];
  const joined = (fts: string, clauses: string[]) =>
    fts === 'articles_fts'
      ? `FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid WHERE ${clauses.join(' AND ')}`
      : `FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN articles a ON a.id = q.article_id WHERE ${clauses.join(' AND ')}`;
  const arm = (kind: Ranked['kind'], fts: string, matchParam: string, clauses: string[], counted: number, rank: Pick<Arm, 'score' | 'order' | 'recency'>): Arm => {
    const filtered = clauses.length > 0;
    return {
      kind,
      from: filtered ? joined(fts, [`${fts} MATCH ${matchParam}`, ...clauses]) : `FROM ${fts} WHERE ${fts} MATCH ${matchParam}`,
      seq: `${fts}.rowid`,
      ...rank,
      published: filtered ? 'a.published' : 'NULL',
      ...(filtered ? {} : { counted }),
    };
  };
  if (!broad) {
    const arms = [
      arm('article', 'articles_fts', '@textMatch', articleWhere, articleCount, { score: `-${ARTICLE_RANK}`, order: BY_SCORE, recency: '0' }),
      arm('quote', 'quotes_fts', '@match', quoteWhere, quoteCount, { score: '-bm25(quotes_fts)', order: BY_SCORE, recency: '0' }),
    ];
    return { broad, arms, params: { match, textMatch } };
  }
  const newest = (fts: string) => ({ score: '0', order: `${fts}.rowid DESC`, recency: fts === 'articles_fts' ? 'articles_fts.rowid' : 'a.seq' });
  // A quote's recency is its article's seq: the quote arm joins its articles even without a filter.
  const quotes: Arm = { ...arm('quote', 'quotes_fts', '@match', quoteWhere, quoteCount, newest('quotes_fts')), from: joined('quotes_fts', ['quotes_fts MATCH @match', ...quoteWhere]) };
  if (query.storyId) {
    // A story holds a handful of articles: start from them (CROSS JOIN: left to itself, SQLite walks
    // every match of the broad words) and test the MATCH on each.
    const from = `FROM articles a CROSS JOIN articles_fts ON articles_fts.rowid = a.seq WHERE ${['articles_fts MATCH @textMatch', ...articleWhere].join(' AND ')}`;
    const story: Arm = { kind: 'article', from, seq: 'a.seq', score: '0', published: 'a.published', recency: 'a.seq', order: 'a.seq DESC' };
    return { broad, arms: [story, quotes], params: { match, textMatch } };
  }
  const facets = facetMatch(query, () => publishedBounds(sql));
  const articleMatch = facets ? `${textMatch} AND ${facets}` : textMatch;
  const articles = arm('article', 'articles_fts', '@articleMatch', articleWhere, articleCount, newest('articles_fts'));
  return { broad, arms: [articles, quotes], params: { match, textMatch, articleMatch } };
}

/** Arms for filters without words: what they select, newest first, counted exactly. */
function listArms(query: SearchQuery, where: string[]): Arm[] {
  const and = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const list = { score: '0', published: 'a.published', recency: 'a.seq', order: BY_SCORE };
  if (query.speaker) {
    return [{ kind: 'quote', from: `FROM quotes q JOIN articles a ON a.id = q.article_id ${and([...where, 'q.speaker = @speaker COLLATE NOCASE'])}`, seq: 'q.seq', ...list }];
  }
  return [{ kind: 'article', from: `FROM articles a ${and(where)}`, seq: 'a.seq', ...list }];
}

/** How many rows `from` selects, counting no further than `cap` (null: all). */
function countUpTo(sql: Prepare, from: string, params: Record<string, unknown>, cap: number | null): number {
  const rows = cap === null ? `SELECT count(*) ${from}` : `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${cap})`;
  return sql(rows).pluck().get(params) as number;
}

/** The first and last day any article was published (indexed: two seeks), to close an open date range. */
function publishedBounds(sql: Prepare): { first: string | null; last: string | null } {
  // Two subqueries: SQLite seeks the index for a lone min() or max(), but scans the table for both in one SELECT.
  const row = sql('SELECT (SELECT min(published) FROM articles) AS first, (SELECT max(published) FROM articles) AS last').get() as { first: string | null; last: string | null };
  return { first: row.first?.slice(0, 10) ?? null, last: row.last?.slice(0, 10) ?? null };
}

/** Article filters shared by both kinds of hit, as SQL on the alias `a` with named parameters. */
function articleFilters(query: SearchQuery): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (query.outlet) {
    where.push('a.outlet = @outlet COLLATE NOCASE');
    params.outlet = query.outlet;
  }
  if (query.from) {
    where.push('a.published >= @from');
    params.from = checkDate(query.from, 'from');
  }
  if (query.to) {
    // Inclusive day: anything on that date, with or without a time, sorts below the next day.
    where.push('a.published < @toExclusive');
    params.toExclusive = nextDay(checkDate(query.to, 'to'));
  }
  if (query.storyId) {
    where.push('a.story_id = @storyId');
    params.storyId = query.storyId;
  }
  return { where, params };
}

export function checkDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`search: ${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
