/**
 * Country names, ISO alpha-3 codes and ACLED regions for ISO alpha-2 codes, from the
 * world-countries package, with ACLED's own spellings and regional groupings where they differ.
 */
import { createRequire } from 'node:module';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string };
  subregion: string;
}

/** What exports need to know about a country. */
export interface CountryInfo {
  name: string;
  iso3: string;
  /** ACLED's region ("Middle East", "Western Africa", …). */
  region: string;
}

// ACLED's spelling of names that world-countries spells otherwise.
const ACLED_NAME: Record<string, string> = {
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  CZ: 'Czech Republic',
  TR: 'Turkey',
  TL: 'East Timor',
  MK: 'North Macedonia',
  VA: 'Vatican City',
};

const REGION_BY_SUBREGION: Record<string, string> = {
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Western Asia': 'Middle East',
  'Central Asia': 'Caucasus and Central Asia',
  'Northern Europe': 'Europe',
  'Southern Europe': 'Europe',
  'Southeast Europe': 'Europe',
  'Central Europe': 'Europe',
  'Western Europe': 'Europe',
  'Eastern Europe': 'Europe',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};

// Countries ACLED groups differently from the UN subregions.
const ACLED_REGION: Record<string, string> = {
  AF: 'Caucasus and Central Asia',
  AM: 'Caucasus and Central Asia',
  AZ: 'Caucasus and Central Asia',
  GE: 'Caucasus and Central Asia',
  IR: 'Middle East',
  MX: 'Central America',
};

let table: Map<string, CountryInfo> | undefined;

/** Country information for an ISO alpha-2 code, or undefined when unknown. */
export function countryInfo(alpha2: string | undefined): CountryInfo | undefined {
  if (!alpha2) return undefined;
  if (!table) {
    const list = createRequire(import.meta.url)('world-countries') as WorldCountry[];
    table = new Map(
      list.map((c) => [
        c.cca2,
        {
          name: ACLED_NAME[c.cca2] ?? c.name.common,
          iso3: c.cca3,
          region: ACLED_REGION[c.cca2] ?? REGION_BY_SUBREGION[c.subregion] ?? c.subregion,
        },
      ]),
    );
  }
  return table.get(alpha2.toUpperCase());
}
