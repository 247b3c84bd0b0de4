/**
 * `npm run bench -- places`: toponym recognition and resolution on LGL and GeoVirus, scored by
 * the reference scorer (`../shared/eval/score_geo.py`), with a population baseline (the same
 * recognized spans, each put at the most populous gazetteer entry of its name) in the same run;
 * then the stage's speed on Reuters-21578 and the resident memory the gazetteer adds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/core/doc.js';
import { createPipeline, type Pipeline } from '../src/core/pipeline.js';
import { defaultStages } from '../src/default-pipeline.js';
import { openGazetteer } from '../src/gazetteer/gazetteer.js';
import { nameKey } from '../src/gazetteer/name-key.js';
import { places } from '../src/stages/places/places-stage.js';
import { sentences } from '../src/stages/sentences.js';
import { report } from './bench-report.js';
import { REPO_ROOT, reutersOrSkip, sharedOrSkip } from './bench-data-guard.js';
import { readJsonl } from './shared-data.js';

interface GeoDoc {
  doc_id: string;
  text: string;
}

interface PredPlace {
  start: number;
  end: number;
  text: string;
  name: string;
  lat: number | null;
  lon: number | null;
  geonameid?: number;
}

/** The stages up to and including places, as the default pipeline orders them. */
function pipelineUpToPlaces(): Pipeline {
  const stages = defaultStages();
  const k = stages.findIndex((s) => s.name === 'places');
  return createPipeline(k >= 0 ? stages.slice(0, k + 1) : [sentences(), places()]);
}

function score(shared: string, gold: string, pred: string): Record<string, number | null> | undefined {
  const r = spawnSync('python3', [join(shared, 'eval', 'score_geo.py'), gold, pred], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(`places: scorer failed: ${r.error?.message ?? r.stderr}\n`);
    return undefined;
  }
  return JSON.parse(r.stdout) as Record<string, number | null>;
}

function printScores(dataset: string, label: string, m: Record<string, number | null>, ms?: number): void {
  const time = ms !== undefined ? `(${ms.toFixed(3)} ms/doc)` : '';
  if (label === 'dateline') {
    report(dataset, 'recognition P (overlap)', m.overlap_p ?? NaN);
    report(dataset, 'recognition R (overlap)', m.overlap_r ?? NaN);
    report(dataset, 'recognition F1 (overlap)', m.overlap_f1 ?? NaN, time);
  }
  report(dataset, `${label} acc@161km`, m.acc_at_161km ?? NaN, `(n=${m.n_geocoded})`);
  report(dataset, `${label} median error km`, m.median_error_km ?? NaN);
  report(dataset, `${label} AUC (lower=better)`, m.auc ?? NaN);
}

/** Runs the benchmark. */
export default async function placesBench(): Promise<void> {
  const shared = sharedOrSkip('places');
  if (!shared) return;
  const gaz = openGazetteer();
  if (!gaz) {
    process.stdout.write('places: skipped: the gazetteer is not built (npm run build:gazetteer)\n');
    return;
  }
  const outDir = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const pipeline = pipelineUpToPlaces();
  for (const name of ['lgl', 'geovirus']) {
    const goldPath = join(shared, 'data', 'geo', `${name}.jsonl`);
    const docs = readJsonl<GeoDoc>(goldPath);
    const ours: string[] = [];
    const baseline: string[] = [];
    for (const d of docs.slice(0, 20)) pipeline.run(Doc.create(d.text));
    const t0 = performance.now();
    const analysed = docs.map((d) => pipeline.run(Doc.create(d.text)));
    const ms = (performance.now() - t0) / docs.length;
    docs.forEach((d, i) => {
      const doc = analysed[i]!;
      const mine: PredPlace[] = [];
      const base: PredPlace[] = [];
      for (const p of doc.layer('place')) {
        const text = doc.surface(p);
        mine.push({ start: p.start, end: p.end, text, name: p.attrs.name, lat: p.attrs.lat, lon: p.attrs.lon });
        // Baseline: the most populous entry with this name (lookups are ordered by population).
        const top = gaz.lookupKey(nameKey(text))[0] ?? gaz.lookupKey(nameKey(p.attrs.name))[0];
        base.push({ start: p.start, end: p.end, text, name: text, lat: top?.lat ?? null, lon: top?.lon ?? null });
      }
      ours.push(JSON.stringify({ id: d.doc_id, places: mine }));
      baseline.push(JSON.stringify({ id: d.doc_id, places: base }));
    });
    const oursPath = join(outDir, `places-${name}.jsonl`);
    const basePath = join(outDir, `places-${name}-population-baseline.jsonl`);
    writeFileSync(oursPath, ours.join('\n') + '\n');
    writeFileSync(basePath, baseline.join('\n') + '\n');
    const dataset = `${name} (${docs.length})`;
    const m = score(shared, goldPath, oursPath);
    const b = score(shared, goldPath, basePath);
    if (m) printScores(dataset, 'dateline', m, ms);
    if (b) printScores(dataset, 'population baseline', b);
  }

  const stories = await reutersOrSkip('places');
  if (stories) {
    const sample = stories.slice(0, 2000);
    const stage = places();
    const prepared = sample.map((s) => createPipeline([sentences()]).run(Doc.create(s.text)));
    const run = (doc: Doc) => stage.run(doc, { warn: () => undefined, options: {} });
    for (const d of prepared.slice(0, 300)) run(d);
    const again = sample.map((s) => createPipeline([sentences()]).run(Doc.create(s.text)));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const d of again) run(d);
    const ms = (performance.now() - t0) / again.length;
    const cpu = process.cpuUsage(cpu0);
    const chars = sample.reduce((n, s) => n + s.text.length, 0) / sample.length;
    report(
      `reuters21578 (${sample.length})`,
      'places stage ms/article',
      ms,
      `(wall clock; mean ${Math.round(chars)} chars)`,
    );
    // CPU time is what the stage costs on one core; wall time also counts waiting on a busy machine.
    report(
      `reuters21578 (${sample.length})`,
      'places stage CPU ms/article',
      (cpu.user + cpu.system) / 1000 / again.length,
    );
  }
  const probe = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'dist', 'bench', 'places-rss-probe.js'), join(shared, 'data', 'geo', 'lgl.jsonl')],
    { encoding: 'utf8' },
  );
  if (probe.status === 0) {
    const r = JSON.parse(probe.stdout) as { before: number; after: number; max: number };
    report(
      'lgl (fresh process)',
      'RSS gazetteer + stage (MB)',
      Math.round((r.after - r.before) / 1e6),
      `(process peak ${Math.round(r.max / 1e6)} MB)`,
    );
  }
}
