import type { Link } from '../../core/types.js';
import type { Store } from '../store.js';
import type { Queryable } from './pg-database.js';

type CorpusMethods = Pick<Store, 'putLinks' | 'linksOf'>;

/** The links between articles (copies and rewrites). */
export function corpusMethods(pool: Queryable): CorpusMethods {
  return {
    async putLinks(links) {
      if (links.length === 0) return;
      // Last one wins when a pair repeats within the batch, as with one INSERT OR REPLACE after another.
      const byPair = new Map(links.map((link) => [`${link.a}\u0000${link.b}`, link]));
      const unique = [...byPair.values()];
      await pool.query(
        `INSERT INTO links (a, b, kind, similarity, json)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[])
         ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, similarity = excluded.similarity, json = excluded.json`,
        [unique.map((l) => l.a), unique.map((l) => l.b), unique.map((l) => l.kind), unique.map((l) => l.similarity), unique.map((l) => JSON.stringify(l))],
      );
    },
    async linksOf(articleIds) {
      const { rows } = await pool.query<{ json: string }>(
        'SELECT json FROM links WHERE a = ANY($1) UNION SELECT json FROM links WHERE b = ANY($1)',
        [articleIds],
      );
      return rows.map((row) => JSON.parse(row.json) as Link);
    },
  };
}
