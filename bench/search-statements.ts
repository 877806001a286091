// `npm run bench -- search-statements [--articles 30000] [--searches 1000]`: where a SQLite search's
// CPU goes, statement by statement. On the serve bench's collection (.bench-tmp/serve-synthetic-N.sqlite,
// built by `npm run bench -- serve --articles N --build-only`), the serve bench's four search scenarios
// run one search at a time through the store's own search function; each SQL statement's CPU time is
// summed by its text. The total per search is measured apart, without the per-statement timing.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { SNIPPET_MARKS } from '../src/store/sqlite/fts-query.js';
import { openDatabase, type Prepare, statementCache } from '../src/store/sqlite/open-database.js';
import { searchSqlite } from '../src/store/sqlite/sqlite-search.js';
import type { SearchQuery } from '../src/store/store.js';
import { searchQueries } from './synthetic/search-queries.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '30000' }, searches: { type: 'string', default: '1000' } } });
const total = Number(values.articles);
const searches = Number(values.searches);
const path = join(process.cwd(), '.bench-tmp', `serve-synthetic-${total}.sqlite`);
if (!existsSync(path)) {
  console.error(`no collection at ${path}: build it first with \`npm run bench -- serve --articles ${total} --build-only\``);
  process.exit(2);
}

const cpuMicros = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

/** A Prepare whose statements add their CPU time to `spent`, by SQL text (whitespace folded). */
function timedStatements(prepare: Prepare, spent: Map<string, number>): Prepare {
  const timed = <Args extends unknown[], Out>(sql: string, run: (...args: Args) => Out) => (...args: Args): Out => {
    const before = process.cpuUsage();
    const out = run(...args);
    const key = sql.replace(/\s+/g, ' ').replaceAll(SNIPPET_MARKS.start, '\\u0002').replaceAll(SNIPPET_MARKS.end, '\\u0003');
    spent.set(key, (spent.get(key) ?? 0) + cpuMicros(before));
    return out;
  };
  return (sql) => {
    const statement = prepare(sql);
    // Only what the search code calls: all, get, and pluck().get.
    const wrapped = {
      all: timed(sql, statement.all.bind(statement)),
      get: timed(sql, statement.get.bind(statement)),
      pluck: () => {
        const plucked = statement.pluck();
        return { ...wrapped, get: timed(sql, plucked.get.bind(plucked)) };
      },
    };
    return wrapped as unknown as Database.Statement;
  };
}

const db = openDatabase(path);
const prepare = statementCache(db);
const q = searchQueries(total);
const scenarios: [string, (i: number) => SearchQuery][] = [
  ['a rare word', (i) => ({ text: q.rare[i % q.rare.length]! })],
  ['a word in ~1/6 of articles', (i) => ({ text: q.sixth[i % q.sixth.length]! })],
  ['a word in ~all articles', (i) => ({ text: q.common[i % q.common.length]! })],
  ['~all + outlet + 2 weeks', (i) => ({ text: q.common[i % q.common.length]!, outlet: q.outlet, from: q.from, to: q.to })],
];
console.log(`${path}: ${searches} searches per scenario, one at a time, 20 hits a page (the API's default)`);
for (const [name, query] of scenarios) {
  for (let i = 0; i < 50; i++) searchSqlite(prepare, query(i)); // statements prepared, pages cached
  const before = process.cpuUsage();
  for (let i = 0; i < searches; i++) searchSqlite(prepare, query(i));
  const whole = cpuMicros(before) / searches;
  const spent = new Map<string, number>();
  const timed = timedStatements(prepare, spent);
  for (let i = 0; i < searches; i++) searchSqlite(timed, query(i));
  console.log(`\nsearch, ${name}: ${whole.toFixed(0)} µs CPU per search`);
  for (const [sql, micros] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`${(micros / searches).toFixed(0).padStart(8)} µs  ${sql.slice(0, 150)}`);
}
console.log(`\n(per-statement figures include ~2 µs of timing per statement; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
db.close();
