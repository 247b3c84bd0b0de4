/**
 * `dateline stats`: what a database holds.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../store/open-store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { openExistingStore } from './store-options.js';
import { formatTable } from './table-format.js';

const HELP = `Usage: dateline stats [options]

Counts what a database holds: documents (and near-duplicates among them), records, event
reports, merged events, outlets (sources) and ingest errors.

Options:
  --db PATH|URL      database file (default ${DEFAULT_DB}), or postgres://… URL
  --out table|json   a table (default on a terminal) or JSON (default otherwise), with the keys
                     documents, duplicates, records, events, mergedEvents, sources, errors
  --errors N         also list the last N ingest errors
  -h, --help         this help

Exit codes: 0 done; 1 the database cannot be read; 2 wrong usage.`;

const LABELS: Record<string, string> = {
  documents: 'documents',
  duplicates: 'near-duplicate documents',
  records: 'records',
  events: 'event reports',
  mergedEvents: 'merged events',
  sources: 'sources (outlets)',
  errors: 'ingest errors',
};

/** The stats command. */
export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'count documents, events, merged events, sources and errors in a database',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        errors: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const out = values.out ?? (process.stdout.isTTY ? 'table' : 'json');
    if (out !== 'table' && out !== 'json') throw new UsageError(`unknown --out '${out}' (use table or json)`);
    const nErrors = values.errors === undefined ? 0 : Number(values.errors);
    if (!Number.isInteger(nErrors) || nErrors < 0)
      throw new UsageError(`--errors takes a whole number, not '${values.errors}'`);
    const store = await openExistingStore(values.db);
    try {
      const stats = await store.stats();
      const errors = nErrors > 0 ? await store.listErrors({ limit: nErrors }) : [];
      if (out === 'json') {
        await writeOut(JSON.stringify(nErrors > 0 ? { ...stats, recentErrors: errors } : stats, null, 2) + '\n');
      } else {
        let text = formatTable(
          [{ header: 'WHAT' }, { header: 'COUNT', align: 'right' }],
          Object.entries(stats).map(([k, v]) => [LABELS[k] ?? k, String(v)]),
        );
        if (errors.length > 0) {
          text +=
            '\n' +
            formatTable(
              [
                { header: 'INPUT', max: 60 },
                { header: 'ERROR', max: 80 },
              ],
              errors.map((e) => [e.input, e.message]),
            );
        }
        await writeOut(text);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
