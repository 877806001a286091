import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzedArticle, ExtractedArticle, RawDocument } from '../core/types.js';
import type { ExtractResult } from '../extract/extract-article.js';
import runTask, { type ArticleTask } from './analyze-worker.js';

/** Where the ingest flow extracts and analyses a batch (the two pure steps before the store). */
export interface ArticleWork {
  extract(documents: RawDocument[]): Promise<ExtractResult[]>;
  analyze(articles: ExtractedArticle[]): Promise<AnalyzedArticle[]>;
}

/** On the calling thread: what tests and one-core machines use. */
export const workHere: ArticleWork = {
  extract: async (documents) => runTask({ extract: documents }) as ExtractResult[],
  analyze: async (articles) => runTask({ analyze: articles }) as AnalyzedArticle[],
};

export interface ArticlePool extends ArticleWork {
  close(): Promise<void>;
}

/**
 * Extraction and analysis on worker threads (piscina), one per core beyond the first: the ingest
 * thread keeps the store and the corpus step, which must stay in one place. On a single core this is
 * `workHere`. The gain is the overlap with the previous batch's write, so the first batch is done here
 * while the threads start (an ingest of one batch starts none). Run from the TypeScript sources
 * (benchmarks, tests), the worker file is a JavaScript entry that registers tsx first.
 */
export function createArticlePool(threads = availableParallelism() - 1): ArticlePool {
  if (threads < 1) return { ...workHere, close: async () => {} };
  const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
  let pool: Piscina | undefined;
  const onPool = <In, Out>(task: (input: In) => ArticleTask, inline: (input: In) => Promise<Out>) => async (input: In): Promise<Out> => {
    if (pool) return pool.run(task(input)) as Promise<Out>;
    pool = new Piscina({
      filename: new URL(fromSources ? './analyze-worker-from-sources.mjs' : './analyze-worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
    });
    return inline(input);
  };
  return {
    extract: onPool((documents: RawDocument[]) => ({ extract: documents }), workHere.extract),
    analyze: onPool((articles: ExtractedArticle[]) => ({ analyze: articles }), workHere.analyze),
    close: async () => pool?.destroy(),
  };
}
