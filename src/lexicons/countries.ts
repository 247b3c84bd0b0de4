/**
 * Countries and demonyms with their ISO 3166 alpha-2 codes, from the world-countries package
 * plus the short forms news copy uses ("U.S.", "Britain", "the Emirates"). The entities stage
 * types names with it (GPE, NORP); places and events read the country of a demonym or name.
 */
import worldCountriesModule, { type Country } from 'world-countries';

// The package ships CommonJS whose typings declare an ES default export; under NodeNext the
// default import is the array itself at run time.
const worldCountries = worldCountriesModule as unknown as Country[];

/** One country as the lexicon knows it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  alpha2: string;
  /** The common English name ("Iraq", "United States"). */
  name: string;
}

// Short forms and older names that newswire uses but world-countries does not list.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States', 'the United States', 'USA', 'US'],
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  RU: ['Russia', 'Soviet Union', 'USSR'],
  // "Korea" alone, in news of trade and markets, is the South.
  KR: ['South Korea', 'Korea'],
  KP: ['North Korea'],
  CD: ['Congo-Kinshasa', 'DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CZ: ['Czech Republic', 'Czechoslovakia'],
  MM: ['Burma', 'Myanmar'],
  IR: ['Iran', 'Persia'],
  SY: ['Syria'],
  PS: ['Palestine', 'Palestinian Territories', 'Gaza', 'West Bank'],
  TW: ['Taiwan'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  MK: ['Macedonia', 'North Macedonia'],
  VA: ['Vatican', 'Holy See'],
  NL: ['Holland', 'the Netherlands'],
  TR: ['Turkey', 'Turkiye'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
};

// Demonyms newswire uses besides the package's ("Shi'ite" is not a demonym; these are).
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans', 'U.S.'],
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Scot', 'Scots', 'Welsh'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Filipinos', 'Philippine'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  AF: ['Afghan', 'Afghans', 'Afghani'],
  KR: ['South Korean', 'South Koreans'],
  KP: ['North Korean', 'North Koreans'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  CH: ['Swiss'],
  FR: ['French'],
  IE: ['Irish'],
  ES: ['Spanish', 'Spaniard', 'Spaniards'],
  PT: ['Portuguese'],
  DK: ['Danish', 'Dane', 'Danes'],
  SE: ['Swedish', 'Swede', 'Swedes'],
  FI: ['Finnish', 'Finn', 'Finns'],
  PL: ['Polish', 'Pole', 'Poles'],
  TR: ['Turkish', 'Turk', 'Turks'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian'],
  AE: ['Emirati', 'Emiratis'],
  RU: ['Russian', 'Russians', 'Soviet'],
  IQ: ['Iraqi', 'Iraqis'],
  IR: ['Iranian', 'Iranians', 'Persian'],
  SY: ['Syrian', 'Syrians'],
  LB: ['Lebanese'],
  YE: ['Yemeni', 'Yemenis'],
  PK: ['Pakistani', 'Pakistanis'],
  IN: ['Indian', 'Indians'],
  BD: ['Bangladeshi', 'Bangladeshis'],
  NZ: ['New Zealander', 'New Zealanders', 'Kiwi'],
  TH: ['Thai'],
  VN: ['Vietnamese'],
  CD: ['Congolese'],
  SD: ['Sudanese'],
  SS: ['South Sudanese'],
  SO: ['Somali', 'Somalis'],
  NG: ['Nigerian', 'Nigerians'],
  ZA: ['South African', 'South Africans'],
  GR: ['Greek', 'Greeks'],
  CZ: ['Czech', 'Czechs'],
  SK: ['Slovak', 'Slovaks'],
  BE: ['Belgian', 'Belgians'],
  DE: ['German', 'Germans'],
  IT: ['Italian', 'Italians'],
  UA: ['Ukrainian', 'Ukrainians'],
  EG: ['Egyptian', 'Egyptians'],
  MX: ['Mexican', 'Mexicans'],
  BR: ['Brazilian', 'Brazilians'],
  AR: ['Argentine', 'Argentinian', 'Argentines', 'Argentinians'],
  KW: ['Kuwaiti', 'Kuwaitis'],
  QA: ['Qatari', 'Qataris'],
  BH: ['Bahraini', 'Bahrainis'],
  OM: ['Omani', 'Omanis'],
  JO: ['Jordanian', 'Jordanians'],
  LY: ['Libyan', 'Libyans'],
  TN: ['Tunisian', 'Tunisians'],
  DZ: ['Algerian', 'Algerians'],
  MA: ['Moroccan', 'Moroccans'],
};

interface Tables {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCode: Map<string, CountryEntry>;
  byCapital: Map<string, CountryEntry>;
  /** Names and demonyms split into words, longest first, for multi-word lookups. */
  maxWords: number;
}

let tables: Tables | undefined;

function key(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '');
}

function build(): Tables {
  const byName = new Map<string, CountryEntry>();
  const byDemonym = new Map<string, CountryEntry>();
  const byCode = new Map<string, CountryEntry>();
  const byCapital = new Map<string, CountryEntry>();
  for (const c of worldCountries) {
    const entry: CountryEntry = { alpha2: c.cca2, name: c.name.common };
    byCode.set(c.cca2, entry);
  }
  for (const c of worldCountries) for (const cap of c.capital ?? []) byCapital.set(key(cap), byCode.get(c.cca2)!);
  // Capitals that newswire names differently from the package, or that stand for a government.
  byCapital.set('washington', byCode.get('US')!);
  byCapital.set('tel aviv', byCode.get('IL')!);
  for (const c of worldCountries) {
    const entry = byCode.get(c.cca2) as CountryEntry;
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 || /\./.test(s))];
    for (const n of names) if (!byName.has(key(n))) byName.set(key(n), entry);
    const d = c.demonyms?.['eng'];
    if (d) {
      for (const dn of [d.m, d.f]) {
        if (!dn) continue;
        if (!byDemonym.has(key(dn))) byDemonym.set(key(dn), entry);
        // Plural of a demonym ending in a consonant sound: "Iraqis", "Germans".
        if (/[^sh]$/i.test(dn) && !byDemonym.has(key(dn + 's'))) byDemonym.set(key(dn + 's'), entry);
      }
    }
  }
  for (const [code, names] of Object.entries(EXTRA_NAMES)) {
    const entry = byCode.get(code);
    if (entry) for (const n of names) byName.set(key(n), entry);
  }
  for (const [code, names] of Object.entries(EXTRA_DEMONYMS)) {
    const entry = byCode.get(code);
    if (entry) for (const n of names) byDemonym.set(key(n), entry);
  }
  // The package's demonym for several small territories is a common English word.
  for (const w of ['guinean', 'american', 'dominican']) byDemonym.delete(w);
  byDemonym.set('american', byCode.get('US') as CountryEntry);
  byDemonym.set('dominican', byCode.get('DO') as CountryEntry);
  // The UK's entry uses a short name that reads badly in ACLED strings.
  byCode.set('GB', { alpha2: 'GB', name: 'United Kingdom' });
  byCode.set('US', { alpha2: 'US', name: 'United States' });
  for (const [k, v] of byName) if (v.alpha2 === 'GB' || v.alpha2 === 'US') byName.set(k, byCode.get(v.alpha2)!);
  for (const [k, v] of byDemonym) if (v.alpha2 === 'GB' || v.alpha2 === 'US') byDemonym.set(k, byCode.get(v.alpha2)!);
  let maxWords = 1;
  for (const k of [...byName.keys(), ...byDemonym.keys()]) maxWords = Math.max(maxWords, k.split(/\s+/).length);
  for (const [k, v] of byCapital) if (v.alpha2 === 'GB' || v.alpha2 === 'US') byCapital.set(k, byCode.get(v.alpha2)!);
  return { byName, byDemonym, byCode, byCapital, maxWords };
}

