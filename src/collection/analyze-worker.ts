// The body of an article thread (see analyze-pool.ts): extraction and the article stages are pure, so a
// batch can be read and analysed on another core while the ingest's own thread writes the previous one.
import { analyzeArticle } from '../analyze/analyze-article.js';
import type { AnalyzedArticle, ExtractedArticle, RawDocument } from '../core/types.js';
import { type ExtractResult, extractArticle } from '../extract/extract-article.js';

export type ArticleTask = { extract: RawDocument[] } | { analyze: ExtractedArticle[] };

// One default export: piscina's named tasks (`run(x, { name })`) fail to load a .ts file under tsx.
export default function runTask(task: ArticleTask): ExtractResult[] | AnalyzedArticle[] {
  return 'extract' in task ? task.extract.map(extractArticle) : task.analyze.map(analyzeArticle);
}
