/**
 * `npm run bench -- api`: the HTTP API under load and the web app's first render.
 *
 * Database: Reuters-21578 ingested with the default pipeline (`bench/out/api-reuters.db`, built
 * on first run and reused; DATELINE_API_BENCH_FILES=N ingests only the first N of its 22 files), topped up to 20,000 merged events by the documented generator of
 * `bench/api-event-generator.ts` when the pipeline found fewer.
 * Load: `dateline serve` in its own process on loopback; a client with keep-alive connections
 * asks for event list pages (`/api/events?limit=50&offset=…`, offsets over the first 100 pages)
 * for at most 6,000 requests or 20 s. Prints requests/s and latency percentiles.
 * First render: Chromium opens the events page (map, timeline and list of all 20,000 events)
 * and reports when the page says it has drawn them (`data-rendered`, ms since navigation);
 * skipped where no Chromium is installed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../src/ingest/ingest-corpus.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ReutersStory } from '../src/ingest/reuters-sgml.js';
import { reutersOrSkip, REPO_ROOT } from './bench-data-guard.js';
import { percentile, report } from './bench-report.js';
import { sharedDir } from './shared-data.js';
import { fillWithSyntheticEvents } from './api-event-generator.js';
import { CHROMIUM, launchChromium } from '../test/helpers/headless-chromium.js';

const TARGET_EVENTS = 20_000;
/** How many of the 22 Reuters files to ingest (DATELINE_API_BENCH_FILES; all by default). */
const FILES = Number(process.env.DATELINE_API_BENCH_FILES ?? 22);
const MAX_REQUESTS = 6000;
const MAX_MS = 20_000;
const CONNECTIONS = 8;

async function buildDatabase(shared: string, path: string, stories: ReutersStory[]): Promise<string> {
  const store = SqliteStore.open(path);
  try {
    const before = await store.stats();
    if (before.documents === 0 || !existsSync(path + '.ingested')) {
      const t0 = performance.now();
      const dir = join(shared, 'data', 'corpora', 'reuters21578');
      const files = readdirSync(dir)
        .filter((f) => /^reut2-\d{3}\.sgm\.xz$/.test(f))
        .sort()
        .slice(0, FILES);
      const s = await ingestCorpus(
        store,
        files.map((f) => join(dir, f)),
      );
      report(
        `reuters21578 ingest, ${files.length} of 22 files`,
        'documents added',
        s.added,
        `${((performance.now() - t0) / 1000).toFixed(1)} s, ${s.events} event reports`,
      );
      rmSync(path + '.ingested', { force: true });
      mkdirSync(path + '.ingested');
    }
    const { mergedEvents: real, documents } = await store.stats();
    const added = await fillWithSyntheticEvents(store, stories, TARGET_EVENTS);
    const stats = await store.stats();
    return `Reuters-21578 (${documents} documents, ${real} merged events from the pipeline) + ${added} synthetic events = ${stats.mergedEvents} merged events`;
  } finally {
    await store.close();
  }
}

async function startServe(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'dateline'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`dateline serve exited ${code}: ${err}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function get(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function hammer(
  agent: Agent,
  urls: string[],
  maxRequests: number,
): Promise<{ latencies: number[]; secs: number }> {
  const latencies: number[] = [];
  let sent = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (sent < maxRequests && performance.now() - t0 < MAX_MS) {
      const u = urls[sent++ % urls.length]!;
      latencies.push(await get(agent, u));
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  latencies.sort((a, b) => a - b);
  return { latencies, secs: (performance.now() - t0) / 1000 };
}

function print(name: string, r: { latencies: number[]; secs: number }): void {
  const rps = r.latencies.length / r.secs;
  report(
    name,
    'requests/s',
    Math.round(rps),
    `${r.latencies.length} requests, ${CONNECTIONS} connections, ${r.secs.toFixed(1)} s; target ≥ 500`,
  );
  report(
    name,
    'p50 / p95 / p99 ms',
    r.latencies.length ? [50, 95, 99].map((p) => percentile(r.latencies, p).toFixed(1)).join(' / ') : '-',
    'target p95 ≤ 50',
  );
}

async function load(url: string, total: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const pages = Array.from({ length: Math.ceil(total / 50) }, (_, i) => `${url}/api/events?limit=50&offset=${i * 50}`);
  // Every page once: each request reads the store (the server has not seen the page yet).
  print('api event list, each page once', await hammer(agent, pages, pages.length));
  // Then the first 100 pages over and over, as people browsing do: the server's page cache.
  print('api event list, first 100 pages', await hammer(agent, pages.slice(0, 100), MAX_REQUESTS));
  agent.destroy();
  const agent1 = new Agent({ keepAlive: true });
  const cold = await get(agent1, `${url}/api/event-points?min-sources=0`);
  const warm = await get(agent1, `${url}/api/event-points?min-sources=0`);
  agent1.destroy();
  report('api /api/event-points (all)', 'ms first / cached', `${cold.toFixed(0)} / ${warm.toFixed(0)}`);
}

async function firstRender(url: string): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`api: first render skipped: no Chromium at ${CHROMIUM}\n`);
    return;
  }
  const context = await launchChromium('dateline-bench-chromium-');
  try {
    const page = await context.newPage();
    type Doc = { document: { documentElement: { dataset: { rendered?: string } } } };
    const rendered = () => (globalThis as unknown as Doc).document.documentElement.dataset.rendered;
    // The first two loads are cold (the server computes the map's points for each filter); the
    // next three hit its short cache, as a user moving between views does.
    const times: number[] = [];
    let shown = '';
    for (const path of ['/?min-sources=0', '/', '/', '/', '/']) {
      await page.goto(url + path);
      await page.waitForFunction(rendered);
      times.push(Number(await page.evaluate(rendered)));
      shown = (await page.locator('#summary').innerText()).split(' · ').slice(0, 2).join(', ');
    }
    report('web events page', 'first render ms, cold', Math.max(times[0]!, times[1]!), `${shown}; target ≤ 1000`);
    report(
      'web events page',
      'first render ms, warm',
      percentile(
        times.slice(2).sort((a, b) => a - b),
        50,
      ),
      `runs ${times.join(', ')} ms`,
    );
  } finally {
    await context.close();
  }
}

/** Runs the benchmark. */
export default async function run(): Promise<void> {
  const stories = await reutersOrSkip('api');
  if (!stories) return;
  const shared = sharedDir()!;
  const out = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const db = join(out, 'api-reuters.db');
  const dataset = await buildDatabase(shared, db, stories);
  process.stdout.write(`api: dataset: ${dataset}\n`);
  const server = await startServe(db);
  const [l1, l5] = loadavg();
  process.stdout.write(
    `api: machine load average ${l1!.toFixed(1)} (1 min), ${l5!.toFixed(1)} (5 min) on ${cpus().length} cores\n`,
  );
  try {
    await load(server.url, Number(/= (\d+) merged events/.exec(dataset)?.[1] ?? 20_000));
    await firstRender(server.url);
  } finally {
    await server.stop();
  }
}
