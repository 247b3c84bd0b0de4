import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { StoreFullError } from '../src/store/store.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureDocument } from './helpers/fixture-records.js';
import { storeConformance } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
let n = 0;

storeConformance('sqlite', async () => SqliteStore.open(join(dir, `store-${++n}.db`)));

test('a full disk fails the batch with a clear error and leaves the store consistent', async () => {
  const path = join(dir, 'full.db');
  // Small enough that a few hundred documents fill it.
  const store = SqliteStore.open(path, { maxPageCount: 120 });
  const filler = 'The council met again to discuss the budget and the new roads. '.repeat(20);
  let written = 0;
  let failure: unknown;
  for (let i = 0; i < 400 && !failure; i++) {
    const batch = [0, 1, 2, 3].map((j) =>
      fixtureDocument({
        ...FIXTURE_CORPUS[(i * 4 + j) % FIXTURE_CORPUS.length]!,
        id: `d${i}-${j}`,
        text: `${filler} Item ${i}-${j}. ${FIXTURE_CORPUS[(i * 4 + j) % FIXTURE_CORPUS.length]!.text}`,
      }),
    );
    try {
      written += (await store.writeBatch(batch)).documents;
    } catch (e) {
      failure = e;
    }
  }
  assert.ok(failure instanceof StoreFullError, `expected a StoreFullError, got ${String(failure)}`);
  assert.match((failure as Error).message, /full/);
  assert.match((failure as Error).message, /not written/);
  assert.ok(written > 0);
  assert.equal((await store.stats()).documents, written, 'the failed batch left nothing behind');
  assert.deepEqual(await store.check(), []);
  await store.close();
  const reopened = SqliteStore.open(path);
  assert.equal((await reopened.stats()).documents, written);
  assert.deepEqual(await reopened.check(), []);
  await reopened.close();
});

test('a reader sees whole batches while a writer writes (WAL)', async () => {
  const path = join(dir, 'concurrent.db');
  const writer = SqliteStore.open(path);
  const reader = SqliteStore.open(path, { readonly: true });
  for (let i = 0; i < 20; i++) {
    const batch = FIXTURE_CORPUS.map((a) =>
      fixtureDocument({ ...a, id: `${a.id}-${i}`, text: `${a.text} Update ${i}.` }),
    );
    await writer.writeBatch(batch);
    const s = await reader.stats();
    assert.equal(s.documents, (i + 1) * FIXTURE_CORPUS.length);
    assert.equal(s.records, s.documents);
    assert.equal(s.events, s.documents);
  }
  await reader.close();
  await writer.close();
});

test('a database newer than this version is refused, not damaged', async () => {
  const path = join(dir, 'future.db');
  const s = SqliteStore.open(path);
  await s.close();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  db.pragma('user_version = 999');
  db.close();
  assert.throws(() => SqliteStore.open(path), /newer than this Dateline/);
});

test('an older database gains the ready list entries of its merged events when opened', async () => {
  const path = join(dir, 'older.db');
  const store = SqliteStore.open(path);
  await store.writeBatch(FIXTURE_CORPUS.slice(0, 3).map(fixtureDocument));
  await store.writeBatch(FIXTURE_CORPUS.slice(3).map(fixtureDocument));
  const before = await store.listEvents({}, { limit: 100 });
  await store.close();
  // Back to schema 1: no list entries.
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  db.exec('ALTER TABLE clusters DROP COLUMN summary_json');
  db.pragma('user_version = 1');
  db.close();
  const reopened = SqliteStore.open(path);
  const after = await reopened.listEvents({}, { limit: 100 });
  assert.equal(after.length, 5);
  assert.deepEqual(after, before);
  for (const e of after) assert.deepEqual(e, (await reopened.getEvent(e.id))?.event);
  await reopened.close();
});

test('the change mark stays put while nothing is written, and moves with a write by another connection', async () => {
  const path = join(dir, 'mark.db');
  const store = SqliteStore.open(path);
  await store.writeBatch(FIXTURE_CORPUS.slice(0, 2).map(fixtureDocument));
  const m = await store.changeMark();
  await store.listEvents();
  assert.equal(await store.changeMark(), m);
  const other = SqliteStore.open(path);
  await other.writeBatch(FIXTURE_CORPUS.slice(2).map(fixtureDocument));
  await other.close();
  assert.notEqual(await store.changeMark(), m);
  await store.close();
});
