/**
 * Actors for event arguments. The `actor` layer (named and nominal mentions with canonical
 * name, kind, country and ACLED string) is the source; where a pipeline runs without it, a small
 * lexicon of nominal actors ("protesters", "security forces", "gunmen") with an adjacent demonym
 * ("Iraqi protesters") stands in, so events still get a participant. ACLED strings follow the
 * conventions of ACLED's actor list (`Protesters (Iraq)`, `Police Forces of Iraq`).
 */
import { createRequire } from 'node:module';
import type { Doc } from '../../core/doc.js';
import type { ActorKind, ActorMentionAttrs } from '../../core/layers.js';
import type { Span } from '../../core/span.js';

/** An actor mention as the event stage uses it. */
export interface ActorMention extends Span, ActorMentionAttrs {}

interface CountryRecord {
  name: { common: string };
  cca2: string;
  demonyms?: { eng?: { m?: string; f?: string } };
}

// ACLED spells a few countries differently from the common English names.
const ACLED_COUNTRY_NAME: Record<string, string> = {
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  PS: 'Palestine',
  MM: 'Myanmar',
  KR: 'South Korea',
  KP: 'North Korea',
  CZ: 'Czech Republic',
  MK: 'North Macedonia',
  SZ: 'eSwatini',
  VA: 'Vatican City',
  CV: 'Cape Verde',
  TL: 'East Timor',
};

let countries: { names: Map<string, string>; demonyms: Map<string, string> } | undefined;

function countryTables(): { names: Map<string, string>; demonyms: Map<string, string> } {
  if (countries) return countries;
  const list = createRequire(import.meta.url)('world-countries') as CountryRecord[];
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const c of list) {
    names.set(c.cca2, ACLED_COUNTRY_NAME[c.cca2] ?? c.name.common);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms.set(d.toLowerCase(), c.cca2);
  }
  countries = { names, demonyms };
  return countries;
}

/** The English country name ACLED uses for an ISO 3166 alpha-2 code. */
export function countryName(iso2: string): string | undefined {
  return countryTables().names.get(iso2.toUpperCase());
}

/** ISO alpha-2 of a demonym ("Iraqi" → IQ). */
export function countryOfDemonym(word: string): string | undefined {
  return countryTables().demonyms.get(word.toLowerCase());
}

/** ACLED's generic actor name for a kind of actor in a country, where ACLED has a convention. */
export function acledActorName(kind: ActorKind, country?: string): string | undefined {
  const c = country ? countryName(country) : undefined;
  switch (kind) {
    case 'protesters':
      return c ? `Protesters (${c})` : undefined;
    case 'rioters':
      return c ? `Rioters (${c})` : undefined;
    case 'civilians':
      return c ? `Civilians (${c})` : undefined;
    case 'police':
      return c ? `Police Forces of ${c}` : undefined;
    case 'military':
      return c ? `Military Forces of ${c}` : undefined;
    case 'unidentified-armed-group':
      return c ? `Unidentified Armed Group (${c})` : undefined;
    default:
      return undefined;
  }
}

const NOMINALS: [RegExp, ActorKind, string][] = [
  [/\b(?:protesters|demonstrators|protestors|marchers|strikers|crowds?)\b/gi, 'protesters', 'Protesters'],
  [/\b(?:rioters|mobs?)\b/gi, 'rioters', 'Rioters'],
  [/\b(?:police(?:men| officers| forces)?|riot police|security forces)\b/gi, 'police', 'Police Forces'],
  [/\b(?:soldiers|troops|army|military(?: forces)?|armed forces)\b/gi, 'military', 'Military Forces'],
  [
    /\b(?:gunmen|armed men|unidentified (?:armed )?(?:men|assailants|attackers|gunmen)|assailants)\b/gi,
    'unidentified-armed-group',
    'Unidentified Armed Group',
  ],
  [/\b(?:civilians|villagers|residents)\b/gi, 'civilians', 'Civilians'],
  [/\b(?:militants|insurgents|rebels|fighters)\b/gi, 'rebels', 'Rebels'],
];

/**
 * Actor mentions inside `span`: from the actor layer when the pipeline produced one, else from
 * the nominal lexicon above.
 */
export function actorMentionsIn(doc: Doc, span: Span): ActorMention[] {
  if (doc.has('actor')) {
    return doc.within('actor', span).map((a) => ({ start: a.start, end: a.end, ...a.attrs }));
  }
  const text = doc.text.slice(span.start, span.end);
  const out: ActorMention[] = [];
  for (const [re, kind, base] of NOMINALS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      let start = span.start + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // An adjacent demonym gives the country: "Iraqi protesters", "Ukrainian forces".
      const before = /([A-Z][a-z]+)\s+$/.exec(doc.text.slice(Math.max(0, start - 30), start));
      const country = before ? countryOfDemonym(before[1]!) : undefined;
      if (before && country) start -= before[0].length;
      const acled = acledActorName(kind, country);
      out.push({ start, end, name: acled ?? base, kind, ...(country && { country }), ...(acled && { acled }) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
