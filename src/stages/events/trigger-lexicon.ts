/**
 * Event triggers: the words that name an event, each with its PLOVER class and mode and the
 * ACLED sub-event type a coder would give it when nothing else is known. Patterns are tried per
 * sentence; the classifier (event-classifier.ts) refines the ACLED type of the events they find.
 * Sources: the PLOVER manual's class and mode definitions and ACLED's typology (see
 * reference docs); the word lists are ours.
 */
import type { PloverType } from '../../core/layers.js';
import { countryByName } from '../../lexicons/countries.js';

/** One trigger pattern. */
export interface TriggerRule {
  /** Rule name, recorded in provenance. */
  name: string;
  re: RegExp;
  type: PloverType;
  mode?: string;
  context?: string[];
  /** ACLED sub-event type when the rule alone decides; absent where ACLED would not code it. */
  acled?: string;
  /** Needs a crowd word in the sentence ("crowds gathered"), since the verb alone is too common. */
  needsCrowd?: boolean;
  /** Only in an article that reports a protest (travel to it is part of its mobilisation). */
  needsProtestInArticle?: boolean;
  /** A word that says little about the kind of violence ("attacked", "killed"): the model may retype it. */
  weak?: boolean;
  /**
   * A word found as often in the background of a note as in its event ("hostilities", "died"):
   * the model may make the event a strategic development ("families evacuated following
   * hostilities").
   */
  background?: boolean;
  /** A verbal event whose complement (what is asked, threatened) is not an event of its own. */
  takesComplement?: boolean;
}

/** Organised armed actors (ACLED's state forces, rebels, militias), not a crowd. */
const ARMED_GROUP =
  'militants?|gunmen|armed (?:men|group|individuals|assailants)|militia(?:s|men|man)?|fighters|rebels|insurgents|jihadists|soldiers|troops|forces|police(?:men)?';
/** Fire set or things hurled: a riot's act when a crowd does it, else an attack's. */
const ARSON =
  'torched|set (?:fire|ablaze|alight)|set on fire|hurled|burn(?:ed|t|ing) (?:one|an?|two|three|several|\\d+|the)? ?(?:[\\w-]+ )?(?:vehicles?|cars?|buses|trucks|motorcycles?|motorbikes?)';

// No match inside hyphenated words ("adhesive-backed", "ex-soldiers" as a trigger).
const r = (s: string) => new RegExp(`(?<![\\w-])(?:${s})\\b`, 'gi');

// Someone held before being "captured" ("three escaped inmates captured in the Sandhills") or
// the police who captured them: an arrest, not an attack's capture of soldiers or a town (nor
// footage "captured by a police dashboard camera").
const CUSTODY_BEFORE = String.raw`\b(?:escaped|escapees?|fugitives?|inmates|suspects?)\b[^.;]{0,80}?`;
const BY_POLICE = String.raw` by (?:the )?(?:[\w-]+ ){0,2}?(?:police|officers|deputies|agents|marshals|authorities|troopers|sheriff\w*)\b(?![\s-]+(?:dashboard|dash|body|cameras?|cams?|video|footage|radar|helicopters?|drones?)\b)`;

/** The trigger rules, most specific first (the first rule to claim a span keeps it). */
export const TRIGGER_RULES: TriggerRule[] = [
  // Verbal events whose complement is consumed.
  {
    name: 'vote-resolution',
    re: r('vot(?:ed|es|e)(?= [^.]{0,60}\\b(?:resolution|bill|motion|law)\\b)'),
    type: 'REQUEST',
    mode: 'change',
    context: ['legislative'],
    acled: 'Other',
    takesComplement: true,
  },
  {
    name: 'threaten',
    re: r('threat(?:en|ens|ened|ening)|vow(?:ed|s)? to|warn(?:ed|s|ing)? (?:of|that)|ultimatum'),
    type: 'THREATEN',
    takesComplement: true,
  },
  {
    name: 'conditional-force',
    re: r('will be used against|(?:will|would) (?:attack|target|strike|retaliate|respond|hit)(?= [^.]*\\bif\\b)'),
    type: 'THREATEN',
    mode: 'violence',
    takesComplement: true,
  },
  {
    name: 'call-for',
    re: r(
      'call(?:ed|s|ing)? (?:on|upon) [^,.;]{1,40}? to|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|demand(?:ed|ing)|demands (?:that|the|an?)\\b|appeal(?:ed|s)? (?:to|for)|ask(?:ed|s)? [^,.;]{1,30}? to',
    ),
    type: 'REQUEST',
    takesComplement: true,
  },
  {
    // Restrictions on movement and assembly (PLOVER COERCE 'restrict': "cordoning off areas");
    // ACLED codes them as security measures. A ban on protests is not a protest: this rule claims
    // the listed kinds of action before the protest triggers can.
    name: 'restrict',
    re: r(
      "sealed off|(?:besieged|encircled) the (?:[\\w-]+ ){0,2}?(?:towns?|city|cities|villages?|area|region|camp|district|base|capital|neighbou?rhoods?)|laid siege to|imposed a siege on|(?:imposed|announced|declared|extended|ordered) (?:a |an |the )?(?:[\\w-]+ ){0,2}?lockdowns?|(?:an? )?\\d+-(?:hour|day|week|month) (?:total |full |complete |partial |strict )?lockdowns?|halted (?:all )?(?:entries|entry|movements?|traffic)(?: and (?:departures|exits))?|closed (?:all )?(?:of )?(?:[\\w’'-]+ ){0,2}?(?:entrances|border crossings|crossing points)|ban(?:ned|s)? (?:on )?(?:all )?(?:forms of )?(?:public |political )?(?:(?:gatherings|protests|rallies|marches|demonstrations|sit-ins|press conferences|assemblies|meetings)(?:,? (?:and |or )?)?)+",
    ),
    type: 'COERCE',
    mode: 'restrict',
    acled: 'Change to group/activity',
  },
  // Protest.
  { name: 'hunger-strike', re: r('hunger strikes?'), type: 'PROTEST', mode: 'hunger', acled: 'Peaceful protest' },
  // ACLED: a riot is violence by demonstrators or a mob; fire set by an armed, organised group is
  // an attack or property destruction. The words alone do not say which: the model decides. (The
  // act is matched before the look back for its actor, which would cost time at every position.)
  {
    name: 'arson-by-armed',
    re: r(`(?:${ARSON})(?:(?<=\\b(?:${ARMED_GROUP})\\b[^.;]*)|(?=[^.;]*\\bby\\b[^.;]*?\\b(?:${ARMED_GROUP})\\b))`),
    type: 'COERCE',
    mode: 'seize',
    acled: 'Looting/property destruction',
    weak: true,
  },
  {
    name: 'arson-by-crowd',
    re: r(ARSON),
    needsCrowd: true,
    type: 'PROTEST',
    mode: 'riot',
    acled: 'Violent demonstration',
  },
  // Fire set by no one named: arsonists, "unknown persons".
  { name: 'arson', re: r(ARSON), type: 'COERCE', mode: 'seize', acled: 'Looting/property destruction', weak: true },
  {
    name: 'riot',
    re: r(
      'riot(?:s|ed|ing|ers)?|mob(?:s)?|(?:went|go|going|gone) on (?:a|the) rampage|vandali[sz]ed|trashed|pelted|stoned|threw (?:stones|rocks|molotov)|molotov cocktails?|barricad(?:ed|es)|burn(?:ed|t) tyres|turned violent|burn(?:ed|ing|t) (?:rubber )?(?:tyres|tires|debris|garbage|rubbish|trash)|threw (?:stones|rocks|petrol bombs)',
    ),
    type: 'PROTEST',
    mode: 'riot',
    acled: 'Violent demonstration',
  },
  {
    name: 'strike',
    re: r(
      '(?<!(?:air|drone|missile|air-|military|pre-?emptive|retaliatory|punitive|surgical|along) )(?:general )?strikes?(?= (?:by|over|at|against|in|to|on)\\b)|(?:went|go|are|were|was) on strike|striking (?:[\\w-]+ )?(?:workers|teachers|doctors|nurses|miners|mineworkers|employees|staff|drivers|members)|walk(?:ed)?[- ]?out|stay-?aways?|(?:downed|down|downing|laid down|lay down) (?:their )?tools|go-slows?|work stoppages?',
    ),
    type: 'PROTEST',
    mode: 'strike',
    acled: 'Peaceful protest',
  },
  {
    name: 'blockade',
    re: r(
      'block(?:ed|ing|aded) (?:the |a |several )?(?:[\\w-]+ ){0,2}?(?:roads?|highways?|streets?|access|entrances?|traffic|bridges?)|sit-ins?|closed (?:the )?(?:road|highway|[A-Z]{1,3}\\d+)|blocked the (?:train|rail)\\w*|cut off (?:the |a |several )?(?:[\\w-]+ ){0,2}?(?:roads?|highways?|streets?)(?! (?:to|from) (?:traffic|supplies)\\b)',
    ),
    type: 'PROTEST',
    mode: 'obstruct',
    acled: 'Peaceful protest',
  },
  { name: 'boycott', re: r('boycott(?:ed|s|ing)?'), type: 'PROTEST', mode: 'boycott', acled: 'Peaceful protest' },
  {
    name: 'demonstrate',
    re: r(
      'protest(?:s|ed|ing|ers)?|demonstrat(?:e|ed|es|ing|ion|ions|ors)|rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|vigils?|picket(?:s|ed|ing)?|took to the streets|chant(?:ed|ing) slogans|toyi-?toyi(?:ed|ing|s)?',
    ),
    type: 'PROTEST',
    mode: 'demo',
    acled: 'Peaceful protest',
  },
  {
    name: 'gather',
    re: r(
      'gather(?:ed|ing|s)?|assembled|converged|motorcades?|dharnas?|human chains?|processions?|banged pots|cacerolazos?|staged (?:a |an )',
    ),
    weak: true,
    type: 'PROTEST',
    mode: 'demo',
    acled: 'Peaceful protest',
    needsCrowd: true,
  },
  {
    // Police breaking up a crowd: the crowd was there, so there was a protest with intervention;
    // the object must be people ("dispersed the crowd", "dispersed about 180 laborers"), never
    // money or a substance ("dispersed funds").
    name: 'disperse',
    re: r(
      'dispers(?:ed|ing|al of) (?:the |a |an |about |around |some |over |more than |at least |hundreds of |dozens of |thousands of |\\d[\\d,]* )*(?:[\\w-]+ ){0,3}?(?:crowds?|protest(?:ers|s)?|demonstrat(?:ors|ions?)|rall(?:y|ies)|gatherings?|people|residents|locals|workers|laborers|labourers|students|teachers|farmers|traders|vendors|drivers|youths?|villagers|supporters|marchers|mobs?|sit-ins?)',
    ),
    weak: true,
    type: 'PROTEST',
    mode: 'demo',
    acled: 'Protest with intervention',
  },
  {
    // People setting out for a protest ("seen boarding buses heading towards the capital"):
    // the mobilisation of a protest the article reports, at the place they leave from.
    name: 'travel-to-protest',
    re: r(
      'board(?:ed|ing)? (?:the )?(?:buses|coaches|trains|boats)|(?:buses|coaches|convoys?) (?:heading|headed|bound|set off) (?:to|towards|for)',
    ),
    type: 'PROTEST',
    mode: 'demo',
    acled: 'Peaceful protest',
    needsProtestInArticle: true,
  },
  // Assault.
  {
    name: 'airstrike',
    re: r(
      'air ?strikes?|air raids?|airstrikes?|drone (?:strikes?|attacks?)|(?:military|missile|pre-?emptive|retaliatory|punitive|surgical) strikes?|bombard(?:ed|ment)|warplanes?|aircraft (?:struck|bombed)',
    ),
    type: 'ASSAULT',
    mode: 'aerial',
    acled: 'Air/drone strike',
  },
  {
    name: 'shelling',
    re: r(
      'shell(?:ed|ing|s)|mortars?|artillery|(?:rocket|missile)s? (?:attacks?|strikes?|fire|barrages?|hit|struck|landed|fell|exploded)|(?:launched|fired) (?:an? |\\d+ |two |three |four |five |several |dozens of |scores of |a (?:barrage|volley|salvo) of )?(?:rockets?|missiles?)|fired (?:an? |\\d+ |two |three |several |dozens of |a (?:barrage|volley) of )?(?:shells|mortars?|mortar (?:rounds|shells)|artillery shells)|(?:using|with) (?:an? |two |several )?(?:ATGMs?|anti-tank (?:guided )?missiles?)',
    ),
    type: 'ASSAULT',
    mode: 'heavy-weapons',
    acled: 'Shelling/artillery/missile attack',
  },
  {
    name: 'explosive',
    re: r(
      'ied|roadside bomb|car bomb|landmines?|explosive devices?|(?:bomb|mine|device) (?:exploded|went off|blast)|explosions?|blasts?|detonat(?:ed|ing|ion|es)|bomb(?:ed|ing|s)?|explosives|projectiles',
    ),
    type: 'ASSAULT',
    mode: 'explosives',
    acled: 'Remote explosive/landmine/IED',
  },
  // A weapon that failed or was stopped: a bomb gone off early in its makers' hands, one that
  // did not go off, a drone shot down, a missile intercepted (ACLED: disrupted weapons use).
  {
    name: 'disrupted',
    re: r(
      "(?:exploded|detonated|went off) prematurely|premature(?:ly)? (?:explosion|detonation|blast)|(?:did not|didn[’'`]t|failed to) (?:explode|detonate|go off)|shot down (?:\\w+ ){0,4}?(?:drones?|aircraft|planes?|jets?|helicopters?|missiles?|UAVs?|rockets?)|intercepted (?:\\w+ ){0,4}?(?:missiles?|rockets?|drones?|projectiles?)",
    ),
    type: 'ASSAULT',
    mode: 'explosives',
    acled: 'Disrupted weapons use',
  },
  {
    name: 'suicide',
    re: r('suicide (?:bomb(?:er|ing)?|attack(?:er)?)'),
    type: 'ASSAULT',
    mode: 'suicide-attack',
    acled: 'Suicide bomb',
  },
  { name: 'grenade', re: r('grenades?'), type: 'ASSAULT', mode: 'explosives', acled: 'Grenade' },
  {
    name: 'abduct',
    re: r('abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?|hijack(?:ed)?|taken hostage|forcibly disappeared|disappearance'),
    type: 'ASSAULT',
    mode: 'abduct',
    acled: 'Abduction/forced disappearance',
  },
  {
    name: 'sexual',
    re: r('(?:gang-)?raped|rape of|rapes? (?:case|victim)s?|sexual(?:ly)? (?:assault(?:ed)?|violence|abuse)'),
    type: 'ASSAULT',
    mode: 'sexual',
    acled: 'Sexual violence',
  },
  {
    name: 'targeted',
    re: r('assassinat(?:ed|ion|e|es)|executed|beheaded'),
    type: 'ASSAULT',
    mode: 'targeted',
    acled: 'Attack',
  },
  {
    name: 'clash',
    re: r(
      'clash(?:ed|es)?|fought|fighting|gunfights?|firefights?|exchang(?:ed|ing) (?:fire|gunfire)|battles?|ambush(?:ed)?|offensive|exchange of fire|hostilities|fire ?fights?',
    ),
    weak: true,
    background: true,
    type: 'ASSAULT',
    mode: 'firearms',
    acled: 'Armed clash',
  },
  {
    name: 'shoot',
    re: r(
      `shot(?! up\\b)|shots|shoot(?:ing|s)?|opened fire|gunfire|fired (?:[\\w-]+,? (?:and )?){0,8}?(?:at|on) (?:the )?positions|fired (?:at|on|upon|shots|bullets|rounds|with|into|tear gas|rubber|live)|fired (?:[\\w.-]+,? ){0,10}?(?:mortars|shells|rockets|missiles|weapons|guns|grenades|RPGs|rifles)|firing|bursts of fire|(?<!${CUSTODY_BEFORE})captured(?!${BY_POLICE})`,
    ),
    weak: true,
    type: 'ASSAULT',
    mode: 'firearms',
    acled: 'Attack',
  },
  // ACLED: territory taken by force is a battle (government regains, non-state actor overtakes);
  // who took it, and whether there was fighting, the model reads.
  {
    name: 'territory',
    re: r('took control|re-?captured|retook|(?:gained|seized|regained) control|made territorial gains'),
    weak: true,
    type: 'ASSAULT',
    acled: 'Government regains territory',
  },
  // A lynching is a mob's killing (ACLED: mob violence).
  { name: 'lynch', re: r('lynch(?:ed|ing)'), type: 'ASSAULT', mode: 'primitive', acled: 'Mob violence' },
  {
    name: 'primitive',
    re: r('stabb(?:ed|ing)|hacked|machetes?|knife'),
    type: 'ASSAULT',
    mode: 'primitive',
    acled: 'Attack',
  },
  {
    name: 'beat',
    re: r('beat(?:en|ing)?|assault(?:ed)?|tortur(?:ed|e)'),
    weak: true,
    type: 'ASSAULT',
    mode: 'beat',
    acled: 'Attack',
  },
  {
    name: 'kill',
    re: r(
      'kill(?:ed|ing|s)|murder(?:ed|s)?|massacre(?:d)?|attack(?:ed|s)?|raid(?:ed|s)?|found dead|bodies of|body of|bodies were found|injur(?:ed|ing)|wound(?:ed|ing)|targeted(?! (?:at|for|to)\\b)|(?:left|leaving) (?:at least )?(?:[\\w-]+ ){1,4}?(?:dead|injured|wounded)|casualties|died|death|fatalit(?:y|ies)|to death',
    ),
    weak: true,
    background: true,
    type: 'ASSAULT',
    acled: 'Attack',
  },
  // Coercion and mobilisation.
  {
    name: 'arrest',
    re: r(
      `arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|took [^.]{0,20}? into custody|apprehended|rounded up|(?<=${CUSTODY_BEFORE})captured|captured(?=${BY_POLICE})`,
    ),
    weak: true,
    type: 'COERCE',
    mode: 'arrest',
    acled: 'Arrests',
  },
  { name: 'curfew', re: r('curfews?'), type: 'COERCE', mode: 'curfew', acled: 'Change to group/activity' },
  {
    name: 'loot',
    re: r(
      'loot(?:ed|ing)|ransack(?:ed)?|demolish(?:ed)?|destroyed|stole|razed|burn(?:ed|t) (?:down )?(?:houses|homes|crops)|burn(?:ed|t) down|(?:houses?|homes?|huts?|buildings?|shops?|stores?|vehicles?|cars?|trucks?|crops|fields)(?: of (?:the )?(?:[\\w-]+ ){0,2}?[\\w-]+)? (?:were|was) (?:later )?(?:burned|burnt)|uprooted (?:about |some |nearly |more than )?(?:\\d[\\d,]*|hundreds of|dozens of) (?:[\\w-]+ ){0,3}?(?:trees|seedlings|saplings|vines|plants)|cut down (?:[\\w-]+ ){0,5}?trees|smashed (?:the )?(?:[\\w-]+ ){0,2}?(?:windows?|glass|doors?|cars?|vehicles|shops?|offices?)',
    ),
    type: 'COERCE',
    mode: 'seize',
    acled: 'Looting/property destruction',
  },
  {
    name: 'seize',
    re: r('seiz(?:ed|ure)|confiscat(?:ed|ion)|defused|dismantled'),
    type: 'COERCE',
    mode: 'seize',
    acled: 'Disrupted weapons use',
  },
  // A base or headquarters set up is its own ACLED sub-event, a deployment's lasting form.
  {
    name: 'base',
    re: r(
      'established (?:a |an |new |two |\\w+ )*(?:base|bases|headquarters)|(?:installed|set up|built) (?:a |an )?(?:new )?(?:temporary )?(?:military )?(?:base|bases|headquarters)',
    ),
    type: 'MOBILIZE',
    mode: 'police',
    acled: 'Headquarters or base established',
  },
  {
    name: 'deploy',
    re: r(
      'deploy(?:ed|ment|s)?|checkpoints? (?:were |was )?(?:installed|set up|erected)|(?:installed|set up|erected|placed|put up) (?:new |two |several |\\w+ )?(?:checkpoints?|check points?)|reinforced (?:its |their |the )?(?:troops|forces|positions)|reinforcements|mobili[sz](?:ed|ation)|patrols?|established (?:a |new |two |\\w+ )*(?:fortifications|positions?)|defected|(?:military )?columns?|convoys?|entered (?:the )?(?:\\w+ )?territor(?:y|ies)|arrived (?:in|at)',
    ),
    type: 'MOBILIZE',
    mode: 'police',
    acled: 'Change to group/activity',
  },
  // Other verbal and material cooperation and conflict.
  {
    name: 'agree',
    re: r(
      'agreed (?:to|on)|signed (?:an? |the )?(?:agreement|deal|accord|treaty|ceasefire)|reached (?:an? )?(?:agreement|deal)|truce|(?:exchanged|swapped) (?:\\w+ )?prisoners|prisoners? (?:exchange|swap)s?|(?:exchange|swap) of (?:\\w+ )?prisoners',
    ),
    type: 'AGREE',
    acled: 'Agreement',
  },
  {
    name: 'consult',
    re: r('met with|held talks|talks with|visited|phone call|spoke by phone'),
    type: 'CONSULT',
  },
  { name: 'support', re: r('backed|endorsed|(?:expressed|voiced) support|support(?:ed|s)? the'), type: 'SUPPORT' },
  {
    name: 'aid',
    re: r(
      '(?:provided|delivered|distributed|sent|donated) (?:[\\w-]+ ){0,2}?(?:humanitarian |food |medical |relief )?(?:aid|assistance|supplies|packages|parcels|rations)|(?:delivered|distributed|handed out) (?:boxes|bags|sacks) (?:of|with) food',
    ),
    type: 'AID',
  },
  {
    name: 'accuse',
    re: r(
      'accus(?:ed|es|ing)|condemn(?:ed|s|ing)|criticis(?:ed|es)|criticiz(?:ed|es)|denounc(?:ed|es|ing)|blam(?:ed|es)',
    ),
    type: 'ACCUSE',
    mode: 'disapprove',
  },
  { name: 'reject', re: r('reject(?:ed|s|ing)|refus(?:ed|es)|vetoed|denied'), type: 'REJECT' },
  {
    name: 'concede',
    re: r('conceded|backed down|eased (?:the )?restrictions|lifted (?:the )?(?:curfew|ban|restrictions)'),
    type: 'CONCEDE',
  },
  {
    name: 'release',
    re: r(
      'released (?:the )?(?:prisoners|hostages|detainees|captives)|released \\d+|released (?:\\w+ )?prisoners|(?:were|was) released from (?:[\\w-]+ ){0,2}?(?:prisons?|captivity|custody|detention|jail)',
    ),
    type: 'RETREAT',
    mode: 'release',
    acled: 'Other',
  },
  { name: 'withdraw', re: r('withdr(?:ew|awn)|pulled out'), type: 'RETREAT', mode: 'withdraw' },
  { name: 'resign', re: r('resigned|stepped down'), type: 'RETREAT', mode: 'resign' },
  { name: 'surrender', re: r('surrendered|laid down (?:their )?arms'), type: 'RETREAT', mode: 'disarm' },
  {
    name: 'sanction',
    re: r(
      '(?:imposed|announced) (?:new )?sanctions|expelled (?:the )?(?:ambassador|diplomats?)|suspended (?:aid|relations|ties)|sentenced|convicted',
    ),
    type: 'SANCTION',
  },
  { name: 'cooperate', re: r('cooperat(?:ed|ion) (?:with|on)|joint operations?'), type: 'COOPERATE' },
];

