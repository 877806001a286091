import type { Conflict, StoryUpdate } from '../../core/types.js';
import { similarity, type PlacedClaim, type KeyWeights } from './claim-similarity.js';
import { crossSourcePairs, passageOf } from './passage.js';

type Found = Omit<Conflict, 'id'>;

/** Claims this alike, apart from their figures, report the same quantity. */
const SAME_QUANTITY = 0.4;
/** Reports published this far apart may carry a figure that has since changed: an update. */
const UPDATE_GAP_MS = 12 * 3600 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Different figures for the same quantity, different ranks for the same thing, different days for
 * the same event. Only factual claims count: a hypothetical "it will be their fourth meeting" does
 * not contradict "it was their third summit".
 */
export function findFigureConflicts(claims: PlacedClaim[], weight: KeyWeights): { conflicts: Found[]; updates: StoryUpdate[] } {
  const conflicts: Found[] = [];
  const updates: Array<StoryUpdate & { at: number }> = [];
  // Only claims with a figure, or with a day and a verb, can disagree on one.
  const facts = claims.filter((c) => c.claim.mode === 'fact' && (c.claim.quantities.length > 0 || (c.claim.predicate && c.claim.dates.some((d) => DAY.test(d)))));
  for (const [a, b] of crossSourcePairs(facts)) {
    const score = similarity(a.claim, b.claim, weight, false);
    if (score < SAME_QUANTITY) continue;
    for (const qa of a.claim.quantities) {
      const qb = b.claim.quantities.find((q) => q.unit === qa.unit && q.kind === qa.kind && q.value !== qa.value);
      if (!qb || !datesAgree(a, b)) continue;
      const about = qa.kind === 'ordinal' ? `which ${qa.noun} (rank)` : `number of ${qa.noun}`;
      const apart = a.published !== null && b.published !== null && Math.abs(a.published - b.published) >= UPDATE_GAP_MS;
      if (apart) {
        const [earlier, later] = a.published! < b.published! ? [a, b] : [b, a];
        const [from, to] = earlier === a ? [qa, qb] : [qb, qa];
        updates.push({ about, earlier: passageOf(earlier), later: passageOf(later), note: `${from.text} -> ${to.text}: reported later`, at: later.published! });
      } else {
        conflicts.push({ kind: qa.kind === 'ordinal' ? 'attribute' : 'number', about, a: passageOf(a), b: passageOf(b), note: `${qa.text} vs ${qb.text}` });
      }
      break;
    }
    const da = a.claim.dates.filter((d) => DAY.test(d));
    const db = b.claim.dates.filter((d) => DAY.test(d));
    const samePredicate = a.claim.predicate !== null && a.claim.predicate === b.claim.predicate;
    if (samePredicate && da.length === 1 && db.length === 1 && da[0] !== db[0]) {
      conflicts.push({ kind: 'date', about: `when: ${a.claim.predicate}`, a: passageOf(a), b: passageOf(b), note: `${da[0]} vs ${db[0]}` });
    }
  }
  // Updates in the order they were reported.
  return { conflicts, updates: updates.sort((x, y) => x.at - y.at).map(({ at: _at, ...u }) => u) };
}

/** Figures tied to different dates ("15 in 2023", "20 in 2024") are not the same quantity. */
function datesAgree(a: PlacedClaim, b: PlacedClaim): boolean {
  if (a.claim.dates.length === 0 || b.claim.dates.length === 0) return true;
  return a.claim.dates.some((d) => b.claim.dates.includes(d));
}
