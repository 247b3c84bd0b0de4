/**
 * `dateline ingest` as a library function: reads input files, skips what the store already
 * holds (by file, then by content hash, before any extraction), extracts the rest on worker
 * threads and writes the results from this thread in batched transactions.
 *
 * Crash safety follows from two rules: a document, its record and its events are written in
 * one transaction, and nothing is marked done until it is written. A run killed at any moment
 * leaves whole batches; the rerun finds their hashes and redoes only the rest.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { ArticleInput } from '../extract.js';
import type { DocumentWrite, ErrorWrite, Store } from '../store/store.js';
import { readCorpusItems } from './corpus-items.js';
import { walkInputs, type InputFile } from './walk-inputs.js';
import { WorkerPool } from './worker-pool.js';
import type { ExtractOutcome } from './extract-worker.js';

/** Options for {@link ingestCorpus}. */
export interface IngestOptions {
  /** Extraction worker threads (default: the machine's cores). */
  workers?: number;
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Articles per message to a worker (default 16). */
  jobSize?: number;
  /** Heap cap of each extraction thread in MB (default: the pool's, DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Read every file again, even one ingested whole before (articles are still skipped by hash). */
  rehash?: boolean;
  /** Called as the run advances (often; throttle in the callback). */
  onProgress?: (p: IngestProgress) => void;
}

/** How far a run has got. */
export interface IngestProgress {
  /** Input files found. */
  files: number;
  /** Bytes of all input files, and the share of them done (read and written, or skipped). */
  totalBytes: number;
  doneBytes: number;
  /** Documents added by this run. */
  added: number;
  /** Articles skipped because the store already had them. */
  skipped: number;
  /** Errors recorded by this run. */
  errors: number;
  /** Event reports added by this run. */
  events: number;
  elapsedMs: number;
  /** Time spent writing to the store (the rest is reading, hashing and waiting for extraction). */
  writeMs: number;
}

/** What a finished run did. */
export interface IngestSummary extends IngestProgress {
  /** Input files skipped whole (unchanged since an earlier complete ingest). */
  skippedFiles: number;
  /** The first errors of this run, for the summary. */
  errorSamples: { input: string; message: string }[];
}

/** The content hash of an article: what it says and the metadata extraction depends on. */
export function articleHash(a: ArticleInput): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        a.text ?? null,
        a.html ?? null,
        a.published ?? null,
        a.title ?? null,
        a.url ?? null,
        a.outlet ?? null,
        a.author ?? null,
      ]),
    )
    .digest('hex');
}

/** The idempotency key of an ingest error: the input and its problem. */
export function errorHash(input: string, message: string): string {
  return createHash('sha256').update(`error\0${input}\0${message}`).digest('hex');
}

function fileKey(f: InputFile): string {
  return `${resolve(f.path)}|${f.size}|${Math.floor(f.mtimeMs)}`;
}

interface Pending {
  file: string;
  weight: number;
}

