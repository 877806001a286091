import type { DossierArticle } from '../core/types.js';

/** The name a reader knows a source by: the outlet, else the URL's host, else the file name. */
export function outletOf(article: Pick<DossierArticle, 'outlet' | 'url' | 'source' | 'id'>): string {
  if (article.outlet) return article.outlet;
  const fromUrl = hostOf(article.url ?? article.source);
  if (fromUrl) return fromUrl;
  const file = article.source.split(/[\\/]/).pop();
  return file || article.id;
}

function hostOf(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** "3 rewrites", "1 rewrite": counts read as words in summaries. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Distinct values in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
