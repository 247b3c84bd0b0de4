/**
 * The named-entity tagger's model: a hashed-feature averaged perceptron, decoded greedily left
 * to right with BIO constraints. Its weights are one Int16 table (rows = hashed features,
 * columns = tags) with a scale, gzip-compressed in `models/`, loaded once per process on first
 * use. `scripts/train-ner.ts` writes it.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  MAX_FEATURES,
  N_TAGS,
  allowed,
  docState,
  EOS_HASH,
  dynamicContextFeatures,
  dynamicNextFeatures,
  dynamicWordFeatures,
  majorityTypes,
  H_PER_WORD,
  N_ROLES,
  ROLE_OFFSET,
  boundaryFeatures,
  contextFeatures,
  neighbourFeatures,
  prepareSentence,
  wordFeatures,
  type DocState,
  type NameList,
  type PreparedSentence,
  type WordInfoCache,
} from './ner-features.js';
import { unpackClusters, type PackedClusters, type WordClusters } from './ner-clusters.js';

/** What the model file says about itself. */
export interface NerModelHeader {
  format: 'dateline-ner-perceptron';
  version: number;
  /** log2 of the number of feature rows. */
  bits: number;
  tags: readonly string[];
  /** Float weight = stored Int16 / scale. */
  scale: number;
  /** Free text: data and settings it was trained with. */
  trainedOn: string;
  /** 2 when the model tags each article twice (see tagPrepared). */
  passes?: number;
  /** Names seen in training, `[phrase, type mask]` (see NameList in ner-features.ts). */
  names?: [string, number][];
  /** Word clusters (see ner-clusters.ts). */
  clusters?: PackedClusters;
}

/** A loaded model. */
export interface NerModel {
  header: NerModelHeader;
  weights: Int16Array;
  /** The header's name list as a map. */
  names?: NameList;
  /** The header's word clusters, decoded. */
  clusters?: WordClusters;
}

/** The committed model's path, relative to this compiled file (dist/src/stages/entities/). */
export const DEFAULT_MODEL_URL = new URL('../../../../models/ner-perceptron.bin.gz', import.meta.url);

