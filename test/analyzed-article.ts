// Builds an analysed article from a short invented text through the real article stages. Extraction
// is skipped on purpose: fixtures are one-line bodies, which a text extractor may rightly drop.
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import type { AnalyzedArticle, DateMention } from '../src/core/types.js';

/** `dates`, when given, replace the dates stage's output (and the claims are found again with them). */
export function analyzedArticle(id: string, text: string, published?: string, dates?: DateMention[]): AnalyzedArticle {
  const article = analyzeArticle({
    id, source: `${id}.txt`, url: null, outlet: null, title: null, byline: null, language: 'en', text, messages: [],
    published: { value: published ?? null, from: published ? 'declared' : null },
  });
  if (!dates) return article;
  return { ...article, dates, claims: findClaims({ ...article, dates }) };
}
