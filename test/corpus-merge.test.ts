import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayRange, dayToIso, matchKey, matchScore, normalizeName } from '../src/corpus/event-match.js';
import { bandKeys, estimateJaccard, minhashSignature, packSignature, unpackSignature } from '../src/corpus/minhash.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureEventAttrs, type FixtureEvent } from './helpers/fixture-records.js';

const TEXT = 'Nurses marched in Lagos and in Ibadan on 4 May 2021 and 7 May 2021, and gunmen and police clashed.';
const base: FixtureEvent = {
  type: 'PROTEST',
  date: '2021-05-04',
  dateText: '4 May 2021',
  trigger: 'marched',
  place: { name: 'Lagos', lat: 6.455, lon: 3.384, country: 'NG', text: 'Lagos' },
  actors: [{ name: 'Nurses', kind: 'protesters', text: 'Nurses' }],
};
const key = (e: Partial<FixtureEvent>) => matchKey(fixtureEventAttrs(TEXT, { ...base, ...e }))!;

test('day ranges of TIMEX3 values: day, ISO week, month, year; others are undatable', () => {
  const d = dayRange('2021-05-04')!;
  assert.equal(dayToIso(d[0]), '2021-05-04');
  assert.deepEqual(dayRange('2021-05-04T10:00')!, d);
  assert.deepEqual(dayRange('2021-W18')!.map(dayToIso), ['2021-05-03', '2021-05-09']);
  assert.deepEqual(dayRange('2021-02')!.map(dayToIso), ['2021-02-01', '2021-02-28']);
  assert.deepEqual(dayRange('2020')!.map(dayToIso), ['2020-01-01', '2020-12-31']);
  assert.equal(dayRange('XXXX-XX-XX'), undefined);
  assert.equal(dayRange('PRESENT_REF'), undefined);
});

test('names are compared without case, accents, articles or punctuation', () => {
  assert.equal(normalizeName("Kata'ib Hezbollah"), 'kata ib hezbollah');
  assert.equal(normalizeName('The Sadrist Movement'), 'sadrist movement');
  assert.equal(normalizeName('Muqtada al-Sadr'), normalizeName('Muqtada Al Sadr'));
  assert.equal(normalizeName('Bogotá'), 'bogota');
});

test('same type, place, day and actors match; each difference that means another event does not', () => {
  const a = key({});
  assert.ok(matchScore(a, key({ date: '2021-05-05', dateText: '7 May 2021' })) > 0, 'a day apart');
  assert.ok(matchScore(a, key({})) > matchScore(a, key({ date: '2021-05-06' })), 'closer dates score higher');
  assert.equal(matchScore(a, key({ date: '2021-05-07' })), 0, 'three days apart');
  assert.equal(matchScore(a, key({ type: 'ASSAULT' })), 0, 'another type');
  assert.equal(
    matchScore(a, key({ place: { name: 'Ibadan', lat: 7.3775, lon: 3.947, country: 'NG', text: 'Ibadan' } })),
    0,
    'another city 120 km away',
  );
  assert.equal(
    matchScore(a, key({ actors: [{ name: 'Gunmen', kind: 'unidentified-armed-group', text: 'gunmen' }] })),
    0,
    'nobody in common',
  );
  assert.ok(
    matchScore(a, key({ actors: [{ name: 'Health workers', kind: 'protesters', text: 'Nurses' }] })) > 0,
    'nominal actors named differently share their kind',
  );
  const noPlace = key({ place: undefined });
  assert.ok(matchScore(a, noPlace) > 0, 'an unlocated report may join a located event');
  assert.ok(matchScore(a, noPlace) < matchScore(a, key({})));
  assert.equal(
    matchKey({ ...fixtureEventAttrs(TEXT, base), date: { value: '2021', certainty: 'inferred', evidence: [] } }),
    undefined,
  );
});

test('MinHash: a syndicated copy is near-identical, another story on the same topic is not', () => {
  const [herald, times, copy] = FIXTURE_CORPUS;
  const a = minhashSignature(herald!.text);
  const c = minhashSignature(copy!.text);
  const t = minhashSignature(times!.text);
  assert.ok(estimateJaccard(a, c) >= 0.8, `copy ${estimateJaccard(a, c)}`);
  assert.ok(estimateJaccard(a, t) < 0.3, `other outlet ${estimateJaccard(a, t)}`);
  assert.equal(estimateJaccard(a, minhashSignature(herald!.text.toUpperCase().replace(/,/g, ' ,'))), 1);
  const shared = bandKeys(a).filter((k) => bandKeys(c).includes(k)).length;
  assert.ok(shared > 0, 'the copy shares an LSH band, so the store finds it with an index look-up');
  assert.deepEqual(unpackSignature(packSignature(a)), a);
  assert.deepEqual(minhashSignature(herald!.text), a, 'deterministic');
});