/** Serialises a model: a 4-byte header length, the JSON header, then the Int16 weights, gzipped. */
export function encodeModel(model: NerModel): Buffer {
  const head = Buffer.from(JSON.stringify(model.header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  const body = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return gzipSync(Buffer.concat([len, head, body]), { level: 9 });
}

/** Reads a model written by {@link encodeModel}. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const raw = gunzipSync(bytes);
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as NerModelHeader;
  if (header.format !== 'dateline-ner-perceptron') throw new Error(`not a Dateline NER model: ${header.format}`);
  const start = 4 + len;
  // Copy into an aligned buffer: Int16Array needs an even byte offset.
  const nWeights = (1 << header.bits) * header.tags.length;
  if (raw.length - start !== nWeights * 2) throw new Error('NER model: file size does not match its header');
  const copy = new Uint8Array(raw.length - start);
  copy.set(raw.subarray(start));
  const weights = new Int16Array(copy.buffer, 0, nWeights);
  const names = header.names ? new Map(header.names) : undefined;
  const clusters = header.clusters ? unpackClusters(header.clusters) : undefined;
  return { header, weights, ...(names && { names }), ...(clusters && { clusters }) };
}

let loaded: NerModel | undefined;

/** The committed model, read on first use. */
export function defaultNerModel(): NerModel {
  loaded ??= decodeModel(readFileSync(DEFAULT_MODEL_URL));
  return loaded;
}

/**
 * What a tagger keeps between articles for one model: each distinct word's analysis, and the
 * summed weights of the features a word gives by itself and as each neighbour of a token, and
 * (filled as they are needed) of the features that pair the word with the previous tag. Most
 * of a token's features are those, so a token costs a few additions plus its context features
 * instead of some seventy reads of weight rows scattered over megabytes. The sums are exact
 * (integers), so the tags are those of adding up the features one by one.
 */
interface WordSums {
  words: WordInfoCache;
  /** Each distinct word's entry: its offset in `slab`. */
  entries: Map<string, number>;
  /**
   * The entries, ENTRY_LEN Int32s each, in one growing array: as three typed arrays and an
   * object per word, 10,000 words took about twice the memory in every extraction thread, and
   * every garbage collection had 30,000 array buffers to sweep.
   */
  slab: Int32Array;
  /** Entries in use in `slab`. */
  used: number;
  /** N_ROLES × N_TAGS sums of the features of a neighbour position outside the sentence. */
  boundary: Int32Array;
  /** Like WordEntry.dyn's second half, for the position after a sentence's last word. */
  boundaryNext: Int32Array;
  boundaryFilled: number;
}

/** Blocks per half of an entry's dynamic sums: one per previous tag, and one for none. */
const P1_BLOCKS = N_TAGS + 1;

// One distinct (normalised) word's entry in the slab, at offsets from its start:
// - (1 + N_ROLES) × N_TAGS static sums: the word's own static features, then each neighbour role's;
// - at E_DYN, 2 × P1_BLOCKS blocks of N_TAGS dynamic sums, block p1 + 1 for previous tag p1
//   (-1 = none): the word's dynamicWordFeatures, then the dynamicNextFeatures of the token
//   before the word, each filled when first needed;
// - at E_H, the word's H_PER_WORD hashes, to fill the dynamic sums; at E_FILLED, a bit per
//   filled block; at E_CL, the word's packed classes.
const E_DYN = (1 + N_ROLES) * N_TAGS;
const E_H = E_DYN + 2 * P1_BLOCKS * N_TAGS;
const E_FILLED = E_H + H_PER_WORD;
const E_CL = E_FILLED + 1;
const ENTRY_LEN = E_CL + 1;

/**
 * The most words whose sums a cache keeps before it starts again (checked between articles).
 * Each entry holds about 1 KB: at 50,000 words (with entries then three times that size) a
 * process grew by about 140 MB over 6,000 Reuters-21578 stories, once per extraction thread; at
 * 10,000 the tagger was about 10 % slower.
 */
const SUMS_MAX = 10_000;

/** Room in the cache past SUMS_MAX for the new words of the article that fills it. */
const SUMS_MARGIN = 2_048;

const wordSumsByModel = new WeakMap<NerModel, WordSums>();

function newWordSums(model: NerModel): WordSums {
  const mask = (1 << model.header.bits) - 1;
  const feats = new Int32Array(MAX_FEATURES);
  const boundary = new Int32Array(N_ROLES * N_TAGS);
  const clustered = model.clusters !== undefined;
  for (let role = 0; role < N_ROLES; role++)
    addRows(model.weights, mask, feats, boundaryFeatures(role, clustered, feats, 0), boundary, role * N_TAGS);
  return {
    words: new Map(),
    entries: new Map(),
    slab: new Int32Array(256 * ENTRY_LEN),
    used: 0,
    boundary,
    boundaryNext: new Int32Array(P1_BLOCKS * N_TAGS),
    boundaryFilled: 0,
  };
}

/**
 * Adds the weight rows of `feats[0..k)` to `out[o..o+N_TAGS)`. Unrolled over the nine tags
 * (the hottest loop of the tagger); the assertion keeps it honest if the tag set changes.
 */
function addRows(w: Int16Array, mask: number, feats: Int32Array, k: number, out: Int32Array, o: number): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  let s8 = 0;
  for (let f = 0; f < k; f++) {
    const r = ((feats[f] as number) & mask) * N_TAGS;
    s0 += w[r] as number;
    s1 += w[r + 1] as number;
    s2 += w[r + 2] as number;
    s3 += w[r + 3] as number;
    s4 += w[r + 4] as number;
    s5 += w[r + 5] as number;
    s6 += w[r + 6] as number;
    s7 += w[r + 7] as number;
    s8 += w[r + 8] as number;
  }
  out[o]! += s0;
  out[o + 1]! += s1;
  out[o + 2]! += s2;
  out[o + 3]! += s3;
  out[o + 4]! += s4;
  out[o + 5]! += s5;
  out[o + 6]! += s6;
  out[o + 7]! += s7;
  out[o + 8]! += s8;
}

if (N_TAGS !== 9) throw new Error('NER tagger: addRows assumes nine tags');

/**
 * Tags an article given as sentences of words: one tag id per word (see TAGS). Sentences are
 * tagged in order because the document state carries what earlier sentences said.
 * `lineStarts` marks words that begin a line of the text.
 */
export function tagSentences(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  lineStarts?: readonly (readonly boolean[])[],
): Uint8Array[] {
  let cache = wordSumsByModel.get(model);
  if (!cache) wordSumsByModel.set(model, (cache = newWordSums(model)));
  if (cache.entries.size >= SUMS_MAX) {
    cache.entries.clear();
    cache.used = 0;
  }
  const words = cache.words;
  const prepared = sentences.map((s, i) => prepareSentence(s, model.names, lineStarts?.[i], model.clusters, words));
  return tagPrepared(model, prepared, cache);
}

/**
 * {@link tagSentences} over already prepared sentences: a first pass, then (for two-pass
 * models) a second that also knows how the first pass typed each word anywhere in the article.
 */
export function tagPrepared(
  model: NerModel,
  prepared: readonly PreparedSentence[],
  cache: WordSums = newWordSums(model),
): Uint8Array[] {
  const state = docState(prepared);
  const base = staticScores(model, prepared, state, cache);
  const first = tagPass(model, prepared, base, state, cache);
  if ((model.header.passes ?? 1) < 2) return first;
  const second = docState(prepared);
  second.majority = majorityTypes(prepared, first);
  return tagPass(model, prepared, base, second, cache);
}

/** The offset in `cache.slab` of the entry of word `i` of `s`, from the cache or made and cached. */
function entryOf(model: NerModel, cache: WordSums, s: PreparedSentence, i: number, feats: Int32Array): number {
  const word = s.words[i] as string;
  const known = cache.entries.get(word);
  if (known !== undefined) return known;
  let slab = cache.slab;
  if ((cache.used + 1) * ENTRY_LEN > slab.length) {
    // The cache is started again between articles once it holds SUMS_MAX words, so the article
    // that fills it needs room past SUMS_MAX: a margin, or (an article of more new words than
    // that) twice the room.
    const cap = slab.length / ENTRY_LEN;
    const bigger = new Int32Array((cap < SUMS_MAX ? Math.min(cap * 2, SUMS_MAX + SUMS_MARGIN) : cap * 2) * ENTRY_LEN);
    bigger.set(slab);
    cache.slab = slab = bigger;
  }
  const e = cache.used++ * ENTRY_LEN;
  slab.fill(0, e, e + ENTRY_LEN);
  const mask = (1 << model.header.bits) - 1;
  const w = model.weights;
  const o = i * H_PER_WORD;
  const cl = s.cl[i] as number;
  addRows(w, mask, feats, wordFeatures(s.h, o, s.cap[i] as number, cl, word.length, s.clustered, feats, 0), slab, e);
  for (let role = 0; role < N_ROLES; role++)
    addRows(w, mask, feats, neighbourFeatures(role, s.h, o, cl, s.clustered, feats, 0), slab, e + (1 + role) * N_TAGS);
  slab.set(s.h.subarray(o, o + H_PER_WORD), e + E_H);
  slab[e + E_CL] = cl;
  cache.entries.set(word, e);
  return e;
}

/** Per sentence: its words' entries and, per token, the summed weights of its static features. */
interface ScoredSentence {
  /** Per token, its word's entry (an offset in the cache's slab). */
  entries: Int32Array;
  /** N_TAGS per token: the same sums as adding up staticFeatures' rows. */
  scores: Int32Array;
}

function staticScores(
  model: NerModel,
  prepared: readonly PreparedSentence[],
  doc: DocState,
  cache: WordSums,
): ScoredSentence[] {
  const mask = (1 << model.header.bits) - 1;
  const w = model.weights;
  const feats = new Int32Array(MAX_FEATURES);
  const boundary = cache.boundary;
  return prepared.map((s) => {
    const n = s.words.length;
    const scores = new Int32Array(n * N_TAGS);
    const entries = new Int32Array(n);
    for (let i = 0; i < n; i++) entries[i] = entryOf(model, cache, s, i, feats);
    const slab = cache.slab;
    for (let i = 0; i < n; i++) {
      const o = i * N_TAGS;
      const own = entries[i] as number;
      for (let t = 0; t < N_TAGS; t++) scores[o + t] = slab[own + t] as number;
      for (let role = 0; role < N_ROLES; role++) {
        const j = i + (ROLE_OFFSET[role] as number);
        const inside = j >= 0 && j < n;
        const src = inside ? slab : boundary;
        const so = inside ? (entries[j] as number) + (1 + role) * N_TAGS : role * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) scores[o + t]! += src[so + t] as number;
      }
      addRows(w, mask, feats, contextFeatures(s, i, doc, feats, 0), scores, o);
    }
    return { entries, scores };
  });
}

