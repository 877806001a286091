import type { AnalyzedArticle, IngestFailure } from '../core/types.js';
import { analyzeSafely } from '../analyze/analyze-safely.js';
import { extractArticle } from '../extract/extract-article.js';
import { DEFAULT_READ, type ReadOptions, expandInputs, isFailure, readSource } from '../ingest/read-sources.js';

export interface BatchEvents {
  onStart?(total: number): void;
  onSource?(source: string): void;
  onFailure?(failure: IngestFailure): void;
}

export interface BatchResult {
  articles: AnalyzedArticle[];
  failures: IngestFailure[];
}

/**
 * Reads every input, extracts and analyses each document. A bad document becomes a failure and the
 * batch goes on; the same article given twice is kept once.
 */
export async function analyzeSources(inputs: string[], events: BatchEvents = {}, options: ReadOptions = DEFAULT_READ): Promise<BatchResult> {
  const { leaves, failures } = await expandInputs(inputs);
  failures.forEach((failure) => events.onFailure?.(failure));
  events.onStart?.(leaves.length);
  const articles = new Map<string, AnalyzedArticle>();
  const fail = (failure: IngestFailure) => {
    failures.push(failure);
    events.onFailure?.(failure);
  };
  for (const leaf of leaves) {
    for (const item of await readSource(leaf, options)) {
      if (isFailure(item)) {
        fail(item);
        continue;
      }
      const extracted = extractArticle(item);
      if ('failure' in extracted) {
        fail({ source: item.source, message: extracted.failure });
        continue;
      }
      if (articles.has(extracted.article.id)) continue;
      const analyzed = analyzeSafely(extracted.article);
      if ('failure' in analyzed) fail({ source: item.source, message: analyzed.failure });
      else articles.set(analyzed.article.id, analyzed.article);
    }
    events.onSource?.(leaf);
  }
  return { articles: [...articles.values()], failures };
}
