/**
 * Extraction threads that die: the pool replaces them, retries the job in hand one article at a
 * time, and only the article that kills a fresh thread becomes an error; the rest of the run,
 * and what was ingested before, are kept. The threads really die: an article carrying the
 * marker makes its thread fill its capped heap (ERR_WORKER_OUT_OF_MEMORY), or exit when it has
 * no cap.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestCorpus } from '../src/ingest/ingest-corpus.js';
import { WorkerPool } from '../src/ingest/worker-pool.js';
import type { ExtractJob, ExtractOutcome } from '../src/ingest/extract-worker.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const MARKER = 'ZQX-THREAD-KILLER-ZQX';
// Read by each extraction thread when it starts.
process.env.DATELINE_TEST_WORKER_DIE_ON = MARKER;

const root = mkdtempSync(join(tmpdir(), 'dateline-worker-death-'));

function story(i: number, extra = ''): string {
  return `Dock workers at pier ${i} in the harbour district stopped work on Tuesday over shift rota ${i * 3}.${extra}`;
}

function items(from: number, n: number, killAt = -1): ExtractJob['items'] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return { hash: `h${i}`, input: `in-${i}`, article: { text: story(i, i === killAt ? ` ${MARKER}` : '') } };
  });
}

function summary(out: ExtractOutcome[]): string[] {
  return out.map((o) => `${o.input} ${o.ok ? 'ok' : o.message}`);
}

test('pool: a thread killed by one article (out of memory) is replaced; only that article fails, the job behind it goes on', async () => {
  const pool = new WorkerPool(1, { heapMb: 96 });
  try {
    const [first, behind] = await Promise.all([pool.run({ items: items(0, 5, 2) }), pool.run({ items: items(5, 3) })]);
    const s = summary(first);
    assert.deepEqual(
      s.map((x) => x.split(' ')[0]),
      ['in-0', 'in-1', 'in-2', 'in-3', 'in-4'],
      'outcomes in item order',
    );
    assert.deepEqual(
      s.filter((x) => !x.endsWith(' ok')),
      ['in-2 internal error: extraction ran out of memory on this article (its thread was ended)'],
    );
    assert.ok(first.filter((o) => o.ok).every((o) => o.ok && o.record.text === undefined && o.text.length > 0));
    assert.deepEqual(summary(behind), ['in-5 ok', 'in-6 ok', 'in-7 ok']);
    // Still a working pool afterwards.
    assert.deepEqual(summary(await pool.run({ items: items(8, 2) })), ['in-8 ok', 'in-9 ok']);
  } finally {
    await pool.close();
  }
});

test('pool: with no heap cap, a thread that exits is replaced the same way', async () => {
  const pool = new WorkerPool(2, { heapMb: 0 });
  try {
    const out = await pool.run({ items: items(0, 3, 0) });
    assert.match(summary(out)[0]!, /^in-0 internal error: extraction ended its thread on this article \(.*code 70\)$/);
    assert.deepEqual(summary(out).slice(1), ['in-1 ok', 'in-2 ok']);
  } finally {
    await pool.close();
  }
});

test('pool: threads that cannot even start fail the pool with the reason instead of failing every article', async () => {
  // One MB of heap cannot hold the extraction modules: each thread dies before it is ready.
  const pool = new WorkerPool(1, { heapMb: 1 });
  try {
    await assert.rejects(pool.run({ items: items(0, 2) }), /extraction thread failed \(it could not start\)/);
    await assert.rejects(pool.run({ items: items(2, 1) }), /could not start/);
  } finally {
    await pool.close();
  }
});

test('ingest: the article that kills its thread is an error record naming it; the rest of its batch and of the run is ingested; a rerun adds nothing', async () => {
  const dir = join(root, 'kill');
  mkdirSync(dir, { recursive: true });
  const lines = Array.from({ length: 40 }, (_, i) =>
    JSON.stringify({ id: `s${i}`, text: story(i, i === 22 ? ` ${MARKER}` : '') }),
  );
  writeFileSync(join(dir, 'wire.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'later.txt'), story(99));
  const store = SqliteStore.open(join(root, 'kill.db'));
  try {
    const s = await ingestCorpus(store, [dir], { workers: 2, workerHeapMb: 96, jobSize: 8 });
    assert.equal(s.added, 40, 'the 39 other lines and the later file');
    assert.equal(s.errors, 1);
    assert.equal(s.errorSamples[0]!.input, join(dir, 'wire.jsonl') + ':23');
    assert.match(s.errorSamples[0]!.message, /ran out of memory on this article/);
    const stats = await store.stats();
    assert.equal(stats.documents, 40);
    assert.equal(stats.errors, 1);
    const again = await ingestCorpus(store, [dir], { workers: 2, workerHeapMb: 96 });
    assert.equal(again.added + again.errors, 0);
    assert.deepEqual(await store.check(), []);
  } finally {
    await store.close();
  }
});
