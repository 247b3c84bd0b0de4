import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  arabicNameKey,
  countryByCapital,
  countryByDemonym,
  countryByName,
  hasArabicArticle,
  isOrganisationCue,
  isTitle,
  newsOrganisation,
  stripArabicArticle,
  titleRole,
} from '../src/lexicons/index.js';
import { acledActorName } from '../src/stages/entities/acled-actor-name.js';

test('demonyms and country names map to ISO alpha-2', () => {
  assert.equal(countryByDemonym('Iraqi')?.alpha2, 'IQ');
  assert.equal(countryByDemonym('Iraqis')?.alpha2, 'IQ');
  assert.equal(countryByDemonym('Lebanese')?.alpha2, 'LB');
  assert.equal(countryByDemonym('American')?.alpha2, 'US');
  assert.equal(countryByName('U.S.')?.alpha2, 'US');
  assert.equal(countryByName('the United States')?.alpha2, 'US');
  assert.equal(countryByName('Britain')?.alpha2, 'GB');
  assert.equal(countryByCapital('Baghdad')?.alpha2, 'IQ');
  assert.equal(countryByName('Basra'), undefined);
  assert.equal(countryByDemonym('protesters'), undefined);
});

test('news organisations carry their home country', () => {
  assert.equal(newsOrganisation('al-Mayadeen')?.country, 'LB');
  assert.equal(newsOrganisation('Al Mayadeen')?.country, 'LB');
  assert.equal(newsOrganisation('Tasnim News Agency')?.country, 'IR');
  assert.equal(newsOrganisation('Reuters')?.name, 'Reuters');
  assert.equal(newsOrganisation('Baghdad University'), undefined);
});

test('titles and organisation cues', () => {
  assert.ok(isTitle('Lt.'));
  assert.equal(titleRole('Gen.'), 'military');
  assert.equal(titleRole('Sheikh'), 'religious');
  assert.equal(titleRole('Muqtada'), undefined);
  assert.ok(isOrganisationCue('Brigades'));
  assert.ok(!isOrganisationCue('brigades'), 'cues are capitalised name parts');
});

test('Arabic particles and transliteration variants share one key', () => {
  assert.ok(hasArabicArticle('al-Sadr'));
  assert.ok(hasArabicArticle('el-Sisi'));
  assert.ok(!hasArabicArticle('also'));
  assert.equal(stripArabicArticle('al-Muhandis'), 'Muhandis');
  assert.equal(arabicNameKey('Kata’ib Hezbollah'), arabicNameKey('Kataib Hizbollah'));
  assert.equal(arabicNameKey('al-Muhandis'), arabicNameKey('Al Muhandes'));
  assert.equal(arabicNameKey("Asa'ib Ahl al-Haq"), arabicNameKey('Asaib Ahl al Haq'));
  assert.notEqual(arabicNameKey('Kata’ib Hezbollah'), arabicNameKey('Harakat Hezbollah al-Nujaba'));
});

test('ACLED actor strings follow ACLED conventions', () => {
  assert.equal(acledActorName('protesters', 'IQ'), 'Protesters (Iraq)');
  assert.equal(acledActorName('rioters', 'IN'), 'Rioters (India)');
  assert.equal(acledActorName('civilians', 'YE'), 'Civilians (Yemen)');
  assert.equal(acledActorName('unidentified-armed-group', 'SY'), 'Unidentified Armed Group (Syria)');
  assert.equal(acledActorName('military', 'NG', { period: '2015-' }), 'Military Forces of Nigeria (2015-)');
  assert.equal(acledActorName('military', 'US'), 'Military Forces of the United States');
  assert.equal(acledActorName('police', 'IN', { period: '2014-' }), 'Police Forces of India (2014-)');
  assert.equal(acledActorName('protesters', 'IN', { group: 'Labour Group' }), 'Labour Group (India)');
  assert.equal(acledActorName('civilians', 'CD'), 'Civilians (Democratic Republic of Congo)');
  assert.equal(acledActorName('protesters', undefined), undefined, 'no country, no ACLED string');
  assert.equal(acledActorName('person', 'IQ'), undefined, 'persons are named individually');
});
