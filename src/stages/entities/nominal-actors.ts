/**
 * Nominal actors: the unnamed groups that act in news events ("protesters", "security forces",
 * "gunmen", "residents"). NER gold does not count them, so they live in the actor layer only.
 * Each head phrase maps to an actor kind and, where ACLED names such groups by identity, its
 * group name ("Students", "Labour Group").
 */
import type { ActorKind } from '../../core/layers.js';

/** What a nominal actor phrase means. */
export interface NominalActor {
  kind: ActorKind;
  /** Canonical English name ("Protesters", "Police", "Unidentified gunmen"). */
  name: string;
  /** ACLED identity-group name, where ACLED names the group rather than its kind. */
  group?: string;
}

/** Guards a company hires: ACLED's actor of the event's country ("Private Security Forces (Liberia)"). */
export const PRIVATE_SECURITY = 'Private Security Forces';

// Multi-word heads first: the longest phrase that matches wins.
const NOMINALS: [string, NominalActor][] = [
  ['unidentified armed men', { kind: 'unidentified-armed-group', name: 'Unidentified armed men' }],
  ['unidentified gunmen', { kind: 'unidentified-armed-group', name: 'Unidentified gunmen' }],
  ['unknown gunmen', { kind: 'unidentified-armed-group', name: 'Unidentified gunmen' }],
  ['armed men', { kind: 'unidentified-armed-group', name: 'Armed men' }],
  ['masked men', { kind: 'unidentified-armed-group', name: 'Masked men' }],
  ['unidentified assailants', { kind: 'unidentified-armed-group', name: 'Unidentified assailants' }],
  ['unknown assailants', { kind: 'unidentified-armed-group', name: 'Unidentified assailants' }],
  ['unidentified attackers', { kind: 'unidentified-armed-group', name: 'Unidentified attackers' }],
  ['gunmen', { kind: 'unidentified-armed-group', name: 'Gunmen' }],
  ['assailants', { kind: 'unidentified-armed-group', name: 'Assailants' }],
  ['security forces', { kind: 'police', name: 'Security forces' }],
  ['riot police', { kind: 'police', name: 'Riot police' }],
  ['police officers', { kind: 'police', name: 'Police' }],
  ['policemen', { kind: 'police', name: 'Police' }],
  ['police', { kind: 'police', name: 'Police' }],
  ['gendarmes', { kind: 'police', name: 'Gendarmerie' }],
  ['the army', { kind: 'military', name: 'Army' }],
  ['armed forces', { kind: 'military', name: 'Armed forces' }],
  ['soldiers', { kind: 'military', name: 'Soldiers' }],
  ['troops', { kind: 'military', name: 'Troops' }],
  ['the military', { kind: 'military', name: 'Military' }],
  ['forces', { kind: 'military', name: 'Forces' }],
  // What was fired on: "at the governmental positions near Pavlopil" is the state's army.
  ['governmental positions', { kind: 'military', name: 'Government positions' }],
  ['government positions', { kind: 'military', name: 'Government positions' }],
  ['regime positions', { kind: 'military', name: 'Regime positions' }],
  ['army positions', { kind: 'military', name: 'Army positions' }],
  ['regime forces', { kind: 'military', name: 'Regime forces' }],
  ['regime soldiers', { kind: 'military', name: 'Regime soldiers' }],
  ['protesters', { kind: 'protesters', name: 'Protesters' }],
  ['protestors', { kind: 'protesters', name: 'Protesters' }],
  ['demonstrators', { kind: 'protesters', name: 'Protesters' }],
  ['marchers', { kind: 'protesters', name: 'Protesters' }],
  ['rioters', { kind: 'rioters', name: 'Rioters' }],
  ['mob', { kind: 'rioters', name: 'Rioters' }],
  ['militants', { kind: 'rebels', name: 'Militants' }],
  ['insurgents', { kind: 'rebels', name: 'Insurgents' }],
  ['rebels', { kind: 'rebels', name: 'Rebels' }],
  ['jihadists', { kind: 'rebels', name: 'Jihadists' }],
  ['fighters', { kind: 'rebels', name: 'Fighters' }],
  ['militiamen', { kind: 'political-militia', name: 'Militiamen' }],
  ['militias', { kind: 'political-militia', name: 'Militias' }],
  ['resistance groups', { kind: 'political-militia', name: 'Resistance groups' }],
  // Armed men ACLED names by what they are and whose they are ("Settlers (Israel)").
  ['settlers', { kind: 'political-militia', name: 'Settlers', group: 'Settlers' }],
  ['private security guards', { kind: 'political-militia', name: PRIVATE_SECURITY, group: PRIVATE_SECURITY }],
  ['private security forces', { kind: 'political-militia', name: PRIVATE_SECURITY, group: PRIVATE_SECURITY }],
  ['residents', { kind: 'civilians', name: 'Residents' }],
  ['villagers', { kind: 'civilians', name: 'Villagers' }],
  ['civilians', { kind: 'civilians', name: 'Civilians' }],
  ['students', { kind: 'protesters', name: 'Students', group: 'Students' }],
  ['farmers', { kind: 'protesters', name: 'Farmers', group: 'Farmers' }],
  ['workers', { kind: 'protesters', name: 'Workers', group: 'Labour Group' }],
  ['teachers', { kind: 'protesters', name: 'Teachers', group: 'Teachers' }],
  ['doctors', { kind: 'protesters', name: 'Health workers', group: 'Health Workers' }],
  ['nurses', { kind: 'protesters', name: 'Health workers', group: 'Health Workers' }],
  ['health workers', { kind: 'protesters', name: 'Health workers', group: 'Health Workers' }],
  ['journalists', { kind: 'media', name: 'Journalists', group: 'Journalists' }],
  ['lawyers', { kind: 'protesters', name: 'Lawyers', group: 'Lawyers' }],
  ['women', { kind: 'civilians', name: 'Women', group: 'Women' }],
  ['refugees', { kind: 'civilians', name: 'Refugees', group: 'Refugees' }],
  ['government', { kind: 'government', name: 'Government' }],
  ['parliament', { kind: 'government', name: 'Parliament' }],
  ['lawmakers', { kind: 'government', name: 'Lawmakers' }],
  ['authorities', { kind: 'government', name: 'Authorities' }],
  ['officials', { kind: 'government', name: 'Officials' }],
];

const TABLE = new Map(NOMINALS);
const MAX_WORDS = Math.max(...NOMINALS.map(([k]) => k.split(' ').length));
const FIRST_WORDS = new Set(NOMINALS.map(([k]) => k.split(' ')[0] as string));

/**
 * The nominal actor whose phrase starts at word `i` of `lowerWords` (lower-cased words), with
 * how many words it spans; undefined if none starts there.
 */
export function nominalActorAt(
  lowerWords: readonly string[],
  i: number,
): { actor: NominalActor; length: number } | undefined {
  if (!FIRST_WORDS.has(lowerWords[i] as string)) return undefined;
  for (let len = Math.min(MAX_WORDS, lowerWords.length - i); len >= 1; len--) {
    const phrase = lowerWords.slice(i, i + len).join(' ');
    const actor = TABLE.get(phrase);
    if (actor) return { actor, length: len };
  }
  return undefined;
}
