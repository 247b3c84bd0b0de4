/**
 * The learned half of event typing: averaged perceptrons over hashed word unigrams and bigrams
 * that reads the sentence(s) of an event mention and names ACLED's sub-event type. Rules find
 * event mentions and their PLOVER class; this model tells a shelling from an armed clash or a
 * peaceful protest from one met with intervention, which word lists do poorly.
 *
 * The weights are data (`models/acled-subevent.json`), built by `npm run train:events` from
 * ACLED's coder notes; training lives here too so the benchmark can train per fold in-process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../../util/fnv1a.js';
import { ACLED_EVENT_TYPE } from './acled-mapping.js';

/** Number of hash buckets; 2^18 keeps collisions rare for a vocabulary of tens of thousands. */
const BUCKETS = 1 << 18;

/** A trained model as stored on disk. */
export interface EventClassifierModel {
  name: string;
  version: number;
  buckets: number;
  classes: string[];
  /** Per feature bucket, sparse class weights: `[bucket, [classIndex, weight, classIndex, weight, …]]`. */
  weights: [number, number[]][];
  /**
   * Coarse classes (ACLED's event types): each class's group index, and per feature bucket sparse
   * group weights, which count for every class of the group.
   */
  groups?: { names: string[]; of: number[]; weights: [number, number[]][] };
  /**
   * A logistic regression over the same features (per class, and per coarse class where
   * `groups` is given), whose log-probabilities are added to the perceptrons': the perceptrons
   * vote nearly hard, the regression weighs the evidence, and the two err on different notes.
   */
  logistic?: { weights: [number, number[]][]; groups?: [number, number[]][] };
}

/** A prediction with a confidence (softmax of the scores). */
export interface ClassPrediction {
  label: string;
  confidence: number;
}

// ACLED notes open with the date ("On 9 May 2020,", "Around 2 May 2020 (as reported),"); it says
// nothing about the type, and real articles do not open that way.
const LEADING_DATE =
  /^(?:on|around|as reported on|as of|between|during the week of|in the week of|on or around)\s+[^,]{0,40}?\d{4}(?:\s*\([^)]*\))?,?\s*/i;

// The month of March in a date ("LONDON, March 4", "in March") says nothing about the type, but
// as the word "march" it votes for a protest: every dateline of a March read as one. Coders'
// notes, which the model learns from, open with their date and name March inside only twice in
// 2,575, so the month is read out of the texts the model reads, not out of what it learns from
// (where the change would retrain it for nothing).
const MONTH_IN_DATE =
  /\bMarch\b(?=\.?,?\s*\d)|\bMarch(?<=\d\s+March)\b|\bMarch(?<=\b(?:in|since|early|late|mid|last|next|this|until|by|of|from|through)[\s-]+March)\b/g;

