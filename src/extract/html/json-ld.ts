// JSON-LD objects that describe the article itself (NewsArticle, BlogPosting, ...), best first.

const ARTICLE_TYPE = /article|posting|report|newsarticle|webpage/i;

function types(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Article-typed objects first (WebPage last), then any other object. */
export function articleObjects(objects: Record<string, unknown>[]): Record<string, unknown>[] {
  const rank = (o: Record<string, unknown>): number => {
    const ts = types(o);
    if (ts.some((t) => ARTICLE_TYPE.test(t) && !/webpage/i.test(t))) return 0;
    return ts.some((t) => /webpage/i.test(t)) ? 1 : 2;
  };
  return [...objects].sort((a, b) => rank(a) - rank(b));
}

/** A person or organisation value as a name: "X", {name: "X"}, or a list of them. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return null;
}
