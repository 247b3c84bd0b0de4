/**
 * `dateline status`: the ingestion queue of a PostgreSQL database — depth, throughput, workers,
 * failures with their documents and errors — and `--retry-failed` to queue failed jobs again.
 */
import { parseArgs } from 'node:util';
import { PgQueue, type QueueStatus } from '../queue/pg-queue.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { openExistingStore, positiveInt } from './store-options.js';
import { formatTable } from './table-format.js';

const HELP = `Usage: dateline status --db postgres://USER@HOST:PORT/DB [options]

Shows the ingestion queue of a PostgreSQL database: jobs queued, in progress, done and failed,
throughput over the last minute and ten minutes, the workers holding jobs, and the failed
documents with their errors.

Options:
  --db URL           the PostgreSQL database (postgres://…, optionally ?schema=NAME)
  --failures N       list at most N failed jobs (default 20)
  --retry-failed     queue every failed job again (with fresh attempts), then show the status
  --out table|json   a table (default on a terminal) or JSON (default otherwise)
  -h, --help         this help

A SQLite database has no queue ('dateline ingest' extracts in-process); use 'dateline stats'.

Exit codes: 0 done; 1 the database cannot be reached or has no queue; 2 wrong usage.`;

function statusText(s: QueueStatus, retried: number | undefined): string {
  let text = '';
  if (retried !== undefined) text += `${retried} failed jobs queued again\n\n`;
  text += formatTable(
    [{ header: 'QUEUE' }, { header: 'VALUE', align: 'right' }],
    [
      ['queued', String(s.queued)],
      ['in progress', String(s.active)],
      ['done', String(s.done)],
      ['failed', String(s.failed)],
      ['done/s, last minute', s.perSecond1m.toFixed(1)],
      ['done/s, last 10 minutes', s.perSecond10m.toFixed(1)],
      ['oldest queued, seconds', s.oldestQueuedSeconds === null ? '-' : String(s.oldestQueuedSeconds)],
      ['workers holding jobs', String(s.workers.length)],
    ],
  );
  if (s.workers.length > 0) text += `\nworkers: ${s.workers.join(', ')}\n`;
  if (s.failures.length > 0) {
    text +=
      '\n' +
      formatTable(
        [
          { header: 'FAILED DOCUMENT', max: 60 },
          { header: 'TRIES', align: 'right' },
          { header: 'ERROR', max: 80 },
        ],
        s.failures.map((f) => [f.input, String(f.attempts), f.error]),
      );
    if (s.failed > s.failures.length) text += `(${s.failed - s.failures.length} more; see --failures N)\n`;
    text += `retry them with: dateline status --db … --retry-failed\n`;
  }
  return text;
}

/** The status command. */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'queue depth, throughput and failures of distributed ingestion (PostgreSQL)',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        failures: { type: 'string' },
        'retry-failed': { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const out = values.out ?? (process.stdout.isTTY ? 'table' : 'json');
    if (out !== 'table' && out !== 'json') throw new UsageError(`unknown --out '${out}' (use table or json)`);
    const limit = values.failures === undefined ? 20 : positiveInt(values.failures, '--failures');
    const store = await openExistingStore(values.db);
    try {
      if (store.kind !== 'postgres') {
        process.stderr.write(
          `dateline status: ${values.db ?? 'the database'} is a SQLite file, which has no queue ('dateline stats' counts what it holds)\n`,
        );
        return EXIT.badInput;
      }
      const queue = new PgQueue(store as PostgresStore);
      const retried = values['retry-failed'] ? await queue.retryFailed() : undefined;
      const status = await queue.status(limit);
      if (out === 'json') {
        await writeOut(JSON.stringify(retried === undefined ? status : { retried, ...status }, null, 2) + '\n');
      } else {
        await writeOut(statusText(status, retried));
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
