/**
 * Three worker processes on one queue, one killed with SIGKILL in the middle of its work: every
 * document must be processed exactly once and every event stored once, the killed worker's
 * jobs taken over by the others once their lease lapses.
 *
 * Run twice: with the real `dateline worker` command and the default pipeline on articles
 * written here, and with a worker process that writes hand-written records with events (the
 * pipeline's event stages may produce none), so that merging under several writers is checked.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestCorpus } from '../src/ingest/ingest-corpus.js';
import { PgQueue } from '../src/queue/pg-queue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fixtureExtractor, fixtureJobs } from './helpers/fixture-queue.js';
import { pgTestServer } from './helpers/pg-test-server.js';

const server = await pgTestServer('workers');
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DATELINE = join(REPO, 'bin', 'dateline');
const FIXTURE_WORKER = fileURLToPath(new URL('./helpers/fixture-worker.js', import.meta.url));

interface Started {
  child: ChildProcess;
  /** Resolves at the first written batch. */
  firstBatch: Promise<void>;
  exit: Promise<number | null>;
}

/** Starts a worker process; `batchLine` tells a line reporting a written batch. */
function start(args: string[], stream: 'stdout' | 'stderr', batchLine: RegExp): Started {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const firstBatch = new Promise<void>((resolve) => {
    for (const s of ['stdout', 'stderr'] as const) {
      createInterface({ input: child[s]! }).on('line', (line) => {
        output.push(line);
        if (s === stream && batchLine.test(line)) resolve();
      });
    }
  });
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(output.join('\n') + '\n');
      resolve(code);
    }),
  );
  return { child, firstBatch, exit };
}

/**
 * Starts three workers, SIGKILLs the first after its first batch while it holds jobs, waits for
 * the other two to drain the queue; resolves to how many jobs the killed one held.
 *
 * The victim is frozen (SIGSTOP) before its jobs are counted, so that it cannot finish them
 * between the count and the kill; on a loaded machine it may sit between two batches holding
 * nothing, and is then let go on for a moment and caught again.
 */
