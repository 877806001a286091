import type { Page, SearchHit, SearchQuery } from '../store.js';
import { SNIPPET_MARKS, toFtsQuery, unmarkSnippet } from './fts-query.js';
import type { Prepare } from './open-database.js';
import { facetMatch } from './search-facets.js';

const DEFAULT_LIMIT = 20;
/**
 * A word in most articles matches tens of thousands of rows, and bm25 over all of them costs ~100 ms
 * at 100,000 articles (and tells little: such a word says nothing about relevance). Beyond this many
 * matches, only the newest ones (by rowid, the order of ingest) are ranked; `total` stays exact.
 */
const RANK_WINDOW = 1000;
const SNIPPET_TOKENS = 24;
const { start: MARK_START, end: MARK_END } = SNIPPET_MARKS;
const ARTICLE_COLUMNS = 'a.id AS article_id, a.story_id, a.title, a.outlet, a.published';
/** Title matches weigh more than body matches; the facets column (filters) weighs nothing. */
const ARTICLE_RANK = `bm25(articles_fts, 4.0, 1.0, 0.0)`;

interface Ranked {
  kind: 'article' | 'quote';
  seq: number;
  score: number;
  published: string | null;
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
 * Two steps, so a common word over a large collection stays fast: rank (ids and scores only, each
 * kind cut at offset + limit), then read titles and build snippets for the one page shown.
 */
export function searchSqlite(sql: Prepare, query: SearchQuery, rankWindow = RANK_WINDOW): Page<SearchHit> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const match = toFtsQuery(query.text);
  // The user's words only ever match title and text, never the facet tokens.
  const textMatch = match ? `{title text} : (${match})` : null;
  const { where, params } = articleFilters(query);
  const and = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const speakerOfQuote = query.speaker ? ['q.speaker = @speaker COLLATE NOCASE'] : [];
  const speakerInArticle = query.speaker ? ['EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND sq.speaker = @speaker COLLATE NOCASE)'] : [];
  const facets = textMatch && !query.storyId ? facetMatch(query, () => publishedBounds(sql)) : null;
  const articleMatch = textMatch && facets ? `${textMatch} AND ${facets}` : textMatch;
  const all = { ...params, ...(query.speaker ? { speaker: query.speaker } : {}), ...(match && articleMatch ? { match, articleMatch } : {}) };
  const n = offset + limit;

  // Each arm: FROM ... WHERE ..., ranked by score (higher is better). Without filters the FTS index
  // alone ranks (no join per match); with them, newest first among equal scores. `window` names the
  // FTS table whose newest matches alone are ranked when there are many (RANK_WINDOW).
  const filtered = where.length > 0 || query.speaker !== undefined;
  type Arm = { kind: Ranked['kind']; from: string; seq: string; score: string; published: string; window?: { table: string; match: string } };
  const arms: Arm[] = [];
  if (match && !filtered) {
    const window = { table: 'articles_fts', match: '@articleMatch' };
    arms.push({ kind: 'article', from: 'FROM articles_fts WHERE articles_fts MATCH @articleMatch', seq: 'rowid', score: `-${ARTICLE_RANK}`, published: 'NULL', window });
    arms.push({
      kind: 'quote', from: 'FROM quotes_fts WHERE quotes_fts MATCH @match', seq: 'rowid', score: '-bm25(quotes_fts)', published: 'NULL', window: { table: 'quotes_fts', match: '@match' },
    });
  } else if (match) {
    // A story filter selects a handful of articles: SQLite starts from them. Otherwise the facets
    // have narrowed the MATCH to (a superset of) the filter, and CROSS JOIN keeps FTS5 first: the
    // other order re-runs the MATCH for every article the filter selects (seconds).
    const join = query.storyId ? 'JOIN' : 'CROSS JOIN';
    arms.push({
      kind: 'article',
      from: `FROM articles_fts ${join} articles a ON a.seq = articles_fts.rowid ${and(['articles_fts MATCH @articleMatch', ...where, ...speakerInArticle])}`,
      seq: 'a.seq',
      score: `-${ARTICLE_RANK}`,
      published: 'a.published',
      ...(facets && !query.speaker ? { window: { table: 'articles_fts', match: '@articleMatch' } } : {}),
    });
    arms.push({
      kind: 'quote',
      from: `FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN articles a ON a.id = q.article_id ${and(['quotes_fts MATCH @match', ...where, ...speakerOfQuote])}`,
      seq: 'q.seq',
      score: '-bm25(quotes_fts)',
      published: 'a.published',
    });
  } else if (query.speaker) {
    arms.push({ kind: 'quote', from: `FROM quotes q JOIN articles a ON a.id = q.article_id ${and([...where, ...speakerOfQuote])}`, seq: 'q.seq', score: '0', published: 'a.published' });
  } else {
    arms.push({ kind: 'article', from: `FROM articles a ${and(where)}`, seq: 'a.seq', score: '0', published: 'a.published' });
  }

