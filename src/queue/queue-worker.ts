/**
 * `dateline worker` as a library function: claims jobs from the queue, extracts them, and
 * writes their documents and marks them done in one transaction, until stopped (or, with
 * `exitWhenIdle`, until no job is left open anywhere).
 *
 * Extraction is CPU-bound and writing waits on the network, so a worker keeps two batches in
 * flight per extraction thread: while one batch is being written, the next is being extracted.
 * With `concurrency` 1 extraction runs on the main thread; with more, on that many threads.
 */
import { hostname } from 'node:os';
import { extractOne, type ExtractJob, type ExtractOutcome } from '../ingest/extract-worker.js';
import { WorkerPool } from '../ingest/worker-pool.js';
import { StoreFullError, type BatchResult, type DocumentWrite, type ErrorWrite } from '../store/store.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { PgQueue, type QueueJob } from './pg-queue.js';

/** Options for {@link runWorker}. */
export interface WorkerOptions {
  /** Extraction threads (default 1: the main thread). */
  concurrency?: number;
  /** Jobs (articles) per claim and per transaction (default 32). */
  batchSize?: number;
  /** Seconds a claim lasts before another worker may take the job (default 120). */
  leaseSeconds?: number;
  /** Claims of one job before it is failed (default 3). */
  maxAttempts?: number;
  /** Stop once no job is queued or active (default false: wait for more). */
  exitWhenIdle?: boolean;
  /** Longest wait between polls of an empty queue, in ms (default 1000). */
  maxPollMs?: number;
  /** This worker's name in the queue (default host:pid). */
  name?: string;
  /**
   * Extraction of a batch; default: the default pipeline (on threads when `concurrency` > 1).
   * For a custom pipeline, or hand-written records in tests.
   */
  extract?: (items: ExtractJob['items']) => ExtractOutcome[] | Promise<ExtractOutcome[]>;
  /** Called after each written batch. */
  onBatch?: (b: { jobs: number; documents: number; events: number; failed: number }) => void;
  /** Called when a batch could not be written (its jobs are given back to the queue). */
  onError?: (e: Error) => void;
}

/** What a worker did. */
export interface WorkerSummary {
  jobs: number;
  documents: number;
  events: number;
  failed: number;
  elapsedMs: number;
}

/** A running worker: `stop()` finishes the batches in hand and resolves `done`. */
export interface RunningWorker {
  readonly name: string;
  stop(): void;
  readonly done: Promise<WorkerSummary>;
}

/** A lost connection or a server going away: the batch is given back whole, not split. */
function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('08') || code.startsWith('57P') || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

/** Starts a worker on `store`'s queue. */
export function runWorker(store: PostgresStore, options: WorkerOptions = {}): RunningWorker {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const lease = options.leaseSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 3;
  const maxPoll = options.maxPollMs ?? 1000;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const queue = new PgQueue(store);
  const pool = concurrency > 1 && !options.extract ? new WorkerPool(concurrency) : undefined;
  const summary: WorkerSummary = { jobs: 0, documents: 0, events: 0, failed: 0, elapsedMs: 0 };
  const t0 = performance.now();
  let stopping = false;
  const wakers = new Set<() => void>();
  const wakeAll = () => {
    for (const w of wakers) w();
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const w = () => {
        clearTimeout(t);
        wakers.delete(w);
        resolve();
      };
      const t = setTimeout(w, ms);
      wakers.add(w);
    });

  const extract = async (jobs: QueueJob[]): Promise<ExtractOutcome[]> => {
    const items = jobs.map((j) => ({ hash: j.hash, input: j.input, article: j.article }));
    if (options.extract) return options.extract(items);
    if (pool) return pool.run({ items });
    // On the main thread, one article at a time with a turn of the event loop between them: the
    // other lane's database round trips then go on while this lane extracts, instead of each
    // waiting for a whole batch to be extracted.
    const out: ExtractOutcome[] = [];
    for (const item of items) {
      out.push(extractOne(item));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return out;
  };

  const handle = async (jobs: QueueJob[]) => {
    // A retried job whose document a dead worker had already written costs no extraction.
    const todo = jobs.filter((j) => !j.stored);
    const outcomes = await extract(todo);
    const docs: DocumentWrite[] = [];
    const errors: ErrorWrite[] = [];
    const failed: { id: string; error: string }[] = [];
    const done = jobs.filter((j) => j.stored).map((j) => j.id);
    outcomes.forEach((o, i) => {
      const job = todo[i]!;
      if (o.ok) {
        docs.push({ hash: o.hash, input: o.input, text: o.text, record: o.record, minhash: o.minhash });
        done.push(job.id);
      } else {
        errors.push({ hash: o.hash, input: o.input, message: o.message });
        failed.push({ id: job.id, error: o.message });
      }
    });
    let res: BatchResult;
    try {
      res = await store.writeBatchWith(docs, errors, (c) => queue.finish(c, done, failed));
    } catch (e) {
      if (docs.length <= 1 || e instanceof StoreFullError || isConnectionError(e)) throw e;
      // One document the database refuses must not fail the batch: write them one by one and
      // fail only the ones refused, each with its error.
      res = { documents: 0, events: 0, errors: 0 };
      const alreadyStored = jobs.filter((j) => j.stored).map((j) => j.id);
      res.errors += (await store.writeBatchWith([], errors, (c) => queue.finish(c, alreadyStored, [...failed]))).errors;
      const jobOf = new Map(todo.map((j) => [j.hash, j.id]));
      for (const d of docs) {
        const id = jobOf.get(d.hash)!;
        try {
          const one = await store.writeBatchWith([d], [], (c) => queue.finish(c, [id], []));
          res.documents += one.documents;
          res.events += one.events;
        } catch (e1) {
          if (e1 instanceof StoreFullError || isConnectionError(e1)) throw e1;
          const message = `cannot be stored: ${(e1 as Error).message}`;
          await store.writeBatchWith([], [{ hash: d.hash, input: d.input, message }], (c) =>
            queue.finish(c, [], [{ id, error: message }]),
          );
          failed.push({ id, error: message });
        }
      }
    }
    summary.jobs += jobs.length;
    summary.documents += res.documents;
    summary.events += res.events;
    summary.failed += failed.length;
    options.onBatch?.({ jobs: jobs.length, documents: res.documents, events: res.events, failed: failed.length });
  };

  const lane = async () => {
    let idle = 0;
    while (!stopping) {
      const jobs = await queue.claim(name, batchSize, lease, maxAttempts);
      if (jobs.length === 0) {
        if (options.exitWhenIdle && (await queue.openJobs()) === 0) {
          stopping = true;
          wakeAll();
          break;
        }
        // Back off while the queue is empty: 50 ms, doubling up to maxPoll.
        idle++;
        await sleep(Math.min(maxPoll, 25 * 2 ** Math.min(idle, 10)));
        continue;
      }
      idle = 0;
      try {
        await handle(jobs);
      } catch (e) {
        // Give the jobs back at once rather than after the lease; the error is reported.
        await queue.release(
          jobs.map((j) => j.id),
          maxAttempts,
          (e as Error).message,
        );
        options.onError?.(e as Error);
        await sleep(maxPoll);
      }
    }
  };

  const lanes = concurrency * 2;
  const done = (async () => {
    try {
      await Promise.all(Array.from({ length: lanes }, lane));
    } finally {
      await pool?.close();
    }
    summary.elapsedMs = performance.now() - t0;
    return summary;
  })();

  return {
    name,
    stop() {
      stopping = true;
      wakeAll();
    },
    done,
  };
}
