import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import type { EventAttrs, PlaceAttrs } from '../src/core/layers.js';
import { createPipeline } from '../src/core/pipeline.js';
import { precisionOf } from '../src/stages/events/event-location.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { testGazetteer } from './helpers/ensure-gazetteer.js';
import { sentences } from '../src/stages/sentences.js';

const by = { stage: 'test', confidence: 1 };

type P = [surface: string, attrs: Partial<PlaceAttrs> & { lat: number | null; lon: number | null }];

/** Runs the event stage (rules only) over a text whose places the test gives. */
function run(text: string, places: P[], focus?: string): { doc: Doc; evs: EventAttrs[] } {
  const doc = createPipeline([sentences(), numbers()]).run(Doc.create(text, { published: '2021-03-12' }));
  if (focus) doc.meta.focusCountry = focus;
  for (const [surface, attrs] of places) {
    const start = doc.text.indexOf(surface);
    assert.ok(start >= 0, surface);
    doc.add('place', {
      start,
      end: start + surface.length,
      attrs: { name: surface, use: 'literal', ...attrs } as PlaceAttrs,
      by,
    });
  }
  createPipeline([events({ classifier: null })], ['sentence', 'token', 'number', 'place']).run(doc);
  return { doc, evs: doc.layer('event').map((e) => e.attrs) };
}

const town = (lat: number, lon: number, country = 'FR'): P[1] => ({ lat, lon, country, featureCode: 'PPL' });

test('the place the event happened in, not where the protesters came from', () => {
  const { evs } = run('Teachers from Lyon protested in Nantes against the reform.', [
    ['Lyon', town(45.75, 4.85)],
    ['Nantes', town(47.22, -1.55)],
  ]);
  assert.equal(evs[0]?.location?.name, 'Nantes');
});

test('an affiliation or a premodifying country is not the scene', () => {
  const led = run('Saudi-led coalition airstrikes reportedly targeted Zabidor town.', [
    ['Saudi', { lat: 24, lon: 45, country: 'SA', featureCode: 'PCLI' }],
    ['Zabidor', town(15, 43, 'YE')],
  ]);
  assert.equal(led.evs[0]?.location?.name, 'Zabidor');
  // With nothing else named, "US dollar" does not put a Lebanese road block in the United States.
  const dollar = run('Protesters angry at the high US dollar exchange rate blocked the coastal highway.', [
    ['US', { lat: 39.76, lon: -98.5, country: 'US', featureCode: 'PCLI' }],
  ]);
  assert.equal(dollar.evs.length, 1);
  assert.equal(dollar.evs[0]?.location, undefined);
});

test('a container stands in for a small place only when the small place is unknown', () => {
  const known = run('Gunmen attacked a farmer in Bravillon (Ostrade, Norvalle).', [
    ['Bravillon', town(10.1, 20.1)],
    ['Ostrade', { lat: 10.3, lon: 20.4, country: 'FR', featureCode: 'ADM2' }],
    ['Norvalle', { lat: 11, lon: 21, country: 'FR', featureCode: 'ADM1' }],
  ]);
  assert.equal(known.evs[0]?.location?.name, 'Bravillon');
  const unknown = run('Gunmen attacked a farmer in Bravillon (Ostrade, Norvalle).', [
    ['Bravillon', { lat: null, lon: null }],
    ['Ostrade', { lat: 10.3, lon: 20.4, country: 'FR', featureCode: 'ADM2' }],
    ['Norvalle', { lat: 11, lon: 21, country: 'FR', featureCode: 'ADM1' }],
  ]);
  assert.equal(unknown.evs[0]?.location?.name, 'Ostrade');
  assert.equal(unknown.evs[0]?.location?.precision, 'region');
});

test('a place in the country the article is about beats a namesake country named in passing', () => {
  const { evs } = run(
    'Rioters clashed with police in Tarvos and Melk.',
    [
      ['Tarvos', town(40, 20, 'AL')],
      ['Melk', town(48.2, 15.3, 'AT')],
    ],
    'AT',
  );
  assert.equal(evs[0]?.location?.name, 'Melk');
});

test('an event told in a later sentence happened where the lead sentence put the scene', () => {
  const { evs } = run('Police intervened in a brawl in Vaudrey on Friday. At least seven people were arrested.', [
    ['Vaudrey', town(46.9, 5.6)],
  ]);
  const arrest = evs.find((e) => e.type === 'COERCE' || e.type === 'ASSAULT' || e.type === 'PROTEST');
  assert.ok(arrest, JSON.stringify(evs.map((e) => e.type)));
  assert.equal(arrest.location?.name, 'Vaudrey');
});

