/**
 * `npm run build:ner-clusters`: learns the named-entity tagger's word clusters from unlabelled
 * news text, the Reuters-21578 corpus and the text of CoNLL-2003 train (never its dev split),
 * in `../shared/data` (or DATELINE_SHARED), and writes `models/ner-clusters.tsv.gz`.
 *
 *   node dist/scripts/build-ner-clusters.js [--sizes 32,128,512] [--min-count 3] [--iterations 12]
 *
 * The algorithm is exchange clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998): every
 * word of the vocabulary is in one class, and each word in turn moves to the class that most
 * raises the likelihood of a class-bigram model, sum f(N(c1,c2)) - 2 sum f(N(c)) with
 * f(x) = x log x; a few sweeps over the vocabulary converge. Each granularity is learned on its
 * own. Words rarer than --min-count share one fixed context class, sentence boundaries another.
 * Deterministic: words are visited in frequency order and ties go to the lower class.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT, reutersStories, sharedDir } from '../bench/shared-data.js';
import { tokenise } from '../src/stages/entities/ner-data.js';
import { normaliseWord } from '../src/stages/entities/ner-features.js';
import { CLUSTER_BITS, encodeClusters, type WordClusters } from '../src/stages/entities/ner-clusters.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const SIZES = arg('sizes', '32,128,512').split(',').map(Number);
const MIN_COUNT = Number(arg('min-count', '3'));
const ITERATIONS = Number(arg('iterations', '12'));
const CORPORA = arg('corpora', 'none').split(',');
const OUT = arg('out', join(REPO_ROOT, 'models', 'ner-clusters.tsv.gz'));

const log = (s: string): boolean => process.stdout.write(s + '\n');

/** Sentences of the corpus as arrays of normalised words. */
async function corpus(shared: string): Promise<string[][]> {
  const texts: string[] = [];
  for (const s of await reutersStories(shared)) {
    if (!s.hasBody) continue;
    if (s.title) texts.push(s.title);
    texts.push(s.text);
  }
  const jsonl = (path: string, keep: (id: string) => boolean = () => true): void => {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { doc_id?: string; text: string };
      if (keep(r.doc_id ?? '')) texts.push(r.text);
    }
  };
  const ner = join(shared, 'data', 'ner');
  jsonl(join(ner, 'conll2003_train.jsonl'));
  if (CORPORA.includes('gum')) jsonl(join(ner, 'gum_train.jsonl'));
  if (CORPORA.includes('re3d')) jsonl(join(ner, 're3d.jsonl'), (id) => id.startsWith('re3d_train'));
  if (CORPORA.includes('polnear')) jsonl(join(shared, 'data', 'quotes', 'polnear_train.jsonl'));
  const out: string[][] = [];
  for (const t of texts) for (const s of tokenise('', t).sentences) out.push(s.words.map(normaliseWord));
  return out;
}

/** The corpus as word ids with sentence boundaries, and the vocabulary (most frequent first). */
function index(sentences: string[][]): { vocab: string[]; counts: Int32Array; stream: Int32Array } {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq.entries()]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  const V = vocab.length;
  const RARE = V;
  const BOUND = V + 1;
  const stream: number[] = [BOUND];
  for (const s of sentences) {
    for (const w of s) stream.push(id.get(w) ?? RARE);
    stream.push(BOUND);
  }
  const counts = new Int32Array(V);
  for (const t of stream) if (t < V) counts[t]!++;
  return { vocab, counts, stream: Int32Array.from(stream) };
}

/** Per word: its distinct successors and predecessors (word ids, RARE or BOUND) with counts. */
interface Contexts {
  nextStart: Int32Array;
  nextId: Int32Array;
  nextN: Int32Array;
  prevStart: Int32Array;
  prevId: Int32Array;
  prevN: Int32Array;
  self: Int32Array;
}

function contexts(V: number, stream: Int32Array): Contexts {
  const build = (forward: boolean) => {
    const maps: Map<number, number>[] = Array.from({ length: V }, () => new Map());
    for (let i = 0; i + 1 < stream.length; i++) {
      const [w, c] = forward ? [stream[i]!, stream[i + 1]!] : [stream[i + 1]!, stream[i]!];
      if (w >= V || w === c) continue;
      const m = maps[w]!;
      m.set(c, (m.get(c) ?? 0) + 1);
    }
    const start = new Int32Array(V + 1);
    for (let w = 0; w < V; w++) start[w + 1] = start[w]! + maps[w]!.size;
    const ids = new Int32Array(start[V]!);
    const ns = new Int32Array(start[V]!);
    for (let w = 0; w < V; w++) {
      let k = start[w]!;
      for (const [c, n] of [...maps[w]!.entries()].sort((a, b) => a[0] - b[0])) {
        ids[k] = c;
        ns[k++] = n;
      }
    }
    return { start, ids, ns };
  };
  const nx = build(true);
  const pv = build(false);
  const self = new Int32Array(V);
  for (let i = 0; i + 1 < stream.length; i++) if (stream[i]! < V && stream[i] === stream[i + 1]) self[stream[i]!]!++;
  return {
    nextStart: nx.start,
    nextId: nx.ids,
    nextN: nx.ns,
    prevStart: pv.start,
    prevId: pv.ids,
    prevN: pv.ns,
    self,
  };
}

