/**
 * ACLED's sub-event types, their event types, and how each maps onto PLOVER (class and mode),
 * after the typology summary's mapping: Protests → PROTEST, Riots → PROTEST riot, Battles and
 * Explosions/Remote violence and Violence against civilians → ASSAULT, Arrests → COERCE arrest,
 * deployments → MOBILIZE, Agreement → AGREE.
 */
import type { ActorKind, PloverType } from '../../core/layers.js';
import { acledActorName } from '../entities/acled-actor-name.js';

/** ACLED sub-event type → event type. */
export const ACLED_EVENT_TYPE: Record<string, string> = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  Grenade: 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians',
  Attack: 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
};

/** The PLOVER class an ACLED sub-event type falls under. */
export function ploverOfSubEvent(sub: string): PloverType | undefined {
  const type = ACLED_EVENT_TYPE[sub];
  if (!type) return undefined;
  if (type === 'Protests' || type === 'Riots') return 'PROTEST';
  if (type !== 'Strategic developments') return 'ASSAULT';
  if (sub === 'Arrests' || sub === 'Disrupted weapons use' || sub === 'Looting/property destruction') return 'COERCE';
  if (sub === 'Agreement') return 'AGREE';
  if (sub === 'Change to group/activity' || sub === 'Headquarters or base established') return 'MOBILIZE';
  return undefined;
}

/** PLOVER mode for an ACLED sub-event type, refined by words of the mention where they say more. */
export function ploverModeOf(sub: string, text: string): string | undefined {
  const t = text.toLowerCase();
  switch (sub) {
    case 'Air/drone strike':
      return /\bdrones?\b|\buav\b/.test(t) ? 'drone' : 'aerial';
    case 'Shelling/artillery/missile attack':
      return 'heavy-weapons';
    case 'Remote explosive/landmine/IED':
    case 'Grenade':
      return 'explosives';
    case 'Suicide bomb':
      return 'suicide-attack';
    case 'Chemical weapon':
      return 'unconventional';
    case 'Abduction/forced disappearance':
      return 'abduct';
    case 'Sexual violence':
      return 'sexual';
    case 'Armed clash':
    case 'Government regains territory':
    case 'Non-state actor overtakes territory':
      return 'firearms';
    case 'Attack':
      if (/assassinat|execut/.test(t)) return 'targeted';
      if (/\bshot\b|shoot|gun|fire[ds]? (?:at|on)|opened fire|bullet/.test(t)) return 'firearms';
      if (/stab|knife|machete|hack|stone|burn/.test(t)) return 'primitive';
      if (/beat|assault|tortur/.test(t)) return 'beat';
      return undefined;
    case 'Violent demonstration':
    case 'Mob violence':
      return 'riot';
    case 'Peaceful protest':
    case 'Protest with intervention':
    case 'Excessive force against protesters':
      if (/hunger strike/.test(t)) return 'hunger';
      if (/\bstrike\b|walk ?out/.test(t)) return 'strike';
      if (/boycott/.test(t)) return 'boycott';
      if (/block(?:ed|ing|ade)|sit-in/.test(t)) return 'obstruct';
      return 'demo';
    case 'Arrests':
      return 'arrest';
    case 'Disrupted weapons use':
    case 'Looting/property destruction':
      return 'seize';
    case 'Change to group/activity':
      return /police|checkpoint|security/.test(t)
        ? 'police'
        : /troops|army|military|soldiers/.test(t)
          ? 'troops'
          : undefined;
    default:
      return undefined;
  }
}

/** What {@link acledActor2} reads of an event: the record's event or a store's canonical event. */
export interface Actor2Source {
  acled?: { subEventType: string };
  targets: readonly Actor2Party[];
  location?: { country: string };
}

/** A side of an event as {@link acledActor2} reads and returns it. */
export interface Actor2Party {
  name: string;
  kind: ActorKind;
  country?: string;
  acled?: string;
}

// ACLED's sub-event types whose second actor is, by their definition, civilians.
const ON_CIVILIANS = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Arrests']);
/** The kinds of a state's own forces. */
export const STATE_FORCES: ReadonlySet<ActorKind> = new Set(['military', 'police']);
/** The kinds of actor that bear arms: a side of a battle, an owner of what was looted. */
export const ARMED_KINDS: ReadonlySet<ActorKind> = new Set([
  'military',
  'police',
  'rebels',
  'political-militia',
  'identity-militia',
  'unidentified-armed-group',
]);

/**
 * ACLED's second actor of an event, as its codebook fills `actor2`: the civilians attacked,
 * abducted or arrested (their country's "Civilians (C)" even where the words name no victim: the
 * event type says who they were); for a protest, only the force that intervened (a peaceful
 * protest has none: whom it addresses is in the notes, not an actor); for a riot, the force that
 * met it, else the crowd it fought or the civilians it attacked; otherwise the first target. Its
 * `acled` is the name ACLED writes. Undefined where there is none.
 */
export function acledActor2(e: Actor2Source): Actor2Party | undefined {
  const sub = e.acled?.subEventType;
  const force = () => e.targets.find((t) => STATE_FORCES.has(t.kind));
  // The civilians the words name, under ACLED's name, else their country's by the event's place.
  const civilians = () => {
    const named = e.targets.find((t) => t.kind === 'civilians');
    const country = named?.country ?? e.location?.country;
    const acled = named?.acled ?? acledActorName('civilians', country);
    return acled
      ? { name: named?.name ?? acled, kind: 'civilians' as const, ...(country && { country }), acled }
      : named;
  };
  if (sub && ON_CIVILIANS.has(sub)) return civilians();
  // What was looted or destroyed was the civilians' unless the words name an armed side's.
  if (sub === 'Looting/property destruction') return e.targets.find((t) => ARMED_KINDS.has(t.kind)) ?? civilians();
  if (sub && ACLED_EVENT_TYPE[sub] === 'Protests') return sub === 'Peaceful protest' ? undefined : force();
  if (sub && ACLED_EVENT_TYPE[sub] === 'Riots')
    return force() ?? e.targets.find((t) => t.kind === 'rioters' || t.kind === 'civilians');
  return e.targets[0];
}
