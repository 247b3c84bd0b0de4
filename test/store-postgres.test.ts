/**
 * The store conformance suite against PostgreSQL, plus what only a networked store must do:
 * several writers at once. Needs a server (DATELINE_TEST_PG, default
 * postgres://postgres@127.0.0.1:5432/test); without one the suite is skipped and says so,
 * except under CI=true, where a missing server fails the run.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureDocument } from './helpers/fixture-records.js';
import { pgTestServer } from './helpers/pg-test-server.js';
import { storeConformance } from './store-conformance.js';

const server = await pgTestServer('store-postgres');

if (server) {
  after(() => server.dropAll());
  storeConformance('postgres', async () => PostgresStore.open(await server.freshUrl()));

  test('postgres: four writers writing overlapping batches at once store each document and event once', async () => {
    const url = await server.freshUrl();
    const stores = await Promise.all([0, 1, 2, 3].map(() => PostgresStore.open(url)));
    const copies = (n: number) =>
      FIXTURE_CORPUS.map((a) => fixtureDocument({ ...a, id: `${a.id}-${n}`, text: `${a.text} Copy ${n}.` }));
    const all = [0, 1, 2, 3, 4, 5].map(copies);
    // Each writer writes every batch, in its own order: every write races three others.
    await Promise.all(
      stores.map((s, w) =>
        (async () => {
          for (let i = 0; i < all.length; i++) await s.writeBatch(all[(i + w) % all.length]!);
        })(),
      ),
    );
    const stats = await stores[0]!.stats();
    assert.equal(stats.documents, 6 * FIXTURE_CORPUS.length);
    assert.equal(stats.events, 6 * FIXTURE_CORPUS.length);
    assert.deepEqual(await stores[0]!.check(), []);
    // Writers that could affect each other's decisions ran one after the other, in the order of
    // the ids they drew: replaying the documents in id order through one embedded store must
    // give the same near-duplicate links and the same merged events.
    const { rows } = await stores[0]!.pool.query('SELECT hash FROM documents ORDER BY id');
    const byHash = new Map(all.flat().map((d) => [d.hash, d]));
    const replay = SqliteStore.open(':memory:');
    for (const r of rows as { hash: string }[]) await replay.writeBatch([byHash.get(r.hash)!]);
    const expected = await replay.stats();
    assert.equal(stats.duplicates, expected.duplicates);
    assert.equal(stats.mergedEvents, expected.mergedEvents);
    await replay.close();
    for (const s of stores) await s.close();
  });

  test('postgres: an older schema loses its foreign keys on opening; check() still finds orphan reports', async () => {
    const url = await server.freshUrl();
    const s = await PostgresStore.open(url);
    await s.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));
    const foreignKeys = async () =>
      Number(
        (
          await s.pool.query(
            `SELECT COUNT(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace`,
            [s.schema],
          )
        ).rows[0].n,
      );
    assert.equal(await foreignKeys(), 0);
    // As schema 2 had it: a foreign key, and the version that goes with it.
    await s.pool.query(
      'ALTER TABLE events ADD CONSTRAINT events_document_id_fkey FOREIGN KEY (document_id) REFERENCES documents(id)',
    );
    await s.pool.query('UPDATE dateline_schema SET version = 2');
    await s.close();
    const reopened = await PostgresStore.open(url);
    assert.equal(
      Number(
        (
          await reopened.pool.query(
            `SELECT COUNT(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace`,
            [reopened.schema],
          )
        ).rows[0].n,
      ),
      0,
    );
    assert.deepEqual(await reopened.check(), []);
    await reopened.pool.query('UPDATE events SET document_id = -1 WHERE id = (SELECT MIN(id) FROM events)');
    assert.ok((await reopened.check()).some((p) => /event reports of a missing document/.test(p)));
    await reopened.close();
  });

  test('postgres: records and texts are stored with lz4 compression where the server has it', async () => {
    const s = await PostgresStore.open(await server.freshUrl());
    const version = Number((await s.pool.query(`SELECT current_setting('server_version_num') AS v`)).rows[0].v);
    // Before PostgreSQL 14 there is no choice of compression (and no attcompression to read).
    if (version >= 140000) {
      const lz4 = await s.pool.query('CREATE TEMP TABLE lz4_probe (x text COMPRESSION lz4)').then(
        () => true,
        () => false,
      );
      const { rows } = await s.pool.query(
        `SELECT attrelid::regclass::text || '.' || attname AS col, attcompression::text AS c FROM pg_attribute
         WHERE attrelid IN ('records'::regclass, 'documents'::regclass, 'events'::regclass)
           AND attname IN ('json', 'text') ORDER BY 1`,
      );
      assert.deepEqual(
        rows.map((r: { col: string; c: string }) => `${r.col}=${r.c}`),
        ['documents.text', 'events.json', 'records.json'].map((col) => `${col}=${lz4 ? 'l' : ''}`),
      );
    }
    await s.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));
    assert.deepEqual(await s.check(), []);
    await s.close();
  });

  test('postgres: a database newer than this version is refused, not damaged', async () => {
    const url = await server.freshUrl();
    const s = await PostgresStore.open(url);
    await s.pool.query('UPDATE dateline_schema SET version = 999');
    await s.close();
    await assert.rejects(PostgresStore.open(url), /newer than this Dateline/);
  });
}
