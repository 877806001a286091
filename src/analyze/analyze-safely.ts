import type { AnalyzedArticle, ExtractedArticle } from '../core/types.js';
import { analyzeArticle } from './analyze-article.js';

/**
 * `analyzeArticle` for batches: a stage that throws is a bug, but one article must never stop a batch,
 * so the error becomes that article's failure (reported and skipped) and the batch goes on.
 */
export function analyzeSafely(article: ExtractedArticle): { article: AnalyzedArticle } | { failure: string } {
  try {
    return { article: analyzeArticle(article) };
  } catch (error) {
    return { failure: `analysis failed, a bug in Corroborate (please report it with this article): ${(error as Error).message}` };
  }
}
