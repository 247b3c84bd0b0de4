/**
 * `dateline worker`: one of any number of processes, on any number of machines, that take
 * queued articles from a PostgreSQL database, extract them and write their records.
 */
import { parseArgs } from 'node:util';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { runWorker, type WorkerSummary } from '../queue/queue-worker.js';
import { InputError } from '../ingest/input-error.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { positiveInt } from './store-options.js';

const HELP = `Usage: dateline worker --db postgres://USER@HOST:PORT/DB [options]

Takes articles queued by 'dateline ingest --db postgres://… --enqueue PATH...', extracts them and
writes their records, events and merges into the same database. Run as many workers as you
like, on as many machines: each claims its own jobs. A job is marked done in the transaction
that writes its documents; a worker killed mid-job loses nothing, its jobs are taken again
once their lease lapses, and a document written twice is stored once (content hash).

Options:
  --db URL             the PostgreSQL database (postgres://…, optionally ?schema=NAME)
  --concurrency N      extraction threads in this process (default 1; use one worker process
                       per core, or one process with N threads)
  --batch N            articles per claim and per transaction (default 32)
  --lease SECONDS      how long a claim lasts before another worker may take the job
                       (default 120; longer than the slowest batch takes)
  --max-attempts N     claims of one job before it is failed (default 3)
  --exit-when-idle     stop once no job is queued or in progress (batch jobs, tests)
  --synchronous-commit wait for each batch's commit to reach the disk; by default a worker does
                       not (a commit lost to a database crash loses its jobs' done marks with
                       it, so they are taken again: nothing is lost, some work is redone)
  --out text|json      the summary at exit (default text on a terminal, else JSON)
  --quiet              no progress lines on standard error
  -h, --help           this help

SIGTERM or SIGINT stops the worker after the batches in hand are written.

Exit codes: 0 stopped; 1 the database cannot be reached; 2 wrong usage.`;

/** The worker command. */
export const workerCommand: CliCommand = {
  name: 'worker',
  summary: 'take queued articles from a PostgreSQL database, extract them, write them',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        concurrency: { type: 'string' },
        batch: { type: 'string' },
        lease: { type: 'string' },
        'max-attempts': { type: 'string' },
        'exit-when-idle': { type: 'boolean', default: false },
        'synchronous-commit': { type: 'boolean', default: false },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const db = values.db;
    if (!db || !/^postgres(ql)?:\/\//i.test(db)) throw new UsageError('--db postgres://… is required');
    const concurrency = values.concurrency === undefined ? 1 : positiveInt(values.concurrency, '--concurrency');
    const batchSize = values.batch === undefined ? 32 : positiveInt(values.batch, '--batch');
    const leaseSeconds = values.lease === undefined ? 120 : positiveInt(values.lease, '--lease');
    const maxAttempts =
      values['max-attempts'] === undefined ? 3 : positiveInt(values['max-attempts'], '--max-attempts');
    if (concurrency < 1 || concurrency > 256) throw new UsageError('--concurrency must be between 1 and 256');
    if (batchSize < 1) throw new UsageError('--batch must be at least 1');
    if (leaseSeconds < 1) throw new UsageError('--lease must be at least 1 second');
    if (maxAttempts < 1) throw new UsageError('--max-attempts must be at least 1');
    const out = values.out ?? (process.stdout.isTTY ? 'text' : 'json');
    if (out !== 'text' && out !== 'json') throw new UsageError(`unknown --out '${out}' (use text or json)`);

    let store: PostgresStore;
    try {
      store = await PostgresStore.open(db, {
        poolSize: concurrency * 2 + 1,
        synchronousCommit: values['synchronous-commit'],
      });
    } catch (e) {
      throw new InputError(db, `cannot open the PostgreSQL store (${(e as Error).message})`);
    }
    const worker = runWorker(store, {
      concurrency,
      batchSize,
      leaseSeconds,
      maxAttempts,
      exitWhenIdle: values['exit-when-idle'],
      onBatch: values.quiet
        ? undefined
        : (b) =>
            process.stderr.write(
              `worker ${process.pid}: ${b.jobs} jobs, ${b.documents} documents, ${b.events} events, ${b.failed} failed\n`,
            ),
      onError: (e) => process.stderr.write(`worker ${process.pid}: batch given back: ${e.message}\n`),
    });
    if (!values.quiet) process.stderr.write(`worker ${process.pid}: started as ${worker.name}\n`);
    const stop = () => worker.stop();
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    let summary: WorkerSummary;
    try {
      summary = await worker.done;
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      await store.close();
    }
    const secs = summary.elapsedMs / 1000;
    if (out === 'json') {
      await writeOut(
        JSON.stringify({ worker: worker.name, ...summary, elapsedMs: Math.round(summary.elapsedMs) }) + '\n',
      );
    } else {
      await writeOut(
        `worker ${worker.name}: ${summary.jobs} jobs, ${summary.documents} documents added (${summary.events} events), ` +
          `${summary.failed} failed; ${secs.toFixed(1)} s, ${(summary.jobs / Math.max(secs, 1e-3)).toFixed(0)} jobs/s\n`,
      );
    }
    return EXIT.ok;
  },
};
