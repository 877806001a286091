// Synthetic articles with known stories and copy groups, for the scale, serve and workers benchmarks.
// Templated news text: each story has its own invented names, place, numbers and date; each story is
// told by a few independent originals (different wording, different filler) and their copies:
// exact copies, trimmed copies under another headline, and rewrites (synonyms, condensed, a hedge
// removed, a number changed).
import type { AnalyzedArticle, Sentence } from '../../src/core/types.js';

export type SyntheticKind = 'original' | 'exact' | 'near-duplicate' | 'rewrite';

export interface SyntheticArticle {
  article: AnalyzedArticle;
  story: string;
  /** The original this article copies (null for an original). */
  copyOf: string | null;
  kind: SyntheticKind;
}

/** A small deterministic PRNG (mulberry32), so that every run generates the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ra te su vo ne ba di pa ru zo fi gu he ja ko le ma no pi qu sa to vi wa xe yo zu'.split(' ');
const EVENTS = ['earthquake', 'summit', 'election', 'strike', 'flood', 'merger', 'trial', 'wildfire', 'treaty', 'protest'];
const VERBS = ['hit', 'shook', 'struck', 'rocked'];
const PHRASINGS: Array<(f: Facts) => string> = [
  (f) => `The ${f.event} in ${f.place} on ${f.date} left ${f.count} people affected, officials said.`,
  (f) => `Officials in ${f.place} said ${f.count} people were affected by the ${f.event} that ${f.verb} the region on ${f.date}.`,
  (f) => `On ${f.date}, a ${f.event} ${f.verb} ${f.place}; according to officials, ${f.count} residents were affected.`,
];
const QUOTES: Array<(f: Facts) => string> = [
  (f) => `"We are doing everything we can," ${f.person} told reporters in ${f.place}.`,
  (f) => `${f.person}, who leads the response, said the situation "could mark a turning point for ${f.place}."`,
  (f) => `Speaking in ${f.place}, ${f.person} promised that help "will arrive within ${f.days} days."`,
];

interface Facts { event: string; place: string; person: string; date: string; count: number; days: number; verb: string }

function word(rnd: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
  return w;
}

const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** Filler sentences from a vocabulary of invented words: distinct per article, realistic in length. */
function filler(rnd: () => number, vocabulary: string[], f: Facts): string {
  const n = 8 + Math.floor(rnd() * 10);
  const words = Array.from({ length: n }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]!);
  words.splice(Math.floor(rnd() * n), 0, rnd() < 0.5 ? f.place : f.event);
  return `${capital(words.join(' '))}.`;
}

function original(rnd: () => number, vocabulary: string[], f: Facts, variant: number): { title: string; paragraphs: string[] } {
  const sentences = [PHRASINGS[variant % 3]!(f), QUOTES[variant % 3]!(f)];
  const fillers = 6 + Math.floor(rnd() * 6);
  for (let i = 0; i < fillers; i++) sentences.splice(1 + Math.floor(rnd() * sentences.length), 0, filler(rnd, vocabulary, f));
  return { title: `${capital(f.event)} in ${f.place}: ${f.count} affected`, paragraphs: sentences };
}

const SYNONYMS: Record<string, string> = { said: 'stated', affected: 'hit', officials: 'authorities', residents: 'locals', promised: 'pledged', region: 'area' };

/** A rewrite: every third sentence dropped, the rest condensed, synonyms swapped, the hedge removed, the count changed. */
function rewrite(paragraphs: string[], f: Facts): string[] {
  return paragraphs
    .filter((_, i) => i % 3 !== 2)
    .map((s) => s.split(' ').filter((w, i) => i % 4 !== 3 || /[.,"]/.test(w)).map((w) => SYNONYMS[w] ?? w).join(' '))
    .map((s) => s.replace('could mark', 'marks').replace(String(f.count), String(f.count + 10)));
}

/** Empty results of article stages that other branches add (claims), so this compiles before and after they merge. */
const LATER_STAGES = { claims: [] };

function toArticle(id: string, title: string, paragraphs: string[], date: string): AnalyzedArticle {
  let text = '';
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (i) text += '\n\n';
    sentences.push({ start: text.length, end: text.length + p.length, paragraph: i });
    text += p;
  });
  return {
    id, source: `synthetic:${id}`, url: null, outlet: `outlet-${id.slice(-2)}`, title, byline: null,
    published: { value: date, from: 'declared' }, language: 'en', text, messages: [],
    entities: [], quotes: [], dates: [], sentences,
    ...LATER_STAGES,
  };
}

/** The copy group of an article by its id: a copy's id is its original's id with `-c<k>` appended. */
export const copyGroupOf = (id: string): string => id.replace(/-c\d+$/, '');

/** N synthetic articles; each story has 3 originals and about 5 copies of them. */
export function* generateArticles(n: number, seed = 1): Generator<SyntheticArticle> {
  const rnd = random(seed);
  const vocabulary = Array.from({ length: 5000 }, () => word(rnd, 2 + Math.floor(rnd() * 2)));
  let made = 0;
  for (let s = 0; made < n; s++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(s / 50) * 86_400_000).toISOString().slice(0, 10);
    const f: Facts = {
      event: EVENTS[Math.floor(rnd() * EVENTS.length)]!, place: capital(word(rnd, 3)), person: `${capital(word(rnd, 2))} ${capital(word(rnd, 3))}`,
      date: day, count: 10 + Math.floor(rnd() * 5000), days: 2 + Math.floor(rnd() * 20), verb: VERBS[Math.floor(rnd() * VERBS.length)]!,
    };
    const story = `s${s}`;
    for (let v = 0; v < 3 && made < n; v++) {
      const id = `${story}-o${v}`;
      const o = original(rnd, vocabulary, f, v);
      yield { article: toArticle(id, o.title, o.paragraphs, day), story, copyOf: null, kind: 'original' };
      made++;
      const copies: Array<[SyntheticKind, string, string[]]> = [];
      if (rnd() < 0.6) copies.push(['exact', o.title, o.paragraphs]);
      if (rnd() < 0.6) copies.push(['near-duplicate', `${f.place} hit by ${f.event}`, o.paragraphs.slice(0, Math.ceil(o.paragraphs.length * 0.7))]);
      if (rnd() < 0.6) copies.push(['rewrite', `${capital(f.event)} leaves ${f.place} reeling`, rewrite(o.paragraphs, f)]);
      for (const [k, [kind, title, paragraphs]] of copies.entries()) {
        if (made >= n) break;
        yield { article: toArticle(`${id}-c${k}`, title, paragraphs, day), story, copyOf: id, kind };
        made++;
      }
    }
  }
}
