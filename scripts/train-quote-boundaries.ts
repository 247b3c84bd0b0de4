/**
 * Trains the boundary model of the quotes stage (`models/quote-boundaries.json`, see
 * src/stages/quotes/boundaries.ts) on PolNeAR train: the stage runs over every training article,
 * reports each edge it decides with its candidates, and a ranking perceptron learns to pick the
 * candidate where the annotators drew that edge. Cue edges are learned first; the source and
 * content edges are then learned with the learned cue edges in place, as the stage will run.
 * Called by `scripts/train-quotes.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../bench/shared-data.js';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { BOUNDARY_KINDS, type BoundaryDecision, type BoundaryKind } from '../src/stages/quotes/boundaries.js';
import { quotes } from '../src/stages/quotes/quotes-stage.js';
import { sentences } from '../src/stages/sentences.js';

/** One PolNeAR attribution, as the shared quotes data gives it. */
export interface GoldQuote {
  quote_span: [number, number][];
  speaker_span: [number, number][];
  cue_span: [number, number][];
}
/** One PolNeAR article with its attributions. */
export interface GoldDoc {
  text: string;
  quotes: GoldQuote[];
}

/** Epochs of the perceptron. */
const EPOCHS = 6;
/** Characters the scorer ignores at the edges of a span. */
const TRIM = /[\s"'“”‘’«»„]/;
/** Characters the stage strips from the end of a content. */
const CONTENT_TAIL = /[\s,;:.!?—–-]/;

const trimmed = (text: string, s: number, e: number): [number, number] => {
  while (s < e && TRIM.test(text[s]!)) s++;
  while (e > s && TRIM.test(text[e - 1]!)) e--;
  return [s, e];
};
const tailTrimmed = (text: string, e: number): number => {
  while (e > 0 && (CONTENT_TAIL.test(text[e - 1]!) || TRIM.test(text[e - 1]!))) e--;
  return e;
};

/** One decision with the index of the candidate the annotators chose. */
interface Example {
  features: string[][];
  gold: number;
  rule: number;
}

/** The candidate the gold picks for a decision, or -1 when it picks none of them. */
function label(text: string, gold: GoldQuote[], d: BoundaryDecision): number {
  const T = d.tokens;
  const cs = T[d.cue[0]]!.start;
  const ce = T[d.cue[1] - 1]!.end;
  const matched = gold.filter((q) => q.cue_span.some(([s, e]) => s < ce && cs < e));
  if (matched.length === 0) return -1;
  const find = (ok: (at: number) => boolean): number => d.candidates.findIndex((c) => ok(c.at));
  switch (d.kind) {
    case 'cue-left': {
      const starts = matched
        .flatMap((q) => q.cue_span.filter(([s, e]) => s < ce && cs < e))
        .map(([s, e]) => trimmed(text, s, e)[0]);
      // The scorer trims quotation marks, apostrophes among them, so "’s claiming" is drawn
      // from the apostrophe's token and compared from the "s".
      return find((at) => starts.includes(trimmed(text, T[at]!.start, ce)[0]));
    }
    case 'cue-right': {
      const ends = matched
        .flatMap((q) => q.cue_span.filter(([s, e]) => s < ce && cs < e))
        .map(([s, e]) => trimmed(text, s, e)[1]);
      return find((at) => ends.includes(T[at - 1]!.end));
    }
    case 'source-start': {
      const starts = matched.flatMap((q) => q.speaker_span).map(([s, e]) => trimmed(text, s, e)[0]);
      return find((at) => starts.includes(T[at]!.start));
    }
    case 'source-end': {
      const ends = matched.flatMap((q) => q.speaker_span).map(([s, e]) => trimmed(text, s, e)[1]);
      const endOf = (at: number): number => trimmed(text, T[d.anchor]!.start, T[at - 1]!.end)[1];
      return find((at) => ends.includes(endOf(at)) || ends.includes(endOf(at) - 1));
    }
    case 'content-start': {
      const starts = matched.flatMap((q) => q.quote_span).map(([s, e]) => trimmed(text, s, e)[0]);
      return find((at) => starts.includes(T[at]!.start) || starts.includes(T[at]!.start + 1));
    }
    case 'content-end': {
      const at0 = T[d.anchor]!.start;
      const frags = matched
        .flatMap((q) => q.quote_span)
        .map(([s, e]) => trimmed(text, s, e))
        .filter(([s, e]) => s <= at0 + 1 && e > at0);
      const ends = frags.map(([, e]) => tailTrimmed(text, e));
      return find((at) => ends.includes(tailTrimmed(text, T[at - 1]!.end)));
    }
  }
}

/** Decisions of the kinds asked for, labelled, with the stage running the learned kinds `using`. */
function collect(
  docs: GoldDoc[],
  kinds: readonly BoundaryKind[],
  using: ReadonlyMap<BoundaryKind, ReadonlyMap<string, number>>,
): Map<BoundaryKind, Example[]> {
  const out = new Map<BoundaryKind, Example[]>(kinds.map((k) => [k, []]));
  const base = createPipeline([sentences()]);
  for (const d of docs) {
    const decisions: BoundaryDecision[] = [];
    const stage = quotes({
      // The edges are learned on the items of the cues the classifier accepts, as before any filter.
      itemFilter: false,
      boundaries: [...using.keys()],
      boundaryWeights: using,
      trace: (x) => {
        if (kinds.includes(x.kind)) decisions.push(x);
      },
    });
    stage.run(base.run(Doc.create(d.text)), { warn: () => undefined, options: {} });
    for (const x of decisions) {
      const gold = label(d.text, d.quotes, x);
      if (gold < 0 || x.candidates.length < 2) continue;
      const rule = Math.max(
        0,
        x.candidates.findIndex((c) => c.features.includes('rule=1') || c.features.includes('end')),
      );
      out.get(x.kind)!.push({ features: x.candidates.map((c) => c.features), gold, rule });
    }
  }
  return out;
}

/** An averaged ranking perceptron over the candidates of each decision. */
function perceptron(kind: BoundaryKind, examples: Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  const stamp = new Map<string, number>();
  let t = 1;
  const score = (fs: string[]): number => fs.reduce((z, f) => z + (w.get(f) ?? 0), 0);
  const update = (f: string, delta: number): void => {
    const old = w.get(f) ?? 0;
    acc.set(f, (acc.get(f) ?? 0) + old * (t - (stamp.get(f) ?? t)));
    stamp.set(f, t);
    w.set(f, old + delta);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let errors = 0;
    const order = epochOrder(examples.length, epoch);
    for (const k of order) {
      const ex = examples[k]!;
      let best = ex.rule;
      let top = -Infinity;
      ex.features.forEach((fs, c) => {
        const z = score(fs) + (c === ex.rule ? 1e-9 : 0);
        if (z > top) {
          top = z;
          best = c;
        }
      });
      if (best !== ex.gold) {
        errors++;
        for (const f of ex.features[ex.gold]!) update(f, 1);
        for (const f of ex.features[best]!) update(f, -1);
      }
      t++;
    }
    const ruleRight = examples.filter((e) => e.rule === e.gold).length;
    process.stdout.write(
      `train-quotes: ${kind} epoch ${epoch + 1}: ${examples.length} decisions, rule right ${ruleRight}, errors ${errors}\n`,
    );
  }
  const avg = new Map<string, number>();
  for (const [f, v] of w) {
    const total = (acc.get(f) ?? 0) + v * (t - (stamp.get(f) ?? t));
    const a = Math.round((total / t) * 1000) / 1000;
    if (a !== 0) avg.set(f, a);
  }
  return avg;
}

/** Trains every boundary kind and writes `models/quote-boundaries.json`. */
export function trainBoundaries(docs: GoldDoc[], heldOut: GoldDoc[] = []): Map<BoundaryKind, Map<string, number>> {
  const model = new Map<BoundaryKind, Map<string, number>>();
  const stages: BoundaryKind[][] = [
    ['cue-left', 'cue-right'],
    ['source-start', 'content-start'],
    ['content-end', 'source-end'],
  ];
  for (const kinds of stages) {
    const examples = collect(docs, kinds, model);
    for (const kind of kinds) model.set(kind, perceptron(kind, examples.get(kind)!));
  }
  // With TRAIN_LIMIT, how often the rule and the model pick the annotators' edge on the rest of train.
  if (heldOut.length > 0) {
    const examples = collect(heldOut, BOUNDARY_KINDS, model);
    for (const kind of BOUNDARY_KINDS) {
      const weights = model.get(kind)!;
      const list = examples.get(kind)!;
      let rule = 0;
      let learned = 0;
      for (const ex of list) {
        rule += ex.rule === ex.gold ? 1 : 0;
        let best = ex.rule;
        let top = -Infinity;
        ex.features.forEach((fs, c) => {
          const z = fs.reduce((a, f) => a + (weights.get(f) ?? 0), 0) + (c === ex.rule ? 1e-9 : 0);
          if (z > top) {
            top = z;
            best = c;
          }
        });
        learned += best === ex.gold ? 1 : 0;
      }
      process.stdout.write(
        `train-quotes: held out ${kind}: ${list.length} decisions, rule right ${rule}, model right ${learned}\n`,
      );
    }
  }
  const kinds: Record<string, Record<string, number>> = {};
  for (const kind of BOUNDARY_KINDS) {
    const weights = model.get(kind)!;
    kinds[kind] = Object.fromEntries([...weights].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  }
  const out = {
    about:
      'Boundary model of the quotes stage (averaged ranking perceptron per edge over the features of ' +
      'src/stages/quotes/boundaries.ts), trained on PolNeAR train by scripts/train-quotes.ts.',
    kinds,
  };
  writeFileSync(join(REPO_ROOT, 'models', 'quote-boundaries.json'), JSON.stringify(out) + '\n');
  const n = Object.values(kinds).reduce((s, k) => s + Object.keys(k).length, 0);
  process.stdout.write(`train-quotes: boundary model, ${n} weights -> models/quote-boundaries.json\n`);
  return model;
}

/** The order of `n` examples in an epoch: a fixed shuffle per epoch keeps the models reproducible. */
export function epochOrder(n: number, epoch: number): number[] {
  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = (k * 7919 + epoch * 104729) % (k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}
