import { syntheticInputs } from './synthetic-documents.js';

export interface SearchQueries {
  rare: string[];
  sixth: string[];
  common: string[];
  outlet: string;
  from: string;
  to: string;
}

/**
 * Search words picked by their document frequency in the collection's own articles (so the figures
 * do not depend on which words a generator happens to use): rare (a story's worth), in about 1/6 of
 * the articles, and in nearly all; plus the most common outlet and two weeks in the middle.
 */
export function searchQueries(n: number): SearchQueries {
  const df = new Map<string, number>();
  const outlets = new Map<string, number>();
  const days: string[] = [];
  for (const { input } of syntheticInputs(n)) {
    for (const w of new Set(`${input.title} ${input.text}`.toLowerCase().match(/\p{L}{4,}/gu))) df.set(w, (df.get(w) ?? 0) + 1);
    outlets.set(input.outlet ?? '', (outlets.get(input.outlet ?? '') ?? 0) + 1);
    if (input.published) days.push(input.published.slice(0, 10));
  }
  const byDf = [...df].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const near = (share: number): string[] => [...byDf].sort((a, b) => Math.abs(a[1] / n - share) - Math.abs(b[1] / n - share)).slice(0, 3).map(([w]) => w);
  days.sort();
  const mid = new Date(`${days[days.length >> 1]}T00:00:00Z`);
  const day = (offset: number): string => new Date(mid.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    rare: byDf.filter(([, c]) => c >= 5 && c <= 20).filter((_, i) => i % 97 === 0).slice(0, 50).map(([w]) => w),
    sixth: near(1 / 6),
    common: byDf.slice(-3).map(([w]) => w),
    outlet: [...outlets].sort((a, b) => b[1] - a[1])[0]![0],
    from: day(-7),
    to: day(6),
  };
}