/** Adds a word's dynamic sums for previous tag `p1` (own, or as the next word) to `scores`. */
function addDynamic(
  model: NerModel,
  slab: Int32Array,
  e: number,
  next: boolean,
  p1: number,
  feats: Int32Array,
  scores: Int32Array,
): void {
  const block = (next ? P1_BLOCKS : 0) + p1 + 1;
  const o = e + E_DYN + block * N_TAGS;
  if (!((slab[e + E_FILLED] as number) & (1 << block))) {
    const k = next
      ? dynamicNextFeatures(p1, slab[e + E_H + 1] as number, feats, 0)
      : dynamicWordFeatures(p1, slab, e + E_H, slab[e + E_CL] as number, model.clusters !== undefined, feats, 0);
    addRows(model.weights, (1 << model.header.bits) - 1, feats, k, slab, o);
    slab[e + E_FILLED]! |= 1 << block;
  }
  for (let t = 0; t < N_TAGS; t++) scores[t]! += slab[o + t] as number;
}

/** Adds the dynamicNextFeatures sums of the position after a sentence's end. */
function addBoundaryNext(model: NerModel, cache: WordSums, p1: number, feats: Int32Array, scores: Int32Array): void {
  const o = (p1 + 1) * N_TAGS;
  if (!(cache.boundaryFilled & (1 << (p1 + 1)))) {
    const k = dynamicNextFeatures(p1, EOS_HASH, feats, 0);
    addRows(model.weights, (1 << model.header.bits) - 1, feats, k, cache.boundaryNext, o);
    cache.boundaryFilled |= 1 << (p1 + 1);
  }
  const d = cache.boundaryNext;
  for (let t = 0; t < N_TAGS; t++) scores[t]! += d[o + t] as number;
}

