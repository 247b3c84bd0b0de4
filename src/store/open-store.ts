/**
 * Opening a store from what the user gives `--db`: a file path (SQLite, the default) or a
 * `postgres://` URL (PostgreSQL, loaded only when asked for).
 */
import { InputError } from '../ingest/input-error.js';
import type { Store } from './store.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';

/** The database used when no `--db` is given. */
export const DEFAULT_DB = './dateline.db';

/** Options for {@link openStore} (those of the SQLite store; a PostgreSQL store ignores them). */
export type OpenStoreOptions = SqliteStoreOptions;

/** Opens the store named by `spec` (a path, or a database URL). */
export async function openStore(spec: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    try {
      return await PostgresStore.open(spec);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28000' || code === '28P01') {
        throw new InputError(spec, `cannot connect to PostgreSQL (${(e as Error).message})`);
      }
      throw e;
    }
  }
  try {
    return SqliteStore.open(spec, options);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CANTOPEN')) throw new InputError(spec, 'cannot open the database file');
    if (code === 'SQLITE_NOTADB') throw new InputError(spec, 'is not a Dateline (SQLite) database');
    throw e;
  }
}
