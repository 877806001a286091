import type { AnalyzedArticle, ExtractedArticle, IngestFailure, RawDocument } from '../core/types.js';
import type { IngestLogEntry, Store } from '../store/store.js';
import { type ArticleWork, workHere } from './analyze-pool.js';
import { type CorpusUpdater, updateStories } from './update-stories.js';

export type IngestEvent =
  | { status: 'ingested' | 'duplicate'; source: string; articleId: string; title: string | null }
  | { status: 'failed'; source: string; articleId: null; message: string };

export interface IngestOptions {
  /** Articles per transaction: larger batches mean fewer fsyncs, later acknowledgements. */
  batchSize?: number;
  /** A batch is also written once its first article has waited this long (slow sources, feeds). */
  maxBatchWaitMs?: number;
  /** Called for each input once its outcome is final; 'ingested' only after its transaction committed. */
  onEvent?: (event: IngestEvent) => void;
  updateCorpus?: CorpusUpdater;
  /** Where batches are extracted and analysed (default: this thread; `createArticlePool` uses other cores). */
  work?: ArticleWork;
  /**
   * Place articles a crashed run left without a story before ingesting (default true). Workers sharing
   * a database do it once at start: on every batch it would also take the articles another worker has
   * just stored and is about to place, and wait on the story lock for them.
   */
  recoverLeftovers?: boolean;
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: number;
  /** Ids of the stories written (created or changed) by this run. */
  stories: string[];
}

/** How many leftover articles (stored but not in a story after a crash) one corpus step takes. */
const RECOVERY_BATCH = 200;

/**
 * The ingest flow, for any Store and any caller (CLI, server, feed watcher, later PostgreSQL workers):
 * extract -> skip ids already stored -> analyse -> store a batch in one transaction -> acknowledge ->
 * update the stories the batch touches. Articles a crashed run stored but never placed in a story
 * are picked up first. The next batch is extracted and analysed while the previous one is written
 * (with a pool, on another core); writes stay in input order, one at a time.
 */
export async function ingestDocuments(
  store: Store,
  items: AsyncIterable<RawDocument | IngestFailure> | Iterable<RawDocument | IngestFailure>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 100;
  const maxWait = options.maxBatchWaitMs ?? 1000;
  const updateCorpus = options.updateCorpus ?? updateStories;
  const emit = options.onEvent ?? (() => {});
  const work = options.work ?? workHere;
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, stories: [] };
  const storyIds = new Set<string>();
  const placeInStories = async (ids: string[]): Promise<void> => {
    if (ids.length === 0) return;
    const step = async (): Promise<void> => {
      // Another worker (or a retried job's first run) may have placed some of them meanwhile.
      const placed = await store.storiesOfArticles(ids);
      const unplaced = ids.filter((id) => !placed.has(id));
      if (unplaced.length === 0) return;
      const change = await updateCorpus(store, unplaced);
      for (const story of change.stories) storyIds.add(story.id);
    };
    await (store.serializeStoryUpdates ? store.serializeStoryUpdates(step) : step());
  };

  for (let leftover = options.recoverLeftovers === false ? [] : await store.articlesWithoutStory(RECOVERY_BATCH); leftover.length > 0; ) {
    await placeInStories(leftover);
    const next = await store.articlesWithoutStory(RECOVERY_BATCH);
    // A story update that places nothing would loop forever; stop and let the next run retry.
    if (next.length > 0 && next[0] === leftover[0]) break;
    leftover = next;
  }

  let batch: RawDocument[] = [];
  let batchStarted = 0;
  const write = async (pending: ExtractedArticle[], analyzed: AnalyzedArticle[], stored: Set<string>): Promise<void> => {
    const log: IngestLogEntry[] = [];
    const insertedIds = await store.putArticles(analyzed);
    const inserted = new Set(insertedIds);
    for (const article of pending) {
      const status = inserted.has(article.id) ? 'ingested' : 'duplicate';
      if (status === 'ingested') summary.ingested++;
      else summary.duplicates++;
      inserted.delete(article.id); // a second copy of the same id in this batch is a duplicate
      log.push({ source: article.source, articleId: article.id, status, message: '' });
      emit({ status, source: article.source, articleId: article.id, title: article.title });
    }
    await store.logIngest(log);
    // Articles already stored (a retried job whose first run died before the story step) are placed too.
    await placeInStories([...new Set([...stored, ...insertedIds])]);
  };
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const documents = batch;
    batch = [];
    if (documents.length === 0) return;
    const pending: ExtractedArticle[] = [];
    for (const [i, extracted] of (await work.extract(documents)).entries()) {
      if ('failure' in extracted) await fail(documents[i]!.source, extracted.failure);
      else pending.push(extracted.article);
    }
    if (pending.length === 0) return;
    const stored = new Set(await store.existingArticleIds(pending.map((article) => article.id)));
    // An id the previous (unfinished) write stores counts as fresh here; putArticles then reports it a duplicate.
    const analysis = work.analyze(pending.filter((article) => !stored.has(article.id)));
    const previous = writing;
    writing = previous.then(async () => write(pending, await analysis, stored));
    // A failure surfaces from the await below or the last one; these only keep it from being "unhandled".
    analysis.catch(() => {});
    writing.catch(() => {});
    await previous;
  };

  for await (const item of items) {
    if ('message' in item) {
      await fail(item.line ? `${item.source}:${item.line}` : item.source, item.message);
      continue;
    }
    if (batch.length === 0) batchStarted = Date.now();
    batch.push(item);
    if (batch.length >= batchSize || Date.now() - batchStarted >= maxWait) await flush();
  }
  await flush();
  await writing;
  summary.stories = [...storyIds];
  return summary;

  async function fail(source: string, message: string): Promise<void> {
    summary.failed++;
    await store.logIngest([{ source, articleId: null, status: 'failed', message }]);
    emit({ status: 'failed', source, articleId: null, message });
  }
}
