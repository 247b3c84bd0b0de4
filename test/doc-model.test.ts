import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline, PipelineOrderError } from '../src/core/pipeline.js';
import type { Stage } from '../src/core/stage.js';

const by = { stage: 'test', confidence: 1 };

test('annotations are kept in text order with ids per layer', () => {
  const doc = Doc.create('Protesters gathered in Baghdad on Friday.');
  doc.add('timex', { start: 34, end: 40, attrs: { type: 'DATE', value: '2020-01-24', stated: ['weekday'] }, by });
  doc.add('timex', { start: 0, end: 10, attrs: { type: 'DATE', value: 'X', stated: [] }, by });
  assert.deepEqual(
    doc.layer('timex').map((t) => [t.id, doc.surface(t)]),
    [
      ['t2', 'Protesters'],
      ['t1', 'Friday'],
    ],
  );
  assert.equal(doc.get('t1')?.end, 40);
});

test('offsets outside the text are refused', () => {
  const doc = Doc.create('short');
  assert.throws(() => doc.add('entity', { start: 2, end: 9, attrs: { type: 'ORG' }, by }), RangeError);
});

test('refine changes attributes, never the text', () => {
  const doc = Doc.create('Washington said no.');
  const e = doc.add('entity', { start: 0, end: 10, attrs: { type: 'GPE' }, by });
  doc.refine(e, { type: 'ORG', canonical: 'United States government' });
  assert.equal(doc.layer('entity')[0]?.attrs.type, 'ORG');
  assert.equal(doc.text, 'Washington said no.');
});

test('a pipeline whose stage needs a layer nobody made is refused when built', () => {
  const needy: Stage = { name: 'needy', requires: ['entity'], produces: ['event'], run() {} };
  assert.throws(() => createPipeline([needy]), PipelineOrderError);
});

test('warnings are collected with the stage name, and produced layers exist even when empty', () => {
  const quiet: Stage = {
    name: 'quiet',
    requires: [],
    produces: ['place'],
    run(doc, ctx) {
      ctx.warn('unresolved-place', 'nothing here', { start: 0, end: 3 });
      assert.equal(doc.text, 'abc');
    },
  };
  const doc = createPipeline([quiet]).run(Doc.create('abc'));
  assert.deepEqual(doc.warnings, [
    { kind: 'unresolved-place', message: 'nothing here', stage: 'quiet', start: 0, end: 3 },
  ]);
  assert.ok(doc.has('place'));
});

test('zones follow furniture, captions and title', () => {
  const doc = Doc.create('x'.repeat(30), { furniture: [{ start: 0, end: 5 }], captions: [{ start: 10, end: 20 }] });
  assert.equal(doc.zoneAt(2), 'furniture');
  assert.equal(doc.zoneAt(15), 'caption');
  assert.equal(doc.zoneAt(25), 'story');
});
