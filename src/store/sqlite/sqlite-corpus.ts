import type { Link } from '../../core/types.js';
import type { Store } from '../store.js';
import type { Prepare, SqliteDatabase } from './open-database.js';

type CorpusMethods = Pick<Store, 'putFingerprints' | 'getFingerprints' | 'articlesByBands' | 'putLinks' | 'linksOf'>;

/** Fingerprints, LSH bands and links: what the corpus stages read instead of re-reading article text. */
export function corpusMethods(db: SqliteDatabase, sql: Prepare): CorpusMethods {
  const writeFingerprints = db.transaction((fingerprints: Parameters<Store['putFingerprints']>[0]) => {
    for (const { articleId, signature, bands } of fingerprints) {
      sql('INSERT OR REPLACE INTO fingerprints (article_id, signature) VALUES (?, ?)').run(articleId, Buffer.from(signature));
      sql('DELETE FROM fingerprint_bands WHERE article_id = ?').run(articleId);
      for (const band of new Set(bands)) sql('INSERT INTO fingerprint_bands (band, article_id) VALUES (?, ?)').run(band, articleId);
    }
  });
  const writeLinks = db.transaction((links: Link[]) => {
    for (const link of links) {
      sql('INSERT OR REPLACE INTO links (a, b, kind, similarity, json) VALUES (?, ?, ?, ?, ?)').run(
        link.a, link.b, link.kind, link.similarity, JSON.stringify(link),
      );
    }
  });

  return {
    async putFingerprints(fingerprints) {
      writeFingerprints(fingerprints);
    },
    async getFingerprints(articleIds) {
      const ids = JSON.stringify(articleIds);
      const signatures = sql('SELECT article_id, signature FROM fingerprints WHERE article_id IN (SELECT value FROM json_each(?))').all(ids) as {
        article_id: string;
        signature: Buffer;
      }[];
      const bands = sql('SELECT article_id, band FROM fingerprint_bands WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY band').all(ids) as {
        article_id: string;
        band: string;
      }[];
      const bandsOf = new Map<string, string[]>();
      for (const { article_id, band } of bands) bandsOf.set(article_id, [...(bandsOf.get(article_id) ?? []), band]);
      return signatures.map((row) => ({
        articleId: row.article_id,
        signature: new Uint8Array(row.signature),
        bands: bandsOf.get(row.article_id) ?? [],
      }));
    },
    async articlesByBands(bands, limit) {
      return sql('SELECT DISTINCT article_id FROM fingerprint_bands WHERE band IN (SELECT value FROM json_each(?)) LIMIT ?')
        .pluck()
        .all(JSON.stringify(bands), limit) as string[];
    },
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
