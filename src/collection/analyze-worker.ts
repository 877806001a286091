// The body of an analysis thread (see analyze-pool.ts): the article stages are pure, so a batch can be
// analysed on another core while the ingest's own thread writes the previous batch and its stories.
import { analyzeArticle } from '../analyze/analyze-article.js';
import type { AnalyzedArticle, ExtractedArticle } from '../core/types.js';

export default function analyzeBatch(articles: ExtractedArticle[]): AnalyzedArticle[] {
  return articles.map(analyzeArticle);
}