function tagPass(
  model: NerModel,
  prepared: readonly PreparedSentence[],
  base: readonly ScoredSentence[],
  doc: DocState,
  cache: WordSums,
): Uint8Array[] {
  const mask = (1 << model.header.bits) - 1;
  const w = model.weights;
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(N_TAGS);
  const slab = cache.slab;
  const out: Uint8Array[] = [];
  prepared.forEach((s, si) => {
    const n = s.words.length;
    const tags = new Uint8Array(n);
    const { entries, scores: b } = base[si] as ScoredSentence;
    for (let i = 0; i < n; i++) {
      const p1 = i > 0 ? (tags[i - 1] as number) : -1;
      for (let t = 0; t < N_TAGS; t++) scores[t] = b[i * N_TAGS + t] as number;
      addDynamic(model, slab, entries[i] as number, false, p1, feats, scores);
      if (i + 1 < n) addDynamic(model, slab, entries[i + 1] as number, true, p1, feats, scores);
      else addBoundaryNext(model, cache, p1, feats, scores);
      addRows(w, mask, feats, dynamicContextFeatures(s, i, tags, doc, feats, 0), scores, 0);
      const prev = i > 0 ? (tags[i - 1] as number) : 0;
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < N_TAGS; t++) {
        if (!allowed(prev, t)) continue;
        if ((scores[t] as number) > bestScore) {
          bestScore = scores[t] as number;
          best = t;
        }
      }
      tags[i] = best;
      if (best !== 0 && s.cap[i] !== 0) doc.history.set(s.lower[i] as string, (best + 1) >> 1);
    }
    out.push(tags);
  });
  return out;
}
