/**
 * `dateline events`: the merged events of a database, filtered.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../store/open-store.js';
import type { CanonicalEvent } from '../store/store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { FILTER_HELP, FILTER_OPTIONS, openExistingStore, parseFilter, positiveInt } from './store-options.js';
import { formatTable } from './table-format.js';

const HELP = `Usage: dateline events [options]

Lists the events of a database, newest first. Each is one real event merged from every article
that reports it, with its number of independent sources.

${FILTER_HELP}

Options:
  --db PATH|URL           database file (default ${DEFAULT_DB}), or postgres://… URL
  --limit N               at most N events (default 50 on a terminal, all otherwise)
  --offset N              skip the first N
  --out table|json|jsonl  a table (default on a terminal), a JSON array, or JSON Lines (default otherwise)
  -h, --help              this help

Exit codes: 0 done; 1 the database cannot be read; 2 wrong usage.`;

/** One table row of an event. */
export function eventRow(e: CanonicalEvent): string[] {
  const date = e.date.earliest === e.date.latest ? e.date.value : `${e.date.earliest}..${e.date.latest}`;
  return [
    e.id,
    date,
    e.type + (e.mode ? `/${e.mode}` : ''),
    e.location ? `${e.location.name}${e.location.country ? ', ' + e.location.country : ''}` : '',
    [...e.actors, ...e.targets.map((t) => ({ name: `→ ${t.name}` }))].map((a) => a.name).join('; '),
    e.fatalities === undefined ? '' : String(e.fatalities),
    String(e.sources),
    e.outlets.join('; '),
  ];
}

/** The events command. */
export const eventsCommand: CliCommand = {
  name: 'events',
  summary: 'list merged events, filtered by type, place, date, actor, text, sources',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...FILTER_OPTIONS,
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
    const out = values.out ?? (process.stdout.isTTY ? 'table' : 'jsonl');
    if (!['table', 'json', 'jsonl'].includes(out))
      throw new UsageError(`unknown --out '${out}' (use table, json or jsonl)`);
    const filter = parseFilter(values);
    const limit =
      values.limit === undefined ? (out === 'table' ? 50 : undefined) : positiveInt(values.limit, '--limit');
    let offset = values.offset === undefined ? 0 : positiveInt(values.offset, '--offset');
    const store = await openExistingStore(values.db);
    try {
      const total = await store.countEvents(filter);
      const wanted = Math.min(limit ?? Infinity, Math.max(0, total - offset));
      if (out === 'table') {
        const list = await store.listEvents(filter, { limit: Math.max(1, wanted), offset });
        const rows = wanted > 0 ? list.map(eventRow) : [];
        await writeOut(
          formatTable(
            [
              { header: 'ID', align: 'right' },
              { header: 'DATE', max: 22 },
              { header: 'TYPE', max: 20 },
              { header: 'PLACE', max: 28 },
              { header: 'ACTORS', max: 40 },
              { header: 'DEAD', align: 'right' },
              { header: 'SRC', align: 'right' },
              { header: 'OUTLETS', max: 30 },
            ],
            rows,
          ) + `${rows.length} of ${total} events\n`,
        );
        return EXIT.ok;
      }
      // Page through so that a large export does not sit in memory.
      let left = wanted;
      let first = true;
      if (out === 'json') await writeOut('[');
      while (left > 0) {
        const page = await store.listEvents(filter, { limit: Math.min(1000, left), offset });
        if (page.length === 0) break;
        for (const e of page) {
          if (out === 'json') await writeOut((first ? '\n' : ',\n') + JSON.stringify(e));
          else await writeOut(JSON.stringify(e) + '\n');
          first = false;
        }
        left -= page.length;
        offset += page.length;
      }
      if (out === 'json') await writeOut(first ? ']\n' : '\n]\n');
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
