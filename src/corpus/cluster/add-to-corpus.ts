import type { AnalyzedArticle, Link, Story } from '../../core/types.js';
import { prepareArticle, type PreparedArticle } from '../dedupe/align-sentences.js';
import { compareArticles } from '../dedupe/compare-articles.js';
import { fingerprintArticle, type ArticleFingerprint } from '../dedupe/fingerprint.js';
import { bandKeys } from '../dedupe/minhash.js';
import { JOIN_SCORE, RELATED_SCORE, joinStory, newStory, relate, scoreStory, type StoryScore } from './assign-story.js';
import type { CorpusIndex, StoryState } from './corpus-index.js';
import { renderStory } from './render-story.js';
import { cosine, termVector, type TermVector } from './term-vector.js';

export interface CorpusUpdate {
  newLinks: Link[];
  /** The stories the new articles joined, created or became related to, as they now stand. */
  touchedStories: Story[];
}

const INDEX_TERMS = 10;
const PER_TERM = 200;
const TERM_CANDIDATES = 30;
/** Articles this close in words are compared sentence by sentence (rewrites share few exact shingles). */
const REWRITE_CANDIDATE_COSINE = 0.3;
const REWRITE_CANDIDATES = 5;

/**
 * Adds articles to the corpus: fingerprints, candidate pairs from the band and term indexes, detailed
 * comparison of candidates only, then each article joins the story it scores best with (or a copy's
 * story) or starts one. Articles are taken in a canonical order (date, then id), so a batch gives the
 * same result however it is ordered.
 */
export async function addToCorpus(index: CorpusIndex, articles: AnalyzedArticle[]): Promise<CorpusUpdate> {
  const ordered = [...articles].sort(canonicalOrder);
  const prepared = new Map<string, PreparedArticle>();
  const newLinks: Link[] = [];
  const touched = new Set<string>();
  for (const article of ordered) {
    if ((await index.fingerprints([article.id])).length) continue;
    const result = await addOne(index, article, prepared);
    newLinks.push(...result.links);
    for (const id of result.touched) touched.add(id);
  }
  const states = await index.stories([...touched].sort());
  const touchedStories = await Promise.all(states.map((s) => renderStory(index, s)));
  return { newLinks, touchedStories };
}

async function addOne(index: CorpusIndex, article: AnalyzedArticle, prepared: Map<string, PreparedArticle>) {
  const fp = fingerprintArticle(article);
  const text = { id: article.id, text: article.text, sentences: article.sentences };
  const keys = [...bandKeys(fp.minhash), `x:${fp.textHash}`];
  const dfOf = await frequencies(index, fp.terms.map(([t]) => t));
  const vector = termVector(fp, dfOf.get, dfOf.total);
  const indexTerms = [...vector.keys()].slice(0, INDEX_TERMS);

  const hits = new Map<string, number>();
  for (const id of await index.candidatesByTerms(indexTerms, PER_TERM)) hits.set(id, (hits.get(id) ?? 0) + 1);
  const termCandidates = [...hits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, TERM_CANDIDATES).map(([id]) => id);
  const bandCandidates = await index.candidatesByBands(keys);
  const fps = await index.fingerprints([...new Set([...termCandidates, ...bandCandidates])]);
  const candidateDf = await frequencies(index, [...new Set(fps.flatMap((f) => f.terms.map(([t]) => t)))]);
  const closeness = new Map(fps.map((f) => [f.id, cosine(vector, termVector(f, candidateDf.get, candidateDf.total))]));
  const toCompare = new Set(bandCandidates);
  [...closeness]
    .filter(([, c]) => c >= REWRITE_CANDIDATE_COSINE)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, REWRITE_CANDIDATES)
    .forEach(([id]) => toCompare.add(id));

  const links = await compareWith(index, fp, text, [...toCompare].sort(), fps, prepared, dfOf);
  await index.addArticle({ fingerprint: fp, text, bandKeys: keys, indexTerms });
  await index.putLinks(links);
  return { links, touched: await placeInStory(index, fp, vector, links, termCandidates) };
}

async function compareWith(
  index: CorpusIndex,
  fp: ArticleFingerprint,
  text: { id: string; text: string; sentences: AnalyzedArticle['sentences'] },
  ids: string[],
  fps: ArticleFingerprint[],
  prepared: Map<string, PreparedArticle>,
  dfOf: Frequencies,
): Promise<Link[]> {
  if (!ids.length) return [];
  const mine = prepareArticle(text);
  prepared.set(fp.id, mine);
  const missing = ids.filter((id) => !prepared.has(id));
  for (const t of await index.texts(missing)) prepared.set(t.id, prepareArticle(t));
  const byId = new Map(fps.map((f) => [f.id, f]));
  // A word is "rare" (a claim word, not filler) when under 5% of the corpus uses it.
  const isRare = (stem: string): boolean => (dfOf.get(stem) ?? 0) < Math.max(2, dfOf.total * 0.05);
  const links: Link[] = [];
  for (const id of ids) {
    const other = byId.get(id);
    const otherText = prepared.get(id);
    if (!other || !otherText) continue;
    const link = compareArticles({ fingerprint: other, prepared: otherText }, { fingerprint: fp, prepared: mine }, isRare);
    if (link) links.push(link);
  }
  return links;
}

async function placeInStory(index: CorpusIndex, fp: ArticleFingerprint, vector: TermVector, links: Link[], candidates: string[]): Promise<string[]> {
  const strongest = [...links].sort((x, y) => y.similarity - x.similarity || (x.a < y.a ? -1 : 1))[0];
  const storyIds = await index.storiesOf([...(strongest ? [strongest.a === fp.id ? strongest.b : strongest.a] : []), ...candidates]);
  const unique = [...new Set(storyIds.filter((s): s is string => s !== null))].sort();
  const scores = (await index.stories(unique)).map((s) => scoreStory(vector, fp.published, s));
  const copyStory = strongest ? storyIds[0] : null;
  const best: StoryScore | undefined = scores.filter((s) => s.story.id === copyStory || s.score >= JOIN_SCORE)
    .sort((x, y) => Number(y.story.id === copyStory) - Number(x.story.id === copyStory) || y.score - x.score || (x.story.id < y.story.id ? -1 : 1))[0];
  let home: StoryState = best
    ? joinStory(best.story, fp.id, vector, fp.published, best.score, best.story.id === copyStory ? `${strongest!.kind} of ${strongest!.a === fp.id ? strongest!.b : strongest!.a}` : `text ${best.text.toFixed(3)} × time ${best.time.toFixed(2)}`)
    : newStory(fp.id, vector, fp.published);
  const touched = [home.id];
  for (const s of scores) {
    if (s.story.id === home.id || s.score < RELATED_SCORE || (best && s.score >= JOIN_SCORE)) continue;
    home = relate(home, s.story.id);
    await index.putStory(relate(s.story, home.id));
    touched.push(s.story.id);
  }
  await index.putStory(home);
  return touched;
}

interface Frequencies {
  total: number;
  get: (term: string) => number;
}

async function frequencies(index: CorpusIndex, terms: string[]): Promise<Frequencies> {
  const { total, df } = await index.documentFrequencies(terms);
  const map = new Map(terms.map((t, i) => [t, df[i] ?? 0]));
  return { total, get: (t) => map.get(t) ?? 0 };
}

function canonicalOrder(x: AnalyzedArticle, y: AnalyzedArticle): number {
  const dx = x.published.value ?? '9999';
  const dy = y.published.value ?? '9999';
  return dx < dy ? -1 : dx > dy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
