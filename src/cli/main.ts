/**
 * The `dateline` command line. Commands are loaded on demand so that start-up stays fast.
 */
import { readFileSync } from 'node:fs';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';

type Loader = () => Promise<CliCommand>;

/** Every command, by name, with its one-line summary (shown without loading it). */
const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  extract: {
    summary: 'extract sourced event records from articles (text, HTML, JSON Lines)',
    load: async () => (await import('./extract-command.js')).extractCommand,
  },
  ingest: {
    summary: 'ingest files and directories of articles into a database',
    load: async () => (await import('./ingest-command.js')).ingestCommand,
  },
  events: {
    summary: 'list merged events, filtered by type, place, date, actor, text, sources',
    load: async () => (await import('./events-command.js')).eventsCommand,
  },
  search: {
    summary: 'full-text search over the articles of a database',
    load: async () => (await import('./search-command.js')).searchCommand,
  },
  stats: {
    summary: 'count documents, events, merged events, sources and errors in a database',
    load: async () => (await import('./stats-command.js')).statsCommand,
  },
  worker: {
    summary: 'take queued articles from a PostgreSQL database, extract them, write them',
    load: async () => (await import('./worker-command.js')).workerCommand,
  },
  status: {
    summary: 'queue depth, throughput and failures of distributed ingestion (PostgreSQL)',
    load: async () => (await import('./status-command.js')).statusCommand,
  },
  export: {
    summary: 'export merged events as ACLED CSV, PLOVER JSON, GeoJSON or JSON Lines',
    load: async () => (await import('./export-command.js')).exportCommand,
  },
  serve: {
    summary: 'serve the web app (map, timeline, events with evidence) and the HTTP API',
    load: async () => (await import('./serve-command.js')).serveCommand,
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
  return `Usage: dateline COMMAND [options]

Dateline turns news reports into sourced event data.

Commands:
${lines.join('\n')}

Run 'dateline COMMAND --help' for a command's options.
  -h, --help     this help
  -v, --version  the version

Exit codes: 0 done; 1 bad input; 2 wrong usage; 70 internal error (a bug: please report it).`;
}

/** Runs the CLI with `argv` (without node and the script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(mainHelp() + '\n');
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`dateline: unknown command '${name}' (see 'dateline --help')\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dateline ${name}: ${(e as Error).message} (see 'dateline ${name} --help')\n`);
      return EXIT.usage;
    }
    if ((e as Error).name === 'InputError') {
      process.stderr.write(`dateline: ${(e as Error).message}\n`);
      return EXIT.badInput;
    }
    throw e;
  }
}
