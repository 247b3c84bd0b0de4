/**
 * ACLED-style actor strings ("Protesters (Iraq)", "Military Forces of Nigeria (2015-)",
 * "Unidentified Armed Group (Syria)"). The entities stage calls it when an actor's country is
 * known from the text ("Iraqi protesters"); the event stage calls it when the country is only
 * known from the event's location.
 */
import type { ActorKind } from '../../core/layers.js';
import { countryByCode } from '../../lexicons/countries.js';

/** Options of {@link acledActorName}. */
export interface AcledNameOptions {
  /** ACLED's period of a state force, e.g. "2015-" (they date a regime); left out when unknown. */
  period?: string;
  /**
   * For identity groups ACLED names by what they are rather than by kind: "Students",
   * "Labour Group", "Journalists", "Farmers", "Women", "Health Workers".
   */
  group?: string;
}

// ACLED writes these countries with their article ("Military Forces of the United States") and
// some under their own names.
const ACLED_COUNTRY: Record<string, { name: string; article?: boolean }> = {
  US: { name: 'United States', article: true },
  GB: { name: 'United Kingdom', article: true },
  PH: { name: 'Philippines', article: true },
  NL: { name: 'Netherlands', article: true },
  AE: { name: 'United Arab Emirates', article: true },
  CF: { name: 'Central African Republic', article: true },
  CD: { name: 'Democratic Republic of Congo', article: true },
  CG: { name: 'Republic of Congo', article: true },
  CI: { name: 'Ivory Coast' },
  // world-countries now says Türkiye; ACLED's actor list and country column still say Turkey.
  TR: { name: 'Turkey' },
  PS: { name: 'Palestine' },
  RU: { name: 'Russia' },
  SY: { name: 'Syria' },
  IR: { name: 'Iran' },
  KR: { name: 'South Korea' },
  KP: { name: 'North Korea' },
  LA: { name: 'Laos' },
  VN: { name: 'Vietnam' },
  MM: { name: 'Myanmar' },
  BO: { name: 'Bolivia' },
  VE: { name: 'Venezuela' },
  TZ: { name: 'Tanzania' },
  CZ: { name: 'Czech Republic' },
  MK: { name: 'North Macedonia' },
  SZ: { name: 'eSwatini' },
  GM: { name: 'Gambia' },
};

/** The country name ACLED uses for an ISO alpha-2 code, and whether it takes "the" after "of". */
export function acledCountryName(alpha2: string): { name: string; article: boolean } | undefined {
  const special = ACLED_COUNTRY[alpha2.toUpperCase()];
  if (special) return { name: special.name, article: special.article ?? false };
  const c = countryByCode(alpha2);
  return c ? { name: c.name, article: false } : undefined;
}

/**
 * The ACLED actor string for a kind of actor in a country, where ACLED has a convention; for
 * kinds that ACLED names individually (a named militia, a party, a person) it returns undefined,
 * and the actor's own name is what to use.
 */
export function acledActorName(
  kind: ActorKind,
  country: string | undefined,
  options: AcledNameOptions = {},
): string | undefined {
  const c = country ? acledCountryName(country) : undefined;
  if (!c) return undefined;
  const period = options.period ? ` (${options.period})` : '';
  const of = `${c.article ? 'the ' : ''}${c.name}`;
  if (options.group) return `${options.group} (${c.name})`;
  switch (kind) {
    case 'protesters':
      return `Protesters (${c.name})`;
    case 'rioters':
      return `Rioters (${c.name})`;
    case 'civilians':
      return `Civilians (${c.name})`;
    case 'unidentified-armed-group':
      return `Unidentified Armed Group (${c.name})`;
    case 'military':
      return `Military Forces of ${of}${period}`;
    case 'police':
      return `Police Forces of ${of}${period}`;
    case 'government':
      return `Government of ${of}${period}`;
    default:
      return undefined;
  }
}

/** Marks the event's country in an ACLED actor template ("Protesters ({C})"). */
export const COUNTRY_SLOT = '{C}';

const PERIOD_RE = /\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)/g;

/** An ACLED actor name without its regime periods ("Military Forces of Yemen (2016-) X" → "… Yemen X"). */
export function withoutPeriod(name: string): string {
  return name.replace(PERIOD_RE, '').replace(/\s+/g, ' ').trim();
}

/**
 * An ACLED actor name as a template over the event's country: "Military Forces of Ukraine
 * (2019-)" in Ukraine → "Military Forces of {C}". Periods are dropped (they come back from a
 * table of full names when the template is filled); "of the Philippines" loses its article (the
 * country's own entry says whether it takes one). Names of another country stay literal.
 */
export function acledTemplate(name: string, countryName: string | undefined): string {
  let t = withoutPeriod(name);
  if (countryName) {
    const esc = countryName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`(?:\\bthe )?\\b${esc}(?![\\p{L}])`, 'gu'), COUNTRY_SLOT);
  }
  return t;
}

/**
 * Fills an actor template with a country (ISO alpha-2), ACLED's way ("of the Philippines",
 * "Protesters (Turkey)"), and puts the regime period back from `fullNames` (period-less name →
 * full name as ACLED writes it). A template with a slot and no country gives undefined.
 */
export function fillAcledTemplate(
  template: string,
  country: string | undefined,
  fullNames: Readonly<Record<string, string>> = {},
): string | undefined {
  let name = template;
  if (template.includes(COUNTRY_SLOT)) {
    const c = country ? acledCountryName(country) : undefined;
    if (!c) return undefined;
    name = template
      .replaceAll(`of ${COUNTRY_SLOT}`, `of ${c.article ? 'the ' : ''}${c.name}`)
      .replaceAll(COUNTRY_SLOT, c.name);
  }
  return fullNames[name] ?? name;
}

/** The kinds of identity group ACLED names militias by ("Fulani Ethnic Militia (Mali)"). */
export type IdentitySuffix = 'Ethnic' | 'Communal' | 'Tribal' | 'Clan' | 'Caste';

/**
 * An identity group's militia as the entities stage names it, before the event's country is
 * known: "Al Hayash Tribal Militia", or "Dozo Militia" where the text does not say what kind of
 * group (the event stage adds the kind its country's militias usually are, and the country).
 */
export function identityMilitiaName(group: string, suffix: IdentitySuffix | undefined): string {
  return `${group.replace(/[’'‘]/g, '')} ${suffix ? `${suffix} ` : ''}Militia`;
}

const IDENTITY_NAME = /^(.*?) (?:(Ethnic|Communal|Tribal|Clan|Caste) )?Militia$/;

/**
 * ACLED's name of an identity militia the entities stage named ("Al Hayash Tribal Militia") in
 * `country` (ISO alpha-2): "Al Hayash Tribal Militia (Yemen)", with `fallback` as its kind where
 * the text gave none; an empty `fallback` names a political militia ("Mayi Mayi Militia").
 */
export function acledIdentityMilitia(
  name: string,
  country: string | undefined,
  fallback: IdentitySuffix | '' | undefined,
): string | undefined {
  const m = IDENTITY_NAME.exec(name);
  if (m && !m[2] && fallback === '') return `${m[1]} Militia`;
  const c = country ? acledCountryName(country) : undefined;
  const suffix = (m?.[2] as IdentitySuffix | undefined) ?? (fallback || undefined);
  if (!m || !c || !suffix) return undefined;
  return `${m[1]} ${suffix} Militia (${c.name})`;
}
