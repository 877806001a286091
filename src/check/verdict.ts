import type { Stance } from './check-stance.js';

export interface ArticleStance {
  articleId: string;
  /** Source group: copies and rewrites of one original share it. */
  group: string;
  stance: Stance;
}

export interface Verdict {
  supporting: number;
  disputing: number;
  discussing: number;
  unaddressed: number;
  line: string;
}

/** The whole set's verdict in independent sources: a group counts once, by its members' majority. */
export function verdict(stances: ArticleStance[]): Verdict {
  const byGroup = new Map<string, Stance[]>();
  for (const s of stances) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s.stance]);
  const counts: Record<Stance, number> = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
  for (const members of byGroup.values()) counts[majority(members)]++;
  const plural = (n: number): string => `${n} independent source${n === 1 ? '' : 's'}`;
  return {
    supporting: counts.agree,
    disputing: counts.disagree,
    discussing: counts.discuss,
    unaddressed: counts.unrelated,
    line: `supported by ${plural(counts.agree)}, disputed by ${counts.disagree}, discussed without taking a side by ${counts.discuss}, unaddressed by ${counts.unrelated}`,
  };
}

function majority(members: Stance[]): Stance {
  // Ties go to the stance that matters most to a reader: a dispute within a copy group is shown.
  const order: Stance[] = ['disagree', 'agree', 'discuss', 'unrelated'];
  const count = (s: Stance): number => members.filter((m) => m === s).length;
  return [...order].sort((a, b) => count(b) - count(a))[0]!;
}
