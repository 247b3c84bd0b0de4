import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';

function types(text: string): string[] {
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  return doc.layer('event').map((e) => e.attrs.type);
}

test('business and calendar words are not events', () => {
  assert.deepEqual(types('Shares of the retailer shot up 12 pct as demand for barges rose.'), []);
  assert.deepEqual(types('Results are due in late march, and rape oil imports fell.'), []);
  assert.deepEqual(types('The tape is adhesive-backed and the rocket carried a weather satellite.'), []);
  assert.deepEqual(types('Growth has been targeted at four pct for the year.'), []);
});

test('the same deed to the same named target is one event', () => {
  const text =
    'Gunmen assassinated Mayor Ortega in Cali on Monday. The council met two days after gunmen assassinated Ortega.';
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  const assaults = doc.layer('event').filter((e) => e.attrs.type === 'ASSAULT');
  assert.equal(assaults.length, 1);
  assert.equal(assaults[0]!.attrs.mentions.length, 2);
});

test('a different target is a different attack', () => {
  const text = 'Gunmen assassinated Mayor Ortega on Monday. Days later, gunmen assassinated Judge Ramirez.';
  assert.deepEqual(types(text), ['ASSAULT', 'ASSAULT']);
});
