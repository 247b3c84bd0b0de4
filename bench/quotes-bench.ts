/**
 * `npm run bench -- quotes`: PolNeAR dev (political news) through sentences + quotes, scored by
 * the reference scorer `eval/score_quotes.py` (exact and overlap P/R/F1 for content, source and
 * cue; quotes[] and attributions[] together), with ms per document; then ms per average Reuters
 * article for the quotes stage alone on a sample of Reuters-21578.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../src/core/pipeline.js';
import { analyze } from '../src/extract.js';
import { buildRecord } from '../src/record/build-record.js';
import { sentences } from '../src/stages/sentences.js';
import { quotes } from '../src/stages/quotes/quotes-stage.js';
import { report } from './bench-report.js';
import { reutersOrSkip, sharedOrSkip } from './bench-data-guard.js';
import { readJsonl } from './shared-data.js';

interface GoldDoc {
  doc_id: string;
  text: string;
}

/** Which split to score: dev unless QUOTES_SPLIT=train (for work on the rules, never dev by eye). */
const SPLIT = process.env.QUOTES_SPLIT === 'train' ? 'train' : 'dev';
/** With QUOTES_SPLIT=train, QUOTES_FROM=N scores only documents N… (those a TRAIN_LIMIT=N model did not see). */
const FROM = SPLIT === 'train' ? Number(process.env.QUOTES_FROM ?? 0) : 0;
/** With QUOTES_SPLIT=train, QUOTES_FOLD=k scores only every fifth document from the k-th (those a TRAIN_FOLD=k model did not see). */
const FOLD = SPLIT === 'train' && process.env.QUOTES_FOLD !== undefined ? Number(process.env.QUOTES_FOLD) : undefined;

/** Runs the benchmark. */
export default async function quotesBench(): Promise<void> {
  const shared = sharedOrSkip('quotes');
  if (!shared) return;
  let goldPath = join(shared, 'data', 'quotes', `polnear_${SPLIT}.jsonl`);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-quotes-'));
  const all = readJsonl<GoldDoc>(goldPath);
  const docs = FOLD !== undefined ? all.filter((_, k) => k % 5 === FOLD) : all.slice(FROM);
  if (FROM > 0 || FOLD !== undefined) {
    goldPath = join(dir, 'gold.jsonl');
    writeFileSync(goldPath, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  }
  const base = createPipeline([sentences()]);
  // QUOTES_MIN_PRIOR / QUOTES_MIN_PRIOR_CONTEXT override the cue thresholds (tuning on train).
  const tuning = {
    ...(process.env.QUOTES_MIN_PRIOR ? { minPrior: Number(process.env.QUOTES_MIN_PRIOR) } : {}),
    ...(process.env.QUOTES_CLASSIFIER === '0' ? { classifier: false } : {}),
    ...(process.env.QUOTES_NESTED === '1' ? { nested: true } : {}),
    ...(process.env.QUOTES_MIN_PROBABILITY ? { minProbability: Number(process.env.QUOTES_MIN_PROBABILITY) } : {}),
    ...(process.env.QUOTES_ITEM_FILTER === '0' ? { itemFilter: false as const } : {}),
    ...(process.env.QUOTES_PROPOSE ? { proposeProbability: Number(process.env.QUOTES_PROPOSE) } : {}),
    ...(process.env.QUOTES_MIN_ITEM ? { minItemProbability: Number(process.env.QUOTES_MIN_ITEM) } : {}),
    ...(process.env.QUOTES_MIN_PRIOR_CONTEXT
      ? { minPriorInContext: Number(process.env.QUOTES_MIN_PRIOR_CONTEXT) }
      : {}),
  };
  const stage = quotes(tuning);
  const lines: string[] = [];
  let stageMs = 0;
  // One untimed pass first, so that the times below are of compiled code, not of the JIT warming up.
  for (const d of docs)
    quotes(tuning).run(analyze({ id: d.doc_id, text: d.text }, { pipeline: base }), {
      warn: () => undefined,
      options: {},
    });
  const t0 = performance.now();
  let stageCpu = 0;
  for (const d of docs) {
    const doc = analyze({ id: d.doc_id, text: d.text }, { pipeline: base });
    const a = performance.now();
    const c = process.cpuUsage();
    stage.run(doc, { warn: () => undefined, options: {} });
    const u = process.cpuUsage(c);
    stageCpu += (u.user + u.system) / 1000;
    stageMs += performance.now() - a;
    const r = buildRecord(d.doc_id, doc);
    lines.push(JSON.stringify({ id: d.doc_id, quotes: r.quotes, attributions: r.attributions }));
  }
  const totalMs = performance.now() - t0;
  const predPath = join(dir, 'pred.jsonl');
  writeFileSync(predPath, lines.join('\n') + '\n');
  const res = spawnSync('python3', [join(shared, 'eval', 'score_quotes.py'), goldPath, predPath], { encoding: 'utf8' });
  // QUOTES_PRED=FILE keeps the predictions, for error analysis on train.
  if (process.env.QUOTES_PRED) writeFileSync(process.env.QUOTES_PRED, lines.join('\n') + '\n');
  rmSync(dir, { recursive: true, force: true });
  const set = `polnear_${SPLIT} (${docs.length})`;
  if (res.status !== 0) {
    report(set, 'scorer failed', res.stderr.trim().split('\n').pop() ?? String(res.status));
  } else {
    const m = JSON.parse(res.stdout) as Record<string, number | null>;
    for (const role of ['content', 'source', 'cue']) {
      for (const kind of ['exact', 'overlap']) {
        const p = m[`${role}_${kind}_p`] ?? 0;
        const r = m[`${role}_${kind}_r`] ?? 0;
        report(set, `${role} ${kind} F1`, m[`${role}_${kind}_f1`] ?? 0, `(P ${p.toFixed(3)} R ${r.toFixed(3)})`);
      }
    }
    report(set, 'attribution F1', m.attribution_f1 ?? 0);
    report(set, 'speaker accuracy', m.speaker_accuracy ?? 0);
  }
  report(set, 'quotes stage ms/document', stageMs / docs.length, '(wall clock)');
  report(set, 'quotes stage CPU ms/document', stageCpu / docs.length);
  report(set, 'sentences+quotes ms/document', totalMs / docs.length);

  const stories = await reutersOrSkip('quotes');
  if (!stories) return;
  const sample = stories.filter((_, i) => i % 10 === 0);
  const prepared = sample.map((s) => analyze(s, { pipeline: base }));
  for (const doc of prepared.slice(0, 200)) quotes().run(doc, { warn: () => undefined, options: {} });
  const again = sample.map((s) => analyze(s, { pipeline: base }));
  const chars = sample.reduce((n, s) => n + s.text.length, 0) / sample.length;
  const b = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of again) stage.run(doc, { warn: () => undefined, options: {} });
  const used = process.cpuUsage(cpu);
  const perDoc = (performance.now() - b) / again.length;
  const set2 = `reuters21578 sample (${sample.length})`;
  report(set2, 'quotes stage ms/article', perDoc, `(wall clock; mean ${Math.round(chars)} chars)`);
  // On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
  report(set2, 'quotes stage CPU ms/article', (used.user + used.system) / 1000 / again.length);
}