test('an event whose paragraph names the place only in a later sentence is placed there', () => {
  const { evs } = run('Police raided a mosque at dawn. Residents then held two officers hostage in Vaudrey.', [
    ['Vaudrey', town(46.9, 5.6)],
  ]);
  assert.equal(evs[0]?.location?.name, 'Vaudrey');
});

test('a namesake outside the unit the writer states is dropped for that unit', () => {
  // The gazetteer's only Corvel lies in another country than the stated province.
  const foreign = run('Gunmen attacked a farmer in Corvel (Ostrade, Norvalle).', [
    ['Corvel', town(50, 5, 'BE')],
    ['Ostrade', { lat: 10.3, lon: 20.4, country: 'FR', featureCode: 'ADM2' }],
    ['Norvalle', { lat: 11, lon: 21, country: 'FR', featureCode: 'ADM1', admin1: 'Norvalle' }],
  ]);
  assert.equal(foreign.evs[0]?.location?.name, 'Ostrade');
  // Same country, but in another state than the one stated.
  const state = run('Gunmen attacked a farmer in Corvel, Norvalle.', [
    ['Corvel', { ...town(45, 2), admin1: 'Aubrac' }],
    ['Norvalle', { lat: 11, lon: 21, country: 'FR', featureCode: 'ADM1', admin1: 'Norvalle' }],
  ]);
  assert.equal(state.evs[0]?.location?.name, 'Norvalle');
  // Inside it: the small place stays.
  const inside = run('Gunmen attacked a farmer in Corvel, Norvalle.', [
    ['Corvel', { ...town(11.2, 21.1), admin1: 'Norvalle' }],
    ['Norvalle', { lat: 11, lon: 21, country: 'FR', featureCode: 'ADM1', admin1: 'Norvalle' }],
  ]);
  assert.equal(inside.evs[0]?.location?.name, 'Corvel');
});

test('a neighbourhood far from the city the sentence names is a namesake elsewhere', () => {
  const text = 'In the north of Valmont, Norvalle, police carried out a raid in Corvel neighbourhood.';
  const norvalle: P = ['Norvalle', { lat: 45.5, lon: 5.5, country: 'FR', featureCode: 'ADM1' }];
  const { evs } = run(text, [['Valmont', town(45, 5)], norvalle, ['Corvel', town(48, -3)]]);
  assert.equal(evs[0]?.location?.name, 'Valmont');
  const near = run(text, [['Valmont', town(45, 5)], norvalle, ['Corvel', town(45.05, 5.02)]]);
  assert.equal(near.evs[0]?.location?.name, 'Corvel');
});

test('in "X (district, province)" the first unit that agrees with the rest is the scene', () => {
  // The district is only a district entry, the province's town a city: the district still wins.
  const { evs } = run('Airstrikes targeted Hollin area (Ostrade, Norvalle).', [
    ['Ostrade', { lat: 10.3, lon: 20.4, country: 'FR', featureCode: 'ADM2' }],
    ['Norvalle', town(11, 21)],
  ]);
  assert.equal(evs[0]?.location?.name, 'Ostrade');
});

test('a sentence whose only places are not the scene borrows the scene of the sentence before', () => {
  const { evs } = run("Gunmen attacked a farm in Corvel on Monday. Valmont's police later arrested two men.", [
    ['Corvel', town(45.05, 5.02)],
    ['Valmont', { lat: 46, lon: 2, country: 'FR', featureCode: 'PCLI' }],
  ]);
  const arrest = evs.find((e) => /arrest/i.test(JSON.stringify(e)));
  assert.ok(arrest, JSON.stringify(evs));
  assert.equal(arrest.location?.name, 'Corvel');
});

test('an event known only to a region or a country is put at its seat, and says so', () => {
  testGazetteer();
  const { evs } = run('Protesters rallied across Iraq on Friday.', [
    ['Iraq', { lat: 33, lon: 44, country: 'IQ', featureCode: 'PCLI' }],
  ]);
  const loc = evs[0]?.location;
  assert.equal(loc?.name, 'Iraq');
  assert.equal(loc?.precision, 'country');
  assert.equal(loc?.seat, 'Baghdad');
  assert.ok(Math.abs(loc.lat - 33.34) < 0.1 && Math.abs(loc.lon - 44.4) < 0.1, JSON.stringify(loc));
  // A town keeps its own point.
  const town1 = run('Protesters rallied in Corvel on Friday.', [['Corvel', town(45.05, 5.02)]]);
  assert.equal(town1.evs[0]?.location?.seat, undefined);
  assert.equal(town1.evs[0]?.location?.lat, 45.05);
});

test('a continent or a sea places an event only as a region', () => {
  assert.equal(precisionOf('CONT'), 'region');
  assert.equal(precisionOf('SEA'), 'region');
  assert.equal(precisionOf('AIRB'), 'point');
  assert.equal(precisionOf('PPLX'), 'neighbourhood');
});

