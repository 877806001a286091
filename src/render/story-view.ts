// What the Markdown and HTML dossiers show of one story, decided once: which claims are
// established, which rest on one source, how quotes group by speaker, how copy groups read.
// The two renderers only format this view, so they cannot disagree about the content.
import type { Claim, Conflict, Dossier, DossierArticle, Link, Story } from '../core/types.js';
import { distinct, outletOf, plural } from './article-label.js';

export interface QuoteView {
  text: string;
  outlets: string[];
  /** Other wordings of the same quote, with the outlet that carried each. */
  variants: { text: string; outlet: string; articleId: string }[];
}

export interface SpeakerView {
  speaker: string;
  quotes: QuoteView[];
}

export interface CopyGroupView {
  /** "1 original + 3 rewrites" */
  headline: string;
  original: { articleId: string; outlet: string } | null;
  copies: { articleId: string; outlet: string; kind: string }[];
}

export interface DriftView {
  original: string;
  rewrite: string;
  changes: { kind: string; originalText: string; rewriteText: string }[];
}

export interface StoryView {
  story: Story;
  articles: DossierArticle[];
  outlet: (articleId: string) => string;
  outletsOf: (articleIds: string[]) => string[];
  established: Claim[];
  singleSource: Claim[];
  contested: Claim[];
  conflicts: Conflict[];
  speakers: SpeakerView[];
  copyGroups: CopyGroupView[];
  drift: DriftView[];
  relatedTitles: { id: string; title: string }[];
}

export function buildStoryView(dossier: Dossier, story: Story): StoryView {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const outlet = (id: string): string => {
    const article = byId.get(id);
    return article ? outletOf(article) : id;
  };
  const outletsOf = (ids: string[]): string[] => distinct(ids.map(outlet));
  const members = new Set(story.articleIds);
  const articles = story.articleIds.flatMap((id) => byId.get(id) ?? []).sort(byPublished);
  const links = dossier.links.filter((l) => members.has(l.a) && members.has(l.b));
  const storyTitles = new Map(dossier.stories.map((s) => [s.id, s.title]));
  return {
    story,
    articles,
    outlet,
    outletsOf,
    established: story.claims.filter((c) => c.status === 'corroborated').sort(bySources),
    singleSource: story.claims.filter((c) => c.status === 'single-source'),
    contested: story.claims.filter((c) => c.status === 'contested'),
    conflicts: story.conflicts,
    speakers: groupQuotes(story, outlet),
    copyGroups: story.copyGroups.map((g) => copyGroupView(g, outlet)),
    drift: links.filter((l) => l.changes.length > 0).map((l) => driftView(l, outlet)),
    relatedTitles: story.related.map((id) => ({ id, title: storyTitles.get(id) ?? id })),
  };
}

function byPublished(a: DossierArticle, b: DossierArticle): number {
  return (a.published.value ?? '9999').localeCompare(b.published.value ?? '9999');
}

function bySources(a: Claim, b: Claim): number {
  return b.independentSources - a.independentSources;
}

function groupQuotes(story: Story, outlet: (id: string) => string): SpeakerView[] {
  const bySpeaker = new Map<string, QuoteView[]>();
  for (const quote of story.quotes) {
    const speaker = quote.speaker ?? 'Unattributed';
    const variants = quote.variants
      .filter((v) => normalise(v.text) !== normalise(quote.text))
      .map((v) => ({ text: v.text, outlet: outlet(v.articleId), articleId: v.articleId }));
    const view = { text: quote.text, outlets: distinct(quote.variants.map((v) => outlet(v.articleId))), variants };
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), view]);
  }
  // Most-quoted speakers first; the unattributed pile last.
  return [...bySpeaker]
    .map(([speaker, quotes]) => ({ speaker, quotes }))
    .sort((a, b) => rank(b) - rank(a));
}

function rank(s: SpeakerView): number {
  return s.speaker === 'Unattributed' ? -1 : s.quotes.length;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function copyGroupView(group: Story['copyGroups'][number], outlet: (id: string) => string): CopyGroupView {
  const counts = new Map<string, number>();
  for (const c of group.copies) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => plural(n, kindNoun(kind)));
  const head = group.original ? '1 original' : 'origin undetermined:';
  return {
    headline: group.original ? [head, ...parts].join(' + ') : `${head} ${parts.join(' + ')}`,
    original: group.original ? { articleId: group.original, outlet: outlet(group.original) } : null,
    copies: group.copies.map((c) => ({ ...c, outlet: outlet(c.articleId) })),
  };
}

function kindNoun(kind: string): string {
  return kind === 'exact' ? 'exact copy' : kind;
}

/** Orients a link's changes so the original's wording comes first, whichever side it is on. */
function driftView(link: Link, outlet: (id: string) => string): DriftView {
  const flipped = link.original === link.b;
  return {
    original: outlet(flipped ? link.b : link.a),
    rewrite: outlet(flipped ? link.a : link.b),
    changes: link.changes.map((c) => ({
      kind: c.kind,
      originalText: flipped ? c.to : c.from,
      rewriteText: flipped ? c.from : c.to,
    })),
  };
}

/** The story's own days and its historical background, each in date order. */
export function splitTimeline(story: Story): { own: Story['timeline']; background: Story['timeline'] } {
  const sorted = [...story.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return { own: sorted.filter((e) => !e.background), background: sorted.filter((e) => e.background) };
}

/** People first, then organisations, countries and places; most mentioned first within each. */
export function groupEntities(story: Story): { type: string; label: string; entities: Story['entities'] }[] {
  const labels = { person: 'People', organization: 'Organisations', country: 'Countries', place: 'Places' } as const;
  return (Object.keys(labels) as (keyof typeof labels)[])
    .map((type) => ({
      type,
      label: labels[type],
      entities: story.entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions),
    }))
    .filter((g) => g.entities.length > 0);
}

/** How many items of each kind the one-screen summary shows before "and N more". */
export const summaryLimit = 5;

/** The summary's sentence about where a claim stands: "3 independent sources: A, B, C". */
export function sourcesLine(view: StoryView, claim: Claim): string {
  return `${plural(claim.independentSources, 'independent source')}: ${view.outletsOf(claim.articleIds).join(', ')}`;
}

/** The story's headline figures, one line. */
export function storyFacts(view: StoryView): string {
  const dates = view.articles.map((a) => a.published.value?.slice(0, 10)).filter((d): d is string => !!d);
  const range = dates.length ? ` · ${dates[0]}${dates.length > 1 && dates.at(-1) !== dates[0] ? ` to ${dates.at(-1)}` : ''}` : '';
  return `${plural(view.articles.length, 'article')} · ${plural(view.story.independentSources, 'independent source')} · ${plural(view.conflicts.length, 'conflict')}${range}`;
}
