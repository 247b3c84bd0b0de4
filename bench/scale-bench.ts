/**
 * `npm run bench -- scale`: the Reuters-21578 corpus through distributed ingestion into
 * PostgreSQL — queued with `dateline ingest --enqueue`, then taken by 1 and by 2
 * `dateline worker` processes — in articles/s, against `dateline ingest` into SQLite (2
 * extraction threads, the default on this machine) in the same run. Every rate is wall time
 * from process start to exit, over every article of the corpus.
 *
 * Then the stores alone, with synthetic events (bench/synthetic-events.ts) so that merging is
 * exercised while the extraction stages produce few events: SQLite with one writer, PostgreSQL
 * with one and with two concurrent writers.
 *
 * The server is DATELINE_BENCH_PG (default postgres://postgres@127.0.0.1:5432/test); each run
 * uses schemas of its own and drops them. DATELINE_SCALE_SAMPLE=N limits the corpus to its
 * first N files (of 22) for a quick run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PgQueue } from '../src/queue/pg-queue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { DocumentWrite, Store } from '../src/store/store.js';
import { report } from './bench-report.js';
import { REPO_ROOT, sharedOrSkip } from './bench-data-guard.js';
import { reutersStories } from './shared-data.js';
import { syntheticDocuments } from './synthetic-events.js';

const PG_URL = process.env.DATELINE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const DATELINE = join(REPO_ROOT, 'bin', 'dateline');

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of a process, in seconds (undefined once it is gone). */
function procCpu(pid: string): [number, number, number, number] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [f[11], f[12], f[13], f[14]].map((v) => Number(v) / TICKS_PER_SECOND) as [number, number, number, number];
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by this process's finished children (the dateline processes it ran)
 * and by the local PostgreSQL server (its processes, and its finished backends). Linux only;
 * undefined elsewhere or when the server is not on this machine.
 */
function cpuSeconds(): { children: number; postgres: number } | undefined {
  const self = procCpu('self');
  if (!self) return undefined;
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let comm: string;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (comm !== 'postgres') continue;
    const t = procCpu(pid);
    if (t) postgres += t[0] + t[1] + t[2] + t[3];
  }
  return { children: self[2] + self[3], postgres };
}

/** CPU used between two readings, as `dateline` + PostgreSQL seconds. */
function cpuBetween(
  a: ReturnType<typeof cpuSeconds>,
  b: ReturnType<typeof cpuSeconds>,
): { dateline: number; postgres: number } | undefined {
  if (!a || !b) return undefined;
  return { dateline: b.children - a.children, postgres: b.postgres - a.postgres };
}

function run(args: string[]): { out: Record<string, number>; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [DATELINE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`dateline ${args[0]} failed (${r.status}): ${r.stderr}`);
  return { out: JSON.parse(r.stdout) as Record<string, number>, ms };
}

/** Starts `n` worker processes at once; resolves when all have exited, with their summaries. */
async function workers(url: string, n: number): Promise<{ jobs: number; ms: number }> {
  const t0 = performance.now();
  const outs = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<{ jobs: number }>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [DATELINE, 'worker', '--db', url, '--exit-when-idle', '--quiet', '--out', 'json'],
            { stdio: ['ignore', 'pipe', 'pipe'] },
          );
          let out = '';
          let err = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (err += d.toString()));
          child.on('exit', (code) =>
            code === 0
              ? resolve(JSON.parse(out) as { jobs: number })
              : reject(new Error(`worker exited ${code}: ${err}`)),
          );
        }),
    ),
  );
  return { jobs: outs.reduce((s, o) => s + o.jobs, 0), ms: performance.now() - t0 };
}

