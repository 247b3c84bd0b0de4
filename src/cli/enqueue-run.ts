/**
 * `dateline ingest --db postgres://… --enqueue PATH...`: queues articles for workers and prints
 * what was queued. Kept apart from the ingest command so that SQLite users never load `pg`.
 */
import { InputError } from '../ingest/input-error.js';
import { enqueueCorpus } from '../queue/enqueue-corpus.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { EXIT } from './cli-command.js';
import { writeOut } from './output-writer.js';

/** Runs the enqueue and resolves to the exit code. */
export async function enqueueCommand(
  db: string,
  paths: string[],
  out: 'text' | 'json',
  quiet: boolean,
): Promise<number> {
  let store: PostgresStore;
  try {
    store = await PostgresStore.open(db);
  } catch (e) {
    throw new InputError(db, `cannot open the PostgreSQL store (${(e as Error).message})`);
  }
  try {
    if (!quiet) process.stderr.write(`ingest: queuing articles of ${paths.length} paths\n`);
    const s = await enqueueCorpus(store, paths);
    if (out === 'json') {
      await writeOut(JSON.stringify({ db, ...s, elapsedMs: Math.round(s.elapsedMs) }) + '\n');
    } else {
      await writeOut(
        `queued in ${db}: ${s.queued} articles (${s.skipped} already stored or queued, ${s.errors} unreadable); ` +
          `${s.files} files, ${(s.elapsedMs / 1000).toFixed(1)} s\n` +
          `start workers with: dateline worker --db ${db}\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
