import type { EntityMention, Sentence } from '../../core/types.js';
import { retypeBodies } from './body-or-person.js';
import { classifyRun } from './classify-run.js';
import { describedPersons } from './describe-coreference.js';
import { lookupPlace } from './gazetteer.js';
import { findNameRuns, lowerCaseWordsOf } from './name-runs.js';
import { resolveRuns, toEntityMentions } from './resolve-mentions.js';
import { readRunContext } from './run-context.js';
import { tokenize, type Token } from './tokens.js';
import { sentenceIndexAt } from '../segment/sentence-at.js';

/**
 * People, organisations, places and countries mentioned in the text, with canonical names.
 * Our own recogniser, by capitalisation, titles and a country gazetteer: measured against
 * compromise's NER on the seeds it is faster by an order of magnitude and merges variants that
 * compromise leaves apart (see BENCHMARKS.md, "Entities").
 */
export function findEntities(text: string, sentences: Sentence[]): EntityMention[] {
  const tokens = tokenize(text, sentences);
  const headlines = headlineParagraphs(text, tokens, sentences);
  const lowerCaseWords = lowerCaseWordsOf(tokens);
  const runs = findNameRuns(tokens, lowerCaseWords)
    .map((run) => classifyRun(tokens, run, text))
    // A word in capitals that the text also writes in lower case ("HIGHER") is shouting, not an acronym.
    .filter((run) => !(run.first === run.last && /^\p{Lu}{4,}$/u.test(run.name) && lowerCaseWords.has(run.name.toLowerCase())))
    // Headlines capitalise every word: only gazetteer names are trusted there.
    .filter((run) => !headlines.has(paragraphAt(sentences, tokens[run.first]!.start)) || lookupPlace(run.name));
  readRunContext(runs, tokens, text);
  const { mentions, clusters } = resolveRuns(runs);
  retypeBodies(mentions, tokens, text);
  const named = toEntityMentions(mentions, text, (i) => tokens[i]!.start, (i) => tokens[i]!.end);
  const described = describedPersons(tokens, clusters, text);
  return [...named, ...described].sort((a, b) => a.start - b.start);
}

/** Paragraphs written in title case (most longer words capitalised, no closing full stop): headlines and teasers. */
function headlineParagraphs(text: string, tokens: Token[], sentences: Sentence[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && sentences[s]!.end < t.start) s++;
    if (t.text.length < 4) continue;
    const p = sentences[s]?.paragraph ?? 0;
    const c = counts.get(p) ?? [0, 0];
    c[0] += t.cap ? 1 : 0;
    c[1]++;
    counts.set(p, c);
  }
  const endsWithStop = new Set(sentences.filter((x, i) => sentences[i + 1]?.paragraph !== x.paragraph && /[.!?]["”’]?$/.test(text.slice(x.start, x.end))).map((x) => x.paragraph));
  return new Set([...counts].filter(([p, [cap, all]]) => all >= 3 && cap / all >= 0.7 && !endsWithStop.has(p)).map(([p]) => p));
}

function paragraphAt(sentences: Sentence[], offset: number): number {
  return sentences[sentenceIndexAt(sentences, offset)]?.paragraph ?? 0;
}
