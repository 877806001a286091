import type { Link } from '../../core/types.js';
import type { Store } from '../store.js';
import type { Prepare, SqliteDatabase } from './open-database.js';

type CorpusMethods = Pick<Store, 'putLinks' | 'linksOf'>;

/** The links between articles (copies and rewrites); the corpus index reads and writes them too. */
export function corpusMethods(db: SqliteDatabase, sql: Prepare): CorpusMethods {
  const writeLinks = db.transaction((links: Link[]) => {
    for (const link of links) {
      sql('INSERT OR REPLACE INTO links (a, b, kind, similarity, json) VALUES (?, ?, ?, ?, ?)').run(
        link.a, link.b, link.kind, link.similarity, JSON.stringify(link),
      );
    }
  });

  return {
    async putLinks(links) {
      writeLinks(links);
    },
    async linksOf(articleIds) {
      const ids = JSON.stringify(articleIds);
      const rows = sql(
        `SELECT json FROM links WHERE a IN (SELECT value FROM json_each(@ids))
         UNION SELECT json FROM links WHERE b IN (SELECT value FROM json_each(@ids))`,
      )
        .pluck()
        .all({ ids }) as string[];
      return rows.map((json) => JSON.parse(json) as Link);
    },
  };
}
