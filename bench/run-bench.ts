/**
 * `npm run bench -- NAME...`: runs the named benchmarks (all when none is named). Each prints
 * its dataset, metric, value and time; see bench/RESULTS.md for the latest numbers.
 */
const BENCHMARKS: Record<string, { about: string; load: () => Promise<{ default: () => Promise<void> }> }> = {
  throughput: {
    about: 'Reuters-21578 through the pipeline: articles/s, p50/p99, RSS, CLI start-up',
    load: () => import('./throughput-bench.js'),
  },
  api: {
    about: 'HTTP API event list under load on the Reuters database (req/s, p95) and web first render, 20,000 events',
    load: () => import('./api-bench.js'),
  },
  temporal: {
    about: 'TIMEX3 (TempEval-3 scoring) on TimeBank, AQUAINT, MEANTIME vs chrono-node; stage ms/Reuters article',
    load: () => import('./temporal-bench.js'),
  },
  entities: {
    about: 'NER exact-span P/R/F1 on CoNLL-2003 dev and MEANTIME names vs compromise; ms/doc; ms per Reuters article',
    load: () => import('./entities-bench.js'),
  },
  places: {
    about: 'LGL and GeoVirus toponym recognition and resolution vs a population baseline; stage speed; RSS',
    load: () => import('./places-bench.js'),
  },
  quotes: {
    about: 'PolNeAR dev: quote/attribution content, source and cue P/R/F1 (exact, overlap); ms/document',
    load: () => import('./quotes-bench.js'),
  },
  events: {
    about: 'ACLED notes with 5-fold CV (types, date, place, fatalities, size, actor1) and the founding article, E1-E9',
    load: () => import('./events-bench.js'),
  },
  ingest: {
    about: 'Reuters-21578 into a database with 1 and 2 workers: articles/s, RSS, size, re-ingest, query p50/p95',
    load: () => import('./ingest-bench.js'),
  },
  scale: {
    about: 'Reuters-21578 into PostgreSQL through 1 and 2 worker processes, against SQLite ingest',
    load: () => import('./scale-bench.js'),
  },
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !BENCHMARKS[n]);
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}; known:\n`);
  for (const [k, b] of Object.entries(BENCHMARKS)) process.stderr.write(`  ${k.padEnd(12)} ${b.about}\n`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
  process.stdout.write(`== ${name}: ${BENCHMARKS[name]!.about}\n`);
  const t0 = performance.now();
  await (await BENCHMARKS[name]!.load()).default();
  process.stdout.write(`== ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
