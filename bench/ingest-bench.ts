/**
 * `npm run bench -- ingest`: the whole Reuters-21578 corpus (21,578 stories in 22 xz-compressed
 * SGML files) through `dateline ingest` with 1 and 2 worker threads: articles/s end to end
 * (process start to exit), the share of time spent writing to the store, peak RSS, database
 * size; then a second ingest of the unchanged corpus (no-op), and one that reads and hashes
 * every article again (`--rehash`); then p50/p95 of typical queries.
 *
 * While the extraction stages produce few events, a second database is built from the same
 * articles with synthetic events (bench/synthetic-events.ts) written straight to the store, to
 * measure the store's own write rate with merging and the latency of event queries on a
 * database that has events.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { percentile, report } from './bench-report.js';
import { REPO_ROOT, sharedOrSkip } from './bench-data-guard.js';
import { reutersStories } from './shared-data.js';
import { syntheticDocuments } from './synthetic-events.js';

interface IngestRun {
  added: number;
  skipped: number;
  errors: number;
  events: number;
  writeMs: number;
  peakRssMb: number;
  cpuMs: number;
  wallMs: number;
}

function ingest(db: string, workers: number, corpus: string, extra: string[] = []): IngestRun {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'bin', 'dateline'),
      'ingest',
      '--db',
      db,
      '--workers',
      String(workers),
      '--quiet',
      '--out',
      'json',
      ...extra,
      corpus,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as Omit<IngestRun, 'wallMs'>), wallMs };
}

function dbSizeMb(db: string): number {
  let n = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      n += statSync(db + suffix).size;
    } catch {
      // absent
    }
  }
  return n / 1e6;
}

type Query = [string, (s: Store, i: number) => Promise<unknown>];

const QUERIES: Query[] = [
  ['stats', (s) => s.stats()],
  ['events: newest page', (s) => s.listEvents({}, { limit: 50 })],
  ['events: count all', (s) => s.countEvents({})],
  ['events: type', (s) => s.listEvents({ types: ['PROTEST'] }, { limit: 50 })],
  [
    'events: country + dates',
    (s) => s.listEvents({ country: 'US', from: '1987-03-01', to: '1987-03-15' }, { limit: 50 }),
  ],
  ['events: near 50 km', (s) => s.listEvents({ near: { lat: 51.5, lon: -0.1, km: 50 } }, { limit: 50 })],
  ['events: actor', (s) => s.listEvents({ actor: 'police' }, { limit: 50 })],
  ['events: text', (s) => s.listEvents({ text: 'oil' }, { limit: 50 })],
  ['events: min 2 sources', (s) => s.listEvents({ minSources: 2 }, { limit: 50 })],
  ['event by id', (s, i) => s.getEvent(String(1 + ((i * 7919) % 5000)))],
  ['search: words', (s) => s.search('oil prices', { limit: 20 })],
  ['search: phrase', (s) => s.search('"interest rates"', { limit: 20 })],
  ['document by id', (s, i) => s.getDocument(String(1 + ((i * 104729) % 20000)))],
  ['record by id', (s, i) => s.getRecord(String(1 + ((i * 15485863) % 20000)))],
];

/** Runs the query set on a database (exported for profiling one database by hand). */
export async function queries(label: string, db: string): Promise<void> {
  const store = SqliteStore.open(db, { readonly: true });
  const all: number[] = [];
  // CPU time of the query thread: what a query costs when the machine is not shared.
  const cpu: number[] = [];
  let worst = { name: '', p95: 0 };
  for (const [name, q] of QUERIES) {
    await q(store, 0);
    const times: number[] = [];
    for (let i = 1; i <= 40; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await q(store, i);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    const p95 = percentile(times, 95);
    if (process.env.DATELINE_BENCH_VERBOSE) report(label, `  ${name} p95 (ms)`, p95);
    if (p95 > worst.p95) worst = { name, p95 };
  }
  all.sort((a, b) => a - b);
  report(label, 'query p50 (ms)', percentile(all, 50), `(${QUERIES.length} typical queries x 40)`);
  report(label, 'query p95 (ms)', percentile(all, 95));
  cpu.sort((a, b) => a - b);
  report(label, 'query p95 CPU time (ms)', percentile(cpu, 95), `(p50 ${percentile(cpu, 50).toFixed(3)} ms)`);
  report(label, 'slowest query p95 (ms)', worst.p95, `(${worst.name})`);
  await store.close();
}

/** Runs the benchmark. */
export default async function ingestBench(): Promise<void> {
  const shared = sharedOrSkip('ingest');
  if (!shared) return;
  const corpus = join(shared, 'data', 'corpora', 'reuters21578');
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-ingest-bench-'));
  try {
    let main = '';
    for (const workers of [1, 2]) {
      const db = join(tmp, `reuters-${workers}.db`);
      const r = ingest(db, workers, corpus);
      const n = r.added + r.skipped + r.errors;
      const ds = `reuters21578 (${n})`;
      const secs = r.wallMs / 1000;
      report(
        ds,
        `ingest ${workers} worker${workers > 1 ? 's' : ''} articles/s`,
        n / secs,
        `(${secs.toFixed(1)} s, ${(r.wallMs / n).toFixed(2)} ms/article; store writes ${(r.writeMs / r.added).toFixed(3)} ms/document = ${((r.added * 1000) / r.writeMs).toFixed(0)} documents/s; ${r.added} added, ${r.skipped} exact repeats, ${r.errors} errors, ${r.events} events)`,
      );
      report(
        ds,
        `ingest ${workers}w CPU ms/article`,
        r.cpuMs / n,
        `(all threads; ${((n * 1000) / r.cpuMs).toFixed(0)} articles per CPU-second, the rate on an idle machine per core)`,
      );
      report(ds, `ingest ${workers}w peak RSS (MB)`, r.peakRssMb);
      report(ds, `ingest ${workers}w database size (MB)`, dbSizeMb(db));
      if (workers === 2) {
        main = db;
        const again = ingest(db, workers, corpus);
        if (again.added !== 0) throw new Error(`re-ingest added ${again.added} documents`);
        report(
          ds,
          're-ingest unchanged (s)',
          again.wallMs / 1000,
          `(${((100 * again.wallMs) / r.wallMs).toFixed(1)} % of the first ingest; files skipped whole)`,
        );
        const rehash = ingest(db, workers, corpus, ['--rehash']);
        if (rehash.added !== 0) throw new Error(`re-ingest --rehash added ${rehash.added} documents`);
        report(
          ds,
          're-ingest --rehash (s)',
          rehash.wallMs / 1000,
          `(${((100 * rehash.wallMs) / r.wallMs).toFixed(1)} % of the first ingest; every file read, every article hashed)`,
        );
      } else {
        rmSync(db, { force: true });
        rmSync(db + '-wal', { force: true });
        rmSync(db + '-shm', { force: true });
      }
    }
    await queries('reuters21578 db', main);

    // The store alone, with synthetic events (see bench/synthetic-events.ts).
    const stories = await reutersStories(shared);
    const docs = syntheticDocuments(stories);
    const edb = join(tmp, 'synthetic-events.db');
    const store = SqliteStore.open(edb);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < docs.length; i += 200) await store.writeBatch(docs.slice(i, i + 200));
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    const stats = await store.stats();
    await store.close();
    const ds = `reuters + synthetic events`;
    report(
      ds,
      'store writes documents/s',
      docs.length / secs,
      `(${stats.events} event reports merged into ${stats.mergedEvents} events, ${(stats.events / secs).toFixed(0)} events/s, ${((secs * 1000) / docs.length).toFixed(3)} ms/document, 1 thread)`,
    );
    report(
      ds,
      'store writes documents per CPU-second',
      docs.length / cpuSecs,
      `(${((cpuSecs * 1000) / docs.length).toFixed(3)} ms CPU/document)`,
    );
    report(ds, 'database size (MB)', dbSizeMb(edb));
    await queries(ds, edb);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
