// The synthetic articles as ingest input (what a JSONL file of them would give), for the benchmarks
// that run the whole ingest flow (collection, serve). `seed` other than 1 gives a different corpus
// under different URLs, so it ingests as new articles into a collection built from seed 1.
import type { ArticleInput } from '../../src/ingest/structured-input.js';
import { generateArticles } from './generate-articles.js';

/** An article input with the plain forms of its fields (a string date), as the generator writes them. */
type SyntheticInput = ArticleInput & { url: string; outlet: string | undefined; title: string | undefined; published: string | undefined; text: string };

export function* syntheticInputs(n: number, seed = 1): Generator<{ source: string; input: SyntheticInput }> {
  const prefix = seed === 1 ? '' : `${seed}/`;
  for (const { article: a } of generateArticles(n, seed)) {
    yield { source: a.source, input: { url: `https://synthetic.example/${prefix}${a.id}`, outlet: a.outlet ?? undefined, title: a.title ?? undefined, published: a.published.value ?? undefined, text: a.text } };
  }
}