test('a street named after a place does not put the event in that place', () => {
  const { evs } = run('Gunmen attacked a driver on Valmont Street on Monday.', [['Valmont', town(30, 10, 'TN')]]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0]?.location, undefined);
});

test('"X neighbourhood of Y" chains X to the city that contains it', () => {
  // The gazetteer's Corvel lies in another state than the city the text puts it in.
  const { evs } = run('Fishermen demonstrated in Corvel neighbourhood of Valmont city (Norvalle) on Monday.', [
    ['Corvel', { ...town(48, -3), admin1: 'Aubrac' }],
    ['Valmont', { ...town(45, 5), admin1: 'Norvalle' }],
    ['Norvalle', { lat: 45.5, lon: 5.5, country: 'FR', featureCode: 'ADM1', admin1: 'Norvalle' }],
  ]);
  assert.equal(evs[0]?.location?.name, 'Valmont');
});

test('a region in another country than the rest of the scene is a namesake', () => {
  const { evs } = run('Forces fired shells at Westmark port city (Harlow, Dunmere) near the Red Sea coast.', [
    ['Westmark', { lat: null, lon: null }],
    ['Harlow', { lat: 14.8, lon: 42.99, country: 'YE', featureCode: 'ADM2' }],
    ['Dunmere', { lat: 14.76, lon: 42.95, country: 'YE', featureCode: 'ADM1' }],
    ['Red Sea', { lat: 19.6, lon: 37.2, country: 'SD', featureCode: 'ADM1' }],
  ]);
  assert.equal(evs[0]?.location?.name, 'Harlow');
});

test('the container of a namesake is the scene, not a town named later', () => {
  const { evs } = run(
    'Forces fired machine guns at Oldfield area of Portmere city, east of Cray junction (Tessel, Dunmere).',
    [
      ['Oldfield', { lat: 32.9, lon: 35.1, country: 'IL', featureCode: 'PPL' }],
      ['Portmere', { lat: 14.8, lon: 42.95, country: 'YE', featureCode: 'PPLA' }],
      ['Tessel', { lat: 13.93, lon: 43.48, country: 'YE', featureCode: 'PPLA2' }],
      ['Dunmere', { lat: 14.76, lon: 42.95, country: 'YE', featureCode: 'ADM1' }],
    ],
  );
  assert.equal(evs[0]?.location?.name, 'Portmere');
});

test("in a two-country tie, the chain's own container outweighs the article's focus", () => {
  const { evs } = run(
    'Two militants were killed when landmines exploded in Damsel district, Orvietto.',
    [
      ['Damsel', { lat: 20.41, lon: 72.83, country: 'IN', featureCode: 'PPLA' }],
      ['Orvietto', { lat: 31.61, lon: 65.71, country: 'AF', featureCode: 'PPLA' }],
    ],
    'IN',
  );
  assert.equal(evs[0]?.location?.name, 'Orvietto');
});

test('a unit named by a direction alone casts no vote on the country of its chain', () => {
  const { evs } = run('Gunmen attacked a farmer in Tolvin (Marrow Hills, North East).', [
    ['Tolvin', { lat: 10.2, lon: -1.27, country: 'GH', featureCode: 'PPL' }],
    // An unknown unit put at its container's point, and the container read in another country.
    ['Marrow Hills', { lat: -20.7, lon: 27.05, country: 'BW', featureCode: 'ADM1', name: 'North-East' }],
    ['North East', { lat: -20.7, lon: 27.05, country: 'BW', featureCode: 'ADM1', name: 'North-East' }],
  ]);
  assert.equal(evs[0]?.location?.name, 'Tolvin');
});

test('goods that come from a country do not place the event there', () => {
  const { evs } = run('Hundreds were injured in clashes with riot police over beef imports from the United States.', [
    ['United States', { lat: 39.76, lon: -98.5, country: 'US', featureCode: 'PCLI' }],
  ]);
  assert.equal(evs[0]?.location, undefined);
  // Coming from a country is still where one came from, but an event "in" it is there.
  const there = run('Hundreds were injured in clashes with riot police in the United States.', [
    ['United States', { lat: 39.76, lon: -98.5, country: 'US', featureCode: 'PCLI' }],
  ]);
  assert.equal(there.evs[0]?.location?.name, 'United States');
});

test('a place inside an organisation’s name is not the scene', () => {
  const { evs } = run('The manager of the Bank of Tokyo in Lima was wounded in a gun attack.', [
    ['Tokyo', { lat: 35.69, lon: 139.69, country: 'JP', featureCode: 'PPLC' }],
    ['Lima', { lat: -12.04, lon: -77.03, country: 'PE', featureCode: 'PPLC' }],
  ]);
  assert.equal(evs[0]?.location?.name, 'Lima');
});
