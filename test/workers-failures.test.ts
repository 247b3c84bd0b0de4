/**
 * Failures in distributed ingestion: a document the database refuses fails its own job only,
 * with its error, listed by the queue's status; failed jobs can be queued again.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ExtractJob, ExtractOutcome } from '../src/ingest/extract-worker.js';
import { PgQueue } from '../src/queue/pg-queue.js';
import { runWorker } from '../src/queue/queue-worker.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { fixtureExtractor, fixtureJobs } from './helpers/fixture-queue.js';
import { pgTestServer } from './helpers/pg-test-server.js';

const server = await pgTestServer('workers-failures');

if (server) {
  after(() => server.dropAll());

  test('workers: a refused document and an unextractable article fail alone; status lists them; retry queues them', async () => {
    const store = await PostgresStore.open(await server.freshUrl());
    const queue = new PgQueue(store);
    const jobs = fixtureJobs(1);
    await queue.enqueue(jobs.map((j) => j.job));
    const [refused, unreadable] = [jobs[1]!.job.hash, jobs[4]!.job.hash];
    const fixtures = fixtureExtractor(1);
    let broken = true;
    const extract = (items: ExtractJob['items']): ExtractOutcome[] =>
      fixtures(items).map((o) => {
        if (!broken || !o.ok) return o;
        if (o.hash === unreadable)
          return { ok: false, hash: o.hash, input: o.input, message: 'no text in the article' };
        // A place without its required `use` violates the places table's NOT NULL constraint.
        if (o.hash === refused) {
          const place = { id: 'p1', start: 0, end: 1, name: 'X', lat: 0, lon: 0 };
          return { ...o, record: { ...o.record, places: [place as (typeof o.record.places)[number]] } };
        }
        return o;
      });
    const first = await runWorker(store, { batchSize: 10, exitWhenIdle: true, maxPollMs: 100, extract }).done;
    assert.equal(first.jobs, jobs.length);
    assert.equal(first.documents, jobs.length - 2, 'the rest of the batch was written');
    assert.equal(first.failed, 2);
    const status = await queue.status();
    assert.equal(status.done, jobs.length - 2);
    assert.equal(status.failed, 2);
    const byInput = new Map(status.failures.map((f) => [f.hash, f.error]));
    assert.match(byInput.get(refused) ?? '', /^cannot be stored: .*null value/);
    assert.equal(byInput.get(unreadable), 'no text in the article');
    assert.equal((await store.listErrors()).length, 2, 'both recorded as ingest errors too');

    broken = false;
    assert.equal(await queue.retryFailed(), 2);
    const second = await runWorker(store, { batchSize: 10, exitWhenIdle: true, maxPollMs: 100, extract }).done;
    assert.equal(second.documents, 2);
    const after2 = await queue.status();
    assert.deepEqual([after2.done, after2.failed, after2.queued], [jobs.length, 0, 0]);
    assert.equal((await store.stats()).documents, jobs.length);
    assert.deepEqual(await store.check(), []);
    await store.close();
  });
}
