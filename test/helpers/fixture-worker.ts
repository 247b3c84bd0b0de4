/**
 * A worker process for tests: `node fixture-worker.js URL COPIES` runs the real queue worker
 * (claims, leases, transactional writes) with hand-written records in place of the pipeline's,
 * and prints a line per written batch so that a test can kill it mid-run.
 */
import { runWorker } from '../../src/queue/queue-worker.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { fixtureExtractor } from './fixture-queue.js';

const [url, copies, lease] = process.argv.slice(2);
const store = await PostgresStore.open(url!);
const worker = runWorker(store, {
  batchSize: 3,
  leaseSeconds: Number(lease ?? 2),
  exitWhenIdle: true,
  maxPollMs: 200,
  extract: fixtureExtractor(Number(copies)),
  onBatch: (b) => process.stdout.write(`batch ${b.jobs} ${b.documents}\n`),
});
process.stdout.write(`started ${worker.name}\n`);
const summary = await worker.done;
await store.close();
process.stdout.write(`summary ${JSON.stringify(summary)}\n`);
