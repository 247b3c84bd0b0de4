/**
 * `dateline ingest --enqueue`: reads input files as `dateline ingest` does, but instead of
 * extracting the articles queues them for workers (`dateline worker`). Articles the store
 * already holds, and articles queued before, are not queued again (same content hash).
 */
import { articleHash, errorHash } from '../ingest/ingest-corpus.js';
import { readCorpusItems } from '../ingest/corpus-items.js';
import { walkInputs } from '../ingest/walk-inputs.js';
import type { ArticleInput } from '../extract.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { PgQueue } from './pg-queue.js';

/** What an enqueue run did. */
export interface EnqueueSummary {
  files: number;
  /** Articles newly queued. */
  queued: number;
  /** Articles already stored, or already in the queue. */
  skipped: number;
  /** Unreadable items, recorded as ingest errors in the store. */
  errors: number;
  elapsedMs: number;
}

const CHUNK = 500;

/** Queues the articles of `paths` (files and directories) in `store`'s queue. */
export async function enqueueCorpus(store: PostgresStore, paths: string[]): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const queue = new PgQueue(store);
  const summary: EnqueueSummary = { files: 0, queued: 0, skipped: 0, errors: 0, elapsedMs: 0 };
  let chunk: { hash: string; input: string; article: ArticleInput }[] = [];
  const flush = async () => {
    const items = chunk;
    chunk = [];
    if (items.length === 0) return;
    const known = await store.knownHashes(items.map((i) => i.hash));
    const fresh = items.filter((i) => !known.has(i.hash));
    const added = await queue.enqueue(fresh);
    summary.queued += added;
    summary.skipped += items.length - added;
  };
  for await (const f of walkInputs(paths)) {
    summary.files++;
    for await (const item of readCorpusItems(f)) {
      if (item.kind === 'article') {
        chunk.push({ hash: articleHash(item.article), input: item.input, article: item.article });
        if (chunk.length >= CHUNK) await flush();
      } else {
        const hash = errorHash(item.input, item.message);
        summary.errors += (await store.writeBatch([], [{ hash, input: item.input, message: item.message }])).errors;
      }
    }
  }
  await flush();
  summary.elapsedMs = performance.now() - t0;
  return summary;
}
