/**
 * The ingestion queue of distributed workers: a table in the store's own PostgreSQL database,
 * claimed with `FOR UPDATE SKIP LOCKED`.
 *
 * Why not pg-boss: the queue lives in the same database as the documents, so a worker marks its
 * jobs done in the very transaction that writes their documents (see
 * `PostgresStore.writeBatchWith`). A job is then finished exactly when its output is stored —
 * never one without the other — which a queue with its own connection and transactions cannot
 * promise. The whole queue is one table and four statements, needs no maintenance process and
 * no schema of its own, and runs on any PostgreSQL ≥ 11 from Node 20.
 *
 * A claim is a lease: a claimed job is `active` until `locked_until`. A worker killed mid-job
 * simply never finishes it; once its lease lapses any worker claims it again. Writes are keyed by
 * content hash, so a job done twice (a lease that lapsed on a slow, living worker) stores its
 * document once. After `maxAttempts` lapsed leases a job is failed, not retried forever.
 */
import type pg from 'pg';
import type { ArticleInput } from '../extract.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { noNul } from '../store/postgres/pg-text.js';

/** A claimed job. */
export interface QueueJob {
  id: string;
  hash: string;
  input: string;
  article: ArticleInput;
  /** Claims of this job so far, this one included. */
  attempts: number;
  /** Its document is stored already (a retry of a job whose worker died after writing). */
  stored: boolean;
}

/** What `dateline status` shows. */
export interface QueueStatus {
  queued: number;
  active: number;
  done: number;
  failed: number;
  /** Jobs finished in the last minute and the last ten minutes, per second. */
  perSecond1m: number;
  perSecond10m: number;
  /** Workers holding a live lease. */
  workers: string[];
  /** Seconds the oldest queued job has waited. */
  oldestQueuedSeconds: number | null;
  /** Failed jobs, newest first. */
  failures: { input: string; hash: string; attempts: number; error: string; at: string }[];
}

type Row = Record<string, unknown>;

/** The queue of one store. */
export class PgQueue {
  private readonly pool: pg.Pool;

  constructor(store: PostgresStore) {
    this.pool = store.pool;
  }

  /** Queues articles; resolves to how many were new (an article queued before is not queued again). */
  async enqueue(items: { hash: string; input: string; article: ArticleInput }[]): Promise<number> {
    if (items.length === 0) return 0;
    const res = await this.pool.query(
      `INSERT INTO queue_jobs(hash, input, article) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (hash) DO NOTHING`,
      [items.map((i) => i.hash), items.map((i) => noNul(i.input)), items.map((i) => JSON.stringify(i.article))],
    );
    return res.rowCount ?? 0;
  }

