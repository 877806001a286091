// Search filters as FTS5 terms of the `facets` column (migration 6 writes the same tokens for every
// article), so FTS5 intersects a word's match list with the outlet's and the days' lists itself
// instead of the store joining every match to its article row. The tokens select a superset
// (porter may stem two outlets' tokens alike; 'dnone' stands for any value that is not a full date):
// the exact SQL conditions still run, on the few rows left.

/** The outlet's token: hex of its UTF-8 bytes in ASCII lower case (what NOCASE compares). */
export function outletToken(outlet: string): string {
  return `o${Buffer.from(outlet.replace(/[A-Z]/g, (c) => c.toLowerCase()), 'utf8').toString('hex')}x`;
}

/** Tokens covering the days from..to (inclusive, YYYY-MM-DD): whole years and months as one token each. */
export function dayRangeTokens(from: string, to: string): string[] {
  const tokens: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const iso = (d: Date): string => d.toISOString().slice(0, 10).replaceAll('-', '');
  while (day <= end) {
    const year = day.getUTCFullYear();
    const month = day.getUTCMonth();
    const yearEnd = new Date(Date.UTC(year, 11, 31));
    const monthEnd = new Date(Date.UTC(year, month + 1, 0));
    if (month === 0 && day.getUTCDate() === 1 && yearEnd <= end) {
      tokens.push(`y${year}`);
      day.setUTCFullYear(year + 1);
    } else if (day.getUTCDate() === 1 && monthEnd <= end) {
      tokens.push(`m${iso(day).slice(0, 6)}`);
      day.setUTCMonth(month + 1);
    } else {
      tokens.push(`d${iso(day)}`);
      day.setUTCDate(day.getUTCDate() + 1);
    }
  }
  return tokens;
}

/**
 * The FTS5 expression a filter adds to the MATCH (null when there is nothing to add). A date range is
 * clipped to the collection's first and last day (`bounds`: a range from year 1 would otherwise be
 * thousands of tokens), and left to SQL when those are unknown.
 */
export function facetMatch(
  filter: { outlet?: string | undefined; from?: string | undefined; to?: string | undefined },
  bounds: () => { first: string | null; last: string | null },
): string | null {
  const parts: string[] = [];
  if (filter.outlet) parts.push(`facets : ${outletToken(filter.outlet)}`);
  if (filter.from || filter.to) {
    const { first, last } = bounds();
    const isDay = (d: string | null | undefined): d is string => d !== null && d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d);
    if (isDay(first) && isDay(last)) {
      const from = filter.from && filter.from > first ? filter.from : first;
      const to = filter.to && filter.to < last ? filter.to : last;
      parts.push(`facets : (${[...dayRangeTokens(from, to), 'dnone'].join(' OR ')})`);
    }
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}