/** Exchange clustering into K classes; returns each word's class. */
function exchange(K: number, counts: Int32Array, ctx: Contexts, total: number): Uint16Array {
  const V = counts.length;
  const KT = K + 2; // + the fixed classes of rare words and of sentence boundaries
  const classOf = (t: number): number => (t < V ? (cls[t] as number) : t === V ? K : K + 1);
  const cls = new Uint16Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % K;
  const flog = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  const table = new Float64Array(total + 2);
  for (let x = 1; x < table.length; x++) table[x] = flog(x);
  const f = (x: number): number => table[x] as number;
  // Class bigram counts N[c1 * KT + c2] and class counts Nc.
  const N = new Int32Array(KT * KT);
  const Nc = new Int32Array(KT);
  for (let w = 0; w < V; w++) {
    Nc[cls[w]!]! += counts[w]!;
    for (let j = ctx.nextStart[w]!; j < ctx.nextStart[w + 1]!; j++) {
      const c = ctx.nextId[j]!;
      // Bigrams between two vocabulary words are counted once, from the left word.
      N[cls[w]! * KT + classOf(c)]! += ctx.nextN[j]!;
    }
    N[cls[w]! * KT + cls[w]!]! += ctx.self[w]!;
    for (let j = ctx.prevStart[w]!; j < ctx.prevStart[w + 1]!; j++) {
      const c = ctx.prevId[j]!;
      if (c >= V) N[classOf(c) * KT + cls[w]!]! += ctx.prevN[j]!;
    }
  }
  const L = new Int32Array(KT);
  const R = new Int32Array(KT);
  const lList = new Int32Array(KT);
  const rList = new Int32Array(KT);
  const delta = new Float64Array(K);
  for (let it = 1; it <= ITERATIONS; it++) {
    let moves = 0;
    for (let w = 0; w < V; w++) {
      const nw = counts[w]!;
      const s = ctx.self[w]!;
      let nl = 0;
      let nr = 0;
      for (let j = ctx.nextStart[w]!; j < ctx.nextStart[w + 1]!; j++) {
        const c = classOf(ctx.nextId[j]!);
        if (R[c] === 0) rList[nr++] = c;
        R[c]! += ctx.nextN[j]!;
      }
      for (let j = ctx.prevStart[w]!; j < ctx.prevStart[w + 1]!; j++) {
        const c = classOf(ctx.prevId[j]!);
        if (L[c] === 0) lList[nl++] = c;
        L[c]! += ctx.prevN[j]!;
      }
      const c0 = cls[w]!;
      // Take w out of its class.
      for (let j = 0; j < nr; j++) N[c0 * KT + rList[j]!]! -= R[rList[j]!]!;
      for (let j = 0; j < nl; j++) N[lList[j]! * KT + c0]! -= L[lList[j]!]!;
      N[c0 * KT + c0]! -= s;
      Nc[c0]! -= nw;
      // The gain of putting it in each class k.
      for (let k = 0; k < K; k++) {
        let d = 0;
        const row = k * KT;
        for (let j = 0; j < nr; j++) {
          const c = rList[j]!;
          if (c === k) continue;
          const x = N[row + c]!;
          d += f(x + R[c]!) - f(x);
        }
        for (let j = 0; j < nl; j++) {
          const c = lList[j]!;
          if (c === k) continue;
          const x = N[c * KT + k]!;
          d += f(x + L[c]!) - f(x);
        }
        const kk = N[row + k]!;
        d += f(kk + R[k]! + L[k]! + s) - f(kk);
        d -= 2 * (f(Nc[k]! + nw) - f(Nc[k]!));
        delta[k] = d;
      }
      let best = c0;
      for (let k = 0; k < K; k++) if (delta[k]! > delta[best]! + 1e-9) best = k;
      if (best !== c0) moves++;
      cls[w] = best;
      for (let j = 0; j < nr; j++) N[best * KT + rList[j]!]! += R[rList[j]!]!;
      for (let j = 0; j < nl; j++) N[lList[j]! * KT + best]! += L[lList[j]!]!;
      N[best * KT + best]! += s;
      Nc[best]! += nw;
      for (let j = 0; j < nr; j++) R[rList[j]!] = 0;
      for (let j = 0; j < nl; j++) L[lList[j]!] = 0;
    }
    log(`  K=${K} sweep ${it}: ${moves} words moved`);
    if (moves === 0) break;
  }
  return cls;
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    process.stderr.write('build-ner-clusters: no ../shared/data here (set DATELINE_SHARED to its folder)\n');
    process.exit(2);
  }
  if (SIZES.some((k) => !(k >= 2 && k <= 1 << CLUSTER_BITS))) {
    process.stderr.write(`build-ner-clusters: --sizes must be between 2 and ${1 << CLUSTER_BITS}\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const sentences = await corpus(shared);
  const { vocab, counts, stream } = index(sentences);
  const ctx = contexts(vocab.length, stream);
  log(
    `build-ner-clusters: ${sentences.length} sentences, ${stream.length} tokens, ${vocab.length} words seen ${MIN_COUNT}+ times; ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const packed = new Int32Array(vocab.length);
  SIZES.forEach((K, g) => {
    const cls = exchange(K, counts, ctx, stream.length);
    for (let w = 0; w < vocab.length; w++) packed[w]! |= cls[w]! << (CLUSTER_BITS * g);
    log(`build-ner-clusters: ${K} classes; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  const clusters: WordClusters = { sizes: SIZES, classes: new Map(vocab.map((w, i) => [w, packed[i]!])) };
  const bytes = gzipSync(encodeClusters(clusters), { level: 9 });
  writeFileSync(OUT, bytes);
  log(`build-ner-clusters: wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

await main();
