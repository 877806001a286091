import { z } from 'zod';
import type { IngestFailure, RawDocument } from '../core/types.js';

/** One article as JSON/JSONL input. Declared fields win over extracted ones. */
export const articleInputSchema = z
  .object({
    id: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    outlet: z.string().optional(),
    title: z.string().optional(),
    published: z.string().optional(),
    byline: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
  })
  .refine((a) => a.html !== undefined || a.text !== undefined, { message: 'needs "html" or "text"' });

export type ArticleInput = z.infer<typeof articleInputSchema>;

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
