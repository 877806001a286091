import type { Link } from '../../core/types.js';
import type { Store } from '../store.js';
import { type Pool, inTransaction } from './pg-database.js';

type CorpusMethods = Pick<Store, 'putFingerprints' | 'getFingerprints' | 'articlesByBands' | 'putLinks' | 'linksOf'>;

/** Fingerprints, LSH bands and links: what the corpus stages read instead of re-reading article text. */
export function corpusMethods(pool: Pool): CorpusMethods {
  return {
    async putFingerprints(fingerprints) {
      if (fingerprints.length === 0) return;
      await inTransaction(pool, async (client) => {
        for (const { articleId, signature, bands } of fingerprints) {
          await client.query(
            `INSERT INTO fingerprints (article_id, signature) VALUES ($1, $2)
             ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature`,
            [articleId, Buffer.from(signature)],
          );
          await client.query('DELETE FROM fingerprint_bands WHERE article_id = $1', [articleId]);
          await client.query('INSERT INTO fingerprint_bands (band, article_id) SELECT DISTINCT unnest($1::text[]), $2', [bands, articleId]);
        }
      });
    },
    async getFingerprints(articleIds) {
      const { rows } = await pool.query<{ article_id: string; signature: Buffer; bands: string[] | null }>(
        `SELECT f.article_id, f.signature,
           (SELECT array_agg(band ORDER BY band COLLATE "C") FROM fingerprint_bands b WHERE b.article_id = f.article_id) AS bands
         FROM fingerprints f WHERE f.article_id = ANY($1)`,
        [articleIds],
      );
      return rows.map((row) => ({ articleId: row.article_id, signature: new Uint8Array(row.signature), bands: row.bands ?? [] }));
    },
    async articlesByBands(bands, limit) {
      const { rows } = await pool.query<{ article_id: string }>('SELECT DISTINCT article_id FROM fingerprint_bands WHERE band = ANY($1) LIMIT $2', [bands, limit]);
      return rows.map((row) => row.article_id);
    },
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