/** Words that show a crowd is meant, for triggers that need one. */
export const CROWD_RE =
  /\b(?:crowds?|group of|laborers|labourers|employees|drivers|merchants|traders|members|relatives|protesters|demonstrators|rall(?:y|ies)|supporters|marchers|tens of thousands|thousands|hundreds|dozens|people|residents|workers|students|farmers|seamen|sailors|miners|nurses|teachers|pilots|dockers|strikers|villagers|locals|iraqis|citizens|activists|women|men)\b/i;

// Words of violence, force and crowds: where one stands beside a trigger (the trigger itself left
// out), a word that has other senses ("died", "fought", "attack") is read in its violent one.
const VIOLENCE =
  /\b(?:kill\w*|murder\w*|massacre\w*|shot|shoot\w*|guns?|gunm[ae]n|gunfire|firing|fired|opened fire|fire (?:on|at)|(?:set|sets|setting) (?:[\w-]+ ){0,2}?(?:on )?fire|burn\w* (?:[\w-]+ ){0,2}?alive|threw (?!up\b)|thrown (?!up\b)|hurled|pelted|rocks?|stones?|bomb(?!ast)\w*|explo[ds]\w*|blasts?|grenades?|ied|stabb\w*|knife|knives|machetes?|beat(?:en|ing)?|assault\w*|attack\w*|armed|militants?|militias?|terror\w*|troops|soldiers?|army|military|forces|police\w*|(?<!(?:executive|chief|financial|operating|information|technology|press|loan|compliance|medical|commanding) )officers?|rebels?|insurgen\w*|missiles?|rockets?|shell\w*|drones?|air ?strikes?|raid\w*|hostages?|abduct\w*|kidnap\w*|tortur\w*|lynch\w*|rap(?:e|ed|ist)|riot\w*|clash\w*|fight\w*|fought|battle\w*|violen\w*|weapons?|mobs?|arson\w*|torched|execut(?!ives?\b)\w*|behead\w*|assassin\w*|custody|detention|prison\w*|jail\w*|protest\w*|demonstrat\w*|crackdown|war|wars|conflict|combat\w*|hostilities|ambush\w*|snipers?|landmines?|injur\w*|wound\w*|victims?|casualt\w*|bod(?:y|ies)|corpses?|homicide|manslaughter|strangl\w*|poison\w*|hanged|suspects?|supporters|protesters|crowds?|stones|sticks|clubs)\b/i;

// A cause of death, injury or damage that is not violence: illness, accident, disaster, or
// animals dying (culls of infected flocks).
const NON_VIOLENT_CAUSE =
  /\b(?:natural causes|complications|cancer|strokes?|heart (?:attack|failure|disease|condition)|illness\w*|disease\w*|pneumonia|flu|influenza|virus\w*|viral|bacteri\w*|infect\w*|h5n1|outbreaks?|epidemics?|pandemics?|old age|overdose|drown\w*|capsiz\w*|shipwreck\w*|sank|sinking|adrift|at sea|shores|crash\w*|overturn\w*|derail\w*|accident\w*|collisions?|avalanches?|earthquakes?|floods?|flooding|storms?|hurricanes?|tornado\w*|cyclones?|typhoons?|landslides?|heat ?waves?|(?:in|by|from|after|during|of) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:fires?|blaze)|wildfires?|firefighters?|fire (?:crews?|department|brigade)|extinguish\w*|smoke inhalation|(?:house|trailer|apartment|building|forest|bush|brush|grass|kitchen|electrical|accidental|mine|factory|plant|warehouse|refinery|industrial) fires?|gas leaks?|(?:chemical|industrial) disasters?|hail\w*|(?:strong|high|gale[- ]force) winds|(?:heavy|torrential) rains?|rainstorms?|blizzards?|lightning|mudslides?|dams? (?:collapse\w*|burst\w*|broke)|toxic (?:gas|cloud|fumes)|cloud\s+of\s+(?:[\w-]+\s+){0,3}?gas|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:fire|blaze)(?=\s*(?:,|which\b|that\b|destroyed|killed|burned|raged|started|swept))|found floating|floating in|swimming pool|(?:fatality|mortality|death) rates?|cholera|malaria|ebola|measles|covid\w*|coronavirus|tuberculosis|aids|hiv|cull\w*|electric\w* shock|electrocut\w*|at the age of|jetliner|airliner|plane crash\w*)\b/i;

// What a politician or a lobby fights for or against: a policy, not an enemy.
const FOUGHT_POLICY_WORDS = String.raw`\s+(?:hard\s+|long\s+|vigorously\s+|successfully\s+)?(?:against|for)\s+(?:(?:the|a|an|any|further|new|proposed|deep|higher|lower)\s+)*(?:[\w-]+\s+){0,2}?(?:cutbacks?|cuts?|proposals?|legislation|bills?|plans?|tax(?:es)?|reforms?|increases?|measures?|regulations?|benefits?|subsidies|budgets?|programs?|programmes?|deficits?|tariffs?|quotas?|prices?|amendments?|provisions?|polic(?:y|ies)|funding|spending|reductions?|hikes?|mergers?|takeovers?|nominations?|confirmation|repeal|ratification|deregulation)\b`;
const FOUGHT_POLICY = new RegExp('^' + FOUGHT_POLICY_WORDS, 'i');
const FIGHTERS =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|troops|soldiers?|militias?|army|armed|police|forces|fighters)\b/i;
/** Fight words whose object is a policy ("fought hard against cutbacks"), for blanking out. */
const POLICY_FIGHT = new RegExp(String.raw`\b(?:fight\w*|fought|battl\w*)(?=` + FOUGHT_POLICY_WORDS + ')', 'gi');

