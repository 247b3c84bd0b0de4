import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { learnPlaces, SupplementedGazetteer } from '../src/gazetteer/learned-places.js';
import { places } from '../src/stages/places/index.js';
import { sentences } from '../src/stages/sentences.js';
import { testGazetteer } from './helpers/ensure-gazetteer.js';

const gaz = testGazetteer();

test('places learned from coded events take country and state from the gazetteer', () => {
  const learned = learnPlaces(
    [
      // A hamlet no gazetteer has, twice, near Donetsk; a district, by the mean of its events.
      { location: 'Zorvanka', admin1: 'Donetsk', admin2: 'Kravetsky', lat: 48.05, lon: 37.75 },
      { location: 'Zorvanka', admin1: 'Donetsk', admin2: 'Kravetsky', lat: 48.05, lon: 37.75 },
      { location: 'Donetsk', admin1: 'Donetsk', admin2: 'Kravetsky', lat: 48.0159, lon: 37.8029 },
    ],
    gaz,
  );
  const hamlet = learned.find((p) => p.name === 'Zorvanka');
  assert.equal(hamlet?.country, 'UA');
  assert.equal(hamlet?.events, 2);
  assert.equal(hamlet?.featureCode, 'PPL');
  // Donetsk itself is in GeoNames already and gets no learned entry.
  assert.ok(!learned.some((p) => p.name === 'Donetsk' && p.featureCode === 'PPL'));
  const district = learned.find((p) => p.name === 'Kravetsky');
  assert.equal(district?.featureCode, 'ADM2');
  assert.ok(Math.abs(district!.lat - (48.05 * 2 + 48.0159) / 3) < 1e-9);
});

test('a learned place is found and resolved where GeoNames has nothing', () => {
  const learned = learnPlaces([{ location: 'Zorvanka', admin1: 'Donetsk', lat: 48.05, lon: 37.75 }], gaz);
  const run = (index: SupplementedGazetteer | undefined) => {
    const stages = [sentences(), places(index ? { gazetteer: index } : {})];
    return createPipeline(stages)
      .run(Doc.create('Shelling was reported near Zorvanka, Donetsk region, on Monday.'))
      .layer('place')
      .map((p) => [p.attrs.name, p.attrs.country, p.attrs.lat]);
  };
  const plain = run(new SupplementedGazetteer(gaz, []));
  assert.ok(!plain.some(([name, , lat]) => name === 'Zorvanka' && lat !== null));
  const supplemented = run(new SupplementedGazetteer(gaz, learned));
  assert.ok(
    supplemented.some(([name, country]) => name === 'Zorvanka' && country === 'UA'),
    JSON.stringify(supplemented),
  );
});
