/**
 * A fixed pool of extraction worker threads. Each job goes to the least busy worker; a job's
 * promise resolves with its outcomes. A worker that dies fails its jobs (the ingest stops with
 * the error; a rerun redoes only what was not written).
 */
import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractOutcome } from './extract-worker.js';

interface Slot {
  worker: Worker;
  queue: { resolve: (r: ExtractOutcome[]) => void; reject: (e: Error) => void }[];
}

/** The pool. */
export class WorkerPool {
  private readonly slots: Slot[] = [];

  constructor(size: number) {
    const url = new URL('./extract-worker.js', import.meta.url);
    for (let i = 0; i < Math.max(1, size); i++) {
      const slot: Slot = { worker: new Worker(url), queue: [] };
      slot.worker.on('message', (outcomes: ExtractOutcome[]) => slot.queue.shift()?.resolve(outcomes));
      const fail = (e: Error) => {
        for (const q of slot.queue.splice(0)) q.reject(e);
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
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
    const slot = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    return new Promise((resolve, reject) => {
      slot.queue.push({ resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