async function serverAnswers(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

function schemaUrl(schema: string): string {
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function dropSchemas(schemas: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end();
  }
}

async function writeAll(stores: Store[], docs: DocumentWrite[]): Promise<number> {
  const t0 = performance.now();
  const batches: DocumentWrite[][] = [];
  for (let i = 0; i < docs.length; i += 200) batches.push(docs.slice(i, i + 200));
  let next = 0;
  // Each writer takes the next batch as it finishes one, as workers take jobs.
  await Promise.all(
    stores.map(async (s) => {
      while (next < batches.length) await s.writeBatch(batches[next++]!);
    }),
  );
  return (performance.now() - t0) / 1000;
}

/** Runs the benchmark. */
export default async function scaleBench(): Promise<void> {
  const shared = sharedOrSkip('scale');
  if (!shared) return;
  if (!(await serverAnswers())) {
    process.stdout.write(`scale: skipped: no PostgreSQL server answers at ${PG_URL} (set DATELINE_BENCH_PG)\n`);
    return;
  }
  const full = join(shared, 'data', 'corpora', 'reuters21578');
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-scale-bench-'));
  const tag = `dl_bench_${process.pid}`;
  const schemas: string[] = [];
  try {
    let corpus = full;
    const sample = Number(process.env.DATELINE_SCALE_SAMPLE ?? 0);
    const files = readdirSync(full)
      .filter((f) => /^reut2-\d{3}\.sgm\.xz$/.test(f))
      .sort();
    if (sample > 0 && sample < files.length) {
      corpus = join(tmp, 'sample');
      spawnSync('mkdir', [corpus]);
      for (const f of files.slice(0, sample)) symlinkSync(join(full, f), join(corpus, f));
    }
    const label = sample > 0 && sample < files.length ? `reuters21578 (${sample}/22 files)` : 'reuters21578';
    // Rates on a shared machine depend on what else runs: say how busy it was.
    process.stdout.write(`scale: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start\n`);

    let c0 = cpuSeconds();
    const lite = run(['ingest', '--db', join(tmp, 'reuters.db'), '--workers', '2', '--quiet', '--out', 'json', corpus]);
    const liteCpu = cpuBetween(c0, cpuSeconds());
    const n = lite.out.added! + lite.out.skipped! + lite.out.errors!;
    const liteRate = n / (lite.ms / 1000);
    report(
      `${label} (${n})`,
      'sqlite ingest 2 threads art/s',
      liteRate,
      `(${(lite.ms / 1000).toFixed(1)} s, ${(lite.ms / n).toFixed(2)} ms/article)`,
    );
    // On a busy machine wall time measures the neighbours; CPU time per article does not.
    const cores = availableParallelism();
    const cpuLine = (name: string, cpu: { dateline: number; postgres: number } | undefined, articles: number) => {
      if (!cpu) return undefined;
      const ms = (1000 * (cpu.dateline + cpu.postgres)) / articles;
      report(
        `${label} (${articles})`,
        `${name} CPU ms/article`,
        ms,
        `(dateline ${((1000 * cpu.dateline) / articles).toFixed(2)} + PostgreSQL ${((1000 * cpu.postgres) / articles).toFixed(2)}; = ${((1000 * cores) / ms).toFixed(0)} art/s on ${cores} idle cores)`,
      );
      return ms;
    };
    const liteCpuMs = cpuLine('sqlite ingest', liteCpu, n);
    const cpuMs: (number | undefined)[] = [];
    const rates: number[] = [];
    for (const w of [1, 2]) {
      const schema = `${tag}_w${w}`;
      schemas.push(schema);
      await dropSchemas([schema]);
      const url = schemaUrl(schema);
      // CPU from the enqueue on, which reads and hashes the files as the SQLite ingest does.
      c0 = cpuSeconds();
      const q = run(['ingest', '--db', url, '--enqueue', '--quiet', '--out', 'json', corpus]);
      const r = await workers(url, w);
      const cpu = cpuBetween(c0, cpuSeconds());
      const rate = r.jobs / (r.ms / 1000);
      rates.push(rate);
      report(
        `${label} (${r.jobs})`,
        `postgres ${w} worker${w > 1 ? 's' : ''} art/s`,
        rate,
        `(${(r.ms / 1000).toFixed(1)} s, ${(r.ms / r.jobs).toFixed(2)} ms/article; ${((100 * rate) / liteRate).toFixed(0)} % of SQLite; enqueue ${(q.ms / 1000).toFixed(1)} s = ${(q.out.queued! / (q.ms / 1000)).toFixed(0)} art/s, ${q.out.queued} queued)`,
      );
      cpuMs.push(cpuLine(`postgres ${w}w`, cpu, r.jobs));
      const store = await PostgresStore.open(url);
      const problems = await store.check();
      const stats = await store.stats();
      const status = await new PgQueue(store).status(0);
      await store.close();
      if (problems.length > 0) throw new Error(`postgres store inconsistent: ${problems.join('; ')}`);
      // Every job has its own content hash: one document or one failure each.
      if (stats.documents + status.failed !== q.out.queued || status.queued + status.active > 0) {
        throw new Error(
          `${stats.documents} documents and ${status.failed} failures for ${q.out.queued} queued articles`,
        );
      }
    }
    report(label, 'postgres 2 vs 1 worker', rates[1]! / rates[0]!, '(speed-up)');
    report(label, 'postgres 2 workers / sqlite', rates[1]! / liteRate, '(target >= 0.80)');
    if (liteCpuMs !== undefined && cpuMs[1] !== undefined) {
      report(label, 'postgres 2w / sqlite, by CPU', liteCpuMs / cpuMs[1], '(articles per CPU-second, target >= 0.80)');
    }
    process.stdout.write(`scale: load average ${loadavg()[0]!.toFixed(1)} after the ingest runs\n`);

    // The stores alone, with synthetic events.
    const stories = await reutersStories(shared);
    // As many articles as the ingest runs took (all of them without a sample).
    const docs = syntheticDocuments(stories, n);
    const ds = `reuters + synthetic events (${docs.length})`;
    const liteStore = SqliteStore.open(join(tmp, 'synthetic.db'));
    const liteSecs = await writeAll([liteStore], docs);
    const liteStats = await liteStore.stats();
    await liteStore.close();
    report(
      ds,
      'sqlite store docs/s 1 writer',
      docs.length / liteSecs,
      `(${liteStats.events} reports into ${liteStats.mergedEvents} events)`,
    );
    for (const writers of [1, 2]) {
      const schema = `${tag}_store${writers}`;
      schemas.push(schema);
      await dropSchemas([schema]);
      const stores = await Promise.all(Array.from({ length: writers }, () => PostgresStore.open(schemaUrl(schema))));
      const secs = await writeAll(stores, docs);
      const stats = await stores[0]!.stats();
      const problems = await stores[0]!.check();
      for (const s of stores) await s.close();
      if (problems.length > 0) throw new Error(`postgres store inconsistent: ${problems.join('; ')}`);
      report(
        ds,
        `postgres store docs/s ${writers} writer${writers > 1 ? 's' : ''}`,
        docs.length / secs,
        `(${stats.events} reports into ${stats.mergedEvents} events, ${((secs * 1000) / docs.length).toFixed(3)} ms/document)`,
      );
    }
  } finally {
    await dropSchemas(schemas).catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}