/** The hashed features of a text: word unigrams, bigrams and prefixes, digits folded to 0. */
export function featuresOf(text: string): number[] {
  const words = text
    .replace(LEADING_DATE, '')
    .toLowerCase()
    .replace(/\d/g, '0')
    .match(/[\p{L}0]+(?:['’-][\p{L}0]+)*/gu);
  const feats = new Set<number>();
  if (!words) return [];
  let prev = '<s>';
  for (const w of words) {
    feats.add(fnv1a(w) % BUCKETS);
    feats.add(fnv1a(prev + ' ' + w) % BUCKETS);
    // A five-letter prefix joins inflections ("shelled", "shelling"; "protesters", "protested"),
    // which a few thousand notes do not all show (+1.4 points of sub-event accuracy in CV).
    if (w.length > 5) feats.add(fnv1a('~' + w.slice(0, 5)) % BUCKETS);
    // And a four-letter one ("clash", "clashed"; "attack", "attacked"): +0.4 points of event type.
    if (w.length > 4) feats.add(fnv1a('~4' + w.slice(0, 4)) % BUCKETS);
    prev = w;
  }
  for (const cue of codingCues(' ' + words.join(' ') + ' ')) feats.add(fnv1a(cue) % BUCKETS);
  return [...feats];
}

// Who acts and against whom, the distinctions ACLED's coding rules turn on: an armed actor
// against civilians is violence against civilians, against another armed actor a battle; a crowd
// that throws stones riots, a peaceful one protests.
const CIVILIAN =
  /\b(?:civilians?|man|woman|men|women|child(?:ren)?|boy|girl|farmers?|villagers?|residents?|herders?|teachers?|students?|trader|driver|journalists?|worker|family|families|person|people)\b/;
const ARMED =
  /\b(?:soldiers?|militants?|police(?:men)?|forces|troops|fighters?|rebels?|militia(?:s|men)?|gunmen|army|jihadists?|insurgents?|combatants?)\b/;
const CROWD = /\b(?:protesters?|demonstrators?|rioters?|mob|crowd|residents)\b/;
const CROWD_VIOLENCE =
  /\b(?:stones?|rocks?|burn\w*|set fire|torch\w*|vandali\w*|clash\w*|attack\w*|damag\w*|injur\w*|beat\w*)\b/;
const REMOTE =
  /\b(?:missiles?|rockets?|artillery|shell(?:s|ed|ing)?|mortars?|air ?strikes?|airstrikes?|drones?|ieds?|bombs?|bombed|bombing|landmines?|mines?|grenades?|explosives?|explosions?)\b/;
const BOTH_SIDES = /\b(?:clash\w*|exchanged fire|fought|firefight|gunfight|battle\w*)\b/;
const SUBJECT =
  /\b(?:(civilians?|man|woman|farmers?|villagers?|residents?|people)|(soldiers?|militants?|police(?:men)?|forces|troops|fighters?|rebels?|militia(?:s|men)?|gunmen|army)|(protesters?|demonstrators?|rioters?|mob|crowd))\b/;

// Whom the violence was done to, ACLED's line between a battle (an armed, organised target:
// soldiers, police, a militia, a post) and violence against civilians (unarmed victims): the first
// person or place named after a violent verb, or before its passive; a crowd so named is met
// with intervention or force (together +0.3 points of event type in 5-fold CV on ACLED).
const HARM =
  '(?:kill\\w*|shot|shoot\\w*|attack\\w*|abduct\\w*|kidnap\\w*|ambush\\w*|injur\\w*|wound\\w*|assassinat\\w*|beat\\w*|execut\\w*|stabb\\w*|tortur\\w*|raid\\w*|assault\\w*|hack\\w*|fir(?:e|ed|es|ing)(?: \\w+){0,2} (?:on|at)|targe\\w*|found dead|hostages?|lynch\\w*|behead\\w*|rap(?:e|ed|ing)|arrest\\w*|detain\\w*|dispers\\w*)';
const ARMED_VICTIM =
  'soldiers?|troops|police\\w*|officers?|ranger\\w*|guards?|militiam[ae]n|militia|militants?|fighters?|rebels?|commanders?|agents?|forces|military|army|unit|patrols?|checkpoints?|posts?|base|positions?|convoy|personnel|security|gunmen';
const CIVILIAN_VICTIM =
  'civilians?|m[ae]n|wom[ae]n|child\\w*|boys?|girls?|teen\\w*|residents?|villagers?|farmers?|herders?|shepherds?|pastoralists?|traders?|merchants?|drivers?|journalists?|persons?|people|famil\\w*|students?|teachers?|workers?|staff|villages?|houses?|homes?|communit\\w*|camps?|passers\\w*|individuals?|locals?|vendors?|worshippers?|patients?|doctors?|nurses?|priests?|pastors?|imams?|businessm[ae]n|owners?|relatives?|prisoners?|detainees?|inmates?|brothers?|sons?|daughters?|wife|wives|husbands?|suspects?|supporters?|fishermen|victims?|bod(?:y|ies)|hostages?|migrants?|refugees?|youths?';
const CROWD_VICTIM = 'protesters?|demonstrators?|rioters?|crowds?|marchers?|activists?';
const VICTIM = new RegExp(
  `\\b${HARM} (?:\\w+ ){0,3}?(?:(${ARMED_VICTIM})|(${CROWD_VICTIM})|(${CIVILIAN_VICTIM}))\\b|\\b(?:(${ARMED_VICTIM})|(${CROWD_VICTIM})|(${CIVILIAN_VICTIM})) (?:\\w+ ){0,3}?(?:was|were|been|being) (?:\\w+ ){0,2}?${HARM}`,
);

/** The kind of the first victim named: 'armed', 'crowd', 'civ' or 'none'. */
function victimOf(t: string): string {
  const m = VICTIM.exec(t);
  return !m ? 'none' : m[1] || m[4] ? 'armed' : m[2] || m[5] ? 'crowd' : 'civ';
}

/**
 * Conjunctions of coding cues in a lower-cased text (+1.5 points of event type accuracy and +0.6
 * of sub-event type in 5-fold CV on ACLED's notes): whether civilians and armed actors are
 * named, whether a crowd is named with violence or as peaceful, whether both sides fought and
 * whether with remote weapons (a missile, a shell: remote violence, whoever the target), and
 * the kind of the first group named (most often the one that acts).
 */
function codingCues(t: string): string[] {
  const civ = CIVILIAN.test(t);
  const armed = ARMED.test(t);
  const crowd = CROWD.test(t);
  const m = SUBJECT.exec(t);
  const subject = m ? (m[1] ? 'civ' : m[2] ? 'armed' : 'crowd') : 'none';
  const victim = victimOf(t);
  return [
    `#civ ${civ} ${armed}`,
    `#crowd ${crowd} ${CROWD_VIOLENCE.test(t)} ${/\bpeaceful/.test(t)}`,
    `#both ${BOTH_SIDES.test(t)} ${civ} ${armed}`,
    `#remote ${REMOTE.test(t)} ${BOTH_SIDES.test(t)}`,
    `#subject ${subject}`,
    `#subject ${subject} ${civ} ${armed} ${crowd}`,
    `#victim ${victim}`,
    `#victim ${victim} ${subject}`,
  ];
}

/**
 * Sparse weight rows keyed by feature bucket, packed into typed arrays: a row's class indices
 * and weights lie at `start[r] .. start[r + 1]`. As a Map of number arrays, the shipped model
 * took some 13 MB of heap in every extraction thread, and every garbage collection walked it.
 */
class SparseRows {
  private readonly rowOf = new Map<number, number>();
  private readonly start: Int32Array;
  private readonly cls: Uint16Array;
  private readonly weight: Float64Array;

  constructor(rows: readonly [number, readonly number[]][]) {
    let n = 0;
    for (const [, r] of rows) n += r.length >> 1;
    this.start = new Int32Array(rows.length + 1);
    this.cls = new Uint16Array(n);
    this.weight = new Float64Array(n);
    let k = 0;
    rows.forEach(([bucket, r], i) => {
      // A bucket listed twice keeps its last row, as a Map built from the list would.
      this.rowOf.set(bucket, i);
      this.start[i] = k;
      for (let j = 0; j + 1 < r.length; j += 2) {
        this.cls[k] = r[j]!;
        this.weight[k++] = r[j + 1]!;
      }
    });
    this.start[rows.length] = k;
  }

  /** Adds the row of `bucket`, if any, to `out` (indexed by class). */
  addTo(bucket: number, out: Float64Array): void {
    const r = this.rowOf.get(bucket);
    if (r === undefined) return;
    const end = this.start[r + 1]!;
    for (let k = this.start[r]!; k < end; k++) out[this.cls[k]!]! += this.weight[k]!;
  }
}

const EMPTY_ROWS = new SparseRows([]);

/** A loaded model, ready to score texts. */
export class EventClassifier {
  readonly classes: string[];
  readonly name: string;
  // Rows stay sparse as the model file has them: expanding every bucket to a dense row cost most
  // of the CLI's start-up, and a text touches few buckets.
  private readonly table: SparseRows;
  private readonly groupTable: SparseRows;
  private readonly groupOf: number[] | undefined;
  private readonly nGroups: number;
  private readonly lrTable: SparseRows | undefined;
  private readonly lrGroupTable: SparseRows | undefined;

  constructor(model: EventClassifierModel) {
    this.classes = model.classes;
    this.name = `${model.name}@${model.version}`;
    this.table = new SparseRows(model.weights);
    this.groupTable = new SparseRows(model.groups?.weights ?? []);
    this.groupOf = model.groups?.of;
    this.nGroups = model.groups?.names.length ?? 0;
    this.lrTable = model.logistic && new SparseRows(model.logistic.weights);
    this.lrGroupTable = model.logistic?.groups && new SparseRows(model.logistic.groups);
  }

  /** The raw score of every class for a text, in the order of {@link classes}. */
  scores(text: string): Float64Array {
    const feats = featuresOf(text.replace(MONTH_IN_DATE, ' '));
    let scores = this.sum(feats, this.table, this.groupTable);
    if (this.lrTable) {
      const lr = this.sum(feats, this.lrTable, this.lrGroupTable ?? EMPTY_ROWS, true);
      const p = logSoftmax(scores);
      scores = p.map((x, c) => x + lr[c]!);
    }
    return scores;
  }

  /** Scores every class for a text, best first. */
  rank(text: string): ClassPrediction[] {
    const scores = this.scores(text);
    const max = Math.max(...scores);
    const exps = Array.from(scores, (s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return this.classes
      .map((label, i) => ({ label, confidence: exps[i]! / sum }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /**
   * Per class, the sum of the feature weights of `table` and of the class's group in `groups`;
   * as log-probabilities of each (class and group normalised apart) where `logProbs` is set.
   */
  private sum(feats: number[], table: SparseRows, groups: SparseRows, logProbs = false): Float64Array {
    const scores = new Float64Array(this.classes.length);
    const groupScores = new Float64Array(this.nGroups);
    for (const f of feats) {
      table.addTo(f, scores);
      if (this.groupOf) groups.addTo(f, groupScores);
    }
    const own = logProbs ? logSoftmax(scores) : scores;
    const grouped = logProbs ? logSoftmax(groupScores) : groupScores;
    if (this.groupOf) for (let c = 0; c < own.length; c++) own[c]! += grouped[this.groupOf[c]!]!;
    return own;
  }

  /** The best class for a text. */
  predict(text: string): ClassPrediction {
    return this.rank(text)[0]!;
  }
}

/** log(softmax(xs)). */
function logSoftmax(xs: Float64Array): Float64Array {
  if (xs.length === 0) return xs;
  const max = Math.max(...xs);
  let z = 0;
  for (const x of xs) z += Math.exp(x - max);
  const lz = max + Math.log(z);
  return xs.map((x) => x - lz);
}

/** Training options. */
export interface TrainOptions {
  epochs?: number;
  seed?: number;
  name?: string;
  /**
   * Perceptrons trained on differently shuffled data whose weights are averaged (default 5):
   * a perceptron's weights depend on the order it met the examples in, and the average of a few
   * is steadier (5 against 1: +1.4 points of sub-event accuracy, +1.5 of event type in 5-fold CV
   * on ACLED; the sub-event classifier takes 15: +0.2 of event type and +0.3 of sub-event type
   * against 5, no fold worse).
   */
  bags?: number;
  /**
   * The coarser class of each label (ACLED's event type of a sub-event type). Where given, a
   * second set of perceptrons learns the coarse classes and its weights are added to every label
   * of the class, so that labels with few examples borrow what their class shares (+0.4 points
   * of event type accuracy on top of bagging).
   */
  groupOf?: (label: string) => string | undefined;
  /** Features seen in fewer training texts are left out (default 2). */
  minDocuments?: number;
  /**
   * Also train a logistic regression and add its log-probabilities to the perceptrons' (+1 point
   * of event type accuracy and +0.3 of sub-event type in 5-fold CV on ACLED's notes).
   */
  logistic?: boolean;
}

/**
 * A multinomial logistic regression trained by AdaGrad with a little L2 shrinkage, as sparse
 * rounded rows. Deterministic for a given seed.
 */
function trainLogistic(
  data: { f: number[]; y: number }[],
  nC: number,
  epochs: number,
  seed0: number,
): [number, number[]][] {
  const rate = 0.5;
  const l2 = 1e-5;
  const w = new Map<number, Float64Array>();
  const g2 = new Map<number, Float64Array>();
  const row = (m: Map<number, Float64Array>, f: number, v: number) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(nC).fill(v)));
    return r;
  };
  const rand = seededRandom(seed0);
  const order = data.map((_, i) => i);
  const p = new Float64Array(nC);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    for (const k of order) {
      const { f, y } = data[k]!;
      p.fill(0);
      for (const x of f) {
        const r = w.get(x);
        if (r) for (let c = 0; c < nC; c++) p[c]! += r[c]!;
      }
      const max = Math.max(...p);
      let z = 0;
      for (let c = 0; c < nC; c++) z += p[c] = Math.exp(p[c]! - max);
      for (const x of f) {
        const r = row(w, x, 0);
        const g = row(g2, x, 1e-8);
        for (let c = 0; c < nC; c++) {
          const grad = p[c]! / z - (c === y ? 1 : 0) + l2 * r[c]!;
          g[c]! += grad * grad;
          r[c]! -= (rate * grad) / Math.sqrt(g[c]!);
        }
      }
    }
  }
  return sparseRows(w, nC);
}

/** A seeded linear-congruential generator in [0, 1): the same seed gives the same training run. */
function seededRandom(seed0: number): () => number {
  let seed = seed0;
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Fisher–Yates shuffle of `order` in place. */
function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** Weights as sparse rows rounded to two decimals, small ones left out. */
function sparseRows(w: Map<number, Float64Array>, nC: number): [number, number[]][] {
  const weights: [number, number[]][] = [];
  for (const [f, r] of w) {
    const sparse: number[] = [];
    for (let c = 0; c < nC; c++) if (Math.abs(r[c]!) >= 0.02) sparse.push(c, Math.round(r[c]! * 100) / 100);
    if (sparse.length > 0) weights.push([f, sparse]);
  }
  return weights.sort((x, y) => x[0] - y[0]);
}

/** One averaged perceptron: per feature, one weight per class. Deterministic for a given seed. */
function trainPerceptron(
  data: { f: number[]; y: number }[],
  nC: number,
  epochs: number,
  seed0: number,
): Map<number, Float64Array> {
  const w = new Map<number, Float64Array>();
  const u = new Map<number, Float64Array>(); // sums of updates weighted by time, for averaging
  const row = (m: Map<number, Float64Array>, f: number) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(nC)));
    return r;
  };
  const rand = seededRandom(seed0);
  let t = 1;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    for (const k of order) {
      const { f, y } = data[k]!;
      const scores = new Float64Array(nC);
      for (const x of f) {
        const r = w.get(x);
        if (r) for (let c = 0; c < nC; c++) scores[c]! += r[c]!;
      }
      let best = 0;
      for (let c = 1; c < nC; c++) if (scores[c]! > scores[best]!) best = c;
      if (best !== y) {
        for (const x of f) {
          const r = row(w, x);
          const a = row(u, x);
          r[y]! += 1;
          r[best]! -= 1;
          a[y]! += t;
          a[best]! -= t;
        }
      }
      t++;
    }
  }
  for (const [f, r] of w) {
    const a = u.get(f)!;
    for (let c = 0; c < nC; c++) r[c] = r[c]! - a[c]! / t;
  }
  return w;
}

/**
 * Trains averaged perceptrons on (text, label) pairs (bagged over shuffles, with coarse-class
 * weights where `groupOf` is given) and folds them into one linear model: scores are linear in
 * the weights, so the sum of the models is one model. Deterministic for a given seed.
 */
export function trainEventClassifier(
  examples: { text: string; label: string }[],
  options: TrainOptions = {},
): EventClassifierModel {
  const epochs = options.epochs ?? 12;
  const bags = options.bags ?? 5;
  const seed = options.seed ?? 7;
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  // A feature of a single note teaches that note only, and would cost a row of the model file.
  const all = examples.map((e) => featuresOf(e.text));
  const df = new Map<number, number>();
  for (const fs of all) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const minDf = options.minDocuments ?? 2;
  const feats = all.map((fs) => fs.filter((f) => df.get(f)! >= minDf));
  const nC = classes.length;
  const data = examples.map((e, i) => ({ f: feats[i]!, y: index.get(e.label)! }));
  const weights = bagged(data, nC, epochs, bags, seed);
  let groups: EventClassifierModel['groups'];
  let gData: { f: number[]; y: number }[] | undefined;
  if (options.groupOf) {
    const groupOf = options.groupOf;
    const names = [...new Set(classes.map((c) => groupOf(c) ?? c))].sort();
    const gIndex = new Map(names.map((g, i) => [g, i]));
    gData = examples.map((e, i) => ({ f: feats[i]!, y: gIndex.get(groupOf(e.label) ?? e.label)! }));
    groups = {
      names,
      of: classes.map((c) => gIndex.get(groupOf(c) ?? c)!),
      weights: bagged(gData, names.length, epochs, bags, seed + 104729),
    };
  }
  const logistic: EventClassifierModel['logistic'] = options.logistic
    ? {
        weights: trainLogistic(data, nC, 10, seed + 4),
        ...(groups && gData && { groups: trainLogistic(gData, groups.names.length, 10, seed + 5) }),
      }
    : undefined;
  return {
    name: options.name ?? 'acled-subevent',
    version: 4,
    buckets: BUCKETS,
    classes,
    weights,
    ...(groups && { groups }),
    ...(logistic && { logistic }),
  };
}

/** The average of `bags` perceptrons, as sparse rows rounded to two decimals. */
function bagged(
  data: { f: number[]; y: number }[],
  nC: number,
  epochs: number,
  bags: number,
  seed: number,
): [number, number[]][] {
  const sum = new Map<number, Float64Array>();
  for (let b = 0; b < bags; b++)
    for (const [f, r] of trainPerceptron(data, nC, epochs, seed + b * 7919)) {
      let acc = sum.get(f);
      if (!acc) sum.set(f, (acc = new Float64Array(nC)));
      for (let c = 0; c < nC; c++) acc[c]! += r[c]! / bags;
    }
  return sparseRows(sum, nC);
}

/** The ACLED sub-event classifier: sub-event types, with their event types as coarse classes. */
export function trainAcledSubEventClassifier(
  examples: { text: string; label: string }[],
  options: TrainOptions = {},
): EventClassifierModel {
  return trainEventClassifier(examples, {
    groupOf: (label) => ACLED_EVENT_TYPE[label],
    logistic: true,
    bags: 15,
    ...options,
  });
}

let shipped: EventClassifier | null | undefined;

/**
 * The model that ships in `models/`, loaded once per process; null when the file is missing
 * (then the rules alone type events, and say so in their provenance).
 */
export function shippedEventClassifier(): EventClassifier | null {
  if (shipped !== undefined) return shipped;
  try {
    // dist/src/stages/events/ → repo root is four levels up; src/ runs (ts loaders) are three.
    const candidates = ['../../../../models/acled-subevent.json', '../../../models/acled-subevent.json'];
    for (const rel of candidates) {
      try {
        const json = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
        shipped = new EventClassifier(JSON.parse(json) as EventClassifierModel);
        return shipped;
      } catch {
        // try the next location
      }
    }
    shipped = null;
  } catch {
    shipped = null;
  }
  return shipped;
}
