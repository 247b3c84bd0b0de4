import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clusterOf,
  decodeClusters,
  encodeClusters,
  packClusters,
  unpackClusters,
  type WordClusters,
} from '../src/stages/entities/ner-clusters.js';
import { MAX_FEATURES, docState, prepareSentence, staticFeatures } from '../src/stages/entities/ner-features.js';
import { decodeModel, defaultNerModel, encodeModel } from '../src/stages/entities/ner-model.js';

// Three granularities; packed class = c0 | c1 << 10 | c2 << 20.
const pack = (c0: number, c1: number, c2: number): number => c0 | (c1 << 10) | (c2 << 20);
const fixture: WordClusters = {
  sizes: [4, 16, 600],
  classes: new Map([
    ['Paris', pack(1, 5, 512)],
    ['Oslo', pack(1, 5, 513)],
    ['said', pack(3, 15, 7)],
    ['the', pack(0, 0, 0)],
  ]),
};

test('word clusters survive both serialised forms', () => {
  for (const back of [decodeClusters(encodeClusters(fixture)), unpackClusters(packClusters(fixture))]) {
    assert.deepEqual(back.sizes, fixture.sizes);
    assert.deepEqual([...back.classes.entries()], [...fixture.classes.entries()]);
  }
  assert.throws(() => decodeClusters('0,5\nParis\t1,2\n'), /bad sizes/);
  assert.throws(() => unpackClusters({ ...packClusters(fixture), words: 'Paris' }), /do not match/);
});

test('a word is found as written, then Capitalised, then in lower case', () => {
  assert.equal(clusterOf(fixture, 'Paris'), pack(1, 5, 512) + 1);
  assert.equal(clusterOf(fixture, 'PARIS'), pack(1, 5, 512) + 1, 'headline capitals');
  assert.equal(clusterOf(fixture, 'The'), pack(0, 0, 0) + 1, 'sentence-initial capital');
  assert.equal(clusterOf(fixture, 'Zzyzx'), 0, 'unknown word');
});

test('cluster features appear only for a model with clusters', () => {
  const words = ['Oslo', 'said', 'the', 'Zzyzx'];
  const plain = prepareSentence(words);
  const clustered = prepareSentence(words, undefined, undefined, fixture);
  assert.deepEqual([...plain.cl], [0, 0, 0, 0]);
  assert.deepEqual([...clustered.cl], [pack(1, 5, 513) + 1, pack(3, 15, 7) + 1, 1, 0]);
  const a = new Int32Array(MAX_FEATURES);
  const b = new Int32Array(MAX_FEATURES);
  const na = staticFeatures(plain, 0, docState([plain]), a);
  const nb = staticFeatures(clustered, 0, docState([clustered]), b);
  assert.ok(nb > na);
  // What clustering adds: the clustered sentence's features less the plain sentence's.
  const added = (withClusters: Int32Array, k: number, without: Int32Array, kw: number): number[] => {
    const rest = [...withClusters.subarray(0, k)];
    for (const id of without.subarray(0, kw)) {
      const at = rest.indexOf(id);
      assert.ok(at >= 0, 'every feature of the plain sentence is still there');
      rest.splice(at, 1);
    }
    return rest;
  };
  const osloClusters = added(b, nb, a, na);
  assert.equal(osloClusters.length, nb - na);
  // Two words of one middle class: some of their cluster features agree, the fine ones do not.
  const words2 = ['Paris', 'said', 'the', 'Zzyzx'];
  const other = prepareSentence(words2, undefined, undefined, fixture);
  const otherPlain = prepareSentence(words2);
  const c = new Int32Array(MAX_FEATURES);
  const d = new Int32Array(MAX_FEATURES);
  const nc = staticFeatures(other, 0, docState([other]), c);
  const nd = staticFeatures(otherPlain, 0, docState([otherPlain]), d);
  const parisClusters = added(c, nc, d, nd);
  assert.equal(parisClusters.length, osloClusters.length);
  const shared = parisClusters.filter((id) => osloClusters.includes(id)).length;
  assert.ok(shared > 0 && shared < parisClusters.length);
});

test('the model file carries its clusters', () => {
  const model = {
    header: {
      format: 'dateline-ner-perceptron' as const,
      version: 1,
      bits: 2,
      tags: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'],
      scale: 1,
      trainedOn: 'test fixture',
      clusters: packClusters(fixture),
    },
    weights: new Int16Array(4 * 9).map((_, i) => i - 10),
  };
  const back = decodeModel(encodeModel(model));
  assert.deepEqual([...(back.clusters?.classes.entries() ?? [])], [...fixture.classes.entries()]);
  assert.deepEqual([...back.weights], [...model.weights]);
  assert.ok((defaultNerModel().clusters?.classes.size ?? 0) > 10000, 'the committed model has its clusters');
});