// A launch or a plant that failed: "a Delta rocket exploded after liftoff", "an explosion
// yesterday during a furnace rebuild".
const FAILURE_WORDS = String.raw`\b(?:(?:[\w-]+\s+)?rockets?\s+(?:exploded|blew up)\s+(?:shortly\s+|seconds\s+|just\s+|soon\s+)?after\s+(?:its\s+)?(?:lift-?off|launch|take-?off)|(?:explosions?|blasts?)\s+(?:[\w-]+\s+){0,3}?(?:during|in|at)\s+(?:a\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:furnaces?|kilns?|boilers?|smelters?|grain (?:elevators?|silos?))(?:\s+(?:rebuild|repairs?|maintenance))?)`;
const FAILURE = new RegExp(FAILURE_WORDS, 'i');
const FAILURE_G = new RegExp(FAILURE_WORDS, 'gi');

/** Death told as no one's doing. */
const NO_FOUL_PLAY =
  /\bno (?:signs? of |evidence of |indications? of )?foul play\b|\bnot (?:considered |believed to be |being treated as )?suspicious\b/i;
/** Police or officials who tell of a death or look into it, blanked before asking about violence. */
const INVESTIGATORS =
  /\b(?:police|sheriff['’]?s?(?: office| department)?|officials|authorities|investigators|deputies)\s+(?:[\w-]+\s+){0,2}?(?:say|says|said|are investigating|is investigating|investigated|investigate|reported|report|confirmed|confirm|identified|identify)\b/gi;

/** Animals dying ("two ducks died"): no attack, though killing livestock in a raid is part of one. */
const ANIMALS =
  /\b(?:birds|ducks|chickens|poultry|hens|swans|geese|turkeys|pigs|swine|cattle|cows|sheep|livestock|animals|flocks?|wildlife)\b/i;

// Contests that are not fights: sport, elections, courts, and struggles against a problem.
const CONTEST =
  /\b(?:meets?|match(?:es)?|games?|tournaments?|championships?|league|season|teams?|coach\w*|score[ds]?|playoffs?|seed(?:s|ed)?|wrestl\w*|football|soccer|basketball|baseball|hockey|tennis|golf|cricket|rugby|olympic\w*|medals?|(?:semi|quarter)?finals?|opponents?|innings?|lightweight|heavyweight|bouts?|title|cup|election\w*|nomination|primar(?:y|ies)|debates?|candidates?|ballot|court|lawsuits?|legal|legislation|bill|budget|trial|appeal|tears|cancer|illness|disease|aids|hiv|poverty|crime|corruption|inflation|climate|wildfires?|fires|blaze|obesity|drugs|addiction|unemployment|deficit|takeover|bid|merger|market|shares|prices|contracts?|awards?|deals?|tenders?|dollar|yen|currenc(?:y|ies)|exchange rates?|interest rates?|bonds?|stocks?|congress|parliament|lawmakers|demands for|proposals?|tax(?:es)?|regulat\w*|spending|debt|confirmation|holdings|stakes?|control of)\b/i;

/**
 * What a whole article is about, read once before its sentences: in a match report "beat",
 * "attack", "shot" and "strike" are play, and in an outbreak report deaths are the disease's.
 */
export interface ArticleContext {
  /** A sports report: five or more different words of play ("striker", "referee", "2-1 win"). */
  sport: boolean;
  /**
   * An outbreak or a natural disaster report: five or more mentions of disease, of at least three
   * kinds, or three of an earthquake, a storm or a flood.
   */
  calamity: boolean;
  /** An election campaign report: three or more mentions of campaigning, candidates or votes. */
  campaign: boolean;
}

// Words of play that news of politics and conflict seldom uses, so that five different ones
// mark a sports report; a score told with its result counts as one.
const SPORT_TERM =
  /\b(?:goal(?:s|keeper|keepers)?|strikers?|midfielders?|defenders?|referees?|penalt(?:y|ies)|half-?time|offside|free[- ]kicks?|hat-tricks?|relegation|league|fixtures?|kick-off|coach(?:ed|es)?|matches|match|tournament|championships?|stadium|scored|equali[sz]er|substitut(?:e|es|ed|ion|ions)|innings|wickets?|batsm[ae]n|bowlers?|touchdowns?|quarterbacks?|playoffs?|pitchers?|home runs?|squad|seeded|semi-?finals?|quarter-?finals?|(?:beat|beating|won|win|wins|lost|loss|defeat(?:ed)?|draw|drew|victory|lead|led)\s+(?:[\w'’-]+\s+){0,4}?\d{1,2}-\d{1,2}(?![\d-])|\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss|lead))\b/gi;
// In a sports report, what still makes a sentence news of violence or protest.
const REAL_IN_SPORT =
  /\b(?:kill\w*|dead|died|death|injur\w*|wounded|gunm[ae]n|guns?|gunfire|stabb\w*|bomb(?!ast)\w*|explo[ds]\w*|riot\w*|hooligan\w*|tear ?gas|police\w*|arrest\w*|detain\w*|violen\w*|brawl\w*|pitch invasion|protesters|demonstrators|demonstrations?|rall(?:y|ies)|troops|soldiers|militants?)\b/i;
const DISEASE_TERM =
  /\b(?:virus(?:es)?|viral|outbreaks?|epidemics?|pandemics?|cholera|ebola|marburg|measles|malaria|influenza|flu|h5n1|sars|mers|covid(?:-19)?|coronavirus|dengue|polio|tuberculosis|plague|infect(?:ed|ion|ions|ious)|quarantined?|vaccin(?:e|es|ation)|symptoms?|contagious|pathogens?|ha?emorrhagic|fever|diseases?)\b/gi;
const DISASTER_TERM =
  /\b(?:earthquakes?|quakes?|aftershocks?|tremors?|tsunamis?|tidal waves?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|floods?|flooding|flash floods?|landslides?|mudslides?|volcan(?:o|oes|ic)|eruptions?|avalanches?|storms?|blizzards?|heat ?waves?|droughts?|wildfires?|firefighters?|fire (?:department|crews?|fighters|chief|marshal)|blazes?|flames|(?:car|vehicle|traffic|plane|train|bus|truck|motorcycle) (?:crash(?:es)?|accidents?|collisions?)|head-on collisions?)\b/gi;
// Who or what deals harm: without one in the sentence, a death in an outbreak report is the disease's.
const AGENT_OF_HARM =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|attack(?:ed|ers?|s)?|assailants?|bomb(?!ast)\w*|explo[ds]\w*|shot|shoot\w*|guns?|gunfire|knife|knives|stabb\w*|grenades?|rockets?|missiles?|troops|soldiers?|police\w*|mobs?|fired|firing|assassin\w*|beat(?:en|ing)|assault\w*|clash\w*|riot\w*|protest\w*|violen\w*|fighting|air ?strikes?|shell(?:ed|ing)|murder\w*|massacre\w*|lynch\w*|tortur\w*|executed|hanged)\b/i;
const CAMPAIGN_TERM =
  /\b(?:campaign(?:s|ing|ed)?|candidates?|nominees?|running mate|primar(?:y|ies)|caucus(?:es)?|stump|voters|polls|electoral|election|re-election|ballots?|swing states?|debates?)\b/gi;
/**
 * "March" as a word of marching, not the month: the month is the one with a day or a year after
 * it ("LONDON, March 4", "March, 1987") or a word of time before it ("in March", "mid-March"),
 * and every Reuters dateline of a March names it.
 */
// (The look-behind follows the literal, so that it is tried only where "march" stands.)
export const MARCH_WORD = String.raw`(?:march(?:ed|ers?|es|ing)|march(?<!\b(?:in|since|last|next|this|early|late|mid|of|until|till|by|before|after|from|through|and|or|between|during|end|beginning|middle)[\s-]+march)(?![\s,]*\d))`;
// Dissent beside a rally: what makes a campaign season's rally a protest.
const DISSENT = new RegExp(
  String.raw`\b(?:protest\w*|demonstrat\w*|against|denounc\w*|demand\w*|oppos\w*|anti-\w+|chant\w*|condemn\w*|reject\w*|outrage|angry|anger|police|tear gas|clash\w*|dispers\w*|${MARCH_WORD}|strike|boycott)\b`,
  'i',
);
const CASUALTY_WORD = /^(?:kill|died|death|dead|fatalit|casualt|to death|bod|injur|wound)/;

/** Reads what kind of report an article is (see {@link ArticleContext}). */
export function articleContext(text: string): ArticleContext {
  const distinct = (re: RegExp): { kinds: number; count: number } => {
    const kinds = new Set<string>();
    let count = 0;
    for (const m of text.matchAll(re)) {
      count++;
      kinds.add(
        m[0]
          .toLowerCase()
          .replace(/\d+/g, 'N')
          .replace(/(?:es|s)$/, ''),
      );
    }
    return { kinds: kinds.size, count };
  };
  const sport = distinct(SPORT_TERM);
  const disease = distinct(DISEASE_TERM);
  return {
    sport: sport.kinds >= 5,
    calamity: (disease.count >= 5 && disease.kinds >= 3) || distinct(DISASTER_TERM).count >= 3,
    campaign: distinct(CAMPAIGN_TERM).count >= 3,
  };
}

/** Forces of any kind: what makes a deployment a mobilisation (PLOVER MOBILIZE). */
const ARMED_OR_SECURITY =
  /\b(?:troops|soldiers?|army|military|police\w*|forces|guards?|militia\w*|militants?|fighters|units?|battalions?|brigades?|warships?|tanks|navy|naval|coast ?guards?|officers|peacekeepers?|gendarm\w*|marines|paramilitar\w*|security|riot|armed|weapons?|missiles?|rockets?|jets?|aircraft|drones?|rebels?)\b/i;

/** Guns as a policy question ("her record on guns", "gun registration"), not as weapons used. */
const GUN_POLICY =
  /\b(?:guns? (?:control|registration|violence|laws?|rights|polic(?:y|ies)|safety|lobby|owners?|ownership|shows?|sales|legislation|reform|issues?|manufacturers|makers|industry)|(?:on|about) guns)\b/gi;

/** Words of markets: what makes a "rally" a rise in prices. */
const MARKET =
  /\b(?:futures|prices?|shares|stocks?|markets?|index|indices|dollar|yen|sterling|currenc(?:y|ies)|bonds?|treasur(?:y|ies)|equities|commodit(?:y|ies)|session|trading|rebound\w*|upturn|lows|highs|cents|dlrs|pct|percent|gains|losses|bullish|bearish|short-?covering|bourse|nasdaq|dow|exports|imports|output|production|shipments|sales|Wall Street|buy-?backs?|stock exchanges?)\b/i;
/** People who rally in the streets, not prices. */
const PEOPLE_IN_STREETS =
  /\b(?:protesters|demonstrators|marchers|crowds?|supporters|activists|students|workers|farmers|opposition|thousands of people|hundreds of people|police)\b/i;

/** Someone armed, a weapon or a wound: what makes an attack on a politician physical. */
const ARMED_HARM =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|attackers?|assailants?|bomb(?!ast)\w*|explo[ds]\w*|shot|shoot\w*|guns?|gunfire|knife|knives|stabb\w*|kill\w*|wound\w*|injur\w*|grenades?|rockets?|missiles?|troops|soldiers?|mobs?|fired|firing|assassin\w*|convoy|motorcade|hospital\w*|beat\w*|assault\w*|sticks|stones|rods|clubs|hurt|dead|died|death|vandali\w*|torch\w*|house|home|residence|office|vehicle|car)\b/i;

// What marks an "attack" as words, not force.
const VERBAL =
  /\b(?:Second Amendment|amendments?|constitution|civil liberties|freedoms?|religious liberty|skills|abilities|patriotism|personally|verbal\w*|rhetoric\w*|remarks|comments|criticism|criticis\w*|criticiz\w*|insult\w*|tweet\w*|twitter|speech|debate|interview|ads?|advert\w*|campaign|column|editorial|op-ed|wife|husband|father|mother|record|policies|character|reputation|credibility|opponents?|rivals?|press reports?|news reports?|reports|articles?|stories|claims|allegations|decisions?|proposals?|plans?|bills?|media attacks?|political attacks?|smear\w*|debates|candidates?|voters|polls?|programs?|programmes?|elements|policy|fiscal|legislation|laws?|budgets?|stance|tariffs?|quotas?|protectionis\w*|deficits?|trade acts?|rul(?:es|ings?)|exemptions?|hiring|subsid(?:y|ies)|pricing|dumping)\b/i;

/** Who a trade can harm, as trade tribunals find ("injuring Canadian corn producers"). */
const TRADE_HARMED = String.raw`(?:producers|growers|industr(?:y|ies)|farmers|manufacturers|makers|exporters|importers|competitors|economy|markets?|trade|sales|business(?:es)?)`;
/** The harmed trade as the subject of a passive injury ("the domestic industry was being injured"). */
const TRADE_HARMED_BEFORE = new RegExp(
  String.raw`\b${TRADE_HARMED}\s+(?:(?:was|were|is|are|has|have|had|been|being|not)\s+){1,3}$`,
  'i',
);
/** The harmed trade as the object ("injuring the domestic orange industry"). */
const TRADE_HARMED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|its|their|domestic|local|\p{Lu}[\w.'’-]*)\s+){0,3}(?:[\w-]+\s+)?${TRADE_HARMED}\b`,
  'iu',
);

/** The words of a sentence with one stretch (the trigger) blanked out. */
function without(text: string, at: number, length: number): string {
  return text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
}

/** The clause of `text` around a stretch: from the clause break before it to the one after. */
function clauseAround(text: string, at: number, length: number): string {
  const pre = text.slice(0, at);
  // A comma inside a number ("2,413 people") is no clause break.
  let comma = -1;
  for (const m of pre.matchAll(/,(?!\d)/g)) comma = m.index;
  const from = Math.max(comma, pre.lastIndexOf(';'), pre.lastIndexOf('—'), pre.lastIndexOf(' - ')) + 1;
  const post = text.slice(at + length).search(/,(?!\d)|[;—]| - /);
  return text.slice(from, post < 0 ? text.length : at + length + post);
}

// "offensive posts", "found it offensive", "deeply offensive": the adjective, not an attack.
const OFFENSIVE_THING_AFTER =
  /^\s+(?:remarks?|comments?|language|tweets?|behaviou?r|content|jokes?|material|slurs?|words?|line|lineman|views?|posts?|statements?|messages?|images?|pictures?|videos?|ads?|names?|terms?|signs?|costumes?|mascots?|nicknames?|stereotypes?|rhetoric|speech|style|things?|questions?|cartoons?|songs?|lyrics|gestures?|references?|characteri[sz]ations?|and\b|or\b|to\b|,)/i;
const OFFENSIVE_ADJECTIVE_BEFORE =
  /\b(?:is|was|were|are|be|been|being|it['’]s|that['’]s|found (?:it|them|that|this)|deemed|considered|called|calling|so|very|highly|deeply|most|more|less|too|deliberately|extremely|really|particularly|incredibly|just|equally|patently|grossly|and|or)\s+$/i;
// What is taken when a share, a record or a mood is "captured".
const CAPTURED_THING_AFTER =
  /\b(?:percent|per cent|%|share|market|votes?|imagination|attention|hearts?|minds?|spirit|essence|moment|mood|data|e-?mails?|messages|records?|record system|support|allegiance|nomination|states?|delegates?|seats?|title|crown|award|prize|gold|medal|what|how|the real)\b/i;

// A funeral and its mourners.
const MOURNING_WORDS = String.raw`\b(?:funerals?|burials?|buried|memorial services?|mourn\w*|say goodbye|said goodbye|pay (?:their |his |her )?(?:last )?respects|coffins?|caskets?|graveside|gravestones|cemetery|wakes?)\b`;
const MOURNING = new RegExp(MOURNING_WORDS, 'i');
const MOURNING_G = new RegExp(MOURNING_WORDS, 'gi');

// A campaign's progress told as a march ("go marching into the convention").
const MARCH_TO_VICTORY_WORDS = String.raw`march\w*\s+(?:into|to|toward|towards|out\s+with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:convention|nomination|White House|victory|primar(?:y|ies)|caucus(?:es)?|general election)\b(?![\s-]+(?:center|centre|hall|site|arena|venue|building|grounds|gates?|floor)\b)`;
const MARCH_TO_VICTORY = new RegExp(`^${MARCH_TO_VICTORY_WORDS}`, 'i');
const MARCH_TO_VICTORY_G = new RegExp(`\\b${MARCH_TO_VICTORY_WORDS}`, 'gi');

// Who may be taken or fought in a campaign season's real fights: a crowd, the police, captives.
const CROWD_OR_CAPTIVE =
  /\b(?:protesters?|demonstrators?|supporters|hecklers?|crowds?|rall(?:y|ies)|police\w*|security|guards?|officers?|punch\w*|brawl\w*|scuffl\w*|broke out|erupted|suspects?|fugitives?|prisoners?|hostages?|captives?|soldiers?|troops|fighters|militants?|territory|town|city|villages?|war|wars|naval|navy|army|military|armed forces|sectarian|ethnic|communal|tribal|displace\w*|refugees?|camps?|ISIS|ISIL|Islamic State|al-?Qaeda|Taliban|Kurds|Kurdish|Hezbollah|Hamas)\b/i;

/** See {@link otherSense}: a campaign report's battles, fights, beatings and captures of votes. */
function campaignContest(
  rule: TriggerRule,
  word: string,
  text: string,
  at: number,
  match: string,
  after: string,
): boolean {
  const beat = rule.name === 'beat' && /^beat(?:s|ing)?$/.test(word);
  const captured = rule.name === 'shoot' && word === 'captured';
  const fight =
    rule.name === 'clash' &&
    /^(?:battles?|battling|battled|fight(?:s|ing)?|fought|offensive|clash(?:es|ed)?)$/.test(word);
  if (!beat && !captured && !fight) return false;
  // "beat Hillary Clinton in November", "can't beat Donald": a rival beaten, not beaten up.
  if (
    beat &&
    (!/^\s+(?:out\s+)?(?:\p{Lu}|him\b|her\b|them\b|(?:the|his|her|their|a)\s+(?:\w+\s+)?(?:senator|governor|president|nominee|candidate|incumbent|congress(?:wo)?man|mayor|opponent|rival|front-?runner|establishment|field|odds|Democrats?|Republicans?)\b)/u.test(
      after,
    ) ||
      /\bup\b/i.test(after.slice(0, 30)))
  )
    return false;
  const rest = without(text, at, match.length)
    .replace(GUN_POLICY, ' ')
    .replace(/\bgun[- ](?:control|safety|violence|rights?|laws?|lobby)\b/gi, ' ')
    .replace(/\bWhite House\b|\bhome states?\b/g, ' ')
    // ("a record of fighting and beating the establishment": one figure of speech.)
    .replace(/\bbeat(?:s|ing)?\b(?!\s+(?:\w+\s+)?up\b)/gi, ' ');
  return !ARMED_HARM.test(rest) && !CROWD_OR_CAPTIVE.test(rest);
}

// What a written instrument "calls for" it stipulates; nobody is asked ("the plan calls for the
// sale of the assets", "the Gramm-Rudman Act, which calls for a balanced budget"). A petition, a
// letter or a resolution is the act of asking, so they are not here.
const STIPULATING_SUBJECT =
  /\b(?:plan|proposal|agreement|contract|pact|accord|deal|treaty|(?:by)?law|act|bill|legislation|ordinance|statute|charter|constitution|directive|regulations?|rules?|sale|merger|transaction|settlement|offer|project|program(?:me)?|scheme|package|budget|schedule|timetable|tender|filing|formula|terms|guidelines|platform|provision|amendment|measure|reform|arrangement|restructuring|reorganization|recapitalization|draft|version|design|forecasts?|estimates?|projections?|outlook|consensus|problems?|situation|circumstances)s?(?:\s+(?:with|of|between|for|on|by)\s+[^,.;]{1,40}?)?(?:\s*,[^,]{1,90},)?,?\s+(?:(?:also|now|still|further|specifically|currently|originally|initially|which|that)\s+)*$/i;

// Whom an "appeal to" draws rather than asks: voters, a market, fears ("his appeal to
// working-class whites", "it would appeal to the mainstream of PC users").
const APPEAL_DRAWS =
  /^\s+(?:(?:the|a|an|his|her|their|its|our|some|many|more|most|all|those|these|both|of)\s+)*(?:[\w’'“”"-]+\s+){0,4}?(?:voters?|voting|electorate|base|audiences?|constituen\w+|supporters|people|population|consumers|buyers|investors|customers|readers|viewers|listeners|fans|women|men|conservatives|liberals|progressives|moderates|independents|Republicans|Democrats|evangelicals|Christians|millennials|Xers|youth|whites|blacks|Latinos|Hispanics|minorities|Americans|delegates|members|demographics?|folks|groups?|segments?|swaths?|market|mainstream|users|government|fears?|angels?|instincts|emotions|prejudices?|anxieties|nostalgia|patriotism|tastes?|entrails|interests?)\b/i;

/**
 * Whether a "calls for", "asked ... to", "vowed to" or "threatens" match frames content rather than
 * asking, threatening or coercing: what a contract stipulates, what a reporter asked about ("Asked
 * if the Fed would continue to ..."), a promise that coerces no one, a danger that nobody
 * threatens. Such a match is no event, and what follows it is its content, no event either.
 * `before` is the sentence up to the match, `after` the rest of it.
 */
export function framesContent(rule: TriggerRule, match: string, before: string, after: string): boolean {
  const word = match.toLowerCase();
  if (rule.name === 'threaten') {
    // A promise that coerces no one, a danger no one threatens: what follows is still only what
    // may come ("vowed to press on and win more delegates").
    if (/^vow/.test(word)) return !COERCIVE_VOW.test(after);
    return /^threat(?:en|ens|ened|ening)$/.test(word) && endangers(before.slice(-60), after);
  }
  if (rule.name !== 'call-for') return false;
  if (/^call(?:s|ed)? for$/.test(word) && STIPULATING_SUBJECT.test(before)) return true;
  if (/^ask\w*\s+(?:[\w’'-]+\s+)?(?:if|whether|what|how|why|when|where|who|which|about)\b/.test(word)) return true;
  // "Asked by Stephanopoulos to respond to Trump's criticism": an interviewer's question.
  return (
    /^ask\w*\s+by\s/.test(word) &&
    /^\s+(?:respond|comment|explain|elaborate|clarify|describe|name|say|react|reflect|assess|predict|rate)\b/i.test(
      after,
    )
  );
}

/** See {@link otherSense}: calls, appeals and askings that request nothing of anyone. */
function callForOtherSense(word: string, before: string, after: string): boolean {
  // "the demanding, classical setting", "a physically demanding job": an adjective.
  if (
    /^demanding$/.test(word) &&
    /\b(?:the|a|an|most|more|very|so|too|less|highly|physically|intellectually|emotionally|technically|especially|extremely|equally)\s+$/i.test(
      before,
    )
  )
    return true;
  // "the level demanded by an increasingly competitive world": what circumstances require.
  if (
    /^demanded$/.test(word) &&
    /^\s+by\s+(?:(?:an?|the|today['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:world|markets?|econom(?:y|ies)|consumers|customers|law|rules|circumstances|situation|times|competition)\b/i.test(
      after,
    )
  )
    return true;
  // "shares called for redemption": the issuer buys them back.
  if (/^call/.test(word) && /^\s+(?:(?:early|partial|optional|full)\s+)?redemption\b/i.test(after)) return true;
  // An appeal that draws people, unless it asks them to act ("appealed to voters to stay home").
  if (
    /^appeal/.test(word) &&
    /\bto$/.test(word) &&
    APPEAL_DRAWS.test(after) &&
    !/^\s+(?:[\w’'“”",-]+\s+){0,6}?(?:to\s+(?!be\b|the\b|a\b|an\b|what\b)[a-z]+|for)\b/.test(after)
  )
    return true;
  // A source's anonymity ("who asked not to be identified").
  return (
    /^ask/.test(word) &&
    /\bnot to$/.test(word) &&
    /^\s+be\s+(?:identified|named|quoted|cited|further identified)\b/i.test(after)
  );
}

// A vow is a threat (PLOVER: a coercive or forceful warning) only when what is vowed coerces or
// harms: "vowed to impose a punishing tariff", "vowed to bomb the hell out of", not "vowed to
// focus on being a better father" or "vows to press on".
const COERCIVE_VOW =
  /^\s+(?:[\w’'“”",-]+\s+){0,3}?[“"‘']?(?:impos\w*|punish\w*|retaliat\w*|block\w*|boycott\w*|sanction\w*|bomb\w*|attack\w*|strike\s+back|kill\w*|destroy\w*|wipe\s+out|crush\w*|hunt\w*|arrest\w*|jail\w*|imprison\w*|prosecut\w*|deport\w*|expel\w*|ban|bar|tariffs?|veto\w*|sue|seiz\w*|occupy|invade|revenge|avenge|eliminate|eradicate|shut\s+down|cut\s+off|suspend|sever|walk\s+out|go\s+after|war|resist\w*|take\s+action|respond|retake|annihilate|defeat\s+(?:ISIS|ISIL|the\s+Islamic\s+State|terror\w*))\b/i;

// What a threat endangers rather than what someone threatens to do: "excess liquidity threatened
// money supply targets", "a crop threatened by pests", "the primary threatens to knock one of the
// governors out", "life-threatening".
const ENDANGERED =
  /^\s+(?:(?:the|its|their|our|his|her|a|an|this|that|existing|continued|further|very|whole|entire)\s+)*(?:[\w’'-]+\s+){0,3}?(?:targets?|democracy|system|security|benefits|work|viability|way\s+of\s+life|progress|expansion|growth|recovery|econom(?:y|ies)|jobs|stability|future|survival|existence|health|livelihoods?|environment|process|credibility|independence|sovereignty|values|freedom|rights|privacy|lead|majority|chances|prospects|supply|supplies|crops?|harvest|industry|sector|market|profits?|earnings|margins|reputation|career|legacy)\b/i;
const CONSEQUENCE_VERB =
  /^\s+to\s+(?:create|cause|overshoot|top|change|knock|become|undermine|derail|swamp|overwhelm|spill|spiral|exceed|erode|slow|drag|send|trigger|divide|split|upend|overshadow|eclipse|dominate|unravel|cripple|jam|wreck|sink|swallow|tip|engulf|consume|outpace|widen|deepen|worsen|dampen|harm|damage|delay|stall|complicate|reignite|reopen\s+old)\b/i;

function endangers(before: string, after: string): boolean {
  if (/\blife[\s-]+$/i.test(before)) return true;
  if (CONSEQUENCE_VERB.test(after)) return true;
  if (
    /^\s+by\s+(?:(?:the|a|an|its|their|rising|growing|falling|low|high|further|continued|possible|renewed|plant|severe)\s+)*(?:[\w-]+\s+){0,2}?(?:instability|pests?|diseases?|drought|floods?|flooding|rains?|weather|frost|storms?|competition|imports|inflation|recession|deficits?|debts?|prices?|rates?|costs?|declines?|shortages?|erosion|climate|uncertainty|volatility|protectionism|diversity|technology|automation)\b/i.test(
      after,
    )
  )
    return true;
  return ENDANGERED.test(after) && !VIOLENCE.test(before + after);
}

// The firing that dismisses or sends words, each form with what follows it (see otherSense).
const FIRED_NOT_SHOT: [RegExp, RegExp][] = [
  [
    /^fir(?:ing|ed)$/,
    /^\s+(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:manager|director|chief|coach|CEO|staff|staffer|aides?|employees|workers|adviser|advisor|chairman|secretary|editor|head)\b|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[,.;?!]|$|\s+(?:as|from|after|for|over|and|the|in|on)\b))/u,
  ],
  [
    /^fired on$/,
    /^\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/,
  ],
  [/^fired with$/, /^\s+(?:the\s+)?(?:help|support|blessing|approval|consent|backing)\b/i],
  [
    /^firing$/,
    /^\s+(?:off\s+(?:[\w-]+\s+){0,2}?(?:attacks|insults|tweets|letters?|e-?mails?|questions|salvos?|barbs|jabs|responses?|statements?|messages?|memos?)|(?:people|workers|employees|staff(?:ers)?|executives|teachers)\b)/i,
  ],
];

/** A prisoner exchange told ("in exchange of two captured soldiers", "a prisoner swap"). */
const PRISONER_EXCHANGE =
  /\b(?:(?:exchanged|swapped) (?:\w+ )?prisoners|prisoners? (?:exchange|swap)s?|(?:exchange|swap) of (?:\w+ )?prisoners|in exchange (?:of|for))\b/i;

/**
 * Whether a trigger match is a word of the lexicon used in another sense than the event it names:
 * a death from illness or accident, a fight in sport or politics, an "attack" made with words,
 * "demonstrated" a product, "executed" a contract, "seized on" a claim, "hacked" computers.
 * `text` is the sentence, `at` where the match starts in it, `previous` the sentence before (an
 * outcome — "three died" — may rest on violence told there).
 */
export function otherSense(
  rule: TriggerRule,
  text: string,
  at: number,
  match: string,
  previous = '',
  article?: ArticleContext,
): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at + match.length, at + match.length + 80);
  const rest = without(text, at, match.length);
  const violent = VIOLENCE.test(/fight|fought|battl/i.test(rest) ? rest.replace(POLICY_FIGHT, ' ') : rest);
  const word = match.toLowerCase();
  // A word in capitals in a sentence not written in capitals is an acronym or a ticker
  // ("Mobil Corp <MOB.N>"), unless the trigger is an acronym itself ("an IED").
  if (/^\p{Lu}{2,}$/u.test(match) && !/^IEDS?$/.test(match) && /\p{Ll}/u.test(text)) return true;
  // A ticker in brackets ("MOBIL <MOB> UNIT TO PRODUCE ...", "<RIOT.O>") names a company, in any case.
  if (/<[\w.]*$/.test(before) && /^[\w.]*>/.test(after)) return true;
  // A match report's "beat", "attack", "shot", "strike" and "marching orders" are play, unless
  // the sentence tells of violence or a crowd (fans fighting, police, a protest).
  if (article?.sport && !REAL_IN_SPORT.test(text)) return true;
  // The captives and the dead handed over in a prisoner exchange ("released a soldier in
  // exchange of two captured soldiers and the body of another") were taken and killed before:
  // the exchange is the sentence's event.
  if (rule.type === 'ASSAULT' && /^(?:captured|bod(?:y|ies) of)$/.test(word) && PRISONER_EXCHANGE.test(text))
    return true;
  // In a campaign report an attack with no one armed or hurt beside it is made with words
  // ("escalated her attacks on Sanders' record", "a new line of attack").
  if (
    article?.campaign &&
    /^attack/.test(word) &&
    !ARMED_HARM.test(rest.replace(/\battack\w*/gi, ' ').replace(GUN_POLICY, ' '))
  )
    return true;
  // So is an "assault" told with words of speech ("The new assault comes as Democrats hone their
  // lines of attack"), unless it is one on a body.
  if (
    article?.campaign &&
    /^assault$/.test(word) &&
    VERBAL.test(rest) &&
    !ARMED_HARM.test(rest.replace(/\b(?:assault|attack)\w*/gi, ' ').replace(GUN_POLICY, ' ')) &&
    !/\b(?:sexual\w*|rap(?:e|ed|ist)|grop\w*|harass\w*|domestic|physical\w*|police|arrest\w*|charged with|allegations?|accus\w*|battery|terror\w*|security|Islamic State|ISIS|jihad\w*)\b/i.test(
      rest,
    )
  )
    return true;
  // "Rose Bowl skywriters blast Trump": criticism, where nothing else violent stands beside.
  if (
    rule.name === 'explosive' &&
    /^blast(?:s|ed|ing)?$/.test(word) &&
    /^\s+(?:\p{Lu}|him\b|her\b|them\b|the\s+(?:[\w-]+\s+)?(?:plan|decision|ruling|proposal|bill|policy|administration|government|president|senator|candidate|campaign|media|press)\b)/u.test(
      after,
    ) &&
    !VIOLENCE.test(without(text, at, match.length))
  )
    return true;
  // "the explosion at the Chernobyl reactor", "a gas explosion": an accident, no attack.
  if (
    rule.name === 'explosive' &&
    /^(?:explosions?|blasts?)$/.test(word) &&
    /\b(?:reactors?|nuclear (?:plant|power)|power (?:plant|station)|boilers?|gas (?:mains?|lines?|cylinders?|tanks?|leaks?)|pipelines?|refiner(?:y|ies)|chemical (?:plant|factory)|methane|firecrackers?|fireworks)\b/i.test(
      text,
    ) &&
    !/\b(?:bomb\w*|attack\w*|militants?|terror\w*|insurgents?|suicide|gunm[ae]n|sabotage\w*|rebels?|weapons?|shell\w*|artillery|mortars?|missiles?|rockets?|drones?|strikes?)\b/i.test(
      text,
    )
  )
    return true;
  // "destroyed last May when a Delta rocket exploded after liftoff", "an explosion during a
  // furnace rebuild": a launch or a plant failed, where nothing else violent is told.
  if (
    (rule.name === 'explosive' || rule.name === 'shelling' || rule.name === 'loot') &&
    FAILURE.test(text) &&
    !VIOLENCE.test(rest.replace(FAILURE_G, ' '))
  )
    return true;
  // "will not accept explosives, shock sensitive materials or radioactive wastes": a material
  // named, where nothing is blown up, planted or used in its sentence.
  if (
    /^explosives$/.test(word) &&
    !/\b(?:plant\w*|detonat\w*|set off|used|using|hurl\w*|threw|thrown|kill\w*|wound\w*|injur\w*|destroy\w*|damag\w*|blew|blown|blast\w*|explod\w*|attack\w*|bomb\w*|strapped|laden|packed|rigged|booby|suicide|seiz\w*|found|discovered|defus\w*|smuggl\w*|caches?|stockpiles?|arrest\w*|weapons?|arms|ammunition)\b/i.test(
      without(text, at, match.length),
    )
  )
    return true;
  // "Minutes after blast-off": a launch.
  if (/^blast$/.test(word) && /^-?off\b/i.test(after)) return true;
  // "protect soldiers from bullets and grenades", "blast-resistant": what something guards against.
  if (
    /\b(?:protect\w*|shield\w*|guard\w*|safe|secure|resistant|proof)\b[^.;]{0,40}\bfrom\s+(?:[\w-]+\s+(?:and|or)\s+)?$/i.test(
      before,
    )
  )
    return true;
  // "the assault weapons ban", "shoot-from-the-lip": a kind of rifle, a manner of speaking.
  if (/^assault$/.test(word) && /^[\s-]+(?:weapons?|rifles?|guns?|style)\b/i.test(after)) return true;
  if (/^shoot$/.test(word) && /^-from-the-(?:hip|lip)\b/i.test(after)) return true;
  // In a campaign report the words of war and of fights, with no one armed, hurt or held and no
  // crowd beside them, are the contest's: "the delegate battle", "Cruz captured two states",
  // "I will beat Hillary Clinton", "a gun-control offensive", "has been fighting her whole life".
  if (article?.campaign && campaignContest(rule, word, text, at, match, after)) return true;
  // In an outbreak or disaster report a death with no one dealing harm in its sentence is the
  // calamity's
  // ("Marburg kills more slowly", "with at least 180 fatalities").
  if (article?.calamity && rule.name === 'kill' && CASUALTY_WORD.test(word) && !AGENT_OF_HARM.test(rest)) return true;
  // Harm done to oneself ("shot himself", "veterans killing themselves") is a suicide, no attack.
  if (
    (rule.name === 'kill' || rule.name === 'shoot' || rule.name === 'primitive') &&
    /^(?:kill|shot|shoot|stabb)/.test(word) &&
    /^\s+(?:him|her|them|it|my|your|our)sel(?:f|ves)\b/i.test(after)
  )
    return true;
  switch (rule.name) {
    case 'kill': {
      // "aimed at killing a religious-freedom bill", "the death of the Bush dynasty": a measure
      // stopped, an era ended.
      if (
        /^(?:kill(?:ed|ing|s)?|death)$/.test(word) &&
        /^,?\s+(?:of\s+)?(?:(?:a|an|the|this|that|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?(?:bill|legislation|measure|proposal|amendment|motion|deal|plan|idea|dynasty|era|party|campaign|candidacy|movement|establishment|hopes?|dreams?)\b/i.test(
          after,
        ) &&
        !ARMED_HARM.test(rest.replace(/\bkill\w*|\bdeath\b/gi, ' '))
      )
        return true;
      // "to prevent any raid on the heart of their business empire", "a dawn raid on the
      // shares": a bid for a company, where no one armed stands beside.
      if (
        /^raid(?:s|ed)?$/.test(word) &&
        (/\b(?:corporate|dawn|takeover|bear|share|stock|market)\s+$/i.test(before) ||
          /^\s+on\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,4}?(?:business|empire|compan(?:y|ies)|shares|stocks?|pension|treasury|coffers|budget|funds?|market|reserves)\b/i.test(
            after,
          )) &&
        !ARMED_HARM.test(rest) &&
        !/\b(?:police|troops|soldiers|agents|officers)\b/i.test(rest)
      )
        return true;
      // "A motorcycle wreck killed a passenger", "struck, killed by car": the road's dead.
      if (
        /^(?:kill(?:ed|s)?|died|dead|death)$/.test(word) &&
        /\b(?:wreck|crash(?:ed|es)?|collision|accident)\b|\bby\s+(?:a|an|the|his|her)?\s*(?:[\w-]+\s+)?(?:car|truck|train|vehicle|bus|van|pickup|SUV|motorist)\b|\bbacking up\b/i.test(
          rest,
        ) &&
        // (The police who report it are no agent: "the North Charleston Police Department reported".)
        !AGENT_OF_HARM.test(rest.replace(INVESTIGATORS, ' ')) &&
        !/\b(?:rammed|ploughed|plowed|mowed|deliberately|intentionally|drove\s+(?:[\w-]+\s+){0,2}into)\b/i.test(rest)
      )
        return true;
      // "this merchant of death": an epithet.
      if (/^death$/.test(word) && /\bmerchants?\s+of\s+$/i.test(before)) return true;
      // "his murder weapon for sale", "a murder mystery", "the murder rate": a kind of thing.
      if (
        /^murder$/.test(word) &&
        /^\s+(?:weapons?|mystery|mysteries|novels?|rates?|statistics|capital)\b/i.test(after)
      )
        return true;
      if (/^attack/.test(word)) {
        // (Someone armed or hurt beside it, other attack words aside.)
        const armed = ARMED_HARM.test(rest.replace(/\battack\w*/gi, ' '));
        // "a typical Democratic line of attack": a way of arguing.
        if (/\blines?\s+of\s+$/i.test(before) && !armed) return true;
        // "launched an initial attack on the flames": firefighting.
        if (/^\s+on\s+(?:the\s+)?(?:flames|fire|blaze|wildfire)\b/i.test(after)) return true;
        // "firing off endless attacks of his own": words (see the shoot rule).
        if (
          /\bfir(?:ing|ed|es)\s+off\s+(?:[\w-]+\s+){0,2}?$/i.test(before) &&
          !ARMED_HARM.test(rest.replace(/\bfir\w*\s+off\b/gi, ' '))
        )
          return true;
        // "a heart attack", "a panic attack": illness.
        if (/\b(?:heart|panic|asthma|anxiety|seizure)\s+$/i.test(before)) return true;
        // "Soviet attack helicopters", "an attack submarine": a kind of craft, not its use.
        if (
          /^attack$/.test(word) &&
          /^\s+(?:helicopters?|aircraft|planes?|jets?|submarines?|boats?|craft|fighters?|bombers?|dogs?|rifles?)\b/i.test(
            after,
          )
        )
          return true;
        // "our classified information is under constant attack": hackers, not weapons.
        if (
          /\b(?:information|data|systems?|servers?|networks?|e-?mails?|computers?|websites?)\s+(?:is|are|was|were|has been|have been)\s+under\s+(?:\w+\s+)?$/i.test(
            before,
          )
        )
          return true;
        // "launching a major attack on these new markets", "an attack on the deficit": a business
        // or a policy push, where no one armed or hurt stands beside it.
        if (
          /^\s+on\s+(?:(?:the|these|those|its|their|new|world|foreign|domestic|overseas|export)\s+)*(?:[\w-]+\s+){0,2}?(?:markets?|prices?|costs?|deficits?|inflation|sector|competition|competitors|dollar|yen|currency|currencies|spending|unemployment|poverty|debt)\b/i.test(
            after,
          ) &&
          !armed
        )
          return true;
        // "a long verbal attack", "a blistering personal attack": words.
        if (
          /\b(?:verbal|rhetorical|personal|political|media|written|scathing|blistering|stinging|withering|vitriolic)\s+(?:[\w-]+\s+)?$/i.test(
            before,
          ) &&
          !ARMED_HARM.test(rest)
        )
          return true;
        // "a massive attack on the mark": speculation against a currency or a market.
        if (
          /^\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mark|dollar|yen|pound|sterling|franc|lira|rupee|peso|rouble|ruble|euro|currency|market|bond market|stock market|shares)\b/i.test(
            after,
          )
        )
          return true;
        // An attack on a politician or a debate's people ("an attack on Sen. John McCain", "his
        // attacks on moderators") is made with words, whatever war the sentence recalls, unless
        // someone armed or a weapon stands beside it ("militants attacked President Karzai").
        if (
          (!ARMED_HARM.test(rest) &&
            /^\s+(?:(?:on|against)\s+)?(?:(?:the|his|her|their|its|a|an|other|fellow|[A-Z][\w.'’-]*)\s+){0,3}(?:sen\.|rep\.|gov\.|(?:senators?|congress\w*|lawmakers?|candidates?|moderators?|rivals?|opponents?|nominees?|challengers?|governor|president(?!ial palace)|(?:vice|prime) minister|the press|the media|judges?|critics)\b)/i.test(
              after,
            )) ||
          /\b(?:attack\w*) (?:ads?|dogs?|lines?|mode)\b/i.test(text.slice(at, at + match.length + 6))
        )
          return true;
        // "attacked Trump, saying he …": what follows is the attack's words.
        if (
          !ARMED_HARM.test(rest) &&
          /^\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+,\s+(?:saying|calling|accusing|arguing|writing|tweeting|claiming|charging that)\b/i.test(
            after,
          )
        )
          return true;
        // An attack told with words, not force: nothing violent beside it (other "attacks" aside),
        // and the marks of speech.
        return !VIOLENCE.test(rest.replace(/\battack\w*/gi, ' ')) && VERBAL.test(rest);
      }
      // "imports ... are materially injuring Canadian corn producers": harm to a trade, as a
      // trade tribunal finds it, where nothing violent stands beside.
      if (
        /^injur/.test(word) &&
        (/\bmaterial(?:ly)?\s+$/i.test(before) ||
          // "the domestic industry was being injured by Brazilian orange juice imports"
          TRADE_HARMED_BEFORE.test(before) ||
          /^\s+by\s+(?:[\w.'’-]+\s+){0,4}?(?:imports|exports|dumping|competition|subsidies)\b/i.test(after) ||
          TRADE_HARMED_AFTER.test(after)) &&
        !VIOLENCE.test(rest.replace(/\binjur\w*/gi, ' '))
      )
        return true;
      // "psychologically wounding to the boy": hurtful.
      if (
        /^wounding$/.test(word) &&
        (/^\s+to\b/i.test(after) || /\b(?:psychologically|emotionally|deeply)\s+$/i.test(before))
      )
        return true;
      // "the people getting killed in this deal", "killed in the polls": losers, not the dead.
      if (
        /^kill/.test(word) &&
        /^\s+(?:in|on|by)\s+(?:the|this|that|these)\s+(?:deals?|markets?|polls?|elections?|bill|plan|law|system|debates?|ratings|price war|competition)\b/i.test(
          after,
        )
      )
        return true;
      if (
        /^killed$/.test(word) &&
        (/^\s+(?:the|a|an|his|her|their|its)\s+(?:bill|deal|proposal|plan|idea|project|story|measure|amendment|motion|merger|bid)\b/i.test(
          after,
        ) ||
          // "the deal had been killed by the Pentagon".
          /\b(?:bill|deal|proposal|plan|idea|project|measure|amendment|motion|merger|bid|contract|legislation|program|programme)s?\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?(?:been\s+)?(?:\w+ly\s+)?$/i.test(
            before,
          ))
      )
        return true;
      // "hackers have targeted the voter registration systems": a cyber attack, no violence;
      // "ads targeted in part at the first group": aimed at.
      if (
        /^targeted$/.test(word) &&
        (/\b(?:hack\w*|cyber\w*|malware|phishing|ransomware|servers?|networks?|systems|databases?|websites?|e-?mail\w*|accounts)\b/i.test(
          rest,
        ) ||
          /^\s+(?:in part|mainly|largely|primarily|specifically|directly|squarely|chiefly|especially)\s+(?:at|to|toward)\b/i.test(
            after,
          )) &&
        !ARMED_HARM.test(rest)
      )
        return true;
      // "targeted healthcare reform", "targeted swing-state voters with ads": aimed at, no attack.
      if (
        /^targeted$/.test(word) &&
        /^\s+(?:[\w-]+\s+){0,2}?(?:reforms?|polic(?:y|ies)|voters|audiences?|ads?|advertising|spending|cuts?|tax(?:es)?|programs?|markets?|customers|consumers|demographics?|states|districts|precincts|donors|fraud|waste|sectors?|services|business(?:es)?|segments?|industr(?:y|ies)|growth|acquisitions?)\b/i.test(
          after,
        ) &&
        !VIOLENCE.test(rest)
      )
        return true;
      if (/^targeted$/.test(word))
        // An attribute ("the scope of targeted cuts", "highly targeted ads"), not what someone did.
        return (
          /\b(?:of|the|a|an|more|less|highly|narrowly|well|better|most|its|their|his|her|our|for|with|several|many|some|few|new|these|those|such|other|\d+)\s+$/i.test(
            before,
          ) ||
          // "targeted tax breaks", "targeted sanctions": an attribute of a policy.
          /^\s+(?:tax|taxes|sanctions|spending|cuts?|relief|aid|ads?|advertising|marketing|campaigns?|programs?|programmes?|approach|measures|lockdowns?|support|investments?|breaks|credits|funding|help|therapy|therapies|treatments?|drugs?|messages?|outreach)\b/i.test(
            after,
          )
        );
      // "the number of murders per capita in international cities", "the rate of homicides",
      // "the fatality rate": a count of many.
      if (
        /^(?:kill|murder|death|died|homicide|fatalit|casualt|injur|wound|found dead|bod)/.test(word) &&
        (/^\s+(?:per\s+(?:capita|head|\d|one|100)|rates?|ratios?|statistics)\b/i.test(after) ||
          // (Not "an unknown number of fatalities", which counts one event's dead.)
          /\brates?\s+of\s+(?:[\w-]+\s+)?$/i.test(before))
      )
        return true;
      // A death, an injury or a loss with no violence beside it, from illness, accident or
      // disaster, or without any violence in its sentence or the one before (an obituary).
      if (/^(?:killed|killing|kills?\b|died|death|injur|wound|casualties|fatalit|found dead|bod)/.test(word)) {
        // "an opponent of the death penalty", "death row", "death benefits": no killing.
        if (
          /^death$/.test(word) &&
          /^\s+(?:penalty|penalties|row|sentences?|certificates?|benefits?|tax|taxes|panels?|spiral)\b/i.test(after)
        )
          return true;
        // The cause is read in the trigger's own clause ("children who died in a trailer fire,
        // … in a prison cell"); violence anywhere in the sentence keeps an outcome violent.
        // Done by someone ("injured by traders"): violence, whatever else the sentence is about.
        const agent =
          /^(?:injur|wound|killed)/.test(word) && /^\s+(?:[\w-]+\s+){0,2}?by\s+((?:[\w-]+\s+){0,3}[\w-]+)/i.exec(after);
        if (
          agent &&
          // The agent ends at its first preposition ("by traders during the flu lockdown").
          !NON_VIOLENT_CAUSE.test(
            agent[1]!.split(/\s+(?:in|on|at|during|after|amid|near|for|with|while|when|as|from)\s/i)[0]!,
          ) &&
          !/^(?:the|a|an)?\s*(?:time|end|then|now|\d)/i.test(agent[1]!)
        )
          return false;
        // "officials say early indications show no foul play is involved".
        if (NO_FOUL_PLAY.test(text)) return true;
        // (Police who say or investigate are no violence: "Police say a man has died after being
        // found floating in a pool".)
        const clause = clauseAround(rest.replace(INVESTIGATORS, ' '), at, match.length);
        // Other outcomes in the clause ("killed and 200,000 injured when a gas cloud …") are no cause.
        const causes = clause
          .replace(
            /\b(?:battle|fight|struggle)s?\s+(?:with|against)\s+(?:[\w-]+\s+){0,2}?(?:cancer|illness|disease|leukemia|tumou?rs?|addiction|infection)\b/gi,
            ' cancer ',
          )
          // "died of a heart attack": an illness, whose name holds a word of violence.
          .replace(/\b(?:heart|panic|asthma|anxiety)\s+attacks?\b/gi, ' cancer ')
          .replace(
            /\b(?:injur\w*|wound\w*|victims?|casualt\w*|bod(?:y|ies)|dead|killed|killing|died|deaths?)\b/gi,
            ' ',
          );
        if (!VIOLENCE.test(causes) && NON_VIOLENT_CAUSE.test(clause)) return true;
        if (/^(?:died|death)/.test(word) && !VIOLENCE.test(clause) && ANIMALS.test(clause)) return true;
        if (violent) return false;
        if (NON_VIOLENT_CAUSE.test(rest)) return true;
        // "A fire swept the house. Two children died."
        if (!VIOLENCE.test(previous) && NON_VIOLENT_CAUSE.test(previous)) return true;
        // A count ("2 fatalities") rests on the note it ends, which told the violence.
        // "injured her", "wounding two": someone did it. Otherwise an injury or a death with no
        // violence in its sentence or the one before is not an attack ("died March 19. She was 62").
        if (
          /^(?:injur|wound)/.test(word) &&
          /^\s+(?:her|him|them|us|me|you|\d|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|hundreds|at least|some|a|an|the)\b/i.test(
            after,
          )
        )
          return false;
        return /^(?:died|death|injur|wound)/.test(word) && !VIOLENCE.test(previous);
      }
      return false;
    }
    case 'clash':
      // "injured fighting the fire": firefighting.
      if (
        /^(?:fight|fights|fighting|fought)$/.test(word) &&
        /^\s+(?:the\s+|a\s+)?(?:fires?|blazes?|flames|wildfires?)\b/i.test(after)
      )
        return true;
      // "fought hard against cutbacks in farm benefits": a policy opposed, whatever harm the
      // sentence tells ("With the death of Sen. Zorinsky, farmers have lost an ally who had
      // fought hard against cutbacks"), unless fighters stand beside it.
      if (/^(?:fight|fights|fighting|fought)$/.test(word) && FOUGHT_POLICY.test(after) && !FIGHTERS.test(rest))
        return true;
      // "fighting to keep the boy in the country", "battle lines", "a custody battle": a struggle
      // of words, unless someone armed stands beside it.
      if (
        !ARMED_HARM.test(rest) &&
        ((/^(?:fight|fights|fighting|fought)$/.test(word) &&
          /^\s+(?:hard\s+)?to\s+(?:keep|save|stop|block|win|get|protect|preserve|end|overturn|prevent|stay|remain|make|bring|change|pass|defend|reduce|lower|raise|hold|retain|secure|survive|recover|regain|restore|rebuild|revive|salvage|rescue|clear|avoid|overcome|contain|limit|curb|cut|boost|attract|maintain|stem|shore|turn|fend|head|stave)\b/i.test(
            after,
          )) ||
          (/^battles?$/.test(word) &&
            (/^\s+lines?\b/i.test(after) ||
              /\b(?:custody|uphill|legal|court|political|budget|bidding|takeover|proxy|boardroom|patent|price|pricing|tariff|trade|regulatory|antitrust|ratings|PR|public relations|messaging|media|turf|procedural|partisan|branding|marketing|ideological|diplomatic|verbal|propaganda|cultural|philosophical)\s+$/i.test(
                before,
              ))))
      )
        return true;
      // "deepening a clash with the opposition", "clashes with trade unions", "a prison clashes
      // with revitalization": a dispute, where no force or crowd is the other side and no one is
      // hurt.
      if (
        /^clash(?:es)?$/.test(word) &&
        /^\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:opposition|unions?|management|employers|parliament|congress|senate|government|administration|part(?:y|ies)|ministry|ministers?|courts?|judiciary|plans?|polic(?:y|ies)|rules?|revitali[sz]ation|interests?|goals?|values|schedule|budget)\b(?!\s+(?:forces|troops|soldiers|police|security|supporters|militia\w*|fighters|guards|loyalists|activists|members|workers)\b)/i.test(
          after,
        ) &&
        !VIOLENCE.test(rest)
      )
        return true;
      // "a battle between Cubans of differing political views", "a clash of ideologies": a
      // contest of ideas, where no one is armed or hurt and no land or group is fought over.
      if (
        /^(?:battles?|clash(?:es)?)$/.test(word) &&
        !ARMED_HARM.test(rest) &&
        /\b(?:views|ideolog\w*|rhetoric|debate|opinions?|ideas|values|cultures|personalities|wills|visions|dispute over)\b/i.test(
          rest,
        ) &&
        !/\b(?:land|border|water|grazing|cattle|farm\w*|property|plot|boundary|communal|tribal|ethnic|militia\w*|villagers)\b/i.test(
          rest,
        )
      )
        return true;
      // "a hard fought meet", "fighting AIDS", "we have fought the battle" (an election).
      if (/^(?:fought|fighting|battles?)$/.test(word) || /^offensive$/.test(word)) {
        if (
          /^offensive$/.test(word) &&
          (OFFENSIVE_THING_AFTER.test(after) ||
            OFFENSIVE_ADJECTIVE_BEFORE.test(before) ||
            // "went on the offensive against Trump": words, where no one armed stands beside.
            (/\b(?:go|goes|going|went|gone|is|was|be|been|remains?|remained|stays?|stayed)\s+on\s+the\s+$/i.test(
              before,
            ) &&
              !ARMED_HARM.test(rest)))
        )
          return true;
        // Fans fighting at a match is a fight; a fight "broke out" or "between" sides is one too.
        return (
          !VIOLENCE.test(rest.replace(/\b(?:fight\w*|fought|battle\w*)/gi, ' ')) &&
          (CONTEST.test(rest) || NON_VIOLENT_CAUSE.test(rest)) &&
          !/\b(?:broke out|erupted|between|fans|hooligans|spectators)\b/i.test(rest)
        );
      }
      return false;
    case 'shoot':
      // "three former administration big shots": people of rank.
      if (/^shots?$/.test(word) && /\bbig\s+$/i.test(before) && !ARMED_HARM.test(rest)) return true;
      // "has taken frequent shots at Mr. Trump's comments": jabs, where no one armed stands beside.
      if (
        /^shots?$/.test(word) &&
        /\b(?:took|taken|takes|taking|take)\s+(?:a\s+)?(?:[\w-]+\s+)?$/i.test(before) &&
        /^\s+at\b/i.test(after) &&
        !ARMED_HARM.test(rest)
      )
        return true;
      // A dismissal or words sent, where no one armed or hurt stands beside: "Was firing
      // Lewandowski the start of Trump's reset?", "fired the manager", "was fired on June 20",
      // "fired with the help of his children", "firing people", "firing off endless attacks".
      if (FIRED_NOT_SHOT.some(([w, a]) => w.test(word) && a.test(after)) && !ARMED_HARM.test(rest)) return true;
      // A beam or a camera's shot: "shoots radar waves into the ground", "went around to shoot
      // video of the sign".
      if (
        /^shoot(?:s|ing)?$/.test(word) &&
        /^\s+(?:(?:a|the|some|more)\s+|[\w-]+\s+)?(?:radar|waves|beams?|lasers?|x-rays|signals?|light|video|footage|film|photos?|pictures?|scenes?|commercials?)\b/i.test(
          after,
        )
      )
        return true;
      // "to give the venture another shot": another try.
      if (
        /^shot$/.test(word) &&
        /\bgive\s+(?:[\w’'-]+\s+){0,3}?(?:another|a|one more|a second|a fair)\s+$/i.test(before) &&
        !ARMED_HARM.test(rest)
      )
        return true;
      // "her last-chance shot to bring voters over", "a real shot at the nomination": a chance.
      if (
        /^shot$/.test(word) &&
        /\b(?:last-chance|last|best|good|fair|real|decent|second|another|first|only|one|big|better)\s+$/i.test(
          before,
        ) &&
        /^\s+(?:to\s+(?:win|bring|make|get|be|become|take|beat|unseat|capture|claim|reach|prove|show|turn|change|land|earn|secure|persuade|convince)\b|at\s+(?:the\s+|a\s+)?(?:nomination|presidency|title|winning|victory|re-?election|office|redemption|majority|seat|job|championship|crown|playoffs?)\b)/i.test(
          after,
        ) &&
        !ARMED_HARM.test(rest)
      )
        return true;
      // "green shoots" of recovery: growth.
      if (/^shoots$/.test(word) && /\b(?:green|new|young|tender|bamboo)\s+$/i.test(before)) return true;
      // "the top 1 percent captured 58 percent of income", "emails were captured in the
      // record system", "captured the hearts of moderates": a share, a record or a mood taken.
      if (
        /^captured$/.test(word) &&
        CAPTURED_THING_AFTER.test(after.slice(0, 60)) &&
        !ARMED_HARM.test(rest.replace(/\bWhite House\b/g, ' ')) &&
        !CROWD_OR_CAPTIVE.test(rest)
      )
        return true;
      // "A Reuters photographer captured a small figure": a picture taken.
      if (
        /^captured$/.test(word) &&
        /\b(?:photograph\w*|cameras?|photos?|videos?|images?|footage|pictures?|film\w*)\b/i.test(rest)
      )
        return true;
      if (/^shot$/.test(word)) {
        if (
          /\b(?:flu|booster|vaccine|vaccination|measles|polio|covid|tetanus|long|big|parting|cheap|mug|moon|penalty|jump|slap|money|hot|live|camera|photo|close|wide|screen|opening|warning)\s+$/i.test(
            before,
          )
        )
          return true;
        // "took a shot at Hillary Clinton": a jab, where no one armed stands beside it.
        if (/\btook\s+(?:a\s+)?(?:[\w-]+\s+)?$/i.test(before) && /^\s+at\b/i.test(after) && !ARMED_HARM.test(rest))
          return true;
        // "quickly shot down by others": only aircraft are shot down.
        if (
          /^\s+down\b/i.test(after) &&
          !/\b(?:planes?|jets?|aircraft|drones?|helicopters?|missiles?|rockets?|balloons?|fighters?|airliners?|bombers?)\b/i.test(
            text,
          )
        )
          return true;
        if (/^\s+(?:to fame|a (?:video|film|movie|scene|look|glance))\b/i.test(after)) return true;
        // "shot back: 'I wouldn't bet on it'", "shot back in a statement": a retort.
        if (/^\s+back\s*(?:[:,"“]|that\b)/i.test(after)) return true;
        if (/^\s+back\b/i.test(after) && !ARMED_HARM.test(rest)) return true;
        // "had no shot with white America": a chance; "Her mind is shot": ruined.
        if (/\b(?:no|any|a|real|fair)\s+$/i.test(before) && /^\s+(?:with|at)\b/i.test(after) && !ARMED_HARM.test(rest))
          return true;
        if (
          /\b(?:mind|brain|nerves|credibility|confidence|reputation|voice|knees?|back)\s+(?:is|was|are|were|is\s+just)\s+$/i.test(
            before,
          )
        )
          return true;
        // "Confidence is shot to ribbons": ruined.
        if (/^\s+to\s+(?:ribbons|pieces|bits|hell|smithereens)\b/i.test(after)) return true;
        // "a shot in the arm": a boost.
        if (/\ba\s+(?:[\w-]+\s+)?$/i.test(before) && /^\s+in the arm\b/i.test(after)) return true;
        // "This is the one shot," "our last shot at a deal": a chance, where no one is armed.
        if (
          /(?:\b(?:the|one|a|an|our|their|his|her|my|your|its)|\p{L}['’]s)\s+(?:one|last|only|best|final|real)\s+$/iu.test(
            before,
          ) &&
          !ARMED_HARM.test(rest)
        )
          return true;
        // "a shot of energy": a boost.
        if (
          /^\s+of\s+(?:energy|adrenaline|confidence|optimism|whiskey|whisky|espresso|vodka|tequila|realism)\b/i.test(
            after,
          )
        )
          return true;
        // "a good shot at winning": a chance.
        if (
          /\b(?:a|an|the)\s+(?:[\w-]+ly\s+)?(?:good|real|fair|decent|great|better|best|strong|outside)\s+$/i.test(
            before,
          )
        )
          return true;
      }
      if (
        /^shooting$/.test(word) &&
        /^\s+(?:(?:a|the)\s+)?(?:film|movie|video|scene|documentary|commercial|photos?|footage|schedule|star)\b/i.test(
          after,
        )
      )
        return true;
      return false;
    case 'shelling':
      // "necklaces of ocean shells": seashells.
      if (
        /^shells$/.test(word) &&
        /\b(?:ocean|sea|oyster|clam|conch|snail|turtle|egg|mussel|scallop|of)\s+$/i.test(before) &&
        !ARMED_HARM.test(rest)
      )
        return true;
      // "his campaign shelled out to broadcast a film": paid.
      if (/^shelled$/.test(word) && /^\s+out\b/i.test(after)) return true;
      // "the first artillery brigade", "mortar units": a unit, not a bombardment.
      return /^\s+(?:brigades?|battalions?|regiments?|divisions?|units?|corps|school|officers?|commanders?|pieces)\b/i.test(
        after,
      );
    case 'abduct':
      // "I hope they have kidnapping insurance".
      return /^kidnapping$/.test(word) && /^\s+(?:and\s+ransom\s+)?(?:insurance|cover|policy|policies)\b/i.test(after);
    case 'riot':
      // "riot police", "in riot gear": the force and its kit, sent against a riot or not.
      if (
        word === 'riot' &&
        /^\s+(?:police\w*|gear|squads?|control|shields?|units?|troops|officers|forces|guns?)\b/i.test(after)
      )
        return true;
      // "the anti-Muslim mob mentality": a frame of mind.
      return /^mob$/.test(word) && /^\s+(?:mentality|rule|psychology|boss(?:es)?|ties|hit)\b/i.test(after);
    case 'gather':
      // "staged an explosive rally on Wall Street", "staged a comeback": a price or a team.
      if (
        /^staged/.test(word) &&
        (/^\s*(?:[\w-]+\s+){0,2}?(?:comeback|recovery|rebound|turnaround|upset)\b/i.test(after) ||
          (/^\s*(?:[\w-]+\s+){0,2}?rall(?:y|ies)\b/i.test(after) && MARKET.test(rest) && !PEOPLE_IN_STREETS.test(rest)))
      )
        return true;
      // Mourners ("hundreds of people who gathered to say goodbye to Cpl. Michael Ouellette"), with
      // no dissent beside them: a funeral, not a protest.
      if (/^gather/.test(word) && MOURNING.test(rest) && !DISSENT.test(rest.replace(MOURNING_G, ' '))) return true;
      // A campaign's crowd ("Kasich's supporters are gathered at a hotel", "a small gathering of
      // Nevada supporters waited for her"), with no dissent beside it, protests nothing.
      return article?.campaign === true && !DISSENT.test(rest);
    case 'demonstrate':
      // A candidate's rally in a campaign report is no protest (PLOVER: dissent against a
      // recipient), unless dissent stands beside it ("rallied against the ruling").
      // ("go marching into the Democratic convention with a lot of momentum": a campaign's
      // progress, no march, and no dissent beside the rally.)
      if (article?.campaign && MARCH_TO_VICTORY.test(text.slice(at, at + match.length + 60))) return true;
      if (article?.campaign && /^rall/.test(word) && !DISSENT.test(rest.replace(MARCH_TO_VICTORY_G, ' '))) return true;
      // So is one its own words call a campaign's ("held a campaign rally in Dayton"), in any report.
      if (
        /^rall(?:y|ies)$/.test(word) &&
        /\b(?:campaign|election|electoral|re-election|stump|victory)\s+$/i.test(before) &&
        !DISSENT.test(rest)
      )
        return true;
      // "a white picket fence", "sent marching orders".
      if (/^picket$/.test(word) && /^\s+fences?\b/i.test(after)) return true;
      if (/^marching$/.test(word) && /^\s+orders\b/i.test(after)) return true;
      // "Despite their protests", "interrupted constantly with protests": objections voiced.
      if (
        /^protests$/.test(word) &&
        (/\b(?:over|despite)\s+(?:the\s+)?(?:their|his|her|its|our|your|my)\s+$/i.test(before) ||
          /\binterrupt\w*\b[^.;]{0,30}\bwith\s+$/i.test(before)) &&
        !CROWD_RE.test(rest)
      )
        return true;
      // "an annual biker rally", "a pep rally", "a car rally": a gathering for fun or a race.
      if (
        /^rall(?:y|ies)$/.test(word) &&
        /\b(?:biker|bike|motorcycle|car|pep|auto|classic car|hot rod|harley|jeep)\s+$/i.test(before)
      )
        return true;
      // "a protest vote", "a protest candidate": a choice made to show discontent, no crowd.
      if (
        /^protest$/.test(word) &&
        /^\s+(?:votes?|voters?|voice|candidates?|candidacy|songs?|music|party)\b/i.test(after)
      )
        return true;
      // "Raw sugar futures rallied", "the rally mirrored an upturn in New York": prices.
      // The market may be named in the sentence before ("The NASDAQ had a 5-point gain. The rally
      // began earlier this week").
      if (/^rall/.test(word) && (MARKET.test(rest) || MARKET.test(previous)) && !PEOPLE_IN_STREETS.test(rest))
        return true;
      // A protest lodged in words with an authority ("a formal protest before the GAO").
      if (
        /^protests?$/.test(word) &&
        (/\b(?:formal|official|diplomatic|written|legal|bid)\s+$/i.test(before) ||
          /\b(?:filed|files|file|lodged|lodges|lodge|registered|sent|delivered)\s+(?:a|an)\s+(?:[\w-]+\s+)?$/i.test(
            before,
          ) ||
          // A bid protest, decided by an authority: "upheld Boeing's protest", "a protest of the award".
          /\b(?:upheld|uphold|upholds|sustained|denied|dismissed|rejected|withdrew|withdrawn)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(
            before,
          ) ||
          /^\s+(?:of|against)\s+(?:the|a|an|this|that|its)\s+(?:[\w-]+\s+)?(?:award|contract|decision|ruling|tender|bid|verdict|result|election result|call|penalty|goal)s?\b/i.test(
            after,
          ))
      )
        return true;
      // A complaint, not a demonstration: "protested that the plan …", "Britain has protested the
      // limits", "over Republican protests", unless a crowd stands in the sentence.
      if (/^protest(?:ed|s|ing)?$/.test(word) && /^\s+that\b/i.test(after)) return true;
      // "strong protests from exporters", "protests had come from other governments": objections.
      if (
        /^protests?$/.test(word) &&
        /^\s+(?:\w+\s+){0,3}?from\s+(?:[\w-]+\s+){0,3}?(?:exporters|importers|producers|governments?|countries|nations|states|industry|companies|firms|manufacturers|consumer groups|officials|ministers?|members|partners|allies|embassy|embassies)\b/i.test(
          after,
        )
      )
        return true;
      if (/^protest/.test(word) && !CROWD_RE.test(rest)) {
        if (/^protest(?:ed|s|ing)?$/.test(word) && /^\s+(?:he|she|they|it|we|i)\s+\w+/i.test(after)) return true;
        if (
          /^protest(?:ed|s|ing)$/.test(word) &&
          /^\s+(?:the|a|an|this|these|its|their|his|her|[A-Z][\w.]*['’]s)\s+(?!(?:war|killing|killings|arrest|arrests|death|deaths|coup|occupation|visit)\b)/i.test(
            after,
          )
        )
          return true;
        if (/^protests$/.test(word) && /\b(?:over|despite)\s+(?:[\p{Lu}][\w-]*\s+)$/u.test(before)) return true;
      }
      // The protest verb takes no object: "demonstrated outside", "demonstrated on Friday"; a
      // verb with an object or a clause ("demonstrated the plane", "demonstrates that") shows.
      // "demonstrating textile workers": the crowd itself.
      if (
        /^demonstrating$/.test(word) &&
        /^\s+(?:[\w-]+\s+){0,2}?(?:workers|students|farmers|people|crowds?|teachers|residents|villagers|youths?|women|men|citizens|activists|employees|traders|supporters|protesters)\b/i.test(
          after,
        )
      )
        return false;
      // "as he has demonstrated in recent speeches", "victories demonstrate without doubt":
      // something shown.
      if (
        /^demonstrat(?:e|es|ed|ing)$/.test(word) &&
        (/\bas\s+(?:\w+\s+){0,2}?\w+(?:\s+has|\s+have|\s+had|['’]s|['’]ve)\s+$/i.test(before) ||
          // "As the 335 versions of the account demonstrate, ...".
          (/\b[Aa]s\s+(?:the|these|those|his|her|their|its|recent|such)\s+[^,;]{1,70}$/.test(before) &&
            /^\s*,/.test(after)) ||
          /^\s+(?:without (?:a )?(?:doubt|question)|beyond (?:a )?doubt|clearly|conclusively|convincingly)\b/i.test(
            after,
          ))
      )
        return true;
      if (/^demonstrat(?:e|es|ed|ing)$/.test(word))
        return !(
          // "demonstrated to demand …", not "demonstrated to the students" or "to North Korea".
          /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|them|us|him|me|you|teachers?|students|visitors|customers|reporters|journalists|members|guests)\b)[a-z]/.test(
            after,
          ) ||
          /^(?:\s*(?:[,.;:!?)—–-]|$)|\s+(?:against|in|inside|outside|at|on|for|near|through|along|across|before|over|under|after|during|while|since|until|around|opposite|outside|with|without|and|or|but|again|together|there|here|peacefully|silently|daily|nationwide|every|each|throughout|yesterday|today|tonight|last|this|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|following|amid|despite|because|as|when|where|calling|demanding|chanting|carrying|holding|waving|shouting|protesting|marching|denouncing|condemning|urging|\d))/i.test(
            after,
          )
        );
      // "a demonstration of the technique", "a product demonstration", "the song purchased during
      // the demonstration" of a download service.
      if (/^demonstrations?$/.test(word))
        return (
          (!CROWD_RE.test(rest) &&
            !VIOLENCE.test(rest) &&
            /\b(?:download\w*|software|products?|devices?|apps?|logo|computers?|songs?|technolog(?:y|ies)|prototypes?|features?|keynote|customers|demo)\b/i.test(
              rest,
            )) ||
          /^\s+of\s+(?:the|how|its|his|her|their|a|an|what|this|our)\b/i.test(after) ||
          /\b(?:product|live|technical|practical|software|flight|cooking|public|technology|timed|interactive|hands-on|craft|crafts|art|safety|[a-z]+smithing|[a-z]+making|[a-z]+working|gardening|baking|weaving|spinning)\s+$|\bhow-?\s*to\s+$/i.test(
            before,
          )
        );
      return false;
    case 'targeted':
      // "executed two licenses", "a campaign is being executed", "well executed".
      if (/^executed$/.test(word))
        return (
          /^\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|agreements?|contracts?|deals?|orders?|trades?|strateg(?:y|ies)|plans?|transactions?|mergers?|letters?|documents?|leases?|notes?|swaps?|warrants?|options?|programs?|programmes?|turns?|maneuvers?|manoeuvres?|plays?|moves?)\b/i.test(
            after,
          ) ||
          /\b(?:campaign|plan|strategy|operation|program|programme|order|trade|transaction|deal|contract|agreement|policy|project|design|idea|move|play|process|reform|transition)s?\b[^.;]{0,40}\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?$/i.test(
            before,
          ) ||
          /\b(?:well|poorly|badly|flawlessly|perfectly|brilliantly|smoothly|beautifully)[- ]$/i.test(before)
        );
      return false;
    case 'seize':
      // "seized on a claim", "seize the opportunity", "an epileptic seizure".
      return (
        /^\s+(?:on|upon|up)\b/i.test(after) ||
        /^\s+the\s+(?:opportunity|moment|initiative|chance|day|momentum|mantle)\b/i.test(after) ||
        // "opportunities that must be seized".
        /\b(?:opportunit(?:y|ies)|chances?|moments?|initiative)\s+(?:that|which)\s+(?:\w+\s+){0,2}?(?:be\s+)?$/i.test(
          before,
        ) ||
        (/^seizure/.test(word) && /\b(?:a|an|epileptic|suffered|had|having)\s+$/i.test(before))
      );
    case 'arrest':
      // "cardiac arrest", "arrest the decline", "rounded up a sampling of the ways", "have now
      // arrested cholera".
      return (
        /\bcardiac\s+$/i.test(before) ||
        (/^arrest/.test(word) &&
          /^\s+(?:the\s+)?(?:spread\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:virus|disease|epidemic|outbreak|cholera|ebola|infection|pandemic|malaria|measles|fever)\b/i.test(
            after,
          )) ||
        // Freed from it, or living under it: a state, not the arrest ("released from house arrest",
        // "spent 15 years under house arrest"); "placed under house arrest" is one.
        (/^arrest$/.test(word) &&
          /\b(?:released from|freed from|free from|spent [\w\s]{0,20}?under|remains? under|remained under|still under|lived under|years (?:of|under)|months (?:of|under))\s+(?:house\s+)?$/i.test(
            before,
          )) ||
        // Someone wanted, not held: "an arrest warrant", "a warrant for his arrest", "a reward for
        // information leading to the arrest".
        (/^arrest$/.test(word) &&
          (/^\s+warrants?\b/i.test(after) ||
            /\b(?:warrants?|reward|information|calls?|called|calling)\s+(?:[\w-]+\s+){0,3}?(?:for|to|leading to|that leads? to)\s+(?:the\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?$/i.test(
              before,
            ))) ||
        (/^arrest/.test(word) &&
          /^\s+(?:the|a|its|this)\s+(?:decline|slide|fall|spread|growth|trend|momentum|erosion|slump|drop)\b/i.test(
            after,
          )) ||
        // "rounded up to the next 1,000 dlrs": a number.
        (/^rounded up$/.test(word) && /^\s+(?:or\s+down\s+)?to\s+(?:the\s+)?(?:next|nearest)\b/i.test(after)) ||
        (/^rounded up$/.test(word) &&
          /^\s+(?:just\s+|only\s+)?(?:a\s+|the\s+|some\s+)?(?:sampling|selection|list|roundup|best|top|latest|highlights|reactions|tweets|votes|support|figures|numbers|results|links|ideas|ways|examples|news|stories)\b/i.test(
            after,
          ))
      );
    case 'strike': {
      // "walked out the back door", "walked out with a jackpot-winning ticket": a way out.
      if (
        /^walk(?:ed)?[- ]?out$/.test(word) &&
        /^\s+(?:the\s+(?:[\w-]+\s+)?(?:doors?|gates?|exit|window)\b|with\b|onto\b|into\b)/i.test(after)
      )
        return true;
      // A military strike ("a possible strike against Iraq", "a pre-emptive strike"), not a walkout.
      if (!/^strikes?$/.test(word)) return false;
      // "claims that strike at the heart of the committee's functions": an idiom.
      if (/^\s+at\s+the\s+(?:very\s+)?(?:heart|core|root)\b/i.test(after)) return true;
      if (/\b(?:nuclear|precision|naval|ground)\s+$/i.test(before)) return true;
      const target = /^\s+(?:against|on)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)/u.exec(after);
      return target !== null && countryByName(target[1]!.replace(/\.$/, '')) !== undefined;
    }
    case 'base':
      // "established a new headquarters in Houston": a company's offices, where no armed or
      // security word stands beside.
      return !ARMED_OR_SECURITY.test(rest);
    case 'deploy':
      // "his Chevrolet Impala patrol car": a vehicle.
      if (
        /^patrol$/.test(word) &&
        /^\s+(?:cars?|vehicles?|boats?|officers?|deput(?:y|ies)|units?|wagons?)\b/i.test(after)
      )
        return true;
      // "social mobilization", "experts were deployed", "deployed new software": people or
      // things put to work, not forces, where no armed or security word stands beside them.
      if (
        /^mobili[sz]ation$/.test(word) &&
        (/\b(?:social|community|voter|resource|public|political|grassroots|youth|financial)\s+$/i.test(before) ||
          /^\s+of\s+(?:the\s+)?(?:people|communities|community|resources|funds|support|voters|citizens|civil society|volunteers|women|youth)\b/i.test(
            after,
          ))
      )
        return true;
      // "a newspaper column", "the Democratic column", "Netanyahu arrived at the White House",
      // "her own reinforcements, including endorsements": no forces, where none stand beside.
      if (
        /^(?:columns?|arrived (?:in|at)|reinforcements)$/i.test(word) &&
        !ARMED_OR_SECURITY.test(rest) &&
        !/\b(?:reinforcements|fronts?|front-?lines?|positions|Houthis?|jihadists?|fighters|gunmen|insurgents?|rebels?)\b/i.test(
          rest,
        )
      )
        return true;
      return (
        /^deploy/.test(word) &&
        !ARMED_OR_SECURITY.test(rest) &&
        /\b(?:experts?|doctors?|medics?|nurses?|health workers|medical (?:teams?|staff)|teams?|staff|volunteers|engineers|inspectors|scientists|specialists|technicians|epidemiologists|aid workers|resources|funds|efforts?|strateg(?:y|ies)|tactics|arguments?|software|technolog(?:y|ies)|systems?|capital|sensors?|cameras?|vaccines?|equipment|servers?|apps?|tools?|satellites?)\b/i.test(
          rest,
        )
      );
    case 'consult':
      // "has been met with opposition": a reception, not a meeting.
      return (
        /^met with$/i.test(word) &&
        /^\s+(?:(?:a|an|some|much|little|widespread|fierce|strong|stiff|mixed|broad|general|great|considerable|growing)\s+)*(?:opposition|criticism|resistance|skepticism|scepticism|derision|silence|applause|approval|protests?|anger|outrage|disbelief|enthusiasm|success|failure|praise|concern|suspicion|hostility|indifference|delays?|reviews?|reception|response|reaction|ridicule|scorn|alarm|resentment|backlash|jeers|cheers|laughter|denials?)\b/i.test(
          after,
        )
      );
    case 'threaten':
      // "warned of tidal waves", "warned of a humanitarian crisis": a warning of what may befall,
      // not a threat of what the speaker will do.
      return (
        /^warn/.test(word) &&
        !VIOLENCE.test(rest) &&
        !/\b(?:retaliat\w*|consequences|sanctions?|measures|action|respon\w*|punish\w*|boycotts?|strikes?|resign\w*|withdraw\w*|expel\w*|sue|lawsuits?|force|reprisals?|revenge)\b/i.test(
          rest,
        )
      );
    case 'loot':
      // "the recovery of their looted valuables", "the looted funds": a thing once looted, named
      // by what was taken, not a looting told.
      if (
        /^looted$/i.test(word) &&
        /\b(?:the|their|his|her|its|our|of|allegedly)\s+$/i.test(before) &&
        /^\s+(?:[\w-]+\s+)?(?:funds?|money|monies|assets|wealth|valuables|goods|property|properties|artefacts|artifacts|antiquities|treasures?|items|oil|gold|resources|billions|millions)\b/i.test(
          after,
        )
      )
        return true;
      // "effectively destroyed President Obama's plan", "destroyed the finances of families":
      // something abstract ruined.
      if (
        /^destroy/.test(word) &&
        /^\s+(?:(?:the|a|an|his|her|their|its|our|my|your|any|all)\s+|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|finances|credibility|careers?|reputations?|chances|hopes?|confidence|trust|economy|economies|markets?|jobs|industry|argument|case|candidacy|campaign|party|brand|image|legacy|relationships?|marriage|dreams?|morale|agenda|deal|policy|policies|middle class|savings|wealth|value)\b/iu.test(
          after,
        ) &&
        !VIOLENCE.test(rest)
      )
        return true;
      // "razed last summer" for a store, "acquire and demolish the dilapidated apartments to make
      // way": building work, where no one violent stands beside.
      if (
        /^(?:raze|demolish)/.test(word) &&
        /\b(?:make way|developers?|redevelop\w*|dilapidated|former site|construction|rebuil\w*|renovat\w*|build(?:ing)? (?:a|an|the|new)|site|vacant|condemned|abandoned|permits?)\b/i.test(
          rest,
        ) &&
        !VIOLENCE.test(rest)
      )
        return true;
      // Destroyed by a fire, a storm or an accident, with no one said to have done it.
      return /^destroy/.test(word) && !VIOLENCE.test(rest) && NON_VIOLENT_CAUSE.test(text);
    case 'beat':
      // "all you feel is the beat", "a reporter on the police beat": a rhythm, a round.
      if (
        /^beat$/.test(word) &&
        /\b(?:the|a|its|his|her|their|steady|pounding|driving)\s+$/i.test(before) &&
        !/^\s+(?:up|him|her|them|to\s+death)\b/i.test(after)
      )
        return true;
      // "continued to beat back the whisper campaign": fended off, where no one is hurt.
      if (/^beat$/.test(word) && /^\s+back\b/i.test(after) && !VIOLENCE.test(rest)) return true;
      // "beat predictions", "beat analysts' estimates": results against forecasts.
      if (
        /^beat(?:en|ing|s)?$/.test(word) &&
        /^\s+(?:(?:the\s+)?analysts['’]?\s+)?(?:predictions?|expectations|estimates|forecasts?|the odds|the market|the consensus|targets?|last year['’]s)\b/i.test(
          after,
        )
      )
        return true;
      // "Clinton beat Sanders in the caucuses", "beat out Clinton by one point": a contest won.
      return (
        /^beat(?:en|ing)?$/.test(word) &&
        !ARMED_HARM.test(rest.replace(/\bbeat\w*/gi, ' ')) &&
        (/^\s+out\b/i.test(after) ||
          /\b(?:caucus\w*|primar(?:y|ies)|polls?|\d+(?:\.\d+)?\s*(?:percent|points?)|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:percentage\s+)?points?|votes?|voters|delegates|elections?|race|contests?|candidates?|nominations?|frontrunner|rivals?|opponents?|team|teams|match|game|season|expectations|estimates|forecasts?|predictions?|profits?|earnings|consensus|targets?|the odds|records?)\b/i.test(
            rest,
          ))
      );
    case 'reject':
      // A source declining to say more ("refused to identify himself", "declined to provide
      // details") rejects no demand or proposal.
      return (
        /^refus/.test(word) &&
        /^\s+to\s+(?:be\s+)?(?:identif\w*|named?|provide|give|disclose|discuss|comment|elaborate|say|reveal|release|confirm|answer|talk|speak|specify|detail|describe)\b/i.test(
          after,
        )
      );
    case 'call-for':
      return callForOtherSense(word, text.slice(0, at), after);
    case 'withdraw':
      // Money taken out of an account, a rating or an offer to sell taken back, shares tendered and
      // not withdrawn: no one retreats.
      return (
        /^withdr/.test(word) &&
        (/^\s+(?:(?:the|a|an|its|their|his|her|some|about|nearly|more\s+than)\s+)*(?:[\w.,-]+\s+){0,3}?(?:dlrs|dollars|money|cash|funds|deposits|savings|ratings?)\b/i.test(
          after,
        ) ||
          /\btendered\s+and\s+not\s+$/i.test(before) ||
          /\b(?:sugar|grain|wheat|oil|crude|shares|stock|tonnes|offers?)\s+(?:will|would|could|may|might|has|have|had|is|are|was|were)?\s*(?:be|been|being)\s+$/i.test(
            before,
          ))
      );
    case 'accuse':
      // "Three of the accused face charges": the defendants.
      if (/^accused$/.test(word) && /\b(?:the|of\s+the)\s+$/i.test(before) && !/^\s+(?:of|him|her|them)\b/i.test(after))
        return true;
      // "activists accused of attacking the bank", "a man accused of theft": who someone is, not
      // an accusation made (unlike "he was accused of", "they accused him of").
      if (
        /^accused$/.test(word) &&
        /^\s+of\b/i.test(after) &&
        /[\p{L}\d]\s+$/u.test(before) &&
        !/\b(?:was|were|is|are|been|be|being|has|have|had|who|which|that|and|or|not|also|publicly|formally|repeatedly|falsely|wrongly|officially)\s+$/i.test(
          before,
        )
      )
        return true;
      // "The company blamed disruptive winter weather", "a drop it blamed on currency movements":
      // a cause named, nobody accused.
      return (
        /^blam/.test(word) &&
        /^\s+(?:(?!for\b|by\b)[\w’'-]+\s+){0,5}?(?:on\s+(?:[\w’'“”-]+\s+){0,4}?)?(?:weather|rains?|snow\w*|storms?|drought|floods?|flooding|frost|cold|heat|winter|prices?|demand|supply|costs?|currenc(?:y|ies)|dollar|exchange\s+rates?|interest\s+rates|inflation|market\s+conditions|competition|imports|movements?|earpiece)\b/i.test(
          after,
        )
      );
    case 'support':
      if (!/^backed$/.test(word)) return false;
      // "backed off", "backed away from the deal": a retreat; "backed up to his account": a copy.
      if (/^\s+(?:off|away|down|out|up\s+to)\b/i.test(after)) return true;
      // "securities backed by credit card receivables", "asset backed", "a brigade backed by
      // tanks": collateral and firepower, not a party's support.
      if (
        /\b(?:asset|mortgage|receivables?)[\s-]+$/i.test(before) ||
        /^\s+by\s+(?:(?:the|a|an|its|their|heavy|light)\s+)?(?:[\w-]+\s+){0,3}?(?:receivables|mortgages?|loans?|assets|collateral|leases|securities|bonds|notes|gold|deposits|letters?\s+of\s+credit|cash\s+flows?|full\s+faith|tanks|artillery|armou?r|aircraft|helicopters|warplanes|jets|gunships|air\s+(?:power|support|strikes?|cover)|fire)\b/i.test(
          after,
        )
      )
        return true;
      // A poll's share or an electorate's leaning ("15 percent backed Rubio", "voters who have
      // typically backed her"): opinion counted, no act of support.
      return /(?:\b(?:percent|pct)|%)\s+(?:of\s+[^,.;]{1,40}?\s+)?$|\b(?:voters|caucusgoers|respondents|electorate|those\s+(?:polled|surveyed))\s+(?:who\s+)?(?:(?:have|had|has|typically|overwhelmingly|previously|largely|mostly|once)\s+)*$/i.test(
        before,
      );
    case 'vote-resolution':
      // "took 57 percent of the vote": a share of the ballots.
      if (/(?:\b(?:percent|pct)|%)\s+of\s+the\s+$/i.test(before)) return true;
      // "voted for JFK and Bill Clinton": a man's name, not a bill.
      return !/\b(?:resolution|bill|motion|law)\b/i.test(
        text.slice(at + match.length, at + match.length + 61).replace(/\bBill(?=\s+\p{Lu})/gu, ' '),
      );
    case 'primitive':
      // "on a knife's edge", "knife-edge": a close contest.
      if (/^knife$/i.test(word) && /^(?:['’]s\s+edge|[- ]edge)/i.test(after)) return true;
      // "hacked emails", "hackers hacked the servers": computers, not machetes.
      return (
        /^hacked$/.test(word) &&
        !/\bto death\b|\bmachetes?\b|\baxes?\b|\bknives?\b/i.test(text) &&
        /\b(?:e-?mails?|computers?|servers?|networks?|accounts?|websites?|cyber\w*|hackers?|data(?:bases?)?|online|software|passwords?|leak\w*|digital|internet|phones?|systems?|files)\b/i.test(
          rest,
        )
      );
    default:
      return false;
  }
}
