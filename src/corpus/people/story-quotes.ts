import type { Quote, Story } from '../../core/types.js';
import { mergeNames, type PeopleSource } from './merge-names.js';

interface Group {
  quotes: Array<{ articleId: string; quote: Quote }>;
  shingles: Set<string>;
}

const normalWords = (text: string): string[] =>
  text.toLowerCase().replace(/[’']/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);

const shinglesOf = (words: string[]): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
};

/**
 * The same quotation across a story's articles, wordings that differ slightly included: two quotes
 * are one when half the word triples of the shorter are in the longer (so a partial quote joins the
 * full one it was cut from). Scare-quoted words and short phrases (under four words) group only with
 * the same words from the same speaker. Candidates come from an inverted index of word triples, so
 * only quotes that share wording are compared.
 */
export function storyQuotes(articles: PeopleSource[]): Story['quotes'] {
  const { canonical } = mergeNames(articles);
  const groups: Group[] = [];
  const byShingle = new Map<string, Group[]>();
  const byShort = new Map<string, Group>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      const resolved = { ...quote, speaker: quote.speaker ? canonical(quote.speaker) : null };
      const words = normalWords(quote.text);
      const entry = { articleId: article.id, quote: resolved };
      if (words.length < 4) {
        const key = `${resolved.speaker ?? ''}|${words.join(' ')}`;
        const group = byShort.get(key) ?? { quotes: [], shingles: new Set<string>() };
        if (!byShort.has(key)) {
          groups.push(group);
          byShort.set(key, group);
        }
        group.quotes.push(entry);
        continue;
      }
      const shingles = shinglesOf(words);
      const group = bestGroup(shingles, byShingle) ?? { quotes: [], shingles: new Set<string>() };
      if (group.quotes.length === 0) groups.push(group);
      group.quotes.push(entry);
      for (const s of shingles) {
        if (group.shingles.has(s)) continue;
        group.shingles.add(s);
        byShingle.set(s, [...(byShingle.get(s) ?? []), group]);
      }
    }
  }
  return groups.map(toStoryQuote);
}

function bestGroup(shingles: Set<string>, byShingle: Map<string, Group[]>): Group | undefined {
  const shared = new Map<Group, number>();
  for (const s of shingles) for (const g of byShingle.get(s) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
  let best: Group | undefined;
  let bestShare = 0.5;
  for (const [g, n] of shared) {
    const share = n / Math.min(shingles.size, g.shingles.size);
    if (share >= bestShare) [best, bestShare] = [g, share];
  }
  return best;
}

/** The longest wording stands for the group; the speaker is the one most variants name. */
function toStoryQuote(group: Group): Story['quotes'][number] {
  const text = group.quotes.reduce((a, b) => (b.quote.text.length > a.length ? b.quote.text : a), '');
  const votes = new Map<string, number>();
  for (const { quote } of group.quotes) if (quote.speaker) votes.set(quote.speaker, (votes.get(quote.speaker) ?? 0) + 1);
  const speaker = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    text,
    speaker,
    variants: group.quotes.map(({ articleId, quote }) => ({ articleId, text: quote.text, start: quote.start, end: quote.end })),
  };
}