  /**
   * Claims up to `n` jobs for `worker` for `leaseSeconds`: queued ones, and active ones whose
   * lease lapsed fewer than `maxAttempts` times; those whose lease lapsed that often are failed.
   */
  async claim(worker: string, n: number, leaseSeconds: number, maxAttempts: number): Promise<QueueJob[]> {
    const claim = () =>
      this.pool.query({
        name: 'dl_claim',
        text: `UPDATE queue_jobs j SET state = 'active', attempts = j.attempts + 1, worker = $1,
           locked_until = now() + make_interval(secs => $3), started_at = now()
         FROM (SELECT id FROM queue_jobs
               WHERE state = 'queued' OR (state = 'active' AND locked_until < now() AND attempts < $4)
               ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED) s
         WHERE j.id = s.id
         RETURNING j.id::text AS id, j.hash, j.input, j.article, j.attempts,
           EXISTS (SELECT 1 FROM documents d WHERE d.hash = j.hash) AS stored`,
        values: [worker, n, leaseSeconds, maxAttempts],
      });
    let { rows } = await claim();
    if (rows.length < n) {
      // Few jobs left: fail those whose lease lapsed too often (a job that kills its worker),
      // then look again.
      const failed = await this.pool.query(
        `UPDATE queue_jobs SET state = 'failed', finished_at = now(), locked_until = NULL,
           error = 'the lease lapsed ' || attempts || ' times: the worker died, hung, or ran out of memory on it'
         WHERE state = 'active' AND locked_until < now() AND attempts >= $1`,
        [maxAttempts],
      );
      if ((failed.rowCount ?? 0) > 0 && rows.length === 0) rows = (await claim()).rows;
    }
    return (rows as Row[])
      .map((r) => ({
        id: r.id as string,
        hash: r.hash as string,
        input: r.input as string,
        article: JSON.parse(r.article as string) as ArticleInput,
        attempts: r.attempts as number,
        stored: r.stored as boolean,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /**
   * Marks jobs finished, inside the transaction `client` that wrote their output: done, or
   * failed with the extraction error of each failed one.
   */
  async finish(client: pg.PoolClient, done: string[], failed: { id: string; error: string }[]): Promise<void> {
    if (done.length > 0) {
      await client.query({
        name: 'dl_done',
        text: `UPDATE queue_jobs SET state = 'done', finished_at = now(), locked_until = NULL, error = NULL
         WHERE id = ANY($1::bigint[])`,
        values: [done],
      });
    }
    if (failed.length > 0) {
      await client.query(
        `UPDATE queue_jobs j SET state = 'failed', finished_at = now(), locked_until = NULL, error = x.error
         FROM unnest($1::bigint[], $2::text[]) AS x(id, error) WHERE j.id = x.id`,
        [failed.map((f) => f.id), failed.map((f) => noNul(f.error))],
      );
    }
  }

  /**
   * Gives jobs back after a write that failed, so that others take them now rather than after
   * the lease; a job given back `maxAttempts` times is failed with the error.
   */
  async release(ids: string[], maxAttempts: number, error: string): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(
      `UPDATE queue_jobs SET locked_until = NULL, error = $3,
         state = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'queued' END,
         finished_at = CASE WHEN attempts >= $2 THEN now() END
       WHERE id = ANY($1::bigint[]) AND state = 'active'`,
      [ids, maxAttempts, noNul(error)],
    );
  }

  /** Jobs not finished: queued, or active (claimed, possibly by a worker that died). */
  async openJobs(): Promise<number> {
    const { rows } = await this.pool.query(
      `SELECT COUNT(*)::int AS n FROM queue_jobs WHERE state IN ('queued', 'active')`,
    );
    return (rows[0] as { n: number }).n;
  }

  /** Queue depth, throughput and failures. */
  async status(failureLimit = 20): Promise<QueueStatus> {
    const { rows } = await this.pool.query(`SELECT
      COUNT(*) FILTER (WHERE state = 'queued')::int AS queued,
      COUNT(*) FILTER (WHERE state = 'active')::int AS active,
      COUNT(*) FILTER (WHERE state = 'done')::int AS done,
      COUNT(*) FILTER (WHERE state = 'failed')::int AS failed,
      COUNT(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute')::int AS d1,
      COUNT(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '10 minutes')::int AS d10,
      EXTRACT(EPOCH FROM now() - MIN(created_at) FILTER (WHERE state = 'queued'))::float8 AS oldest,
      COALESCE(array_agg(DISTINCT worker) FILTER (WHERE state = 'active' AND locked_until > now()), '{}') AS workers
      FROM queue_jobs`);
    const r = rows[0] as Row;
    const { rows: failures } = await this.pool.query(
      `SELECT input, hash, attempts, error, finished_at FROM queue_jobs WHERE state = 'failed'
       ORDER BY finished_at DESC, id DESC LIMIT $1`,
      [failureLimit],
    );
    return {
      queued: r.queued as number,
      active: r.active as number,
      done: r.done as number,
      failed: r.failed as number,
      perSecond1m: (r.d1 as number) / 60,
      perSecond10m: (r.d10 as number) / 600,
      workers: (r.workers as string[]).sort(),
      oldestQueuedSeconds: r.oldest === null ? null : Math.round(r.oldest as number),
      failures: (failures as Row[]).map((f) => ({
        input: f.input as string,
        hash: f.hash as string,
        attempts: f.attempts as number,
        error: (f.error as string | null) ?? '',
        at: (f.finished_at as Date).toISOString(),
      })),
    };
  }

  /** Queues failed jobs again, with fresh attempts; resolves to how many. */
  async retryFailed(): Promise<number> {
    const res = await this.pool.query(
      `UPDATE queue_jobs SET state = 'queued', attempts = 0, error = NULL, locked_until = NULL, finished_at = NULL,
         worker = NULL WHERE state = 'failed'`,
    );
    return res.rowCount ?? 0;
  }
}
