/**
 * `npm run bench -- temporal`: TempEval-3 scoring of the temporal stage on TimeBank, AQUAINT
 * (together and apart) and MEANTIME, with chrono-node's numbers from the same run beside them,
 * then the stage's speed on Reuters-21578 stories. The metrics are those of the reference
 * scorer (`eval/score_temporal.py`), reimplemented here; when python3 is available, the
 * reference scorer is run on the same predictions and any difference is reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { sentences } from '../src/stages/sentences.js';
import { timexes } from '../src/stages/timexes/timex-stage.js';
import { percentile, report } from './bench-report.js';
import { reutersOrSkip, sharedOrSkip } from './bench-data-guard.js';
import { readJsonl, REPO_ROOT } from './shared-data.js';
import { fnv1a } from '../src/util/fnv1a.js';

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}
interface GoldDoc {
  doc_id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}
interface PredDoc {
  id: string;
  timexes: GoldTimex[];
}

/** TempEval-3 extent, type and value scores (as `score_temporal.py` defines them). */
export function scoreTemporal(gold: GoldDoc[], preds: Map<string, PredDoc>): Record<string, number> {
  let nGold = 0;
  let nPred = 0;
  let strictG = 0;
  let strictP = 0;
  let relaxG = 0;
  let relaxP = 0;
  let typeOk = 0;
  let valueOk = 0;
  const ov = (a: GoldTimex, b: GoldTimex) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  for (const d of gold) {
    const seen = new Set<string>();
    const pred = (preds.get(d.doc_id)?.timexes ?? []).filter((t) => {
      const k = `${t.start}:${t.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    nGold += d.timexes.length;
    nPred += pred.length;
    for (const g of d.timexes) {
      if (pred.some((p) => p.start === g.start && p.end === g.end)) strictG++;
      const ovs = pred
        .filter((p) => ov(g, p) > 0)
        .map((p) => ({ p, k: [p.start === g.start && p.end === g.end ? 0 : 1, -ov(g, p), p.start] }));
      if (ovs.length === 0) continue;
      relaxG++;
      ovs.sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]!);
      const best = ovs[0]!.p;
      if (best.type?.trim() === g.type.trim()) typeOk++;
      if (best.value?.trim() === g.value.trim()) valueOk++;
    }
    for (const p of pred) {
      if (d.timexes.some((g) => g.start === p.start && g.end === p.end)) strictP++;
      if (d.timexes.some((g) => ov(g, p) > 0)) relaxP++;
    }
  }
  const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const sp = nPred ? strictP / nPred : 0;
  const sr = nGold ? strictG / nGold : 0;
  const rp = nPred ? relaxP / nPred : 0;
  const rr = nGold ? relaxG / nGold : 0;
  const ta = relaxG ? typeOk / relaxG : 0;
  const va = relaxG ? valueOk / relaxG : 0;
  return {
    strict_p: sp,
    strict_r: sr,
    strict_f1: f(sp, sr),
    relaxed_p: rp,
    relaxed_r: rr,
    relaxed_f1: f(rp, rr),
    type_accuracy: ta,
    value_accuracy: va,
    type_f1: ta * f(rp, rr),
    value_f1: va * f(rp, rr),
  };
}

/**
 * The dev half's errors as text, for choosing the next rule: every value mismatch, missed gold
 * timex and spurious prediction with its context, then the surface forms by error count. Only
 * the dev half is ever written, so that the held-out half stays a check.
 */
export function devErrorReport(gold: GoldDoc[], preds: Map<string, PredDoc>): string {
  const ov = (a: GoldTimex, b: GoldTimex) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const lines: string[] = [];
  const forms = new Map<string, { ok: number; value: number; miss: number; spurious: number }>();
  const count = (surface: string, k: 'ok' | 'value' | 'miss' | 'spurious') => {
    const key = surface.toLowerCase().replace(/\d+/g, 'N');
    const f = forms.get(key) ?? { ok: 0, value: 0, miss: 0, spurious: 0 };
    f[k]++;
    forms.set(key, f);
  };
  for (const d of gold) {
    const pred = preds.get(d.doc_id)?.timexes ?? [];
    const at = (s: number, e: number) =>
      `${d.text.slice(Math.max(0, s - 60), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
    for (const g of d.timexes) {
      const best = pred
        .filter((p) => ov(g, p) > 0)
        .sort(
          (a, b) =>
            Number(!(a.start === g.start && a.end === g.end)) - Number(!(b.start === g.start && b.end === g.end)) ||
            ov(g, b) - ov(g, a) ||
            a.start - b.start,
        )[0];
      if (!best) {
        count(d.text.slice(g.start, g.end), 'miss');
        lines.push(`MISS\t${d.doc_id}\t${d.dct ?? ''}\tgold=${g.value}\t${at(g.start, g.end)}`);
      } else if (best.value !== g.value) {
        count(d.text.slice(best.start, best.end), 'value');
        lines.push(`VALUE\t${d.doc_id}\t${d.dct ?? ''}\tgold=${g.value}\tours=${best.value}\t${at(g.start, g.end)}`);
      } else count(d.text.slice(best.start, best.end), 'ok');
    }
    for (const p of pred) {
      if (d.timexes.some((g) => ov(g, p) > 0)) continue;
      count(d.text.slice(p.start, p.end), 'spurious');
      lines.push(`SPURIOUS\t${d.doc_id}\t${d.dct ?? ''}\tours=${p.value}\t${at(p.start, p.end)}`);
    }
  }
  const table = [...forms]
    .filter(([, f]) => f.value + f.miss + f.spurious > 0)
    .sort((a, b) => b[1].value + b[1].miss + b[1].spurious - (a[1].value + a[1].miss + a[1].spurious))
    .map(([k, f]) => `${k}\tok ${f.ok}\tvalue ${f.value}\tmiss ${f.miss}\tspurious ${f.spurious}`);
  return [...lines, '', '# surface forms by errors', ...table].join('\n') + '\n';
}

/**
 * TimeBank and AQUAINT with the gold values listed in `temporal-gold-errata.tsv` corrected: values
 * the text or the calendar contradicts (a weekday a week away from the publication date, "Sept.
 * 27, 1989" annotated as November, a date annotated as a duration). Each row names its timex by
 * extent and old value and says why; a row that no longer finds its timex is an error, so the
 * list cannot silently drift from the data. The numbers are on the gold as published;
 * this is a second reading, for judging how much of the remaining gap is the annotation's.
 */
export function applyErrata(docs: GoldDoc[], tsv: string): { docs: GoldDoc[]; corrected: number } {
  const byDoc = new Map(docs.map((d) => [d.doc_id, d]));
  const fixed = new Map<GoldTimex, string>();
  for (const line of tsv.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [docId, start, end, , gold, corrected] = line.split('\t');
    const t = byDoc.get(docId!)?.timexes.find((x) => x.start === Number(start) && x.end === Number(end));
    if (!t || t.value !== gold || !corrected)
      throw new Error(`temporal-gold-errata.tsv: no gold timex ${docId} ${start}-${end} valued ${gold}`);
    fixed.set(t, corrected);
  }
  return {
    docs: docs.map((d) => ({
      ...d,
      timexes: d.timexes.map((t) => (fixed.has(t) ? { ...t, value: fixed.get(t)! } : t)),
    })),
    corrected: fixed.size,
  };
}

/** The document cut after its sixth line (MEANTIME's annotated part). */
function firstLines(d: GoldDoc): GoldDoc {
  let end = -1;
  for (let i = 0; i < 6; i++) {
    end = d.text.indexOf('\n', end + 1);
    if (end < 0) return d;
  }
  return { ...d, text: d.text.slice(0, end), timexes: d.timexes.filter((t) => t.end <= end) };
}

const pipeline = createPipeline([sentences(), timexes()]);

function dateline(d: GoldDoc): GoldTimex[] {
  const doc = pipeline.run(Doc.create(d.text, d.dct ? { published: d.dct.slice(0, 10) } : {}));
  return doc.layer('timex').map((t) => ({ start: t.start, end: t.end, type: t.attrs.type, value: t.attrs.value }));
}

const pad = (n: number) => String(n).padStart(2, '0');

function chronoTimexes(d: GoldDoc): GoldTimex[] {
  const ref = new Date(`${(d.dct ?? '2000-01-01').slice(0, 10)}T12:00:00Z`);
  return chrono.parse(d.text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const day = c.get('day');
    let value = `${y}-${pad(m ?? 1)}-${pad(day ?? 1)}`;
    let type = 'DATE';
    if (c.isCertain('hour')) {
      value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'TIME';
    } else if (!c.isCertain('day') && c.isCertain('month')) value = `${y}-${pad(m ?? 1)}`;
    else if (!c.isCertain('day') && !c.isCertain('month') && c.isCertain('year')) value = String(y);
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}

/** chrono-node's result as a plain date (its default reading), without granularity. */
function chronoDayTimexes(d: GoldDoc): GoldTimex[] {
  const ref = new Date(`${(d.dct ?? '2000-01-01').slice(0, 10)}T12:00:00Z`);
  return chrono.parse(d.text, ref).map((r) => {
    const c = r.start;
    const value = `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    return { start: r.index, end: r.index + r.text.length, type: c.isCertain('hour') ? 'TIME' : 'DATE', value };
  });
}

function run(
  name: string,
  docs: GoldDoc[],
  tag: (d: GoldDoc) => GoldTimex[],
): { scores: Record<string, number>; ms: number; preds: Map<string, PredDoc> } {
  const preds = new Map<string, PredDoc>();
  for (const d of docs.slice(0, 5)) tag(d);
  const t0 = performance.now();
  for (const d of docs) preds.set(d.doc_id, { id: d.doc_id, timexes: tag(d) });
  const ms = (performance.now() - t0) / docs.length;
  void name;
  return { scores: scoreTemporal(docs, preds), ms, preds };
}

function printScores(dataset: string, system: string, s: Record<string, number>, ms: number): void {
  const label = `${dataset}`;
  report(label, `${system} strict F1`, s.strict_f1!, `P ${s.strict_p!.toFixed(3)} R ${s.strict_r!.toFixed(3)}`);
  report(label, `${system} relaxed F1`, s.relaxed_f1!, `P ${s.relaxed_p!.toFixed(3)} R ${s.relaxed_r!.toFixed(3)}`);
  report(label, `${system} type accuracy`, s.type_accuracy!);
  report(label, `${system} value accuracy`, s.value_accuracy!);
  report(label, `${system} value F1`, s.value_f1!, `(${ms.toFixed(3)} ms/doc)`);
}

/** Runs the reference scorer on the same predictions; returns its value F1 or undefined. */
function referenceScore(
  shared: string,
  gold: GoldDoc[],
  preds: Map<string, PredDoc>,
): Record<string, number> | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-temporal-'));
  try {
    const g = join(dir, 'gold.jsonl');
    const p = join(dir, 'pred.jsonl');
    writeFileSync(g, gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
    writeFileSync(p, [...preds.values()].map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = spawnSync('python3', [join(shared, 'eval', 'score_temporal.py'), g, p], { encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    return JSON.parse(r.stdout) as Record<string, number>;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark. */
export default async function temporal(): Promise<void> {
  const shared = sharedOrSkip('temporal');
  if (!shared) return;
  const load = (f: string) => readJsonl<GoldDoc>(join(shared, 'data', 'temporal', `${f}.jsonl`));
  const tb = load('timebank');
  const aq = load('aquaint');
  const sets: [string, GoldDoc[]][] = [
    [`timebank+aquaint (${tb.length + aq.length})`, [...tb, ...aq]],
    [`timebank (${tb.length})`, tb],
    [`aquaint (${aq.length})`, aq],
    [`meantime_en (120)`, load('meantime_en')],
    // MEANTIME annotates only a document's first six lines (headline, date line, first
    // sentences); scored on those lines alone, precision is not charged for the rest.
    [`meantime_en first 6 lines`, load('meantime_en').map(firstLines)],
  ];
  // TimeBank+AQUAINT is where the rules are developed, so its scores are in-sample. From the
  // third to the seventh round, rule changes were made looking at the errors of one half only
  // (documents whose FNV-1a hash of doc_id is even) and the other half checked that they
  // generalized; from the eighth round both halves' errors are read, and the halves are printed
  // apart only to compare with earlier runs.
  const both = [...tb, ...aq];
  const half = (odd: number) => both.filter((d) => fnv1a(d.doc_id) % 2 === odd);
  const devHalf = half(0);
  const heldOut = half(1);
  for (const [name, docs] of [
    [`tb+aquaint dev half (${devHalf.length})`, devHalf],
    [`tb+aquaint other half (${heldOut.length})`, heldOut],
  ] as [string, GoldDoc[]][]) {
    const ours = run(name, docs, dateline);
    report(name, 'dateline relaxed F1', ours.scores.relaxed_f1!);
    report(name, 'dateline value F1', ours.scores.value_f1!);
    // DATELINE_TEMPORAL_ERRORS=FILE writes the dev half's errors; with
    // DATELINE_TEMPORAL_ERRORS_HALF=held-out, the other half's (opened in the eighth round, once
    // the dev half's errors were mostly the annotation's own, so it is no held-out check since).
    const dump = process.env.DATELINE_TEMPORAL_ERRORS;
    const dumped = process.env.DATELINE_TEMPORAL_ERRORS_HALF === 'held-out' ? heldOut : devHalf;
    if (dump && docs === dumped) writeFileSync(dump, devErrorReport(docs, ours.preds));
  }
  for (const [name, docs] of sets) {
    const ours = run(name, docs, dateline);
    const base = run(name, docs, chronoTimexes);
    printScores(name, 'dateline', ours.scores, ours.ms);
    printScores(name, 'chrono-node', base.scores, base.ms);
    // chrono-node read the plain way (every result a day): the reading the baseline
    // number comes from (0.28 value F1 on TimeBank), so the "+40 points" is against it.
    const plain = run(name, docs, chronoDayTimexes);
    report(name, 'chrono-node (day values) value F1', plain.scores.value_f1!, "(the issue's baseline reading)");
    report(
      name,
      'value F1 above chrono-node',
      (ours.scores.value_f1! - plain.scores.value_f1!) * 100,
      "points, over the day-value reading (the issue's comparison)",
    );
    // chrono-node given every benefit: its certain components turned into month or year values.
    report(
      name,
      'value F1 above chrono-node granular',
      (ours.scores.value_f1! - base.scores.value_f1!) * 100,
      'points, over chrono-node with granularity (a stricter comparison)',
    );
    const ref = referenceScore(shared, docs, ours.preds);
    if (ref) {
      const agree = ['strict_f1', 'relaxed_f1', 'value_f1', 'type_accuracy'].every(
        (k) => Math.abs((ref[k] ?? NaN) - ours.scores[k]!) < 1e-3,
      );
      report(name, 'reference scorer value F1', ref.value_f1 ?? NaN, agree ? '(agrees)' : '(DIFFERS from this bench)');
    }
  }
  const errata = applyErrata(both, readFileSync(join(REPO_ROOT, 'bench', 'temporal-gold-errata.tsv'), 'utf8'));
  const corrected = run('errata', errata.docs, dateline);
  report(
    `timebank+aquaint, ${errata.corrected} gold values corrected`,
    'dateline value F1',
    corrected.scores.value_f1!,
    `(value accuracy ${corrected.scores.value_accuracy!.toFixed(4)}; the errata in bench/temporal-gold-errata.tsv)`,
  );
  const refCorrected = referenceScore(shared, errata.docs, corrected.preds);
  if (refCorrected)
    report(
      `timebank+aquaint, ${errata.corrected} gold values corrected`,
      'reference scorer value F1',
      refCorrected.value_f1 ?? NaN,
      Math.abs((refCorrected.value_f1 ?? NaN) - corrected.scores.value_f1!) < 1e-3 ? '(agrees)' : '(DIFFERS)',
    );
  const stories = await reutersOrSkip('temporal');
  if (!stories) return;
  const sample = stories.filter((_, i) => i % Math.max(1, Math.floor(stories.length / 3000)) === 0).slice(0, 3000);
  const base = createPipeline([sentences()]);
  const stage = timexes();
  const noop = { warn: () => undefined, options: {} };
  const prepare = (s: (typeof sample)[number]) =>
    base.run(Doc.create(s.text, s.published ? { published: s.published } : {}));
  for (const s of sample.slice(0, 300)) stage.run(prepare(s), noop);
  // Wall time is what a user waits for, but on a shared machine it includes time other
  // processes held the core; CPU time of this process is the cost of the stage itself.
  const timePass = () => {
    const times: number[] = [];
    let cpuMicros = 0;
    let found = 0;
    for (const s of sample) {
      const doc = prepare(s);
      const c0 = process.cpuUsage();
      const a = performance.now();
      stage.run(doc, noop);
      times.push(performance.now() - a);
      const c = process.cpuUsage(c0);
      cpuMicros += c.user + c.system;
      found += doc.layer('timex').length;
    }
    times.sort((x, y) => x - y);
    return { times, cpuMicros, found, mean: times.reduce((x, y) => x + y, 0) / times.length };
  };
  const { times, cpuMicros, found, mean } = timePass();
  // A second pass over the same stories separates the stage's own cost from the first
  // pass's compilation and from a busy moment of the machine: two numbers that differ
  // much say the first was noise.
  const second = timePass();
  const chars = sample.reduce((n, s) => n + s.text.length, 0) / sample.length;
  const name = `reuters21578 (${sample.length})`;
  report(
    name,
    'timex stage ms/article mean',
    mean,
    `wall (${Math.round(chars)} chars/article; ${(found / sample.length).toFixed(1)} timexes/article)`,
  );
  report(name, 'timex stage ms/article CPU', cpuMicros / 1000 / sample.length, 'mean CPU time of this process');
  report(name, 'timex stage ms/article p50', percentile(times, 50));
  report(name, 'timex stage ms/article p99', percentile(times, 99));
  report(name, 'timex stage ms/article second pass', second.mean, 'wall, the same stories again, warm');
}
