/**
 * `dateline serve`: the HTTP API and the web app over a database, in one process.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { positiveInt } from './store-options.js';

const HELP = `Usage: dateline serve [options]

Serves the web app (a map and a timeline of events, each event with its article and the
evidence of every field highlighted) and the HTTP API (described at /openapi.json) over a
database. Everything is served by this process; nothing is fetched from elsewhere.

Options:
  --db PATH        database file (default ${DEFAULT_DB}; created empty if absent)
  --port N         port (default 8080; 0 picks a free one)
  --host ADDRESS   address to listen on (default 127.0.0.1, this machine only)
  --token TOKEN    token that endpoints writing to the database require
                   (Authorization: Bearer TOKEN). Off loopback a token is always required:
                   without this option one is generated and printed. Also DATELINE_TOKEN.
  --max-body N     largest accepted request body in bytes (default 2097152)
  -h, --help       this help

Stops on Ctrl-C. Exit codes: 0 stopped; 1 the database cannot be opened or the port is taken;
2 wrong usage.`;

/** The serve command. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the web app (map, timeline, events with evidence) and the HTTP API',
  help: HELP,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        'max-body': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const port = values.port === undefined ? 8080 : positiveInt(values.port, '--port');
    if (port > 65535) throw new UsageError(`--port must be at most 65535, not ${port}`);
    const maxBody = values['max-body'] === undefined ? undefined : positiveInt(values['max-body'], '--max-body');
    const token = values.token ?? process.env.DATELINE_TOKEN;
    if (token !== undefined && token.length < 12) throw new UsageError('--token must be at least 12 characters');
    const { startServer } = await import('../server/start-server.js');
    const store = await openStore(values.db ?? DEFAULT_DB);
    let server;
    try {
      server = await startServer({
        store,
        host: values.host ?? '127.0.0.1',
        port,
        ...(token !== undefined && { token }),
        ...(maxBody !== undefined && { maxBodyBytes: maxBody }),
      });
    } catch (e) {
      await store.close();
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        process.stderr.write(`dateline serve: cannot listen on ${values.host ?? '127.0.0.1'}:${port} (${code})\n`);
        return EXIT.badInput;
      }
      throw e;
    }
    process.stderr.write(`dateline serve: ${server.url}/ (API: ${server.url}/openapi.json)\n`);
    if (server.token !== undefined && values.token === undefined && process.env.DATELINE_TOKEN === undefined) {
      process.stderr.write(`dateline serve: write token: ${server.token}\n`);
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return EXIT.ok;
  },
};