async function threeWorkersOneKilled(store: PostgresStore, spawnOne: () => Started): Promise<number> {
  const workers = [spawnOne(), spawnOne(), spawnOne()];
  const victim = workers[0]!;
  await victim.firstBatch;
  const heldBy = async (pid: number | undefined): Promise<number> => {
    const { rows } = await store.pool.query(
      `SELECT COUNT(*)::int AS n FROM queue_jobs WHERE state = 'active' AND worker LIKE $1`,
      [`%:${pid}`],
    );
    return (rows[0] as { n: number }).n;
  };
  let held = 0;
  for (let attempt = 0; attempt < 200 && held === 0; attempt++) {
    victim.child.kill('SIGSTOP');
    // A commit already on its way to the server lands before the count; on a loaded machine it
    // may take longer than the first wait, so the count must hold still across a second one.
    await new Promise((r) => setTimeout(r, 50));
    held = await heldBy(victim.child.pid);
    if (held > 0) {
      await new Promise((r) => setTimeout(r, 250));
      held = await heldBy(victim.child.pid);
    }
    if (held === 0) {
      victim.child.kill('SIGCONT');
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  victim.child.kill('SIGKILL');
  assert.equal(await victim.exit, null, 'the worker was killed, it did not finish');
  const codes = await Promise.all(workers.slice(1).map((w) => w.exit));
  assert.deepEqual(codes, [0, 0], 'the other workers drained the queue and exited');
  return held;
}

async function assertQueueDone(store: PostgresStore, jobs: number, victimPid: number | undefined): Promise<void> {
  const status = await new PgQueue(store).status();
  assert.deepEqual(
    { queued: status.queued, active: status.active, done: status.done, failed: status.failed },
    { queued: 0, active: 0, done: jobs, failed: 0 },
  );
  const { rows } = await store.pool.query(
    `SELECT MIN(attempts)::int AS min FROM queue_jobs WHERE worker NOT LIKE $1 AND attempts > 1`,
    [`%:${victimPid}`],
  );
  assert.ok((rows[0] as { min: number | null }).min! >= 2, "the killed worker's jobs were claimed again");
}

if (server) {
  after(() => server.dropAll());

  test('workers: three `dateline worker` processes, one killed mid-run: every article stored once', async () => {
    const url = await server.freshUrl();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-workers-'));
    const file = join(dir, 'articles.jsonl');
    const places = ['Lagos', 'Nairobi', 'Accra', 'Dakar', 'Kampala'];
    const lines: string[] = [];
    for (let i = 0; i < 240; i++) {
      const place = places[i % places.length];
      lines.push(
        JSON.stringify({
          id: `a${i}`,
          published: `2021-05-${String(1 + (i % 28)).padStart(2, '0')}`,
          text: `Bulletin ${i}. Traders in ${place} closed their stalls on Monday for the ${i}th day of a strike over market fees. Police said ${i % 7} people were detained near the central market.`,
        }),
      );
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const enqueue = spawn(process.execPath, [DATELINE, 'ingest', '--db', url, '--enqueue', '--quiet', file]);
    assert.equal(await new Promise((r) => enqueue.on('exit', r)), 0);
    const store = await PostgresStore.open(url);
    let victim: number | undefined;
    const held = await threeWorkersOneKilled(store, () => {
      const s = start(
        [DATELINE, 'worker', '--db', url, '--batch', '4', '--lease', '2', '--exit-when-idle', '--out', 'json'],
        'stderr',
        /: \d+ jobs, /,
      );
      victim ??= s.child.pid;
      return s;
    });
    assert.ok(held >= 1, 'the worker was killed holding jobs');
    await assertQueueDone(store, 240, victim);
    const stats = await store.stats();
    assert.equal(stats.documents, 240);
    assert.equal(stats.records, 240);
    assert.deepEqual(await store.check(), [], 'every event of every record stored once');
    // The same articles ingested in one process give the same counts.
    const sqlite = SqliteStore.open(join(dir, 'same.db'));
    await ingestCorpus(sqlite, [file], { workers: 1 });
    const expected = await sqlite.stats();
    assert.equal(stats.events, expected.events);
    assert.equal(stats.errors, expected.errors);
    await sqlite.close();
    await store.close();
  });

  test('workers: three fixture workers, one killed mid-run: every document and every event once, merged as in one process', async () => {
    const url = await server.freshUrl();
    const copies = 20;
    const jobs = fixtureJobs(copies);
    const store = await PostgresStore.open(url);
    await new PgQueue(store).enqueue(jobs.map((j) => j.job));
    let victim: number | undefined;
    const held = await threeWorkersOneKilled(store, () => {
      const s = start([FIXTURE_WORKER, url, String(copies), '2'], 'stdout', /^batch /);
      victim ??= s.child.pid;
      return s;
    });
    assert.ok(held >= 1, 'the worker was killed holding jobs');
    await assertQueueDone(store, jobs.length, victim);
    const stats = await store.stats();
    assert.equal(stats.documents, jobs.length);
    assert.equal(stats.events, jobs.length, 'each fixture article has one event');
    assert.deepEqual(await store.check(), []);
    const { rows } = await store.pool.query(
      'SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM documents GROUP BY record_id HAVING COUNT(*) > 1) x',
    );
    assert.equal((rows[0] as { n: number }).n, 0, 'no article stored twice');
    // Replaying the documents in the order the workers committed them (their ids) through one
    // embedded store gives the same near-duplicate links and merged events.
    const extract = fixtureExtractor(copies);
    const { rows: order } = await store.pool.query('SELECT hash FROM documents ORDER BY id');
    const byHash = new Map(jobs.map((j) => [j.job.hash, j.job]));
    const replay = SqliteStore.open(':memory:');
    for (const { hash } of order as { hash: string }[]) {
      const [o] = extract([byHash.get(hash)!]);
      assert.ok(o?.ok);
      await replay.writeBatch([{ hash: o.hash, input: o.input, text: o.text, record: o.record, minhash: o.minhash }]);
    }
    const expected = await replay.stats();
    assert.equal(stats.mergedEvents, expected.mergedEvents);
    assert.equal(stats.duplicates, expected.duplicates);
    await replay.close();
    await store.close();
  });
}
