import type { Page, SearchHit, SearchQuery } from '../store.js';
import { SNIPPET_MARKS, toFtsQuery, unmarkSnippet } from './fts-query.js';
import type { Prepare } from './open-database.js';

const DEFAULT_LIMIT = 20;
const SNIPPET_TOKENS = 24;
const { start: MARK_START, end: MARK_END } = SNIPPET_MARKS;

interface HitRow {
  kind: 'article' | 'quote';
  article_id: string;
  story_id: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
  speaker: string | null;
  score: number;
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

export function searchSqlite(sql: Prepare, query: SearchQuery): Page<SearchHit> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const match = toFtsQuery(query.text);
  const { where, params } = articleFilters(query);
  const speaker = query.speaker ? { speaker: query.speaker } : {};
  const speakerOfQuote = query.speaker ? ['q.speaker = @speaker COLLATE NOCASE'] : [];
  const speakerInArticle = query.speaker
    ? ['EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND sq.speaker = @speaker COLLATE NOCASE)']
    : [];
  const and = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');
  const articleColumns = 'a.id AS article_id, a.story_id, a.title, a.outlet, a.published';

  let union: string;
  if (match) {
    union = `
      SELECT 'article' AS kind, ${articleColumns}, NULL AS speaker, -bm25(articles_fts, 4.0, 1.0) AS score,
        snippet(articles_fts, -1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      ${and(['articles_fts MATCH @match', ...where, ...speakerInArticle])}
      UNION ALL
      SELECT 'quote', ${articleColumns}, q.speaker, -bm25(quotes_fts, 1.0, 1.0),
        snippet(quotes_fts, 0, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS})
      FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
      ${and(['quotes_fts MATCH @match', ...where, ...speakerOfQuote])}`;
  } else if (query.speaker) {
    // No words, a speaker: that speaker's quotes, newest first.
    union = `
      SELECT 'quote' AS kind, ${articleColumns}, q.speaker, 0 AS score, q.text AS snippet
      FROM quotes q JOIN articles a ON a.id = q.article_id ${and([...where, ...speakerOfQuote])}`;
  } else {
    // No words: what the filters select, newest first, with the opening of the text as snippet.
    union = `
      SELECT 'article' AS kind, ${articleColumns}, NULL AS speaker, 0 AS score, substr(a.text, 1, 200) AS snippet
      FROM articles a ${and(where)}`;
  }
  const all = { ...params, ...speaker, ...(match ? { match } : {}) };
  const rows = sql(`SELECT * FROM (${union}) ORDER BY score DESC, published DESC, article_id LIMIT @limit OFFSET @offset`).all({
    ...all,
    limit,
    offset,
  }) as HitRow[];
  const total = sql(`SELECT count(*) FROM (${union})`).pluck().get(all) as number;
  return { items: rows.map(toHit), total };
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    articleId: row.article_id,
    storyId: row.story_id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    ...unmarkSnippet(row.snippet),
    speaker: row.speaker,
    score: row.score,
  };
}

function checkDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`search: ${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
