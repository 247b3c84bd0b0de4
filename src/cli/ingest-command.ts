/**
 * `dateline ingest`: files and directories of articles into the store.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ingestCorpus, type IngestSummary } from '../ingest/ingest-corpus.js';
import { DEFAULT_WORKER_HEAP_MB } from '../ingest/worker-pool.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import { StoreFullError } from '../store/store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { ProgressReporter } from './progress-reporter.js';
import { positiveInt } from './store-options.js';

const HELP = `Usage: dateline ingest PATH... [options]

Reads articles from files and directories (recursively) into a Dateline database, extracting
each one's record and merging reports of the same event across articles.

Inputs: plain text (.txt), HTML (.html), JSON Lines (.jsonl: {id, text | html, published?,
title?, url?, outlet?}), RSS/Atom feeds (.xml, .rss, .atom), and Reuters-21578 SGML (.sgm,
.sgm.xz). Under a directory, files of other kinds and hidden files are passed over.

Ingesting is idempotent: an article already in the database (same content) is skipped before
extraction, and an unchanged file ingested whole before is not read again. A run that is
interrupted can simply be run again: whole batches were written, nothing half.

Options:
  --db PATH|URL      database file (default ${DEFAULT_DB}; created if absent), or a PostgreSQL
                     database (postgres://USER@HOST:PORT/DB, optionally ?schema=NAME)
  --enqueue          (PostgreSQL only) queue the articles for 'dateline worker' processes
                     instead of extracting them here; see 'dateline worker --help'
  --workers N        extraction threads (default: the number of cores)
  --batch N          documents per transaction (default 200)
  --worker-heap MB   heap cap of each extraction thread (default ${DEFAULT_WORKER_HEAP_MB}); a thread
                     that exceeds it is replaced and its articles retried one by one
  --out text|json    summary as text (default on a terminal) or JSON (default otherwise)
  --rehash           read every file again, even unchanged ones ingested whole before
                     (their articles are still skipped by content hash)
  --quiet            no progress on standard error
  --strict           exit 1 if any document failed
  -h, --help         this help

Documents that cannot be processed (corrupt, truncated, empty) are recorded in the database
with their error ('dateline stats' counts them) and the run goes on.

Exit codes: 0 done (see the summary for per-document errors); 1 the database could not be
written (full disk) or, with --strict, some document failed; 2 wrong usage.`;

function summaryText(s: IngestSummary, db: string): string {
  const secs = s.elapsedMs / 1000;
  const processed = s.added + s.skipped + s.errors;
  const lines = [
    `ingested into ${db}: ${s.added} documents added (${s.events} events), ${s.skipped} already stored, ` +
      `${s.errors} errors; ${s.files} files (${s.skippedFiles} unchanged, skipped)`,
    `${secs.toFixed(1)} s, ${(processed / Math.max(secs, 1e-3)).toFixed(0)} articles/s`,
  ];
  if (s.errorSamples.length > 0) {
    lines.push(`errors${s.errors > s.errorSamples.length ? ` (first ${s.errorSamples.length})` : ''}:`);
    for (const e of s.errorSamples) lines.push(`  ${e.input}: ${e.message}`);
  }
  return lines.join('\n') + '\n';
}

/** The ingest command. */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'ingest files and directories of articles into a database',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        workers: { type: 'string' },
        batch: { type: 'string' },
        'worker-heap': { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        rehash: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        enqueue: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new UsageError('no PATH to ingest');
    const workers = values.workers === undefined ? availableParallelism() : positiveInt(values.workers, '--workers');
    if (workers < 1 || workers > 256) throw new UsageError('--workers must be between 1 and 256');
    const batchSize = values.batch === undefined ? 200 : positiveInt(values.batch, '--batch');
    if (batchSize < 1) throw new UsageError('--batch must be at least 1');
    const heap = values['worker-heap'];
    const workerHeapMb = heap === undefined ? undefined : positiveInt(heap, '--worker-heap');
    if (workerHeapMb !== undefined && (workerHeapMb < 64 || workerHeapMb > 65536))
      throw new UsageError('--worker-heap must be between 64 and 65536 (MB)');
    const out = values.out ?? (process.stdout.isTTY ? 'text' : 'json');
    if (out !== 'text' && out !== 'json') throw new UsageError(`unknown --out '${out}' (use text or json)`);
    const db = values.db ?? DEFAULT_DB;
    if (values.enqueue) {
      if (!/^postgres(ql)?:\/\//i.test(db))
        throw new UsageError('--enqueue needs --db postgres://… (workers share a PostgreSQL queue)');
      const { enqueueCommand } = await import('./enqueue-run.js');
      return enqueueCommand(db, positionals, out, values.quiet);
    }
    const store = await openStore(db);
    const progress = values.quiet ? undefined : new ProgressReporter('ingest');
    let summary: IngestSummary;
    try {
      summary = await ingestCorpus(store, positionals, {
        workers,
        batchSize,
        ...(workerHeapMb !== undefined && { workerHeapMb }),
        rehash: values.rehash,
        onProgress: (p) =>
          progress?.update({
            fraction: p.totalBytes > 0 ? p.doneBytes / p.totalBytes : 1,
            items: p.added + p.skipped + p.errors,
            detail: `${p.added} added, ${p.skipped} known, ${p.errors} errors`,
            elapsedMs: p.elapsedMs,
          }),
      });
    } catch (e) {
      progress?.done();
      if (e instanceof StoreFullError) {
        process.stderr.write(`dateline ingest: ${e.message}\n`);
        return EXIT.badInput;
      }
      throw e;
    } finally {
      await store.close();
    }
    progress?.done();
    if (out === 'json') {
      const { errorSamples, ...rest } = summary;
      // Peak memory of the whole process, worker threads included.
      const usage = process.resourceUsage();
      const peakRssMb = Math.round(usage.maxRSS / 1024);
      const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
      await writeOut(
        JSON.stringify({
          db,
          ...rest,
          elapsedMs: Math.round(rest.elapsedMs),
          writeMs: Math.round(rest.writeMs),
          peakRssMb,
          cpuMs,
          errorSamples,
        }) + '\n',
      );
    } else {
      await writeOut(summaryText(summary, db));
    }
    if (summary.errors > 0 && out === 'json') {
      process.stderr.write(
        `dateline ingest: ${summary.errors} documents failed (listed in the summary and the database)\n`,
      );
    }
    return values.strict && summary.errors > 0 ? EXIT.badInput : EXIT.ok;
  },
};
