import type { Page, SearchHit, SearchQuery } from '../store.js';
import { SNIPPET_MARKS, toFtsQuery, unmarkSnippet } from './fts-query.js';
import type { Prepare } from './open-database.js';

const DEFAULT_LIMIT = 20;
const SNIPPET_TOKENS = 24;
const { start: MARK_START, end: MARK_END } = SNIPPET_MARKS;
const ARTICLE_COLUMNS = 'a.id AS article_id, a.story_id, a.title, a.outlet, a.published';
/** Title matches weigh more than body matches. */
const ARTICLE_RANK = `bm25(articles_fts, 4.0, 1.0)`;

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
export function searchSqlite(sql: Prepare, query: SearchQuery): Page<SearchHit> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const match = toFtsQuery(query.text);
  const { where, params } = articleFilters(query);
  const and = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const speakerOfQuote = query.speaker ? ['q.speaker = @speaker COLLATE NOCASE'] : [];
  const speakerInArticle = query.speaker ? ['EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND sq.speaker = @speaker COLLATE NOCASE)'] : [];
  const all = { ...params, ...(query.speaker ? { speaker: query.speaker } : {}), ...(match ? { match } : {}) };
  const n = offset + limit;

  // Each arm: FROM ... WHERE ..., ranked by score (higher is better). Without filters the FTS index
  // alone ranks (no join per match); with them, newest first among equal scores.
  const filtered = where.length > 0 || query.speaker !== undefined;
  const arms: { kind: Ranked['kind']; from: string; seq: string; score: string; published: string }[] = [];
  if (match && !filtered) {
    arms.push({ kind: 'article', from: 'FROM articles_fts WHERE articles_fts MATCH @match', seq: 'rowid', score: `-${ARTICLE_RANK}`, published: 'NULL' });
    arms.push({ kind: 'quote', from: 'FROM quotes_fts WHERE quotes_fts MATCH @match', seq: 'rowid', score: '-bm25(quotes_fts)', published: 'NULL' });
  } else if (match) {
    arms.push({
      kind: 'article',
      from: `FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid ${and(['articles_fts MATCH @match', ...where, ...speakerInArticle])}`,
      seq: 'a.seq',
      score: `-${ARTICLE_RANK}`,
      published: 'a.published',
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
  for (const arm of arms) {
    total += sql(`SELECT count(*) ${arm.from}`).pluck().get(all) as number;
    const rows = sql(
      `SELECT ${arm.seq} AS seq, ${arm.score} AS score, ${arm.published} AS published ${arm.from} ORDER BY score DESC, published DESC, seq LIMIT @n`,
    ).all({ ...all, n }) as Omit<Ranked, 'kind'>[];
    ranked.push(...rows.map((row) => ({ ...row, kind: arm.kind })));
  }
  ranked.sort((x, y) => y.score - x.score || (y.published ?? '').localeCompare(x.published ?? '') || x.seq - y.seq);
  const items = ranked.slice(offset, offset + limit).map((hit) => describeHit(sql, hit, match));
  return { items, total };
}

function describeHit(sql: Prepare, hit: Ranked, match: string | null): SearchHit {
  // The CAST matters: better-sqlite3 binds a JS number as REAL, and FTS5 then ignores the rowid constraint
  // and answers with the first match of the whole table (every hit got the same snippet).
  const snippet = (table: string, column: number) =>
    match
      ? `(SELECT snippet(${table}, ${column}, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) FROM ${table} WHERE ${table} MATCH @match AND rowid = CAST(@seq AS INTEGER))`
      : null;
  const row = (
    hit.kind === 'article'
      ? sql(`SELECT ${ARTICLE_COLUMNS}, NULL AS speaker, ${snippet('articles_fts', -1) ?? 'substr(a.text, 1, 200)'} AS snippet FROM articles a WHERE a.seq = @seq`)
      : sql(
          `SELECT ${ARTICLE_COLUMNS}, q.speaker, ${snippet('quotes_fts', 0) ?? 'q.text'} AS snippet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.seq = @seq`,
        )
  ).get({ seq: hit.seq, ...(match ? { match } : {}) }) as HitRow;
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
