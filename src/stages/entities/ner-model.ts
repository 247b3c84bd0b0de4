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
  dynamicFeatures,
  majorityTypes,
  staticFeatures,
  prepareSentence,
  type DocState,
  type NameList,
  type PreparedSentence,
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
 * Tags an article given as sentences of words: one tag id per word (see TAGS). Sentences are
 * tagged in order because the document state carries what earlier sentences said.
 * `lineStarts` marks words that begin a line of the text.
 */
export function tagSentences(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  lineStarts?: readonly (readonly boolean[])[],
): Uint8Array[] {
  const prepared = sentences.map((s, i) => prepareSentence(s, model.names, lineStarts?.[i], model.clusters));
  return tagPrepared(model, prepared);
}

/**
 * {@link tagSentences} over already prepared sentences: a first pass, then (for two-pass
 * models) a second that also knows how the first pass typed each word anywhere in the article.
 */
export function tagPrepared(model: NerModel, prepared: readonly PreparedSentence[]): Uint8Array[] {
  const state = docState(prepared);
  const base = staticScores(model, prepared, state);
  const first = tagPass(model, prepared, base, state);
  if ((model.header.passes ?? 1) < 2) return first;
  const second = docState(prepared);
  second.majority = majorityTypes(prepared, first);
  return tagPass(model, prepared, base, second);
}

/** Per sentence, per token, the summed weights of its static features (9 per token). */
function staticScores(model: NerModel, prepared: readonly PreparedSentence[], doc: DocState): Int32Array[] {
  const mask = (1 << model.header.bits) - 1;
  const w = model.weights;
  const feats = new Int32Array(MAX_FEATURES);
  return prepared.map((s) => {
    const n = s.words.length;
    const scores = new Int32Array(n * N_TAGS);
    for (let i = 0; i < n; i++) {
      const k = staticFeatures(s, i, doc, feats);
      const o = i * N_TAGS;
      for (let f = 0; f < k; f++) {
        const row = ((feats[f] as number) & mask) * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) scores[o + t]! += w[row + t] as number;
      }
    }
    return scores;
  });
}

function tagPass(
  model: NerModel,
  prepared: readonly PreparedSentence[],
  base: Int32Array[],
  doc: DocState,
): Uint8Array[] {
  const mask = (1 << model.header.bits) - 1;
  const w = model.weights;
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(N_TAGS);
  const out: Uint8Array[] = [];
  prepared.forEach((s, si) => {
    const n = s.words.length;
    const tags = new Uint8Array(n);
    const b = base[si] as Int32Array;
    for (let i = 0; i < n; i++) {
      const k = dynamicFeatures(s, i, tags, doc, feats, 0);
      for (let t = 0; t < N_TAGS; t++) scores[t] = b[i * N_TAGS + t] as number;
      for (let f = 0; f < k; f++) {
        const row = ((feats[f] as number) & mask) * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) scores[t]! += w[row + t] as number;
      }
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
