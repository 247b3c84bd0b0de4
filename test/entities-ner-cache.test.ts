import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packClusters, unpackClusters, type WordClusters } from '../src/stages/entities/ner-clusters.js';
import {
  MAX_FEATURES,
  N_TAGS,
  TAGS,
  allowed,
  docState,
  features,
  majorityTypes,
  prepareSentence,
  type DocState,
  type PreparedSentence,
} from '../src/stages/entities/ner-features.js';
import { defaultNerModel, tagSentences, type NerModel } from '../src/stages/entities/ner-model.js';
import { seededRandom } from '../src/util/seeded-random.js';

/**
 * The tagger as training sees it: every feature of every token read from the weights one by
 * one. The run-time tagger sums cached per-word parts instead; its tags must be the same.
 */
function referenceTags(model: NerModel, sentences: string[][]): Uint8Array[] {
  const prepared = sentences.map((s) => prepareSentence(s, model.names, undefined, model.clusters));
  const mask = (1 << model.header.bits) - 1;
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(N_TAGS);
  const pass = (doc: DocState): Uint8Array[] =>
    prepared.map((s: PreparedSentence) => {
      const tags = new Uint8Array(s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        const k = features(s, i, tags, doc, feats);
        scores.fill(0);
        for (let f = 0; f < k; f++) {
          const row = ((feats[f] as number) & mask) * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) scores[t]! += model.weights[row + t] as number;
        }
        const prev = i > 0 ? (tags[i - 1] as number) : 0;
        let best = 0;
        let bestScore = -Infinity;
        for (let t = 0; t < N_TAGS; t++)
          if (allowed(prev, t) && (scores[t] as number) > bestScore) {
            bestScore = scores[t] as number;
            best = t;
          }
        tags[i] = best;
        if (best !== 0 && s.cap[i] !== 0) doc.history.set(s.lower[i] as string, (best + 1) >> 1);
      }
      return tags;
    });
  const first = pass(docState(prepared));
  if ((model.header.passes ?? 1) < 2) return first;
  const second = docState(prepared);
  second.majority = majorityTypes(prepared, first);
  return pass(second);
}

const article = [
  'Rebels of the Northern Front attacked Kessel on Tuesday , the army said .',
  'Colonel Ana Varga told Reuters that the Front had lost 12 fighters near Lake Oder .',
  'Varga said the Kessel garrison held .',
  'KESSEL GARRISON HOLDS AS FRONT RETREATS',
  'The Front , which the Interior Ministry calls a terrorist group , denied it .',
].map((s) => s.split(' '));

const clusters: WordClusters = {
  sizes: [4, 16, 64],
  classes: new Map([
    ['Kessel', 1 | (5 << 10) | (40 << 20)],
    ['Varga', 2 | (9 << 10) | (41 << 20)],
    ['said', 3 | (15 << 10) | (7 << 20)],
    ['the', 0],
  ]),
};

/** A small model with random weights, so that every feature's weight moves the tags. */
function randomModel(passes: number): NerModel {
  const random = seededRandom(7);
  const bits = 10;
  const weights = new Int16Array((1 << bits) * N_TAGS).map(() => Math.round((random() - 0.5) * 2000));
  const packed = packClusters(clusters);
  return {
    header: {
      format: 'dateline-ner-perceptron',
      version: 1,
      bits,
      tags: TAGS,
      scale: 1,
      trainedOn: 'test fixture',
      passes,
      clusters: packed,
    },
    weights,
    names: new Map([
      ['northern front', 2],
      ['kessel', 4],
    ]),
    clusters: unpackClusters(packed),
  };
}

test('the cached tagger gives the tags of summing every feature, cold and warm', () => {
  for (const model of [defaultNerModel(), randomModel(1), randomModel(2)]) {
    const want = referenceTags(model, article).map((t) => [...t]);
    // Twice: the second run reads the sums the first one cached.
    for (let run = 0; run < 2; run++)
      assert.deepEqual(
        tagSentences(model, article).map((t) => [...t]),
        want,
      );
  }
  const tags = tagSentences(defaultNerModel(), article).flatMap((t) => [...t]);
  assert.ok(
    tags.some((t) => t !== 0),
    'the committed model finds names in the fixture',
  );
});

test('a word cached in one article is tagged by its context in the next', () => {
  const model = defaultNerModel();
  tagSentences(model, [['Jordan', 'said', 'on', 'Monday', '.']]);
  const b = tagSentences(model, [['Talks', 'in', 'Jordan', 'ended', '.']]);
  assert.deepEqual(
    [...(b[0] as Uint8Array)],
    [...(referenceTags(model, [['Talks', 'in', 'Jordan', 'ended', '.']])[0] as Uint8Array)],
  );
});

test('the cache grows as an article brings new words, starts again once full, and keeps the tags', () => {
  const model = randomModel(2);
  const random = seededRandom(11);
  const word = () => {
    const w = Math.floor(random() * 1e9).toString(36);
    return random() < 0.3 ? w[0]!.toUpperCase() + w.slice(1) : w;
  };
  const articleOf = (words: number) =>
    Array.from({ length: Math.ceil(words / 12) }, () => [...Array.from({ length: 11 }, word), '.']);
  // Hundreds of new words outgrow the cache's first room; then one article of more new words
  // than the cache keeps, and one after it, read once the cache has started again.
  for (const a of [articleOf(600), articleOf(13_000), articleOf(300), article])
    assert.deepEqual(
      tagSentences(model, a).map((t) => [...t]),
      referenceTags(model, a).map((t) => [...t]),
    );
});
