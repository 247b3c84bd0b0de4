/**
 * `dateline search`: full-text search over the articles of a database.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../store/open-store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { openExistingStore, positiveInt } from './store-options.js';
import { formatTable } from './table-format.js';

const HELP = `Usage: dateline search TEXT... [options]

Finds the articles of a database that contain the words of TEXT, best match first.
"Quoted words" must appear as a phrase; OR between words accepts either.

Options:
  --db PATH|URL           database file (default ${DEFAULT_DB}), or postgres://… URL
  --limit N               at most N articles (default 20)
  --offset N              skip the first N
  --out table|json|jsonl  a table (default on a terminal), a JSON array, or JSON Lines (default otherwise)
  -h, --help              this help

Exit codes: 0 done (also when nothing matches); 1 the database cannot be read; 2 wrong usage.`;

/** The search command. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'full-text search over the articles of a database',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('no TEXT to search for');
    const out = values.out ?? (process.stdout.isTTY ? 'table' : 'jsonl');
    if (!['table', 'json', 'jsonl'].includes(out))
      throw new UsageError(`unknown --out '${out}' (use table, json or jsonl)`);
    const limit = values.limit === undefined ? 20 : positiveInt(values.limit, '--limit');
    const offset = values.offset === undefined ? 0 : positiveInt(values.offset, '--offset');
    const store = await openExistingStore(values.db);
    try {
      const hits = limit === 0 ? [] : await store.search(query, { limit, offset });
      if (out === 'table') {
        await writeOut(
          formatTable(
            [
              { header: 'DOC', align: 'right' },
              { header: 'PUBLISHED', max: 10 },
              { header: 'OUTLET', max: 20 },
              { header: 'TITLE', max: 40 },
              { header: 'MATCH', max: 70 },
            ],
            hits.map((h) => [
              h.document.id,
              h.document.published ?? '',
              h.document.outlet ?? '',
              h.document.title ?? h.document.recordId,
              h.snippet,
            ]),
          ) + `${hits.length} articles\n`,
        );
      } else if (out === 'json') {
        await writeOut(JSON.stringify(hits, null, 2) + '\n');
      } else {
        for (const h of hits) await writeOut(JSON.stringify(h) + '\n');
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
