/**
 * A worker thread of `dateline ingest`: extracts the articles it is sent and posts back their
 * records with a MinHash signature. The main thread alone touches the database, so workers
 * need no locks and a killed worker never leaves half a write.
 */
import { parentPort } from 'node:worker_threads';
import { minhashSignature } from '../corpus/minhash.js';
import { extract, type ArticleInput } from '../extract.js';
import { InputError } from './input-error.js';
import type { DatelineRecord } from '../record/record-types.js';

/** A job: articles with their content hash. */
export interface ExtractJob {
  items: { hash: string; input: string; article: ArticleInput }[];
}

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

parentPort?.on('message', (job: ExtractJob) => {
  parentPort!.postMessage(job.items.map(extractOne));
});
