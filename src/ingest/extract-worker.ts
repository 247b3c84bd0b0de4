/**
 * A worker thread of `dateline ingest`: extracts the articles it is sent and posts back their
 * records with a MinHash signature. The main thread alone touches the database, so workers
 * need no locks and a killed worker never leaves half a write.
 */
import { parentPort, resourceLimits } from 'node:worker_threads';
import { minhashSignature } from '../corpus/minhash.js';
import { extract, type ArticleInput } from '../extract.js';
import { InputError } from './input-error.js';
import type { DatelineRecord } from '../record/record-types.js';

/** A job: articles with their content hash. */
export interface ExtractJob {
  items: { hash: string; input: string; article: ArticleInput }[];
}

/** What a worker thread posts back: that it is ready, then each job's outcomes in turn. */
export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; outcomes: ExtractOutcome[] };

/** One article's outcome. */
export type ExtractOutcome =
  | { ok: true; hash: string; input: string; text: string; record: DatelineRecord; minhash: number[] }
  | { ok: false; hash: string; input: string; message: string };

/** Extracts one article; bad input and internal failures both become an error outcome. */
export function extractOne(item: ExtractJob['items'][number]): ExtractOutcome {
  try {
    const record = extract(item.article, { input: item.input });
    const text = record.text ?? '';
    delete record.text;
    return { ok: true, hash: item.hash, input: item.input, text, record, minhash: minhashSignature(text) };
  } catch (e) {
    const message = e instanceof InputError ? e.problem : `internal error: ${(e as Error).message}`;
    return { ok: false, hash: item.hash, input: item.input, message };
  }
}

/**
 * For tests of the pool only: an article whose text contains this marker makes the thread run
 * out of memory (under a heap cap) or exit, as a pathological article would.
 */
const DIE_ON = process.env.DATELINE_TEST_WORKER_DIE_ON;

function dieOn(item: ExtractJob['items'][number]): boolean {
  return DIE_ON !== undefined && DIE_ON !== '' && (item.article.text ?? '').includes(DIE_ON);
}

function die(): never {
  // A thread without a small cap (V8's default is gigabytes) would take long to fill: it exits.
  if ((resourceLimits.maxOldGenerationSizeMb ?? Infinity) > 512) process.exit(70);
  const hoard: string[][] = [];
  for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => `${hoard.length}:${i}`));
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: ExtractJob) => {
    const outcomes = job.items.map((item) => (dieOn(item) ? die() : extractOne(item)));
    port.postMessage({ kind: 'done', outcomes } satisfies WorkerMessage);
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
}
