/**
 * A fixed pool of extraction worker threads. Each job goes to the least busy worker; a job's
 * promise resolves with its outcomes, in the order of its items.
 *
 * Each thread's heap is capped (see {@link DEFAULT_WORKER_HEAP_MB}), so that a thread cannot
 * grow without bound, and one article too big for the cap ends only that thread. A thread that
 * dies while extracting (out of memory, a crash) is replaced by a fresh one, and the items of
 * the job it was working on are retried one at a time there: the article that kills a fresh
 * thread on its own becomes an error outcome naming its input, and every other article is
 * extracted as usual. A thread that dies before it is ready (a broken installation) fails the
 * pool instead, since every replacement would die the same way.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ExtractJob, ExtractOutcome, WorkerMessage } from './extract-worker.js';

/**
 * Old-generation heap cap of an extraction thread, in MB. A thread holds about 60 MB of live
 * objects (models, caches, the article in hand); without a cap V8 lets garbage pile up to
 * several times that before collecting it, once per thread (two threads over Reuters-21578:
 * 340 MB of heap pages for some 120 MB of live objects). A 1 MB article, 50 times the largest
 * Reuters story, still fits; a larger one may not, and then fails alone (see the pool).
 */
export const DEFAULT_WORKER_HEAP_MB = 160;

/**
 * Young-generation size of an extraction thread, in MB. V8's default new space (32 MB per
 * thread here) fills with short-lived garbage between scavenges; 8 MB costs more scavenges and,
 * with the old-generation cap, took some 20 MB more off the peak of two threads than 16 MB did.
 */
const WORKER_YOUNG_MB = 8;

/**
 * Fresh threads that may die in a row, each on a single article, before the pool concludes
 * that the threads themselves are broken (and not the articles) and fails.
 */
const MAX_DEATHS_IN_A_ROW = 8;

/** Options for {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** Old-generation heap cap of each thread in MB (default {@link DEFAULT_WORKER_HEAP_MB}; 0: none). */
  heapMb?: number;
}

interface Job {
  items: ExtractJob['items'];
  /** A retry of one item of a job whose thread died: if this thread dies too, the item fails. */
  single: boolean;
  resolve: (r: ExtractOutcome[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to this thread and not yet answered, oldest (the one in hand) first. */
  queue: Job[];
  ready: boolean;
  /** Why the thread is ending, when it said so before exiting. */
  failure?: Error;
}

/** The pool. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly url = new URL('./extract-worker.js', import.meta.url);
  private readonly limits: ResourceLimits | undefined;
  private fatal: Error | undefined;
  private deathsInARow = 0;
  private closing = false;

  constructor(size: number, options: WorkerPoolOptions = {}) {
    const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
    this.limits =
      heapMb > 0 ? { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } : undefined;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.start());
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** Jobs sent and not yet answered. */
  get pending(): number {
    return this.slots.reduce((n, s) => n + s.queue.length, 0);
  }

  /** Sends a job to the least busy worker. */
  run(job: ExtractJob): Promise<ExtractOutcome[]> {
    if (this.fatal) return Promise.reject(this.fatal);
    const slot = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    return new Promise((resolve, reject) => this.post(slot, { items: job.items, single: false, resolve, reject }));
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private post(slot: Slot, job: Job): void {
    slot.queue.push(job);
    slot.worker.postMessage({ items: job.items } satisfies ExtractJob);
  }

  private start(): Slot {
    const slot: Slot = {
      worker: new Worker(this.url, this.limits ? { resourceLimits: this.limits } : {}),
      queue: [],
      ready: false,
    };
    slot.worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'ready') {
        slot.ready = true;
        return;
      }
      this.deathsInARow = 0;
      slot.queue.shift()?.resolve(m.outcomes);
    });
    slot.worker.on('error', (e: unknown) => {
      slot.failure = e instanceof Error ? e : new Error(String(e));
    });
    slot.worker.on('exit', (code) => {
      if (this.closing) return;
      this.died(slot, slot.failure ?? new Error(`extraction thread exited with code ${code}`));
    });
    return slot;
  }

  /** Replaces a dead thread and decides what becomes of the jobs it held. */
  private died(slot: Slot, cause: Error): void {
    const jobs = slot.queue.splice(0);
    const index = this.slots.indexOf(slot);
    if (!slot.ready || ++this.deathsInARow > MAX_DEATHS_IN_A_ROW) {
      const why = slot.ready ? `${MAX_DEATHS_IN_A_ROW} in a row died` : 'it could not start';
      this.fail(new Error(`extraction thread failed (${why}): ${cause.message}`), jobs);
      return;
    }
    const fresh = this.start();
    this.slots[index] = fresh;
    const [head, ...rest] = jobs;
    if (head?.single) {
      const item = head.items[0]!;
      head.resolve([{ ok: false, hash: item.hash, input: item.input, message: deathMessage(cause) }]);
    } else if (head) {
      // The job in hand: each item alone in the fresh thread, so only the culprit fails.
      const retries = head.items.map(
        (item) =>
          new Promise<ExtractOutcome[]>((resolve, reject) =>
            this.post(fresh, { items: [item], single: true, resolve, reject }),
          ),
      );
      Promise.all(retries).then((r) => head.resolve(r.flat()), head.reject);
    }
    // Jobs behind it were never started: they go to the fresh thread as they were.
    for (const job of rest) this.post(fresh, job);
  }

  private fail(e: Error, jobs: Job[]): void {
    this.fatal = e;
    for (const job of jobs) job.reject(e);
    for (const s of this.slots) {
      for (const job of s.queue.splice(0)) job.reject(e);
    }
    this.closing = true;
    for (const s of this.slots) void s.worker.terminate();
  }
}

/** The error of an article whose extraction ended the thread. */
function deathMessage(cause: Error): string {
  const code = (cause as { code?: string }).code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? 'internal error: extraction ran out of memory on this article (its thread was ended)'
    : `internal error: extraction ended its thread on this article (${cause.message})`;
}
