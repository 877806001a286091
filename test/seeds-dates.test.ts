// Dates, publication-date checks and the story timeline on the five real seed articles.
// Until plain-text extraction reads leading date lines, the two seeds that state a date are given it
// here as a declared value (the first seed's wrong 2025-04-04 included); the other three state none.
// Checked against main's text extractor (trial merge, 2026-11-23): it reads the same two dates from the
// text, and with STATED empty every assertion below still holds, so STATED can go after the merge. What
// changes is unasserted: the teaser blocks it removes ("Hot this week", "June 13, 2024") stop
// contributing mentions.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../bench/shared-path.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import type { AnalyzedArticle, Story } from '../src/core/types.js';
import { dossierSchema } from '../src/core/dossier-schema.js';
import { buildDossier } from '../src/corpus/build-dossier.js';
import { addTimelines } from '../src/corpus/timeline/add-timelines.js';
import { checkStoryDate } from '../src/corpus/timeline/check-story-dates.js';
import { extractArticle } from '../src/extract/extract-article.js';

const STATED: Record<string, string | undefined> = { '000': '2025-04-04', '003': '2024-06-19' };

function loadSeeds(): AnalyzedArticle[] {
  const dir = sharedPath('corpus', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const published = STATED[file.slice(0, 3)];
      const result = extractArticle({ source: file, format: 'text', body: readFileSync(`${dir}/${file}`), declared: { id: file.slice(0, 3), ...(published ? { published } : {}) }, messages: [] });
      if (!('article' in result)) throw new Error(`seed ${file} not extracted: ${result.failure}`);
      return analyzeArticle(result.article);
    });
}

const seeds = loadSeeds();
const seed = (id: string) => seeds.find((a) => a.id === id)!;
const valueOf = (article: AnalyzedArticle, text: string) => article.dates.find((d) => d.text === text)?.value;

describe('dates on the seeds', () => {
  it('resolves the Korea Times dates against 2024-06-19', () => {
    const korea = seed('003');
    expect(valueOf(korea, 'Wednesday')).toBe('2024-06-19');
    expect(valueOf(korea, 'last September')).toBe('2023-09');
    expect(valueOf(korea, 'July 2000')).toBe('2000-07');
    expect(valueOf(korea, 'April 2019')).toBe('2019-04');
    expect(valueOf(korea, 'September last year')).toBe('2023-09');
    expect(valueOf(korea, 'early Wednesday morning')).toBe('2024-06-19TMO');
    expect(valueOf(korea, '1961')).toBe('1961');
  });

  it('keeps durations apart from dates', () => {
    expect(valueOf(seed('002'), '24 years')).toBe('P24Y');
    expect(seed('002').dates.some((d) => d.text.includes('11,000'))).toBe(false);
  });

  it('flags the first seed, whose stated April 2025 date contradicts its June 2024 content', () => {
    expect(seed('000').messages.map((m) => m.rule)).toContain('published-date-suspect');
    expect(seed('003').messages.map((m) => m.rule)).not.toContain('published-date-suspect');
    expect(seed('002').messages.map((m) => m.rule)).not.toContain('published-date-suspect');
  });
});

describe('the seeds as one story', () => {
  const story: Story = {
    id: 's', title: 'seeds', articleIds: seeds.map((a) => a.id), related: [], independentSources: 5, copyGroups: [],
    entities: [], quotes: [], timeline: [], claims: [], conflicts: [],
  };
  const { articles, stories } = addTimelines(seeds, [story]);
  const timeline = stories[0]!.timeline;
  const inStory = (id: string) => articles.find((a) => a.id === id)!;

  it('flags the first seed from the story alone too (its "19th" is the others\' signing day)', () => {
    const first = { ...seed('000'), messages: seed('000').messages.filter((m) => m.rule !== 'published-date-suspect') };
    const others = seeds.filter((a) => a.id !== '000');
    expect(checkStoryDate(first, [first, ...others]).messages.map((m) => m.rule)).toContain('published-date-suspect');
    expect(checkStoryDate(seed('002'), seeds).messages.map((m) => m.rule)).not.toContain('published-date-suspect');
  });

  it('infers the dates of the undated articles from the story', () => {
    expect(inStory('001').published).toEqual({ value: '2024-06-19', from: 'inferred' });
    expect(valueOf(inStory('001'), 'Wednesday')).toBe('2024-06-19');
    expect(inStory('004').published.from).toBe('inferred');
    // On or after its latest dated reference ("the February 23 meeting"); the year from "last year" references.
    expect(inStory('004').published.value).toBe('2025-02-23');
    expect(valueOf(inStory('004'), 'December 4 last year')).toBe('2024-12-04');
    expect(valueOf(inStory('004'), 'October 24 last year')).toBe('2024-10-24');
    expect(inStory('004').messages.map((m) => m.rule)).toContain('published-date-inferred');
  });

  it('has the signing day from several articles, the background apart, and the later ratifications', () => {
    const signing = timeline.find((e) => e.date === '2024-06-19' && e.articleIds.length >= 2);
    expect(signing).toBeDefined();
    expect(timeline.find((e) => e.date === '1961')?.background).toBe(true);
    expect(timeline.find((e) => e.date === '2000-07')?.background).toBe(true);
    expect(timeline.some((e) => e.date === '2019-04')).toBe(true);
    expect(timeline.some((e) => e.date === '2023-09')).toBe(true);
    expect(timeline.find((e) => e.date === '2024-10-24')?.background).toBe(false);
    expect(timeline.find((e) => e.date === '2024-12-04')?.background).toBe(false);
    // The first seed's "on the 19th" resolved against its wrong stated date stays out of the timeline.
    expect(timeline.some((e) => e.date.startsWith('2025-03'))).toBe(false);
    const dates = timeline.map((e) => e.date);
    expect(dates.indexOf('1961')).toBeLessThan(dates.indexOf('2024-06-19'));
    expect(dates.indexOf('2024-06-19')).toBeLessThan(dates.indexOf('2024-12-04'));
  });
});

describe('the seeds through buildDossier', () => {
  it('gives every story a timeline and keeps the dossier valid', async () => {
    const dossier = await buildDossier(seeds, []);
    expect(dossierSchema.safeParse(dossier).success).toBe(true);
    // Until clustering lands each seed is its own story: the Korea Times one still has its own timeline.
    const korea = dossier.stories.find((s) => s.articleIds.includes('003'))!;
    expect(korea.timeline.some((e) => e.date === '2023-09' && e.background)).toBe(true);
  });
});
