import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GazetteerEntry } from '../src/gazetteer/gazetteer.js';
import { resolveCandidate, type DocumentContext } from '../src/stages/places/resolve-toponyms.js';
import type { ToponymCandidate } from '../src/stages/places/toponym-candidates.js';

const entry = (
  e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'featureCode' | 'country'>,
): GazetteerEntry => ({
  name: 'Cuba',
  lat: 0,
  lon: 0,
  featureClass: e.featureCode.startsWith('PCL') ? 'A' : 'P',
  population: 0,
  nameKind: 0,
  ...e,
});

const country = entry({ id: 1, featureCode: 'PCLI', country: 'CU', lat: 22, lon: -79, population: 11_000_000 });
const town = entry({ id: 2, featureCode: 'PPL', country: 'US', lat: 42.2, lon: -78.3, population: 1500 });

function candidate(parent?: ToponymCandidate): ToponymCandidate {
  return {
    start: 0,
    end: 4,
    name: 'Cuba',
    entries: [country, town],
    rule: 'gazetteer',
    sentence: 0,
    sentenceInitial: false,
    ...(parent && { parent }),
  };
}

// An article about the United States whose other names all lie near the town of Cuba, New York.
const usNews: DocumentContext = {
  focusCountry: 'US',
  countries: new Map([['US', 6]]),
  regions: new Set(),
  anchors: ['a', 'b', 'c'].map((key, i) => ({ lat: 42.1 + i / 10, lon: -78.4, key, country: 'US' })),
};

test("a country's name means the country, even where the article's other places cluster round a namesake", () => {
  assert.equal(resolveCandidate(candidate(), usNews)?.entry.id, country.id);
});

test('a stated parent still picks the namesake ("Cuba, N.Y.")', () => {
  const newYork: ToponymCandidate = {
    start: 6,
    end: 10,
    name: 'N.Y.',
    entries: [
      entry({
        id: 3,
        name: 'New York',
        featureCode: 'ADM1',
        featureClass: 'A',
        country: 'US',
        lat: 43,
        lon: -75,
        population: 19_000_000,
      }),
    ],
    rule: 'state-abbreviation',
    sentence: 0,
    sentenceInitial: false,
  };
  assert.equal(resolveCandidate(candidate(newYork), usNews)?.entry.id, town.id);
});
