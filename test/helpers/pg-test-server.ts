/**
 * The PostgreSQL server of the tests: DATELINE_TEST_PG, or the local default
 * postgres://postgres@127.0.0.1:5432/test. Each store a test asks for lives in a schema of its
 * own, named after this process and a counter, so that runs (and tests) never see each other's
 * data; the schemas are dropped at the end.
 *
 * Without a server the PostgreSQL tests are skipped with a plain message — except under CI=true,
 * where the suite must run and a missing server fails it loudly.
 */
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';

/** The URL the tests use. */
export const PG_TEST_URL = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A reachable server. */
export interface PgTestServer {
  url: string;
  /** A URL naming a new, empty schema. */
  freshUrl(): Promise<string>;
  /** Drops every schema this process made. */
  dropAll(): Promise<void>;
}

/** The server, or undefined (after registering a skipped test saying why) when none answers. */
export async function pgTestServer(suite: string): Promise<PgTestServer | undefined> {
  const admin = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query('SELECT 1');
  } catch (e) {
    await admin.end().catch(() => {});
    const why = `no PostgreSQL server answers at ${PG_TEST_URL} (${(e as Error).message})`;
    if (process.env.CI === 'true') {
      throw new Error(`${suite}: ${why}; under CI=true the PostgreSQL suite must run (see .ci/run)`, { cause: e });
    }
    process.stdout.write(`# ${suite}: PostgreSQL suite SKIPPED: ${why}; set DATELINE_TEST_PG to run it\n`);
    test(`${suite} (PostgreSQL)`, { skip: `SKIPPED: ${why}` }, () => {});
    return undefined;
  }
  await admin.end();
  const prefix = `dl_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const made: string[] = [];
  return {
    url: PG_TEST_URL,
    async freshUrl() {
      const schema = `${prefix}_${made.length + 1}`;
      made.push(schema);
      const u = new URL(PG_TEST_URL);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async dropAll() {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      try {
        for (const s of made) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}
