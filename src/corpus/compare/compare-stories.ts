import { calendarValues } from '../../analyze/claims/find-claims.js';
import type { AnalyzedArticle, Claim, Conflict, Link, SourcePassage, Story } from '../../core/types.js';
import { alignClaims } from './align-claims.js';
import { keyWeights, type PlacedClaim } from './claim-similarity.js';
import { shortStatement } from './short-statement.js';
import { findAttributionConflicts } from './find-attribution-conflicts.js';
import { findDrift } from './find-drift.js';
import { findFigureConflicts } from './find-figure-conflicts.js';
import { findPolarityConflicts } from './find-polarity-conflicts.js';
import { countSources, sourceGroups } from './source-groups.js';

/**
 * Fills each story's claims, conflicts, updates and drift. A story is compared with its related
 * stories too (a later development may contradict what was reported at first), but its claims are
 * only its own articles'. Copies and rewrites of one original count as one source.
 */
export function compareStories(stories: Story[], articles: AnalyzedArticle[], links: Link[]): Story[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = sourceGroups(stories);
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const place = (id: string): PlacedClaim[] => {
    const article = byId.get(id);
    if (!article) return [];
    const published = article.published.value ? Date.parse(article.published.value) : NaN;
    return article.claims.map((claim) => ({
      articleId: id,
      group: groups.get(id) ?? id,
      published: Number.isNaN(published) ? null : published,
      claim: { ...claim, dates: calendarValues(article.dates, claim.start, claim.end) },
    }));
  };
  return stories.map((story) => {
    const related = story.related.flatMap((r) => storyById.get(r)?.articleIds ?? []);
    const own = story.articleIds.flatMap(place);
    const pool = [...own, ...related.flatMap(place)];
    const weight = keyWeights(pool);
    const figures = findFigureConflicts(pool, weight);
    const quotes = [...story.articleIds, ...related].flatMap((id) => (byId.get(id)?.quotes ?? []).map((quote) => ({ articleId: id, group: groups.get(id) ?? id, quote })));
    const ownIds = new Set(story.articleIds);
    // Related stories are compared too, but a story shows only what involves its own articles.
    const concerns = (...passages: SourcePassage[]): boolean => passages.some((p) => ownIds.has(p.articleId));
    const conflicts = [...figures.conflicts, ...findPolarityConflicts(pool, weight), ...findAttributionConflicts(quotes)]
      .filter((c) => concerns(c.a, c.b))
      .map((c, i): Conflict => ({ id: `${story.id}-x${i + 1}`, ...c }));
    const claims = alignClaims(own, weight).map((members) => storyClaim(members, conflicts, groups));
    const storyLinks = links.filter((l) => ownIds.has(l.a) && ownIds.has(l.b));
    const ranked = rank(claims).map((c, i) => ({ ...c, id: `${story.id}-c${i + 1}` }));
    return { ...story, claims: ranked, conflicts, updates: figures.updates.filter((u) => concerns(u.earlier, u.later)), drift: findDrift(storyLinks, byId, weight) };
  });
}

/** One aligned group of claims as the story shows it: its sources, its status, its passages. */
function storyClaim(members: PlacedClaim[], conflicts: Conflict[], groups: Map<string, string>): Claim {
  const articleIds = [...new Set(members.map((m) => m.articleId))];
  const contested = conflicts.some((c) => members.some((m) => touches(c, m)));
  const independentSources = countSources(articleIds, groups);
  const shortest = [...members].sort((x, y) => x.claim.text.length - y.claim.text.length)[0]!;
  return {
    id: '',
    text: shortStatement(shortest.claim.text),
    status: contested ? 'contested' : independentSources >= 2 ? 'corroborated' : 'single-source',
    articleIds,
    independentSources,
    evidence: members.map((m) => ({ articleId: m.articleId, text: m.claim.text, start: m.claim.start, end: m.claim.end })),
  };
}

function touches(conflict: Conflict, m: PlacedClaim): boolean {
  return [conflict.a, conflict.b].some((p) => p.articleId === m.articleId && p.start === m.claim.start);
}

/** Contested and corroborated claims first, then by how many sources back them. */
function rank(claims: Claim[]): Claim[] {
  const order = { contested: 0, corroborated: 1, 'single-source': 2 };
  return [...claims].sort((x, y) => order[x.status] - order[y.status] || y.independentSources - x.independentSources);
}
