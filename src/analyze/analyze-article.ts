import type { AnalyzedArticle, ExtractedArticle } from '../core/types.js';
import { findClaims } from './claims/find-claims.js';
import { findDates } from './dates/find-dates.js';
import { findEntities } from './entities/find-entities.js';
import { checkPublished } from './published-check/check-published.js';
import { findQuotes } from './quotes/find-quotes.js';
import { splitSentences } from './segment/split-sentences.js';

/**
 * The article stages, in order. Pure: same article in, same analysis out.
 * Order matters: sentences first (every stage works on them); entities before quotes,
 * because a quote's speaker is resolved to an entity's canonical name.
 */
export function analyzeArticle(article: ExtractedArticle): AnalyzedArticle {
  const sentences = splitSentences(article.text);
  const entities = findEntities(article.text, sentences);
  const quotes = findQuotes(article.text, sentences, entities);
  const dates = findDates(article.text, sentences, article.published);
  // After dates: the publication date is checked against the dates the text resolves from it.
  const messages = [...article.messages, ...checkPublished(article.published, dates)];
  const claims = findClaims({ ...article, sentences, entities, quotes, dates }); // needs all the above
  return { ...article, messages, sentences, entities, quotes, dates, claims };
}
