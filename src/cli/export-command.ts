/**
 * `dateline export`: the merged events of a database in a standard format.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { documentTextReader } from '../export/export-context.js';
import { EXPORT_FORMATS } from '../export/export-formats.js';
import { DEFAULT_DB } from '../store/open-store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { FILTER_HELP, FILTER_OPTIONS, openExistingStore, parseFilter } from './store-options.js';

const HELP = `Usage: dateline export --format FORMAT [options]

Writes the merged events of a database, oldest first, in one of these formats:
  acled-csv     ACLED's CSV columns (event_id_cnty, event_date, ... notes_raw), one row per event
  plover-json   PLOVER's JSON field names (id, date, actor, recipient, event, mode, event_loc,
                event_text, cite_info, ...), one event per line
  geojson       a GeoJSON FeatureCollection of points (events without coordinates left out)
  jsonl         one event per line with every report and its evidence (lossless)

${FILTER_HELP}

Options:
  --format FORMAT    one of the above (required)
  --db PATH|URL      database file (default ${DEFAULT_DB}), or postgres://… URL
  --output FILE      write to FILE instead of standard output
  -h, --help         this help

Exit codes: 0 done; 1 the database cannot be read; 2 wrong usage.`;

/** The export command. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export merged events as ACLED CSV, PLOVER JSON, GeoJSON or JSON Lines',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...FILTER_OPTIONS,
        format: { type: 'string' },
        db: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    if (!values.format) throw new UsageError(`--format is required (${Object.keys(EXPORT_FORMATS).join(', ')})`);
    const format = EXPORT_FORMATS[values.format];
    if (!format)
      throw new UsageError(`unknown --format '${values.format}' (use ${Object.keys(EXPORT_FORMATS).join(', ')})`);
    const filter = parseFilter(values);
    const store = await openExistingStore(values.db);
    const file = values.output ? createWriteStream(values.output) : undefined;
    const write = file
      ? (chunk: string) =>
          new Promise<void>((resolve, reject) => {
            if (file.write(chunk)) resolve();
            else file.once('drain', resolve).once('error', reject);
          })
      : writeOut;
    try {
      const n = await format.run({
        events: store.iterateEvents(filter),
        documentText: documentTextReader(store),
        write,
      });
      if (file) {
        await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
        process.stderr.write(`dateline export: ${n} events written to ${values.output}\n`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