/** Ingests `paths` (files and directories) into `store`. */
export async function ingestCorpus(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const batchSize = options.batchSize ?? 200;
  const jobSize = options.jobSize ?? 16;
  const workers = Math.max(1, options.workers ?? 1);
  const files: InputFile[] = [];
  for await (const f of walkInputs(paths)) files.push(f);
  const summary: IngestSummary = {
    files: files.length,
    totalBytes: files.reduce((n, f) => n + Math.max(0, f.size), 0),
    doneBytes: 0,
    added: 0,
    skipped: 0,
    errors: 0,
    events: 0,
    elapsedMs: 0,
    writeMs: 0,
    skippedFiles: 0,
    errorSamples: [],
  };
  const progress = () => {
    summary.elapsedMs = performance.now() - t0;
    options.onProgress?.(summary);
  };

  const done = options.rehash
    ? new Set<string>()
    : await store.ingestedFiles(files.filter((f) => f.size >= 0).map(fileKey));
  // Per file: items not yet written, and whether the file has been read to its end.
  const open = new Map<string, { pending: number; read: boolean }>();
  const finishedFiles: string[] = [];
  const settle = (p: Pending) => {
    summary.doneBytes += p.weight;
    const f = open.get(p.file);
    if (!f) return;
    f.pending--;
    if (f.read && f.pending === 0) {
      finishedFiles.push(p.file);
      open.delete(p.file);
    }
  };

  let pool: WorkerPool | undefined;
  const inflight = new Set<Promise<void>>();
  const outcomes: { outcome: ExtractOutcome; pending: Pending }[] = [];
  const docs: { write: DocumentWrite; pending: Pending }[] = [];
  const errs: { write: ErrorWrite; pending: Pending }[] = [];
  /** Hashes taken for extraction and not yet written, so that a repeat before the write is skipped. */
  const seen = new Set<string>();

  // Writes up to one batch (all that is buffered when `all`); batches are exactly `batchSize`
  // documents and errors except the last, so a transaction's size does not depend on timing.
  const flush = async (all = false) => {
    while (docs.length + errs.length >= (all ? 1 : batchSize)) {
      const d = docs.splice(0, batchSize);
      const e = errs.splice(0, batchSize - d.length);
      const w0 = performance.now();
      const res = await store.writeBatch(
        d.map((x) => x.write),
        e.map((x) => x.write),
      );
      summary.writeMs += performance.now() - w0;
      summary.added += res.documents;
      summary.events += res.events;
      summary.errors += res.errors;
      for (const x of e) {
        if (summary.errorSamples.length < 20)
          summary.errorSamples.push({ input: x.write.input, message: x.write.message });
      }
      for (const x of [...d, ...e]) {
        settle(x.pending);
        // The store knows a written hash from now on; keeping it here too would grow this set
        // with the whole collection (some 100 MB for a million articles).
        seen.delete(x.write.hash);
      }
      if (finishedFiles.length > 0) await store.markFilesIngested(finishedFiles.splice(0));
      progress();
    }
    if (all && finishedFiles.length > 0) await store.markFilesIngested(finishedFiles.splice(0));
  };

  const drain = async () => {
    for (const { outcome: o, pending } of outcomes.splice(0)) {
      if (o.ok)
        docs.push({
          write: { hash: o.hash, input: o.input, text: o.text, record: o.record, minhash: o.minhash },
          pending,
        });
      else errs.push({ write: { hash: o.hash, input: o.input, message: o.message }, pending });
    }
    await flush();
  };

  const submit = async (items: { hash: string; input: string; article: ArticleInput; pending: Pending }[]) => {
    pool ??= new WorkerPool(workers, options.workerHeapMb === undefined ? {} : { heapMb: options.workerHeapMb });
    while (pool.pending >= pool.size * 3) {
      await Promise.race(inflight);
      await drain();
    }
    const job = pool.run({ items: items.map(({ hash, input, article }) => ({ hash, input, article })) }).then((out) => {
      out.forEach((outcome, i) => outcomes.push({ outcome, pending: items[i]!.pending }));
    });
    const tracked: Promise<void> = job.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  };

  type Item = { hash: string; input: string; article?: ArticleInput; message?: string; pending: Pending };
  let chunk: Item[] = [];
  const processChunk = async () => {
    const items = chunk;
    chunk = [];
    if (items.length === 0) return;
    const known = await store.knownHashes(items.map((i) => i.hash));
    const toExtract: { hash: string; input: string; article: ArticleInput; pending: Pending }[] = [];
    for (const it of items) {
      if (known.has(it.hash) || seen.has(it.hash)) {
        summary.skipped++;
        settle(it.pending);
        continue;
      }
      seen.add(it.hash);
      if (it.article) toExtract.push({ hash: it.hash, input: it.input, article: it.article, pending: it.pending });
      else
        errs.push({
          write: { hash: it.hash, input: it.input, message: it.message ?? 'unreadable' },
          pending: it.pending,
        });
    }
    for (let i = 0; i < toExtract.length; i += jobSize) {
      await submit(toExtract.slice(i, i + jobSize));
      await drain();
    }
    progress();
  };

  try {
    for (const f of files) {
      if (done.has(fileKey(f))) {
        summary.skippedFiles++;
        summary.doneBytes += f.size;
        continue;
      }
      const key = fileKey(f);
      const state = { pending: 0, read: false };
      open.set(key, state);
      for await (const item of readCorpusItems(f)) {
        state.pending++;
        const pending = { file: key, weight: item.weight };
        if (item.kind === 'article') {
          chunk.push({ hash: articleHash(item.article), input: item.input, article: item.article, pending });
        } else {
          chunk.push({ hash: errorHash(item.input, item.message), input: item.input, message: item.message, pending });
        }
        if (chunk.length >= 256) await processChunk();
      }
      state.read = true;
      // A file whose every item is already settled is finished now. A missing file (size -1) is
      // never marked: it may appear later.
      if (state.pending === 0) open.delete(key);
      if (state.pending === 0 && f.size >= 0) finishedFiles.push(key);
    }
    await processChunk();
    while (inflight.size > 0) {
      await Promise.race(inflight);
      await drain();
    }
    await drain();
    await flush(true);
  } finally {
    await pool?.close();
  }
  summary.elapsedMs = performance.now() - t0;
  return summary;
}