  let total = 0;
  const ranked: Ranked[] = [];
  const windowed = new Set<Ranked['kind']>();
  for (const arm of arms) {
    total += sql(`SELECT count(*) ${arm.from}`).pluck().get(all) as number;
    const floor = arm.window ? windowFloor(sql, arm.window, all, Math.max(rankWindow, n)) : null;
    const from = floor === null ? arm.from : `${arm.from} AND ${arm.window!.table}.rowid >= CAST(@floor AS INTEGER)`;
    const rows = sql(`SELECT ${arm.seq} AS seq, ${arm.score} AS score, ${arm.published} AS published ${from} ORDER BY score DESC, published DESC, seq LIMIT @n`).all({
      ...all,
      n,
      ...(floor === null ? {} : { floor }),
    }) as Omit<Ranked, 'kind'>[];
    ranked.push(...rows.map((row) => ({ ...row, kind: arm.kind })));
    if (floor !== null) windowed.add(arm.kind);
  }
  ranked.sort((x, y) => y.score - x.score || (y.published ?? '').localeCompare(x.published ?? '') || x.seq - y.seq);
  const page = ranked.slice(offset, offset + limit);
  const snippets = new Map<string, string>();
  for (const kind of windowed) {
    const seqs = page.filter((hit) => hit.kind === kind).map((hit) => hit.seq);
    for (const [seq, snippet] of snippetsInRange(sql, kind, seqs, kind === 'article' ? articleMatch! : match!)) snippets.set(`${kind}:${seq}`, snippet);
  }
  const items = page.map((hit) => describeHit(sql, hit, hit.kind === 'article' ? textMatch : match, snippets.get(`${hit.kind}:${hit.seq}`)));
  return { items, total };
}

/** The rowid of the size-th newest match, or null when fewer match (FTS5 walks rowids newest first cheaply). */
function windowFloor(sql: Prepare, window: { table: string; match: string }, params: Record<string, string>, size: number): number | null {
  const statement = sql(`SELECT rowid FROM ${window.table} WHERE ${window.table} MATCH ${window.match} ORDER BY rowid DESC LIMIT 1 OFFSET @skip`);
  return (statement.pluck().get({ ...params, skip: size - 1 }) as number | undefined) ?? null;
}

/** The first and last day any article was published (indexed: two seeks), to close an open date range. */
function publishedBounds(sql: Prepare): { first: string | null; last: string | null } {
  const row = sql('SELECT min(published) AS first, max(published) AS last FROM articles').get() as { first: string | null; last: string | null };
  return { first: row.first?.slice(0, 10) ?? null, last: row.last?.slice(0, 10) ?? null };
}

const SNIPPET_OF = { article: { table: 'articles_fts', column: -1 }, quote: { table: 'quotes_fts', column: 0 } } as const;
/** Columns a window's snippet may come from, best first: never `facets`, which the window's MATCH also hits. */
const WINDOW_SNIPPET_COLUMNS = { article: [1, 0], quote: [0] } as const;

/**
 * Snippets of hits among a window's matches, in one pass over the window's matches between the first
 * and the last hit: a MATCH per hit re-reads the word's whole list (~50 µs each for a word in most of
 * 100,000 articles). The text's snippet unless only the title has the words.
 */
function snippetsInRange(sql: Prepare, kind: Ranked['kind'], seqs: number[], match: string): Map<number, string> {
  if (seqs.length === 0) return new Map();
  const { table } = SNIPPET_OF[kind];
  const columns = WINDOW_SNIPPET_COLUMNS[kind];
  const snippets = columns.map((column) => `snippet(${table}, ${column}, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS})`);
  const rows = sql(
    // The hit test stays out of WHERE: there FTS5 would take it as `rowid = ?` and re-run the MATCH per hit.
    `SELECT rowid AS seq, CASE WHEN rowid IN (SELECT value FROM json_each(@seqs)) THEN json_array(${snippets.join(', ')}) END AS snippets
     FROM ${table} WHERE ${table} MATCH @match AND rowid BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)`,
  ).all({ match, lo: Math.min(...seqs), hi: Math.max(...seqs), seqs: JSON.stringify(seqs) }) as { seq: number; snippets: string | null }[];
  return new Map(
    rows.flatMap((row) => {
      if (row.snippets === null) return [];
      const found = JSON.parse(row.snippets) as string[];
      return [[row.seq, found.find((snippet) => snippet.includes(MARK_START)) ?? found[0]!] as const];
    }),
  );
}

function describeHit(sql: Prepare, hit: Ranked, match: string | null, found: string | undefined): SearchHit {
  // The CAST matters: better-sqlite3 binds a JS number as REAL, and FTS5 then ignores the rowid constraint
  // and answers with the first match of the whole table (every hit got the same snippet).
  const snippet = (kind: Ranked['kind']) => {
    if (found !== undefined) return '@found';
    const { table, column } = SNIPPET_OF[kind];
    return match
      ? `(SELECT snippet(${table}, ${column}, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) FROM ${table} WHERE ${table} MATCH @match AND rowid = CAST(@seq AS INTEGER))`
      : null;
  };
  const row = (
    hit.kind === 'article'
      ? sql(`SELECT ${ARTICLE_COLUMNS}, NULL AS speaker, ${snippet('article') ?? 'substr(a.text, 1, 200)'} AS snippet FROM articles a WHERE a.seq = @seq`)
      : sql(`SELECT ${ARTICLE_COLUMNS}, q.speaker, ${snippet('quote') ?? 'q.text'} AS snippet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.seq = @seq`)
  ).get({ seq: hit.seq, ...(found !== undefined ? { found } : match ? { match } : {}) }) as HitRow;
  return toSearchHit(hit.kind, row, hit.score);
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
