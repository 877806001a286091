// Builds an analysed article from a short invented text, through the real extract and analyze stages.
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import type { AnalyzedArticle, DateMention } from '../src/core/types.js';
import { extractArticle } from '../src/extract/extract-article.js';

/** `dates`, when given, replace the dates stage's output (and the claims are found again with them). */
export function analyzedArticle(id: string, text: string, published?: string, dates?: DateMention[]): AnalyzedArticle {
  const result = extractArticle({ source: `${id}.txt`, format: 'text', body: text, declared: { id, published }, messages: [] });
  if ('failure' in result) throw new Error(`fixture ${id}: ${result.failure}`);
  const article = analyzeArticle(result.article);
  if (!dates) return article;
  return { ...article, dates, claims: findClaims({ ...article, dates }) };
}