function t(): Tables {
  tables ??= build();
  return tables;
}

/** The country a name denotes ("Iraq", "the United States", "U.S."), case-insensitive. */
export function countryByName(name: string): CountryEntry | undefined {
  return t().byName.get(key(name.trim()));
}

/** The country of a demonym ("Iraqi", "Iraqis", "Lebanese", "American"), case-insensitive. */
export function countryByDemonym(word: string): CountryEntry | undefined {
  return t().byDemonym.get(key(word.trim()));
}

/** The country with this ISO alpha-2 code. */
export function countryByCode(alpha2: string): CountryEntry | undefined {
  return t().byCode.get(alpha2.toUpperCase());
}

/** The most words any country name or demonym has, for sliding-window lookups. */
export function countryNameMaxWords(): number {
  return t().maxWords;
}

/** The country whose capital has this name ("Baghdad" → Iraq, "Washington" → United States). */
export function countryByCapital(name: string): CountryEntry | undefined {
  return t().byCapital.get(key(name.trim()));
}

/** Lower-cased first words of every country name ("united", "iraq", "u.s."), for quick rejection. */
export function countryNameFirstWords(): Set<string> {
  const out = new Set<string>();
  for (const k of t().byName.keys()) out.add(k.split(/\s+/)[0] as string);
  out.add('the');
  return out;
}
