/**
 * `npm run bench -- entities`: named-entity recognition, exact-span P/R/F1 overall and per
 * coarse type (PER/ORG/LOC/MISC, our types mapped as the reference scorer maps them), on the
 * CoNLL-2003 dev split and on MEANTIME's named mentions, with compromise's people, places and
 * organizations on the same documents as the baseline; ms per document; and the stage's cost
 * per average Reuters-21578 article. The numbers come from `eval/score_ner.py` itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { sentences } from '../src/stages/sentences.js';
import { entities } from '../src/stages/entities/entities.js';
import { DEFAULT_MODEL_URL } from '../src/stages/entities/ner-model.js';
import { percentile, report } from './bench-report.js';
import { reutersOrSkip, sharedOrSkip } from './bench-data-guard.js';
import { readJsonl } from './shared-data.js';

interface Gold {
  doc_id: string;
  text: string;
}
interface PredEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}

const pipeline = createPipeline([sentences(), entities()]);

function dateline(text: string): PredEntity[] {
  const doc = pipeline.run(Doc.create(text));
  return doc.layer('entity').map((e) => ({ start: e.start, end: e.end, text: doc.text.slice(e.start, e.end), type: e.attrs.type }));
}

interface CompromiseMatch {
  offset: { start: number; length: number };
}

function compromise(text: string): PredEntity[] {
  const d = nlp(text);
  const out: PredEntity[] = [];
  const add = (matches: CompromiseMatch[], type: string) => {
    for (const m of matches) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise's match may carry surrounding punctuation; the scorer compares exact spans.
      while (end > start && /[\s.,;:!?"')\]]/.test(text[end - 1] as string)) end--;
      while (start < end && /[\s"'([]/.test(text[start] as string)) start++;
      if (end > start) out.push({ start, end, text: text.slice(start, end), type });
    }
  };
  add(d.people().json({ offset: true }) as CompromiseMatch[], 'PERSON');
  add(d.places().json({ offset: true }) as CompromiseMatch[], 'GPE');
  add(d.organizations().json({ offset: true }) as CompromiseMatch[], 'ORG');
  return out;
}

interface Scores {
  p: number;
  r: number;
  f1: number;
  per_type: Record<string, { p: number; r: number; f1: number }>;
}

function score(shared: string, goldPath: string, preds: { id: string; entities: PredEntity[] }[]): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ner-'));
  try {
    const predPath = join(dir, 'pred.jsonl');
    writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const r = spawnSync('python3', [join(shared, 'eval', 'score_ner.py'), goldPath, predPath], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`score_ner.py failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(shared: string, name: string, file: string): void {
  const goldPath = join(shared, 'data', 'ner', file);
  const gold = readJsonl<Gold>(goldPath);
  for (const g of gold.slice(0, 20)) dateline(g.text);
  const systems: [string, (t: string) => PredEntity[]][] = [
    ['dateline', dateline],
    ['compromise', compromise],
  ];
  for (const [sys, fn] of systems) {
    const times: number[] = [];
    const preds = gold.map((g) => {
      const a = performance.now();
      const ents = fn(g.text);
      times.push(performance.now() - a);
      return { id: g.doc_id, entities: ents };
    });
    const s = score(shared, goldPath, preds);
    const ms = times.reduce((x, y) => x + y, 0) / times.length;
    const label = `${name} (${gold.length})`;
    report(label, `${sys} exact P/R/F1`, `${s.p.toFixed(4)} / ${s.r.toFixed(4)} / ${s.f1.toFixed(4)}`, `${ms.toFixed(2)} ms/doc`);
    for (const [t, v] of Object.entries(s.per_type)) report(label, `${sys} ${t} P/R/F1`, `${v.p.toFixed(4)} / ${v.r.toFixed(4)} / ${v.f1.toFixed(4)}`);
  }
}

/** Runs the benchmark. */
export default async function entitiesBench(): Promise<void> {
  const shared = sharedOrSkip('entities');
  if (!shared) return;
  report('model', 'ner-perceptron.bin.gz (MB)', statSync(DEFAULT_MODEL_URL).size / 1e6);
  const t0 = performance.now();
  entities().run(pipeline.run(Doc.create('Warm-up.')), { warn() {}, options: {} });
  report('model', 'load + first article (ms)', performance.now() - t0);
  run(shared, 'conll2003 dev', 'conll2003_dev.jsonl');
  run(shared, 'meantime names', 'meantime_en.jsonl');
  const stories = await reutersOrSkip('entities');
  if (!stories) return;
  // The stage's own cost: tokens and sentences are made beforehand and not timed.
  const sample = stories.filter((_, i) => i % 10 === 0);
  const skeleton = createPipeline([sentences()]);
  const stage = entities();
  const docs = sample.map((s) => skeleton.run(Doc.create(s.text)));
  for (const d of docs.slice(0, 100)) stage.run(Doc.create(d.text) && d, { warn() {}, options: {} });
  const fresh = sample.map((s) => skeleton.run(Doc.create(s.text)));
  const times: number[] = [];
  for (const d of fresh) {
    const a = performance.now();
    stage.run(d, { warn() {}, options: {} });
    times.push(performance.now() - a);
  }
  const chars = sample.reduce((n, s) => n + s.text.length, 0) / sample.length;
  const mean = times.reduce((x, y) => x + y, 0) / times.length;
  times.sort((x, y) => x - y);
  report(`reuters21578 (${sample.length})`, 'entities ms/article mean', mean, `(mean ${Math.round(chars)} chars; p50 ${percentile(times, 50).toFixed(3)}, p99 ${percentile(times, 99).toFixed(3)})`);
  void readFileSync;
}
