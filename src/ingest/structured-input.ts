import { z } from 'zod';
import type { IngestFailure, RawDocument } from '../core/types.js';

/** A field that may be absent or null (as in `corroborate export --format jsonl`): null counts as absent. */
const optional = <T extends z.ZodType>(field: T) => field.nullish().transform((v) => v ?? undefined);

/**
 * A publication date: a string, or the exported form `{ value, from }`. A date the pipeline inferred is not
 * declared back: the next run infers it again from the same evidence.
 */
const publishedInput = optional(
  z.union([z.string(), z.object({ value: z.string().nullable(), from: z.string().nullish() })]).transform((p) =>
    typeof p === 'string' ? p : p.from === 'inferred' ? null : p.value,
  ),
);

/**
 * One article as JSON/JSONL input. Declared fields win over extracted ones. Other fields are ignored, so
 * the articles `corroborate export --format jsonl` writes can be ingested again.
 */
export const articleInputSchema = z
  .object({
    id: optional(z.string().min(1)),
    url: optional(z.string().min(1)),
    outlet: optional(z.string()),
    title: optional(z.string()),
    published: publishedInput,
    byline: optional(z.string()),
    html: optional(z.string()),
    text: optional(z.string()),
  })
  .refine((a) => a.html !== undefined || a.text !== undefined, { message: 'needs "html" or "text"' });

export type ArticleInput = z.input<typeof articleInputSchema>;

/** Articles from a `.json` file (one object or an array). */
export function parseJsonArticles(source: string, content: string): Array<RawDocument | IngestFailure> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return [{ source, message: `invalid JSON: ${(error as Error).message}` }];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => toDocument(Array.isArray(parsed) ? `${source}#${index}` : source, item));
}

/** Articles from a `.jsonl` file, one per line; a bad line is one failure naming the line. */
export function parseJsonLines(source: string, content: string): Array<RawDocument | IngestFailure> {
  const results: Array<RawDocument | IngestFailure> = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      results.push({ source, line: lineNumber, message: `invalid JSON on line ${lineNumber}: ${(error as Error).message}` });
      return;
    }
    const result = toDocument(`${source}:${lineNumber}`, parsed);
    results.push('message' in result ? { ...result, source, line: lineNumber } : result);
  });
  return results;
}

/** One validated article object to a RawDocument (already decoded text: JSON is Unicode). */
export function toDocument(source: string, value: unknown): RawDocument | IngestFailure {
  const result = articleInputSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    return { source, message: `not an article object (${problems.join('; ')})` };
  }
  const { html, text, ...declared } = result.data;
  return {
    source,
    format: html !== undefined ? 'html' : 'text',
    body: html ?? text ?? '',
    declared,
    messages: [],
  };
}
