import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { analyzeArticle } from '../analyze/analyze-article.js';
import type { AnalyzedArticle, ExtractedArticle } from '../core/types.js';

/** How the ingest flow analyses a batch of extracted articles. */
export type BatchAnalyzer = (articles: ExtractedArticle[]) => Promise<AnalyzedArticle[]>;

/** On the calling thread: what tests and one-core machines use. */
export const analyzeHere: BatchAnalyzer = async (articles) => articles.map(analyzeArticle);

export interface AnalyzerPool {
  analyze: BatchAnalyzer;
  close(): Promise<void>;
}

/**
 * Analysis on worker threads (piscina), one per core beyond the first: the ingest thread keeps the
 * store and the corpus step, which must stay in one place. On a single core this is `analyzeHere`.
 * Batches are analysed one at a time; the gain is the overlap with the previous batch's write.
 * The worker file has this module's extension, so the pool also runs from the TypeScript sources
 * (benchmarks, tests), loaded through tsx there; the built CLI runs plain JavaScript.
 */
export function createAnalyzerPool(threads = availableParallelism() - 1): AnalyzerPool {
  if (threads < 1) return { analyze: analyzeHere, close: async () => {} };
  const here = fileURLToPath(import.meta.url);
  let pool: Piscina<ExtractedArticle[], AnalyzedArticle[]> | undefined;
  return {
    analyze: async (articles) => {
      if (pool) return pool.run(articles);
      // The first batch is analysed here while the threads start: an ingest of one batch starts none.
      pool = new Piscina({
        filename: new URL(`./analyze-worker${extname(here)}`, import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        execArgv: extname(here) === '.ts' ? ['--import', 'tsx'] : undefined,
      });
      return analyzeHere(articles);
    },
    close: async () => pool?.destroy(),
  };
}
