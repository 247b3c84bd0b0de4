/**
 * Event triggers: the words that name an event, each with its PLOVER class and mode and the
 * ACLED sub-event type a coder would give it when nothing else is known. Patterns are tried per
 * sentence; the classifier (event-classifier.ts) refines the ACLED type of the events they find.
 * Sources: the PLOVER manual's class and mode definitions and ACLED's typology (see
 * reference docs); the word lists are ours.
 */
import type { PloverType } from '../../core/layers.js';

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
const ARSON = 'torched|set (?:fire|ablaze|alight)|set on fire|hurled';

// No match inside hyphenated words ("adhesive-backed", "ex-soldiers" as a trigger).
const r = (s: string) => new RegExp(`(?<![\\w-])(?:${s})\\b`, 'gi');

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
      "sealed off|(?:besieged|encircled) the (?:[\\w-]+ ){0,2}?(?:towns?|city|cities|villages?|area|region|camp|district|base|capital|neighbou?rhoods?)|laid siege to|imposed a siege on|(?:imposed|announced|declared|extended|ordered) (?:a |an |the )?(?:[\\w-]+ ){0,2}?lockdowns?|halted (?:all )?(?:entries|entry|movements?|traffic)(?: and (?:departures|exits))?|closed (?:all )?(?:of )?(?:[\\w’'-]+ ){0,2}?(?:entrances|border crossings|crossing points)|ban(?:ned|s)? (?:on )?(?:all )?(?:forms of )?(?:public |political )?(?:(?:gatherings|protests|rallies|marches|demonstrations|sit-ins|press conferences|assemblies|meetings)(?:,? (?:and |or )?)?)+",
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
      'riot(?:s|ed|ing|ers)?|mob(?:s)?|vandali[sz]ed|pelted|stoned|threw (?:stones|rocks|molotov)|molotov cocktails?|barricad(?:ed|es)|burn(?:ed|t) tyres|turned violent|burn(?:ed|ing|t) (?:rubber )?(?:tyres|tires|debris|garbage|rubbish|trash)|threw (?:stones|rocks|petrol bombs)',
    ),
    type: 'PROTEST',
    mode: 'riot',
    acled: 'Violent demonstration',
  },
  {
    name: 'strike',
    re: r(
      '(?<!(?:air|drone|missile|air-) )(?:general )?strikes?(?= (?:by|over|at|against|in|to|on)\\b)|(?:went|go|are|were|was) on strike|striking (?:workers|teachers|doctors|nurses|miners)|walk(?:ed)?[- ]?out',
    ),
    type: 'PROTEST',
    mode: 'strike',
    acled: 'Peaceful protest',
  },
  {
    name: 'blockade',
    re: r(
      'block(?:ed|ing|aded) (?:the |a |several )?(?:[\\w-]+ ){0,2}?(?:roads?|highways?|streets?|access|entrances?|traffic|bridges?)|sit-ins?|closed (?:the )?(?:road|highway|[A-Z]{1,3}\\d+)|blocked the (?:train|rail)\\w*',
    ),
    type: 'PROTEST',
    mode: 'obstruct',
    acled: 'Peaceful protest',
  },
  { name: 'boycott', re: r('boycott(?:ed|s|ing)?'), type: 'PROTEST', mode: 'boycott', acled: 'Peaceful protest' },
  {
    name: 'demonstrate',
    re: r(
      'protest(?:s|ed|ing|ers)?|demonstrat(?:e|ed|es|ing|ion|ions|ors)|rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|vigils?|pickets?|took to the streets|chant(?:ed|ing) slogans',
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
      'air ?strikes?|air raids?|airstrikes?|drone (?:strikes?|attacks?)|bombard(?:ed|ment)|warplanes?|aircraft (?:struck|bombed)',
    ),
    type: 'ASSAULT',
    mode: 'aerial',
    acled: 'Air/drone strike',
  },
  {
    name: 'shelling',
    re: r(
      'shell(?:ed|ing|s)|mortars?|artillery|(?:rocket|missile)s? (?:attacks?|strikes?|fire|barrages?|hit|struck|landed|fell|exploded)|launched (?:an? |\\d+ )?(?:rockets?|missiles?)|fired (?:shells|rockets|missiles)',
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
    re: r('raped|rape of|rapes? (?:case|victim)s?|sexual(?:ly)? (?:assault(?:ed)?|violence|abuse)'),
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
      'shot(?! up\\b)|shots|shoot(?:ing|s)?|opened fire|gunfire|fired (?:[\\w-]+,? (?:and )?){0,8}?(?:at|on) (?:the )?positions|fired (?:at|on|upon|shots|bullets|rounds|with|into|tear gas|rubber|live)|fired (?:[\\w-]+ ){0,3}?(?:mortars|shells|rockets|missiles|weapons|guns|grenades)|firing|bursts of fire|captured',
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
    re: r('took control|re-?captured|retook'),
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
    re: r('arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|took [^.]{0,20}? into custody|apprehended|rounded up'),
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
  {
    name: 'deploy',
    re: r(
      'deploy(?:ed|ment|s)?|checkpoints? (?:were |was )?(?:installed|set up|erected)|(?:installed|set up|erected|placed|put up) (?:new |two |several |\\w+ )?(?:checkpoints?|check points?)|reinforced (?:its |their |the )?(?:troops|forces|positions)|reinforcements|mobili[sz](?:ed|ation)|patrols?|established (?:a |new |two |\\w+ )*(?:base|bases|fortifications|headquarters|positions?)|defected|(?:military )?columns?|convoys?|entered (?:the )?(?:\\w+ )?territor(?:y|ies)|arrived (?:in|at)|installed (?:a )?(?:new )?(?:temporary )?(?:military )?base',
    ),
    type: 'MOBILIZE',
    mode: 'police',
    acled: 'Change to group/activity',
  },
  // Other verbal and material cooperation and conflict.
  {
    name: 'agree',
    re: r(
      'agreed (?:to|on)|signed (?:an? |the )?(?:agreement|deal|accord|treaty|ceasefire)|reached (?:an? )?(?:agreement|deal)|truce',
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
  /\b(?:crowds?|group of|laborers|labourers|employees|drivers|merchants|traders|members|relatives|protesters|demonstrators|rall(?:y|ies)|supporters|marchers|tens of thousands|thousands|hundreds|dozens|people|residents|workers|students|farmers|villagers|locals|iraqis|citizens|activists|women|men)\b/i;
