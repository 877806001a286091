// A story's dossier as JSON text, assembled in SQL from the stored JSON and kept in story_dossiers
// (migration 8), so a dossier read is one row: assembling it cost most of a GET /api/stories/:id.
import type { Prepare } from './open-database.js';

/**
 * The dossier after its `generatedAt` key, for the story_documents row `d`: the articles (their JSON
 * holds no sentences: migration 7) with their text, in the story's order, the links among them, and
 * the story. Nothing is parsed and re-serialised: the text is spliced in as each article's last key
 * (its stored JSON is a non-empty object written by JSON.stringify, so it ends with its brace).
 * Migration 8 fills story_dossiers with it; it is also the read when a story's row is missing.
 */
export const DOSSIER_BODY_SQL = `'"articles":[' || coalesce((
    SELECT group_concat(substr(a.json, 1, length(a.json) - 1) || ',"text":' || json_quote(a.text) || '}', ',' ORDER BY member.key)
    FROM json_each(json_extract(d.json, '$.articleIds')) member JOIN articles a ON a.id = member.value), '')
  || '],"links":[' || coalesce((
    SELECT group_concat(l.json, ',' ORDER BY l.a, l.b) FROM links l
    WHERE l.a IN (SELECT value FROM json_each(json_extract(d.json, '$.articleIds'))) AND l.b IN (SELECT value FROM json_each(json_extract(d.json, '$.articleIds')))), '')
  || '],"stories":[' || d.json || '],"failures":[]}'`;

/** Builds the stored dossiers of the stories written since the last build, once their links are in. */
export interface DossierWriter {
  written(storyIds: string[]): void;
  /** Builds them now (the links a corpus step writes go in at its end, and would undo an earlier build). */
  build(): void;
  /** Forgets them (their step was rolled back). */
  forget(): void;
}

export function dossierWriter(sql: Prepare): DossierWriter {
  let pending = new Set<string>();
  return {
    written(storyIds) {
      for (const id of storyIds) pending.add(id);
    },
    build() {
      if (pending.size === 0) return;
      sql(
        `INSERT OR REPLACE INTO story_dossiers (id, json)
         SELECT d.id, ${DOSSIER_BODY_SQL} FROM story_documents d WHERE d.id IN (SELECT value FROM json_each(?))`,
      ).run(JSON.stringify([...pending]));
      pending = new Set();
    },
    forget() {
      pending = new Set();
    },
  };
}

/** The dossier's JSON as UTF-8 bytes (null: no such story): the stored one, or assembled when it is missing. */
export function readDossierJson(sql: Prepare, id: string): Uint8Array<ArrayBuffer> | null {
  // As a BLOB the text comes out as its bytes: no string is decoded, and the response encodes none.
  const body = sql(
    `SELECT CAST(coalesce((SELECT json FROM story_dossiers WHERE id = @id), (SELECT ${DOSSIER_BODY_SQL} FROM story_documents d WHERE d.id = @id)) AS BLOB)`,
  ).pluck().get({ id }) as Buffer | null;
  return body === null ? null : Buffer.concat([Buffer.from(`{"schemaVersion":1,"generatedAt":${JSON.stringify(new Date().toISOString())},`), body]);
}
