/**
 * The event stage: finds every event an article reports, types it (PLOVER class and mode, ACLED
 * event and sub-event type), fills its arguments from the layers of earlier stages (actors,
 * places, timexes, numbers, attributions, quotes), each with the spans that support it, decides
 * how the article presents it (factuality), merges the mentions of one event (coreference), and
 * resolves the relative dates the temporal stage left open ("two days after the killing").
 *
 * Order of work, chrono-style: triggers per sentence (rules) → mentions grouped per sentence →
 * mentions merged across sentences → ACLED type from the classifier over all mention sentences
 * (rules decide where the model is unsure or disagrees with the trigger) → arguments →
 * refinements and warnings.
 */
import { openGazetteer, type GazetteerEntry } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../gazetteer/name-key.js';
import { placeIndexOf } from '../places/places-stage.js';
import { countedDays } from '../timexes/resolve-date.js';
import type { Annotation, Doc } from '../../core/doc.js';
import type { EventAttrs, EventParticipant, Factuality, PloverType } from '../../core/layers.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { Span } from '../../core/span.js';
import { ACLED_EVENT_TYPE, ploverModeOf, ploverOfSubEvent, STATE_FORCES } from './acled-mapping.js';
import { AcledActorNamer, isObservation, shippedAcledActorNamer } from './acled-actor-model.js';
import {
  acledActorName,
  actorMentionsIn,
  nameTargets,
  orderForAcled,
  withinPeriod,
  type ActorMention,
} from './actor-adapter.js';
import { EventClassifier, shippedEventClassifier } from './event-classifier.js';
import { actorCountryPlace, eventPlace, precisionOf } from './event-location.js';
import { isModelYear } from '../../lexicons/vehicle-makes.js';
import { callsOff, FACTUALITY_RANK, factualityOf, presupposed } from './factuality.js';
import {
  articleContext,
  CROWD_RE,
  framesContent,
  MARCH_WORD,
  otherSense,
  TRIGGER_RULES,
  type ArticleContext,
  type TriggerRule,
} from './trigger-lexicon.js';

/** Options of {@link events}. */
export interface EventsOptions {
  /** The ACLED sub-event classifier; defaults to the shipped model (null: rules only). */
  classifier?: EventClassifier | null;
  /** Below this confidence the classifier's type yields to the trigger rule's. */
  minModelConfidence?: number;
  /** Names ACLED's first actor; defaults to the shipped model (null: the text's actors only). */
  actorNamer?: AcledActorNamer | null;
}

type Sentence = Annotation<'sentence'>;

interface Mention extends Span {
  rule: TriggerRule;
  sentence: Sentence;
  factuality: Factuality;
  sources: { name: string; attribution?: string }[];
  /** Claims this mention carries (a protest's "calling for …"). */
  claims: Span[];
  /** No event: it only consumes its complement ("the plan calls for …"; see framesContent). */
  silent?: boolean;
  /** Tells only an outcome of the event it joined (its toll, its arrests), not what kind it was. */
  toll?: boolean;
  /** Says the event was called off ("Organisers called off the march"). */
  calledOff?: boolean;
}

interface Draft {
  mentions: Mention[];
  type: PloverType;
}

/** An article that reports a protest (for triggers that only count within one). */
const PROTEST_IN_ARTICLE = /\b(?:protest(?:s|ers)?|rall(?:y|ies)|demonstrat(?:ion|ions|ors|ed))\b/i;

/** Words that name a protest or its crowd. */
/** A campaign event's audience: its crowd, its rally, its supporters. */
const AUDIENCE = /\b(?:crowds?|rall(?:y|ies)|audiences?|supporters|people)\b/gi;
const SPEAKERS_CROWD =
  /\b(?:(?:from|to|told|tells|telling|addressed|addressing|before|in front of|greeted|thanked|asked|urged)\s+(?:the\s+|a\s+|an?\s+[\w-]+\s+|[\w-]+\s+)?crowds?|crowds?\s+(?:cheered|applauded|gasped|laughed|roared|clapped))\b/gi;
const PEOPLE_OF_A_TOLL =
  /\b(?:people|residents|students|children|civilians|worshippers|workers)\s+(?:who\s+)?(?:were\s+|have\s+been\s+)?(?:(?:fatally|critically|seriously)\s+)?(?:killed|dead|died|wounded|injured|hurt|shot|murdered|slain)\b/gi;
/** The people harm was done to ("a man killed 10 people"): no crowd that acts. */
const VICTIMS_NAMED =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|shot|shooting|murder(?:ed|ing|s)?|stabb(?:ed|ing)|attack(?:ed|ing|s)?)\s+(?:at least\s+|some\s+|about\s+|nearly\s+|more than\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|scores of|hundreds of|several)\s+(?:other\s+)?(?:people|persons|residents|students|children|civilians|worshippers|workers|villagers|men|women|relatives)\b/gi;
const GATHERING = new RegExp(
  String.raw`\b(?:crowds?|gather\w*|assembl\w*|group of|mobs?|protesters|demonstrators|marchers|strikers|sit-ins?|rall(?:y|ies)|vigils?|blockad\w*|blocked|chant\w*|demand\w*|${MARCH_WORD})\b`,
  'i',
);
const PROTEST_WORDS = new RegExp(
  String.raw`\b(?:protest\w*|demonstrat(?:ors?|ions?|ed|ing)|rall(?:y|ies|ied|ying)|${MARCH_WORD}|riot\w*|mobs?|crowds?|sit-ins?|picket\w*|strik(?:e|es|ers|ing)|boycott\w*)\b`,
  'i',
);

/** A capitalised word inside a sentence, not its first, nor a month or a day ("in Saliboko"). */
const NAME_INSIDE =
  /[\p{L}\p{N},;:)]\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)\b)\p{Lu}\p{L}/u;

/** Something taken, burnt or broken: what looting and destruction are. */
const LOOTING_WORDS =
  /\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|stole|stolen|steal\w*|rob(?:bed|bery|beries|bing)?|theft|burn\w*|burnt|torch\w*|arson\w*|set (?:\w+ )?(?:on )?fire|destroy\w*|destruction|damag\w*|vandal\w*|demolish\w*|dismantl\w*|raz(?:e|ed|ing)|smash\w*|seiz\w*|confiscat\w*|extort\w*|cattle|livestock|crops)\b/i;

/** A demand made in writing, not by a crowd: a letter, a statement, a petition. */
const WRITTEN_RE =
  /\b(?:letters?|statements?|petitions?|e-?mails?|memos?|reports?|filings?|lawsuits?|complaints?|motions?|resolutions?|op-eds?|columns?|editorials?|ads?|advertisements?|tweets?)\b/i;

/** An institution making the demand ("the banks are demanding payment"), not a crowd. */
const INSTITUTION_SUBJECT =
  /\b(?:banks?|lenders?|creditors?|compan(?:y|ies)|firms?|corporations?|investors?|shareholders?|bondholders?|consumers|customers|buyers|shoppers|users|markets?|government|ministry|courts?|authorities|officials|regulators?)\s+(?:(?:are|is|were|was|have|has|had|also|now|still|been|will|would|be)\s+)*$/i;

/**
 * What a legal charge names ("charged with sexual assault", "accused of attacking the bank"): an
 * allegation about an earlier act, told as the content of the charge, not an event reported.
 */
const CHARGE = String.raw`\b(?:charged with|charges? of|(?:on|with|of) (?:a|one|two|three|four|five|\d+|multiple|several) (?:felony |misdemeanor )?(?:counts?|charges?) of|counts? of|on charges?(?: of| that)?(?: he| she| they)?|accused of|convicted of|wanted (?:for|in connection with|in)|suspected of|indicted (?:on|for)|(?:pleaded|pleads) (?:guilty|not guilty|no contest) to|(?:found )?guilty of|acquitted of)`;
/** Up to six words of what a charge names, stopping at a clause of its own ("... after he"). */
const CHARGED_ACT = String.raw`(?:\s+(?!(?:after|when|while|because|but|before|as|then)\b)[\w’'-]+){0,6}`;
const CHARGE_BEFORE = new RegExp(
  `${CHARGE}${CHARGED_ACT}\\s+$|\\b(?:charged with|on charges?|convicted of)\\s+(?:\\w+\\s+){0,3}(?:including|among them)(?:\\s+[\\w’'-]+){0,2}\\s+$|\\bcharged\\s+(?:(?!(?:by|in|connection|for)\\b)[\\w’'.-]+\\s+){1,6}?with${CHARGED_ACT}\\s+$`,
  'i',
);
/**
 * A passive trigger's agent after "by": its words may stand between "by" and the mention
 * ("attacked by local residents"); before a name, so may the acronym of its force and a rank
 * ("arrested by SPD Patrolman Lisa Grant"), and before a force, its town ("by Danbury police").
 */
const BY_AGENT = /\bby\s+(?:(?:the|a|an|some|local|angry|armed|unknown|unidentified|suspected)\s+){0,2}$/i;
const BY_FORCE = /\bby\s+[A-Z][A-Z.]{1,6}\s+(?:[A-Z][a-z]+\.?\s+)?$/;
const BY_TOWN = /\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;
const FORCE = /^(?:police|officers?|troopers?|deputies|detectives|agents|security forces|soldiers|troops)\b/i;
/** A list of past charges the trigger is in ("His convictions date to 1985, including ... arson"). */
const CHARGE_LIST =
  /\b(?:convictions?|convicted|criminal (?:record|history)|charges|counts)\b[^.;]*\bincluding\b[^.;]*$/i;
/** A trigger that names a charge ("the sexual assault charge", "murder counts"). */
const CHARGE_AFTER = /^\s+(?:charges?|counts?|convictions?|indictments?)\b/i;
/** A charge and the words of what it names, blanked before asking whether harm was told. */
const CHARGE_CONTENT = new RegExp(`${CHARGE}[^.;,]*`, 'gi');

/** A crowd as what an attack hits ("rammed into a crowd", "fired on the crowd"). */
const CROWD_TARGET =
  /\b(?:into|on|at|upon|through|towards?)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:crowds?|revell?ers|worshippers|spectators|onlookers|pedestrians|shoppers)\b/i;
/** Every such phrase, to blank them out before asking who else is in the paragraph. */
const CROWD_TARGETS = new RegExp(CROWD_TARGET.source, 'gi');
/** Someone rioting: a crowd that acts, or what rioters do. */
const RIOTING =
  /\b(?:riot\w*|mobs?|crowds?|protesters|demonstrators|youths|residents|villagers|supporters|students|workers|stones?|rocks|loot\w*|torch\w*|set (?:fire|ablaze)|lynch\w*)\b/i;

/** Who riots beside the crowds of {@link CROWD_RE}: sides, the held, a community. */
const RIOT_GROUP =
  /\b(?:groups|gangs?|mobs?|rioters|youths|fans|inmates|prisoners|detainees|communit(?:y|ies)|inhabitants|volunteers|riders|assailants|accomplices|followers|factions?|rivals|cadres|partisans|clans?|tribes(?:men)?|Palestinians|each other|one another)\b/i;

/** A riot trigger that tells a deed, not a word for riots ("involved in riots") or a barricade. */
const RIOT_DEED_TRIGGER =
  /^(?:(?:went|go|going|gone) on (?:a|the) rampage|pelted|stoned|threw .+|molotov.*|burn.+|turned violent|vandali[sz]ed|trashed)$/i;

/** Words before "looted" that make it name a thing ("the recovery of their looted funds"), not a deed. */
const LOOTED_THING = /\b(?:the|their|his|her|its|our|of|allegedly|recover\w*|return\w*)\s+$/i;

/** Whether a riot trigger tells a deed (roads barricaded, not people barricaded in an office). */
function riotDeed(doc: Doc, m: Mention): boolean {
  const word = doc.surface(m);
  return (
    RIOT_DEED_TRIGGER.test(word) ||
    (/^barricaded$/i.test(word) &&
      /^\s+(?:the\s+|several\s+|a\s+)?(?:[\w-]+\s+)?(?:roads?|streets?|highways?|entrances?|bridges?)\b/i.test(
        doc.text.slice(m.end, m.end + 40),
      ))
  );
}

/** What a violent crowd does besides harm to people: fire, stones, damage, a fight. */
const RIOT_DEED =
  /\b(?:burn\w*|set (?:on )?fire|alight|ablaze|lit|stones?|stoning|pelt\w*|molotov|petrol bombs?|violen\w*|confrontations?|scuffl\w*|fight\w*|fought|damag\w*|destroy\w*|vandal\w*|smash\w*|loot\w*|hurl\w*|threw|throwing|barricad\w*)\b/i;

/** Harm done to someone: without it an arrest the model reads as an attack stays an arrest. */
const HARM_WORDS =
  /\b(?:kill\w*|dead|died|death|shot|shoot\w*|fired|gun\w*|stabb\w*|beat(?:en|ing)?|assault\w*|attack\w*|tortur\w*|injur\w*|wound\w*|bomb(?!ast)\w*|explo[ds]\w*|abduct\w*|kidnap\w*|clash\w*|violen\w*|lynch\w*|rap(?:e|ed)|execut\w*|burn\w*|torch\w*|hurt|tear gas|batons?|whipp\w*|flogg\w*|raid\w*|stormed|fire)\b/i;

/** A fight or what a mob fights with: beside an arrest, a riot may be what it ended. */
const BRAWL =
  /\b(?:fight\w*|fought|brawl\w*|scuffl\w*|knives|knife|axes|machetes?|sticks|clubs|firecrackers|molotov)\b/i;

/** Strategic developments that only a trigger of their own can name. */
const TRIGGERED_STRATEGIC = new Set([
  'Looting/property destruction',
  'Arrests',
  'Disrupted weapons use',
  'Headquarters or base established',
]);

/** Words that count a second event of a kind ("another attack", "a second blast", "separately"). */
const ANOTHER_RE =
  /\b(?:another|second|third|separate(?:ly)?|other|new|earlier|later|also|two|three|several|multiple)\b/i;

/** How sure the model must be to turn a weak trigger's event into a strategic development. */
const STRATEGIC_MIN = 0.9;

/** PLOVER classes ACLED codes as events of its own. */
const ACLED_CODABLE = new Set<PloverType>(['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE']);

const CLAIM_RE =
  /\b(?:to (?:denounce|protest|condemn|demand|call for|reject|oppose|support|express)|against|demanding|calling for|in protest (?:against|at|of|over)|over|in support of|in solidarity with|in rejection of)\b/gi;

/**
 * A protest's purpose clause: "calling for …", "demanding …", "to denounce …". Read on the trigger
 * with the four characters before it; "to" must open a word there, so that a name ending in "to"
 * ("Subroto appealed to") is no purpose.
 */
const PURPOSE_RE =
  /^(?:.{0,4}(?<!\w)to\s+\w+|.{0,4}\b(?:calling|demanding|urging|condemning|denouncing|accusing|rejecting|refusing)\b)/i;

/**
 * Before a demand that is a verb phrase of its own, not a participle of a crowd's act ("gathered
 * ..., demanding salaries"): a gerund after a preposition ("ideally by demanding lower prices"),
 * or the verb of someone named or of a group ("a climate group is demanding", "Trump is calling
 * for a shutdown").
 */
const OWN_VERB_PHRASE_BEFORE =
  /\b(?:[Bb]y|[Oo]f|[Ff]or|[Ww]ithout|[Ff]rom)\s+(?:\w+ly\s+)?$|(?:\b(?!They\b|We\b)\p{Lu}[\p{L}'’.-]+|\b(?:he|she|it|group|groups|organi[sz]ations?|party|parties|lawmakers?|senators?|prosecutors|policymakers|officials?|administration|government|campaign|candidates?|president|leaders?|critics|advocates)|['’]s)\s+(?:is|are|was|were|has\s+been|have\s+been|keeps?|kept|started|began|continues?|continued)\s+(?:\w+ly\s+)?$/u;

/** Words that open a clause about an earlier event ("imposed after militants killed …"). */
const EARLIER_WORDS = 'after|following|since|in response to|in retaliation for|in revenge for|weeks? after|days? after';
const EARLIER_RE = new RegExp(`\\b(?:${EARLIER_WORDS})\\b`, 'i');

/** Words that open a clause about another, earlier or later, event ("after the US killed …"). */
// A determiner or possessive opening the noun phrase a trigger ends ("the attack", "a horrific
// terrorist attack", "Thursday's attack").
const NOUN_TRIGGER_BEFORE =
  /(?<![\p{L}\d'’-])(?:the|a|an|this|that|these|those|its|their|his|her|our|another|[\p{L}.]+['’]s?)\s+(?:[\p{L}\d'’.-]+\s+){0,3}$/iu;
// Verbs that make their subject the agent of a noun trigger ("carried out an attack").
const CARRIES_OUT =
  /\b(?:carr(?:y|ies|ied|ying) out|launch(?:ed|es|ing)?|stag(?:e|ed|es|ing)|mount(?:ed|s|ing)?|conduct(?:ed|s|ing)?|claim(?:ed|s|ing)?|perpetrat(?:e|ed|es|ing)|commit(?:s|ted|ting)?|wag(?:e|ed|es|ing)|unleash(?:ed|es|ing)?|behind|responsib\w* for|led|lead(?:s|ing)?|organi[sz](?:e|ed|es|ing)|beg[ia]n|start(?:ed|s|ing)?|held|hold(?:s|ing)?|made|mak(?:e|es|ing)|did|do(?:es|ing)?)\b/i;
const SEPARATE_RE = new RegExp(`\\b(?:${EARLIER_WORDS}|before)\\b`, 'i');

const REFERENCE_RE =
  /\b(?:ahead of|in anticipation of|before|after|following|since|comes after|in the run-up to)\s+(?:the\s+|today['’]s\s+|friday['’]s\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A reaction to an event the article has already told or presupposes ("condemned the bombing",
 * "in connection with the attack", "victims of the blast"): a date of the report's own day in the
 * sentence is the reaction's, not the event's.
 */
const REACTION_RE =
  /\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|mourn(?:ed|s|ing)?|investigat(?:ed|es|ing|ion into)|inquiry into|probe into|blamed (?:\w+ )?for|responsibility for|in connection (?:with|of)|victims of|survivors of|anniversary of|commemorat(?:ed|es|ing)|charged (?:\w+ )?(?:in|over|with)|suspects? in|questioned (?:\w+ )?(?:in|about|over)|arrested (?:\w+ )?(?:in|for|over))\s+(?:the\s+|this\s+|last\s+\w+['’]s\s+)(?:[\w.-]+\s+){0,2}$/i;

const ANAPHOR_RE =
  /\b(?:the|this|that|these|those|today['’]s|friday['’]s|saturday['’]s|sunday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s)\s+(?:\w+\s+){0,2}$/i;

/** The event stage. */
export function events(options: EventsOptions = {}): Stage {
  const minConf = options.minModelConfidence ?? 0.02;
  return {
    name: 'events',
    requires: ['sentence', 'token'],
    produces: ['event'],
    run(doc: Doc, ctx: StageContext) {
      const classifier = options.classifier === undefined ? shippedEventClassifier() : options.classifier;
      const namer = options.actorNamer === undefined ? shippedAcledActorNamer() : options.actorNamer;
      const sentences = doc.layer('sentence').filter((s) => s.attrs.zone !== 'furniture');
      const mentions: Mention[] = [];
      // A match report or an outbreak report changes what some trigger words mean.
      const article = articleContext(doc.text);
      sentences.forEach((s, i) => mentions.push(...findMentions(doc, s, sentences[i - 1], article)));
      const drafts = corefer(doc, groupBySentence(doc, mentions), ctx);
      // The events of one paragraph share its text: the model reads it once.
      const reader = classifier && memoised(classifier);
      for (const d of drafts) emit(doc, d, reader, namer, minConf, ctx, article);
      resolveRelativeTimexes(doc);
    },
  };
}

/** Trigger matches in one sentence, with complements consumed and factuality read. */
function findMentions(doc: Doc, s: Sentence, previous: Sentence | undefined, article: ArticleContext): Mention[] {
  const text = doc.surface(s);
  const found: Mention[] = [];
  const taken: Span[] = [];
  for (const rule of TRIGGER_RULES) {
    if (rule.needsCrowd && !CROWD_RE.test(text)) continue;
    if (rule.needsProtestInArticle && !PROTEST_IN_ARTICLE.test(doc.text)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      // A capitalised trigger inside a sentence is part of a name ("Popular Mobilization Units"),
      // and so is one opening a company's name ("Rally's Inc. said").
      if (m.index > 0 && /^\p{Lu}\p{Ll}/u.test(m[0]) && !/[“"‘(]\s*$/.test(text.slice(0, m.index))) continue;
      if (
        /^\p{Lu}/u.test(m[0]) &&
        /^(?:['’]s)?\s+(?:Inc|Corp|Co|Ltd|Group|Holdings|Company|LLC|PLC|AG|SA|NV)\b/.test(
          text.slice(m.index + m[0].length),
        )
      )
        continue;
      // "March" and "May" capitalised are months, and so is a headline's "MARCH" unless a march's
      // way follows ("FARMERS MARCH AGAINST EC POLICIES", not "EFFECTIVE MARCH ONE").
      if (/^(?:March|May)$/.test(m[0])) continue;
      if (
        /^MARCH$/.test(m[0]) &&
        !/^\s+(?:ON|TO|AGAINST|THROUGH|IN|FOR|OVER|ACROSS|INTO|PAST|OUTSIDE|NEAR|AROUND|TOWARDS?)\b/.test(
          text.slice(m.index + m[0].length),
        )
      )
        continue;
      if (
        /^march$/i.test(m[0]) &&
        (/\b(?:early|late|mid|in|next|last|since|until|by|of|through|its|effective)\s+$/i.test(
          text.slice(0, m.index),
        ) ||
          /^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)/i.test(
            text.slice(m.index + m[0].length),
          ))
      )
        continue;
      taken.push({ start, end });
      if (
        CHARGE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) ||
        CHARGE_LIST.test(text.slice(Math.max(0, m.index - 250), m.index)) ||
        (rule.type === 'ASSAULT' && CHARGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
      )
        continue;
      if (framesContent(rule, m[0], text.slice(0, m.index), text.slice(m.index + m[0].length))) {
        found.push({ start, end, rule, sentence: s, factuality: 'asserted', sources: [], claims: [], silent: true });
        continue;
      }
      if (otherSense(rule, text, m.index, m[0], previous ? doc.surface(previous) : '', article)) continue;
      if (generic(text, m.index, m.index + m[0].length)) continue;
      found.push({ start, end, rule, sentence: s, factuality: 'asserted', sources: [], claims: [] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // A protest's purpose ("calling for the expulsion", "to denounce …") is its claim, not an
  // event (PLOVER: the topic of a protest is not coded separately).
  const protest = found.find((f) => f.rule.type === 'PROTEST');
  const kept: Mention[] = [];
  for (const f of found) {
    if (f.silent) {
      kept.push(f);
      continue;
    }
    const purpose =
      (f.rule.type === 'REQUEST' || f.rule.type === 'ACCUSE' || f.rule.type === 'REJECT') &&
      (PURPOSE_RE.test(doc.text.slice(Math.max(s.start, f.start - 4), f.end)) ||
        // "chanting slogans that urged the president to …": what the crowd's words said.
        /\b(?:slogans?|chants?|banners?|placards?|signs)\s+(?:that\s+|which\s+)?$/i.test(
          doc.text.slice(Math.max(s.start, f.start - 30), f.start),
        ));
    const incidental = f.rule.type === 'SUPPORT' || f.rule.type === 'COOPERATE';
    if (
      protest &&
      f !== protest &&
      (purpose || incidental) &&
      !SEPARATE_RE.test(doc.text.slice(Math.min(protest.end, f.end), Math.max(protest.start, f.start)))
    ) {
      protest.claims.push(clauseFrom(doc, f.start, s));
      continue;
    }
    kept.push(f);
  }
  // What a call, threat or vote asks for is its content, not an event that happened.
  const result: Mention[] = [];
  let consumedUntil = -1;
  for (const f of kept) {
    if (f.start < consumedUntil) continue;
    if (f.rule.takesComplement) {
      consumedUntil = clauseFrom(doc, f.end, s).end;
    }
    if (!f.silent) result.push(f);
  }
  for (const f of result) {
    const fact = factualityOf(doc, s, f, previous);
    f.factuality = fact.value;
    if (fact.value === 'negated' && callsOff(fact.cue)) f.calledOff = true;
    if (f.rule.type === 'THREATEN') f.factuality = 'threatened';
    const sources = sourcesOf(doc, f, s);
    f.sources = sources;
    // A call, threat or vote is itself the speech act a quote reports: it happened; what it asks
    // for is its claim. Other events resting on a source are reported.
    const resting = f.rule.takesComplement ? sources.filter((x) => x.attribution) : sources;
    if (resting.length > 0 && f.factuality === 'asserted' && !presupposed(doc, s, f)) f.factuality = 'reported';
    if (f.rule.takesComplement && f.claims.length === 0) f.claims.push(clauseFrom(doc, f.end, s));
  }
  return result;
}

/**
 * A stretch of time over which deeds recur or add up ("in recent years", "every year"): what is
 * told of it is a tally or a habit, no one event.
 */
const GENERIC_SPAN = String.raw`(?:in|over|during) (?:the )?(?:recent|past|last) (?:(?:few|several|two|three|four|five|ten|\d+) )?(?:years|decades|months)|in recent (?:years|decades|months)|over the years|(?:every|each) (?:single )?(?:year|month|week)|annually|in the (?:past|last) decade|so far this (?:year|month)`;
const GENERIC_AFTER = new RegExp(String.raw`^[^.;:,]{0,60}?\b(?:${GENERIC_SPAN})\b`, 'i');
const GENERIC_FRONTED = new RegExp(String.raw`^\W*(?:${GENERIC_SPAN})\b`, 'i');
/** A superlative or an order the span qualifies ("the deadliest attack in recent years" is one). */
const RANKED = /\b(?:worst|deadliest|bloodiest|biggest|largest|most|first|only|latest|since)\b/i;

/**
 * Whether a trigger in a sentence's text tells deeds in general, not one event: a plural head
 * ("shootings", "people who were killed in mass shootings") over a span of recurring time ("in
 * recent years", "every year").
 */
function generic(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 40), start);
  // What a poison or a condition can lead to ("severe enough to result in death").
  if (
    /\b(?:can|could|may|might|would|enough\s+to|likely\s+to)\s+(?:[\w-]+\s+){0,2}?(?:result|end)\s+in\s+$/i.test(before)
  )
    return true;
  // What usually befalls people, or befalls whoever it befalls ("people are usually murdered by
  // someone they know", "women who are raped and become pregnant"): a habit, no deed.
  if (
    /\b(?:are|is|get|gets)\s+(?:usually|typically|often|generally|commonly|routinely|frequently|rarely|seldom|sometimes|mostly)\s+$/i.test(
      before,
    ) ||
    /\b(?:people|women|men|children|girls|boys|those|anyone|someone|victims)\s+(?:who|that)\s+(?:are|get)\s+$/i.test(
      before,
    )
  )
    return true;
  const span = GENERIC_AFTER.exec(after)?.[0] ?? (GENERIC_FRONTED.test(text) ? text.slice(0, start) : undefined);
  if (span === undefined || RANKED.test(before) || RANKED.test(span)) return false;
  const trigger = text.slice(start, end);
  return (
    // "shootings", "attacks", "protests": the deeds themselves counted as many.
    /\w(?:ings|acks|ests|ashes|ids|ikes|ions|asts)$/i.test(trigger) ||
    // "people (who were) killed in …", "civilians killed": the many it was done to.
    /\b(?:people|civilians|children|men|women|\w+ers|\w+ists)\s+(?:(?:who|that)\s+(?:were|have been|had been|are)\s+)?(?:\w+\s+and\s+)?$/i.test(
      before,
    ) ||
    // "killed in mass shootings": the deeds named after it.
    /^\s+(?:in|by)\s+(?:[\w-]+\s+)?\w+(?:ings|acks|ests|ids|ikes|ions|asts)\b/i.test(after)
  );
}

/** From `at` to the end of its clause (a comma or the sentence's end). */
function clauseFrom(doc: Doc, at: number, s: Span): Span {
  while (at < s.end && /\s/.test(doc.text[at] ?? '')) at++;
  const rest = doc.text.slice(at, s.end);
  const stop = rest.search(
    /(?<!\b(?:Lt|Gen|Col|Maj|Dr|Mr|Mrs|St|U\.S))[;.!?](?:\s|$)|,\s+(?!and\b)(?=[A-Z“"])|\s+(?:last|this|next) (?:week|month|year)\b|\s+(?:after|following|since|before)\s/,
  );
  let end = at + (stop >= 0 ? stop : rest.length);
  while (end > at && /[\s,”"’]/.test(doc.text[end - 1] ?? '')) end--;
  if (/[”"]/.test(doc.text[end] ?? '') && doc.text.slice(at, end).includes('“')) end++;
  return { start: at, end };
}

/** Sources from attributions and quotes covering the mention; a plain-text fallback without them. */
function sourcesOf(doc: Doc, m: Span, s: Span): { name: string; attribution?: string }[] {
  const out: { name: string; attribution?: string }[] = [];
  // A "cue" that is the trigger itself is the deed, not a report of it ("Residents blocked roads").
  const isDeed = (cue: Span | undefined) => cue !== undefined && cue.start < m.end && m.start < cue.end;
  for (const a of doc.within('attribution', m))
    if (!isDeed(a.attrs.cue)) out.push({ name: a.attrs.source.text, attribution: a.id });
  for (const q of doc.within('quote', m))
    if (q.attrs.speaker && !isDeed(q.attrs.cue)) out.push({ name: q.attrs.speaker.text });
  if (out.length === 0 && !doc.has('attribution')) {
    const before = doc.text.slice(s.start, m.start);
    const acc = /^According to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)/.exec(before);
    if (acc) out.push({ name: acc[1]! });
    const rep =
      /((?:[A-Z][\w’'.-]*|al-[\w’'-]+)(?:\s+(?:[A-Z][\w’'.-]*|al-[\w’'-]+|news|network|agency|television|channel|newspaper))*)\s+(?:reported|said|announced|stated|claimed)\b[^.;]*?\bthat\b[^.;]*$/.exec(
        before,
      );
    if (!acc && rep) out.push({ name: rep[1]! });
  }
  const seen = new Set<string>();
  return out.filter((o) => !seen.has(o.name) && seen.add(o.name));
}

/** ACLED-codable mentions of one sentence with one factuality are one incident. */
function groupBySentence(doc: Doc, mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    const last = drafts[drafts.length - 1];
    const lastM = last?.mentions[last.mentions.length - 1];
    if (
      last &&
      lastM &&
      lastM.sentence === m.sentence &&
      ACLED_CODABLE.has(last.type) &&
      ACLED_CODABLE.has(m.rule.type) &&
      lastM.factuality === m.factuality &&
      (!SEPARATE_RE.test(doc.text.slice(lastM.end, m.start)) || fightThatKilled(doc, lastM, m))
    ) {
      last.mentions.push(m);
      // A protest met with arrests or force is still the protest (ACLED: protest with intervention).
      if (m.rule.type === 'PROTEST' && last.type !== 'PROTEST' && last.type !== 'ASSAULT') last.type = 'PROTEST';
      continue;
    }
    drafts.push({ mentions: [m], type: m.rule.type });
  }
  return drafts;
}

/**
 * "A trafficker was killed after exchanging fire with police": a death right after the fight
 * that brought it is that fight's, not an earlier event's.
 */
function fightThatKilled(doc: Doc, before: Mention, m: Mention): boolean {
  return (
    before.rule.name === 'kill' &&
    m.rule.name === 'clash' &&
    /^\s+after\s+$/i.test(doc.text.slice(before.end, m.start)) &&
    /ing$/i.test(doc.surface(m).split(/\s/)[0] ?? '')
  );
}

/**
 * The date of one mention: the dated timex of its sentence nearest to the trigger, leaving out
 * those on the other side of a clause about another event ("… gathered on Friday after the US
 * killed X earlier this month": "earlier this month" dates the killing).
 */
function dateOfMention(doc: Doc, m: Mention): Annotation<'timex'> | undefined {
  const s = m.sentence;
  let best: Annotation<'timex'> | undefined;
  let bestDistance = Infinity;
  // "ahead of the planned rallies", "in anticipation of the rally": the sentence's date is the
  // date of its own verb, not of the event it refers to.
  if (REFERENCE_RE.test(doc.text.slice(s.start, m.start))) return undefined;
  const reaction = doc.meta.published && REACTION_RE.test(doc.text.slice(s.start, m.start));
  const timexes = doc
    .within('timex', s)
    .map((t) => countedDate(doc, t) ?? t)
    .filter(
      (t) =>
        (t.attrs.type === 'DATE' || t.attrs.type === 'TIME') &&
        /^\d{4}/.test(t.attrs.value) &&
        // A relative expression dates its clause once it is resolved ("the next day", "two days
        // after January 5"); one still waiting for its anchor event is left to the refinement.
        !(t.attrs.relative && !t.attrs.anchor) &&
        // The ends of a span of years ("the 1987/88 budget", "the accord covering 1983-88")
        // label a season or a term, not the day of what the clause tells.
        !t.by.rule?.startsWith('year-span') &&
        !notADate(doc, t) &&
        !(reaction && t.attrs.value.slice(0, 10) === doc.meta.published!.slice(0, 10)),
    );
  // "On 4 May 2020, …": a date fronting the sentence dates all of it; a vaguer one nearer the
  // trigger ("last week", "the weekend") belongs to a clause inside it.
  const fronted = timexes.find(
    (t) =>
      t.attrs.value.length >= 10 &&
      // (ACLED notes may open with a label: "Security measures: On 9 May 2020, …".)
      /^\W*(?:\p{Lu}[\p{L} -]{0,40}:\s*)?(?:(?:on|around|as reported on|by)\s+)?$/iu.test(
        doc.text.slice(s.start, t.start),
      ),
  );
  for (const t of timexes) {
    const between = t.start >= m.end ? doc.text.slice(m.end, t.start) : doc.text.slice(t.end, m.start);
    if (SEPARATE_RE.test(between)) continue;
    // "came on the anniversary of the storming of the Bastille on July 14, 1789": the date of
    // what is remembered, not of the event told.
    if (t.start >= m.end && ANNIVERSARY_RE.test(between)) continue;
    // "said early Friday that 80 people were killed": the date of the saying, not of the deaths.
    if (
      t.end <= m.start &&
      !fronted &&
      (SAID_BEFORE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) ||
        SAID_AFTER.test(doc.text.slice(t.end, Math.min(m.start, t.end + 20))))
    )
      continue;
    let distance = t.start >= m.end ? t.start - m.end : m.start - t.end;
    // A date in parentheses qualifies another ("Around 6 May (from 6-7 May)").
    if (inParentheses(doc.text, s.start, t.start)) distance += 1000;
    // (A day the text itself numbers may still date a clause of its own; "last night" and
    // "the weekend" are read from the publication date, and are the inner clause's.)
    if (
      fronted &&
      t !== fronted &&
      !(
        /^\d{4}-\d{2}-\d{2}/.test(t.attrs.value) &&
        (t.attrs.stated.includes('day') || t.attrs.stated.includes('weekday'))
      )
    )
      distance += 1000;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

const countedDates = new WeakMap<Annotation<'timex'>, Annotation<'timex'> | null>();

/**
 * "Government troops attacked on Monday. Three days later, rebels killed five soldiers": TimeML
 * writes "Three days" as the DURATION it states, and the temporal stage notes the day it counts
 * from as its anchor. For dating events it stands for the day it reaches, the same timex seen as
 * that date (one view per timex, so that a mention's date keeps its identity).
 */
function countedDate(doc: Doc, t: Annotation<'timex'>): Annotation<'timex'> | undefined {
  const rel = t.attrs.relative;
  if (t.attrs.type !== 'DURATION' || !rel || rel.anchorSpan || !t.attrs.anchor) return undefined;
  let view = countedDates.get(t);
  if (view === undefined) {
    view = null;
    const anchor = doc.get(t.attrs.anchor);
    const n = countedDays(rel.duration, rel.direction);
    // (Counted from another distance, "Two days later, ... Three days later, ...": from the day
    // that one reaches.)
    const from = anchor?.layer === 'timex' ? (anchor as Annotation<'timex'>) : undefined;
    const day = from && /^\d{4}-\d\d-\d\d/.exec((countedDate(doc, from) ?? from).attrs.value)?.[0];
    if (n !== undefined && day) {
      view = { ...t, attrs: { ...t.attrs, type: 'DATE', value: shift(day, n, 'D') } };
    }
    countedDates.set(t, view);
  }
  return view ?? undefined;
}

/**
 * Where a date came from: the timex, and the timex it counts from when it has one ("the next
 * day" after "on Monday", "Three days later"), so that the date can be checked in the text.
 */
function dateEvidence(doc: Doc, t: Annotation<'timex'>): Span[] {
  const anchor = t.attrs.anchor ? doc.get(t.attrs.anchor) : undefined;
  return anchor?.layer === 'timex' ? [spanOf(t), spanOf(anchor)] : [spanOf(t)];
}

/** A day that remembers an earlier event, between a trigger and the date of what it remembers. */
const ANNIVERSARY_RE =
  /\b(?:(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd))?\s*anniversar(?:y|ies)|commemorat\w+|memorial|remembrance)\s+(?:of|for)\b/i;

/** A speech verb just before a date ("said early Friday", "told reporters on Monday"). */
const SAID_BEFORE =
  /\b(?:said|says|told (?:[\w-]+\s+)?[\w-]+|reported|announced|confirmed|stated|added|tweeted|wrote)\s+(?:(?:early|late|on|last)\s+)*$/i;
/** A date followed by the speech verb or the "that" of what was said ("on Friday said that"). */
const SAID_AFTER = /^\s*,?\s*(?:that\b|(?:said|told|reported|announced|confirmed|stated)\b)/i;

/** Place-name heads after a date: "July 7 neighbourhood", "7 July area" are names. */
const NAMED_AFTER =
  /^\s+(?:(?:and|,)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:areas?|neighbou?rhood|street|square|district|camp|village|road|bridge|roundabout|intersection|hospital|stadium|park|avenue|school|university|city|town|quarter|mosque|brigade)\b/iu;

/** A timex that is not a date: part of a name, or a bare number read as a year ("nearly 2000 migrants"). */
function notADate(doc: Doc, t: Annotation<'timex'>): boolean {
  if (NAMED_AFTER.test(doc.text.slice(t.end, t.end + 40))) return true;
  // "fired at 7 July": a day is "on" a date; "at" a day without a time is a place named after it.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.attrs.value) && /\bat\s+$/i.test(doc.text.slice(Math.max(0, t.start - 4), t.start)))
    return true;
  const surface = doc.text.slice(t.start, t.end);
  if (!/^\d{4}$/.test(surface)) return false;
  const before = doc.text.slice(Math.max(0, t.start - 20), t.start);
  return (
    /\b(?:nearly|about|around|some|over|almost|approximately|at least|more than|up to|roughly)\s+$/i.test(before) ||
    (!/\b(?:in|since|of|by|until|from|during|before|after|to)\s+$/i.test(before) &&
      /^\s+(?:[a-z]+\s+)?[a-z]+s\b/.test(doc.text.slice(t.end, t.end + 30)))
  );
}

/** Whether `at` lies inside parentheses opened after `from`. */
function inParentheses(text: string, from: number, at: number): boolean {
  const pre = text.slice(from, at);
  return pre.lastIndexOf('(') > pre.lastIndexOf(')');
}

function kmBetween(
  a: { lat: number | null; lon: number | null },
  b: { lat: number | null; lon: number | null },
): number {
  const rad = Math.PI / 180;
  const dLat = ((b.lat ?? 0) - (a.lat ?? 0)) * rad;
  const dLon = ((b.lon ?? 0) - (a.lon ?? 0)) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos((a.lat ?? 0) * rad) * Math.cos((b.lat ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The dead of an attack found afterwards. */
const FOUND_DEAD =
  /\b(?:(?:corpses?|bod(?:y|ies)|remains)\b[^.;]{0,40}?\b(?:was|were|had been)\s+(?:found|discovered|recovered)|(?:was|were)\s+found\s+dead)\b/i;

/** Two dates can be one event's: equal, one within the other, or differing only in the year. */
function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 10 && a.slice(4) === b.slice(4));
}

/** Merges later mentions into an earlier event they refer to. */
function corefer(doc: Doc, drafts: Draft[], ctx: StageContext): Draft[] {
  const out: Draft[] = [];
  const warned = new Set<Draft>();
  for (const d of drafts) {
    const first = d.mentions[0]!;
    let asToll = false;
    const target = [...out]
      .reverse()
      .find((e) => (asToll = joinsAsToll(doc, e, d, first)) || sameEvent(doc, e, d, first));
    if (target) {
      if (asToll) for (const x of d.mentions) x.toll = true;
      target.mentions.push(...d.mentions);
      const a = dateOfMention(doc, target.mentions[0]!);
      const b = dateOfMention(doc, first);
      if (
        a &&
        b &&
        a.attrs.value.length >= 10 &&
        b.attrs.value.length >= 10 &&
        a.attrs.value !== b.attrs.value &&
        !warned.has(target)
      ) {
        warned.add(target);
        ctx.warn(
          'event-date-conflict',
          `mentions of one event give ${a.attrs.value} and ${b.attrs.value}; the event keeps the date that agrees with publication`,
          b,
        );
      }
    } else out.push(d);
  }
  // Undated, unplaced casualty mentions (a headline, "80 people were killed") join the main event.
  const main = mainAttack(doc, out);
  if (!main) return out;
  const merged = new Set<Draft>();
  for (const d of out) {
    if (d === main || !joinsMainAttack(doc, placeOfDraft(doc, main)!, d)) continue;
    main.mentions.push(...d.mentions);
    main.mentions.sort((a, b) => a.start - b.start);
    merged.add(d);
  }
  return out.filter((d) => !merged.has(d));
}

/** Where a draft's mentions, taken together, say it happened. */
function placeOfDraft(doc: Doc, d: Draft): Annotation<'place'> | undefined {
  return eventPlace(doc, [...new Set(d.mentions.map((x) => x.sentence))])?.place;
}

/**
 * The article's main attack: the first told with a day and a place finer than a country, where
 * it is told as happening. A wire story's later paragraphs tell more of the event its lead
 * reported.
 */
function mainAttack(doc: Doc, out: Draft[]): Draft | undefined {
  const main = out.find((e) => {
    if (e.type !== 'ASSAULT') return false;
    // The day must be the attack's own, not a protest's the draft took in.
    const dated = e.mentions.some(
      (x) => x.rule.type === 'ASSAULT' && (dateOfMention(doc, x)?.attrs.value.length ?? 0) >= 10,
    );
    const place = dated ? placeOfDraft(doc, e) : undefined;
    return place !== undefined && precisionOf(place.attrs.featureCode) !== 'country';
  });
  const f = main && bestFactuality(main);
  return f === 'asserted' || f === 'reported' ? main : undefined;
}

/**
 * Whether a mention of an attack with neither a day nor a scene of its own tells of the main
 * attack: a casualty count ("80 people were killed", "lots of people are injured"), or what the
 * attacker did ("the truck was carrying explosives", "started shooting"), told in a later
 * paragraph of a full article. Not where the words count or recall another attack, nor where a
 * place of its own lies elsewhere.
 */
function joinsMainAttack(doc: Doc, mainPlace: Annotation<'place'>, d: Draft): boolean {
  // A crowd in the draft ("a clash between protesters and police") makes it the unrest that
  // followed, an event of its own.
  if (d.type !== 'ASSAULT' || d.mentions.some((m) => m.rule.type === 'PROTEST')) return false;
  const df = bestFactuality(d);
  if (df !== 'asserted' && df !== 'reported') return false;
  for (const m of d.mentions) {
    const date = dateOfMention(doc, m);
    // A clock time alone ("about 10:30 p.m.") names no day: the day is the main attack's.
    if (date && !clockOnly(date)) return false;
    const p = eventPlace(doc, [m.sentence])?.place;
    // "The attack came on the anniversary … In Paris, the day is marked by a parade": a place
    // named after the sentence of a definite "the attack" is not its scene, the attack the
    // article is about is.
    const definite = DEFINITE_RE.test(doc.text.slice(m.sentence.start, m.start));
    if (p && (p.start < m.sentence.end || !definite) && !insideMainPlace(p, mainPlace)) return false;
    const before = doc.text.slice(Math.max(m.sentence.start, m.start - 40), m.start);
    if (OTHER_ATTACK_RE.test(before + doc.surface(m))) return false;
    if (!m.rule.weak && (PLURAL_ATTACK_RE.test(doc.surface(m)) || EARLIER_RE.test(clauseBefore(doc, m)))) return false;
  }
  return true;
}

/**
 * Words before a trigger that make it another attack than the one the article reports: a count
 * or an order of attacks, or a time before or after it. Narrower than {@link ANOTHER_RE}: the
 * attacker's own acts ("the driver also opened fire") are the attack's.
 */
const OTHER_ATTACK_RE =
  /\b(?:(?:another|second|third|separate|other|new|earlier|previous|prior|two|three|several|multiple|series of|string of|wave of)\s+(?:[\w-]+\s+){0,2}?(?:attack|bomb|blast|explosion|shooting|incident|raid|strike|assault|massacre|ambush|killing)\w*|another|separately|earlier|later|previously|in the past)\b/i;

/** The definite article and up to two modifiers before a trigger noun ("the apparent attack"). */
const DEFINITE_RE = /\b(?:the|this)\s+(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,2}$/i;

/** A value that names a day. */
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A clock time with no day stated ("about 10:30 p.m."), which the day of the report dates. */
function clockOnly(t: Annotation<'timex'>): boolean {
  return t.attrs.stated.length > 0 && t.attrs.stated.every((c) => c === 'time');
}

/** A plural attack noun ("attacks", "bombings"): attacks in general or several, not the one. */
const PLURAL_ATTACK_RE = /(?:ings|attacks|raids|strikes|explosions|blasts|massacres|assaults)$/i;

/** The words of the mention's clause before its trigger. */
function clauseBefore(doc: Doc, m: Mention): string {
  const pre = doc.text.slice(m.sentence.start, m.start);
  return pre.slice(Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf('—')) + 1);
}

/**
 * A place that does not set a mention apart from the main attack: the main attack's own town or
 * one near it, its country or a region of it named as a whole, or a continent.
 */
function insideMainPlace(p: Annotation<'place'>, mainPlace: Annotation<'place'>): boolean {
  const precision = precisionOf(p.attrs.featureCode);
  if (/^CONT/.test(p.attrs.featureCode ?? '')) return true;
  if (p.attrs.country !== mainPlace.attrs.country) return false;
  if (precision === 'country') return true;
  if (precision === 'region')
    return /^ADM1/.test(p.attrs.featureCode ?? '') && p.attrs.admin1 === mainPlace.attrs.admin1;
  return kmBetween(p.attrs, mainPlace.attrs) <= 30;
}

function sameEvent(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  // Force met by demonstrators ("fired tear gas to disperse demonstrators who threw stones") is
  // the protest it met, whichever trigger came first.
  const protestIn = (x: Draft) => x.type === 'PROTEST' || x.mentions.some((mm) => mm.rule.type === 'PROTEST');
  const both = protestIn(e) && protestIn(d);
  if (e.type !== d.type && !both) return false;
  const ef = bestFactuality(e);
  const df = bestFactuality(d);
  // Something recalled from history, threatened or denied is never the event that happened.
  const separate = new Set<Factuality>(['historical', 'negated', 'hypothetical', 'threatened']);
  // (But its calling off is the planned, called-for or reported event it calls off.)
  const callsOffPlan = (x: Draft, otherF: Factuality) =>
    x.mentions.some((mm) => mm.calledOff) && (otherF === 'planned' || otherF === 'called-for' || otherF === 'reported');
  if ((separate.has(ef) || separate.has(df)) && ef !== df && !callsOffPlan(e, df) && !callsOffPlan(d, ef)) return false;
  // The event's date is its first dated mention's (a headline seldom gives one).
  const da = e.mentions.reduce<ReturnType<typeof dateOfMention>>((x, mm) => x ?? dateOfMention(doc, mm), undefined);
  const db = dateOfMention(doc, m);
  // Dates that differ only by year are one event with a suspect year (a caption's typo).
  // (The dead of an attack found on a later day are still its dead: "kidnapped a man. The next
  // day his corpse was found".)
  const found = e.type === 'ASSAULT' && FOUND_DEAD.test(doc.surface(m.sentence));
  if (da && db && !compatibleDates(da.attrs.value, db.attrs.value) && !found) return false;
  // "the largest since October 2019, when hundreds of thousands demonstrated": a date a month or
  // more before publication, told as a past time ("since …", "…, when"), marks an earlier event,
  // which an undated current one is not.
  const published = doc.meta.published;
  const dated = da ?? db;
  if (
    published &&
    (!da || !db) &&
    dated &&
    monthsBefore(dated.attrs.value, published) >= 1 &&
    (/^\s*,?\s*when\b/i.test(doc.text.slice(dated.end, dated.end + 12)) ||
      /\bsince\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, dated.start - 12), dated.start)))
  )
    return false;
  // Setting out for a protest is its own event: "the rally" later is the protest, not the journey.
  const travel = (x: Draft) => x.mentions.every((mm) => mm.rule.needsProtestInArticle);
  if (travel(e) !== travel(d)) return false;
  // Places that are far apart are different events; a neighbourhood and its city are not. The
  // place compared is where each happened, not any place its sentence names ("in Karbala, south
  // of Baghdad" is not the rally in Baghdad).
  const pa = eventPlace(doc, [...new Set(e.mentions.map((x) => x.sentence))])?.place;
  const pb = eventPlace(doc, [m.sentence])?.place;
  if (
    pa &&
    pb &&
    precisionOf(pa.attrs.featureCode) !== 'country' &&
    precisionOf(pb.attrs.featureCode) !== 'country' &&
    kmBetween(pa.attrs, pb.attrs) > 30
  )
    return false;
  if (d.type === 'PROTEST' || d.type === 'MOBILIZE' || both) return true;
  // "Two people were killed": an outcome told in the next sentence of the same paragraph ("1
  // security guard was killed and 3 abducted" too).
  const last = e.mentions[e.mentions.length - 1]!;
  if (
    d.type === 'ASSAULT' &&
    d.mentions.every((x) => x.rule.weak || x.rule.name === 'abduct') &&
    d.mentions.some((x) => x.rule.weak) &&
    last.sentence.attrs.paragraph === m.sentence.attrs.paragraph &&
    (!db || found)
  )
    return true;
  // Other classes corefer on a definite anaphor ("the attack") or a shared participant.
  if (ACLED_CODABLE.has(d.type) && ANAPHOR_RE.test(doc.text.slice(m.sentence.start, m.start))) return true;
  // The same day in the same town ("Truck attack kills 80" and "a truck rammed into a crowd in
  // Nice on Thursday night"), unless the words count another one ("a second blast").
  if (
    ACLED_CODABLE.has(d.type) &&
    da &&
    db &&
    da.attrs.value.length >= 10 &&
    da.attrs.value.slice(0, 10) === db.attrs.value.slice(0, 10) &&
    pa &&
    pb &&
    precisionOf(pa.attrs.featureCode) !== 'country' &&
    precisionOf(pb.attrs.featureCode) !== 'country' &&
    !ANOTHER_RE.test(doc.text.slice(Math.max(m.sentence.start, m.start - 40), m.end))
  )
    return true;
  // Only participants that single someone out (a named entity, an actor of a country) link
  // mentions; "forces" or "civilians" alone could be anyone.
  const names = (x: Draft) =>
    new Set(
      x.mentions.flatMap((mm) =>
        actorMentionsIn(doc, mm.sentence)
          .filter((a) => a.entity !== undefined || a.country !== undefined)
          .map((a) => a.acled ?? a.name),
      ),
    );
  const na = names(e);
  if ([...names(d)].some((n) => na.has(n))) return true;
  // The same deed done to the same named target: "assassinated Soleimani" twice.
  const objects = (x: Draft) =>
    new Set(
      x.mentions.flatMap((mm) =>
        (doc.text.slice(mm.end, Math.min(mm.sentence.end, mm.end + 60)).match(/\b\p{Lu}[\p{L}’'-]{3,}/gu) ?? []).filter(
          (w) => !/^(?:The|This|That|These|Those|And|But|In|On|At)$/.test(w),
        ),
      ),
    );
  const oe = objects(e);
  if (e.mentions.some((x) => x.rule === m.rule) && [...objects(d)].some((w) => oe.has(w))) return true;
  // "Task force arrests 14" and "arrested 14 in the Cottonport area": an arrest of as many people
  // (three or more) is the same one.
  if (d.type !== 'COERCE') return false;
  const held = (x: Draft) => countsOf(doc, x).filter((c) => c.what === 'arrests' && c.value >= 3);
  const hd = held(d);
  return hd.length > 0 && held(e).some((c) => hd.some((x) => x.value === c.value));
}

/**
 * Whether a draft tells only an outcome of an event just told: "No casualties reported.", "but
 * no one was killed or injured" (none, not a second attack that did not happen), the dead of a
 * riot (see {@link tollOfRiot}), the arrests that ended a protest (see {@link arrestsAtProtest}).
 */
function joinsAsToll(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  if (
    tollOfRiot(doc, e, d, m) ||
    arrestsAtProtest(doc, e, d, m) ||
    demandOfProtest(doc, e, d, m) ||
    forceFiredOnIt(doc, e, d, m)
  )
    return true;
  return noneHarmed(doc, d) && ACLED_CODABLE.has(e.type) && toldHappening(e) && inItsParagraph(e, m);
}

/** A draft the article tells as having happened (asserted or reported). */
function toldHappening(d: Draft): boolean {
  const f = bestFactuality(d);
  return f === 'asserted' || f === 'reported';
}

/** Whether a mention stands in the paragraph of an event's last mention. */
function inItsParagraph(e: Draft, m: Mention): boolean {
  return e.mentions[e.mentions.length - 1]!.sentence.attrs.paragraph === m.sentence.attrs.paragraph;
}

/**
 * "Rioters clashed with police on Friday. One police officer died.": the dead or hurt told right
 * after a riot, with no day or place of their own, are the riot's (ACLED counts a riot's dead in
 * it), not an attack of their own.
 */
function tollOfRiot(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  return (
    e.type === 'PROTEST' &&
    d.type === 'ASSAULT' &&
    e.mentions.some((x) => x.rule.mode === 'riot' || x.rule.name === 'clash') &&
    d.mentions.every((x) => x.rule.name === 'kill' && HARM_NOUN.test(doc.surface(x))) &&
    toldHappening(e) &&
    toldHappening(d) &&
    inItsParagraph(e, m) &&
    dateOfMention(doc, m) === undefined &&
    doc.within('place', m.sentence).length === 0 &&
    // ("The student died after police shot him": a death with a story of its own.)
    !/\b(?:after|before|when|following|since|because)\b/i.test(doc.surface(m.sentence))
  );
}

/**
 * Whether a mention stands in the paragraph right after an event's last one, which tells, up to
 * the mention, of a force breaking up a crowd: "Police used rubber bullets to disperse the crowd.
 * Twelve people were arrested" goes on with the lead's protest.
 */
function forceMetItNext(doc: Doc, e: Draft, m: Mention): boolean {
  const last = e.mentions[e.mentions.length - 1]!.sentence;
  if (m.sentence.attrs.paragraph !== last.attrs.paragraph + 1 || m.sentence.attrs.zone !== last.attrs.zone)
    return false;
  const upTo = doc
    .layer('sentence')
    .filter((s) => s.attrs.paragraph === m.sentence.attrs.paragraph && s.start <= m.sentence.start)
    .map((s) => doc.surface(s))
    .join(' ');
  return INTERVENTION.test(upTo) && CROWD_IN_SENTENCE.test(upTo);
}

/**
 * "Protesters gathered in Minsk on Saturday. 15 people were arrested by the police.": arrests
 * told after a protest or a riot, with no day or place of their own, are its ending (ACLED codes
 * the protest, with intervention), not an event of their own. Not the arrest a protest is about
 * ("demanding the release of a blogger. The blogger was arrested on a charge of …", "He was
 * arrested in connection with …").
 */
function arrestsAtProtest(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  if (
    e.type !== 'PROTEST' ||
    !d.mentions.every((x) => x.rule.name === 'arrest') ||
    !(inItsParagraph(e, m) || forceMetItNext(doc, e, m)) ||
    !toldHappening(e) ||
    !toldHappening(d) ||
    ARREST_OF_ITS_OWN.test(doc.surface(m.sentence)) ||
    /\b(?:he|she|his|her)\b/i.test(doc.text.slice(m.sentence.start, m.start)) ||
    dateOfMention(doc, m) !== undefined
  )
    return false;
  return placesWithin(doc, e, m);
}

/** Whether every place a mention's sentence names lies within 30 km of where the event was. */
function placesWithin(doc: Doc, e: Draft, m: Mention): boolean {
  const here = doc.within('place', m.sentence);
  if (here.length === 0) return true;
  const place = placeOfDraft(doc, e);
  return here.every((p) => place !== undefined && p.attrs.lat !== null && kmBetween(p.attrs, place.attrs) <= 30);
}

/** Whether a mention has no day of its own, or one that agrees with the event's first mention. */
function dayAgrees(doc: Doc, e: Draft, m: Mention): boolean {
  const own = dateOfMention(doc, m);
  const eventDay = dateOfMention(doc, e.mentions[0]!);
  return !own || (eventDay !== undefined && compatibleDates(eventDay.attrs.value, own.attrs.value));
}

/**
 * "Residents protested in Ficksburg. Police opened fire on them, killing two.": a force firing on
 * the crowd just told of, with no day or place of its own, is what met that protest (ACLED codes
 * the protest, with excessive force and its dead), not an attack of its own.
 */
function forceFiredOnIt(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  if (e.type !== 'PROTEST' || d.type !== 'ASSAULT' || !toldHappening(e) || !toldHappening(d) || !inItsParagraph(e, m))
    return false;
  return FORCE_FIRED_ON_THEM.test(doc.surface(m.sentence)) && dayAgrees(doc, e, m) && placesWithin(doc, e, m);
}

/**
 * "Workers protested in Yerevan and demanded their wages.", "… The group also demanded tax
 * exemptions.", "Protesters accused them of stealing money.": what the crowd demands or holds
 * against someone is the protest's claim, not a request or an accusation of its own.
 */
function demandOfProtest(doc: Doc, e: Draft, d: Draft, m: Mention): boolean {
  if (
    e.type !== 'PROTEST' ||
    !d.mentions.every((x) => x.rule.name === 'call-for' || x.rule.name === 'accuse') ||
    !toldHappening(e) ||
    !toldHappening(d) ||
    !inItsParagraph(e, m)
  )
    return false;
  // A day of its own unlike the protest's is another time ("and on Monday demanded …").
  if (!dayAgrees(doc, e, m)) return false;
  const before = doc.text.slice(m.sentence.start, m.start);
  const sameSentence = e.mentions.some((x) => x.sentence === m.sentence && x.end <= m.start);
  return (sameSentence && CROWD_GOES_ON.test(before)) || CROWD_SUBJECT.test(before);
}

// The crowd's next verb in the protest's own sentence: "protested … and (also) demanded".
const CROWD_GOES_ON = /(?:\band|,)\s+(?:also\s+|then\s+)?$/i;
// The crowd as the subject of the next sentence: "They", "The group", "Protesters", "The workers".
const CROWD_SUBJECT =
  /^\s*(?:They|The\s+(?:[\w-]+\s+){0,2}?(?:group|groups|protesters|protestors|demonstrators|participants|workers|residents|families|crowd|traders|teachers|students|farmers|employees|people)|Protesters|Protestors|Demonstrators|Participants)\s+(?:also\s+)?$/;

/** Words that give an arrest a story of its own: a charge, a case, an earlier time. */
const ARREST_OF_ITS_OWN =
  /\b(?:charged?|charges|accused|convicted|suspected|in (?:connection|relation) (?:with|to)|case|warrant|earlier|previously|ago|last (?:week|month|year))\b/i;

/** A casualty word a negation can bind: "no casualties", "no one was killed or injured". */
const HARM_NOUN = /^(?:casualties|fatalit(?:y|ies)|kill(?:ed|ing)|dead|died|deaths?|injur(?:ed|ing)|wound(?:ed|ing))$/i;

/** A mention that says no one was harmed. */
function harmNone(doc: Doc, m: Mention): boolean {
  return m.factuality === 'negated' && m.rule.name === 'kill' && HARM_NOUN.test(doc.surface(m));
}

/** A draft that only says no one was harmed. */
function noneHarmed(doc: Doc, d: Draft): boolean {
  return d.mentions.every((x) => harmNone(doc, x));
}

/** Whole months from a timex value's month to the publication date's (0 for an undated value). */
function monthsBefore(value: string, published: string): number {
  const v = /^(\d{4})-(\d{2})/.exec(value) ?? /^(\d{4})$/.exec(value);
  const p = /^(\d{4})-(\d{2})/.exec(published);
  if (!v || !p) return 0;
  const vm = Number(v[1]) * 12 + (v[2] ? Number(v[2]) - 1 : 11);
  return Number(p[1]) * 12 + Number(p[2]) - 1 - vm;
}

function bestFactuality(d: Draft): Factuality {
  // A plan, a call or a report of an event its calling off follows did not take place; only a
  // telling that it did ("the march went ahead") outweighs the calling off.
  if (d.mentions.some((m) => m.calledOff) && !d.mentions.some((m) => m.factuality === 'asserted')) return 'negated';
  return d.mentions.map((m) => m.factuality).sort((a, b) => FACTUALITY_RANK[a] - FACTUALITY_RANK[b])[0]!;
}

const spanOf = (s: Span): Span => ({ start: s.start, end: s.end });

/** What the stage asks of the classifier. */
type Reader = Pick<EventClassifier, 'rank' | 'name'>;

/** The classifier with its rankings kept per text. */
function memoised(classifier: EventClassifier): Reader {
  const seen = new Map<string, ReturnType<EventClassifier['rank']>>();
  return {
    name: classifier.name,
    rank(text: string) {
      let r = seen.get(text);
      if (!r) seen.set(text, (r = classifier.rank(text)));
      return r;
    },
  };
}

/** More sentences than this make a paragraph no single note (see {@link aroundMentions}). */
const LONG_PARAGRAPH = 6;

/**
 * The sentences of a long paragraph that tell an event: those of its mentions and one on either
 * side of each. Many texts come with no paragraph breaks (pages stripped of their markup, local
 * news archives): read whole, their other stories' crowds and harm would type this one (a
 * highway's yearly dead read as a protest beside a city manager who "gathers support").
 */
function aroundMentions(paragraph: Sentence[], mentions: Mention[]): Sentence[] {
  if (paragraph.length <= LONG_PARAGRAPH) return paragraph;
  const near = new Set<number>();
  for (const m of mentions) {
    const i = paragraph.indexOf(m.sentence);
    if (i >= 0) for (const j of [i - 1, i, i + 1]) near.add(j);
  }
  return near.size === 0 ? paragraph : paragraph.filter((_, i) => near.has(i));
}

/** Types, fills and adds one event. */
function emit(
  doc: Doc,
  drafted: Draft,
  classifier: Reader | null,
  namer: AcledActorNamer | null,
  minConf: number,
  ctx: StageContext,
  article?: ArticleContext,
): void {
  // "No casualties reported" after the event is its toll, not a word of what kind it was.
  const tolls = drafted.mentions.filter((m) => m.toll);
  const d = tolls.length > 0 ? { ...drafted, mentions: drafted.mentions.filter((m) => !tolls.includes(m)) } : drafted;
  // The paragraphs of the first two mentions describe the event (a news paragraph is a sentence
  // or two, and ACLED's notes, which the model learnt from, are one paragraph); later mentions
  // recall it in passing.
  const paragraphs = [...new Set(d.mentions.slice(0, 2).map((m) => m.sentence.attrs.paragraph))];
  const told = doc
    .layer('sentence')
    .filter((s) => paragraphs.includes(s.attrs.paragraph) && s.attrs.zone === d.mentions[0]!.sentence.attrs.zone);
  const sentences = aroundMentions(told, d.mentions);
  // A long paragraph read in part: words of its other sentences may be another story's.
  const partial = sentences.length < told.length;
  const text = sentences.map((s) => doc.surface(s)).join(' ');
  const first = d.mentions[0]!;
  const factuality = bestFactuality(d);
  let type = d.type;
  let mode = d.mentions.find((m) => m.rule.type === type)?.rule.mode;
  const context = d.mentions.flatMap((m) => m.rule.context ?? []);
  let acled: EventAttrs['acled'];
  let model: string | undefined;
  let confidence = 0.7;
  const rules = [...new Set(d.mentions.map((m) => m.rule.name))];
  // "Workers gathered … demanding salaries" with no protest word: a demand made by acting
  // together is a protest when the model reads the sentence as one.
  if (
    type === 'REQUEST' &&
    classifier &&
    // People who could act together stand in the paragraph ("the SEC seemed to have stopped
    // demanding such disclosures": an agency's demand).
    CROWD_RE.test(text) &&
    // A crowd's own demand ("demanding wages"), not a call on others to act ("calling on X to").
    d.mentions.every(
      (m) =>
        PURPOSE_RE.test(doc.text.slice(Math.max(m.sentence.start, m.start - 4), m.end)) &&
        !/\b(?:on|upon)\b/i.test(doc.surface(m)) &&
        // "urging Trump to make …" is a call on someone, like "calling on X to".
        !(
          /^urg/i.test(doc.surface(m)) && /^\s+(?:[\w’'.-]+\s+){1,4}?to\s+\w/.test(doc.text.slice(m.end, m.end + 60))
        ) &&
        // People acting together ("banks demanding payment" is not), not in writing ("a letter urging").
        !INSTITUTION_SUBJECT.test(doc.text.slice(m.sentence.start, m.start)) &&
        !WRITTEN_RE.test(doc.text.slice(m.sentence.start, m.start)) &&
        !OWN_VERB_PHRASE_BEFORE.test(doc.text.slice(Math.max(m.sentence.start, m.start - 60), m.start)),
    )
  ) {
    const top = classifier.rank(text)[0]!;
    if (ploverOfSubEvent(top.label) === 'PROTEST' && top.confidence >= 0.5) {
      type = 'PROTEST';
      mode = 'demo';
    }
  }
  if (ACLED_CODABLE.has(type) && classifier) {
    const ranked = classifier.rank(text);
    // A trigger's own ACLED type counts as its family even where ACLED files it elsewhere (a
    // curfew is PLOVER COERCE, ACLED a change to group/activity).
    const ruleLabels = new Set(d.mentions.flatMap((m) => (m.rule.acled ? [m.rule.acled] : [])));
    const families = new Set([...d.mentions.map((m) => m.rule.type), type]);
    // An arrest and nothing else ("was arrested" in a fraud story) is no looting or seizure,
    // however the paragraph reads (ACLED files drug seizures under looting: the seizure's own
    // trigger leaves that to the model).
    const onlyArrests = d.mentions.every((m) => m.rule.name === 'arrest');
    // Nor is anything looting or destruction where nothing is taken, burnt or broken in the
    // paragraph ("20 minutes later shooting occurred", "the Benghazi attacks"): the model, which
    // learnt from coders' one-line notes, falls back on that label for paragraphs unlike them.
    // A rape, a suicide bombing or a base only where its words are (the model saw few and
    // learnt their neighbours' words: "during a raid", "exploded").
    const admissible = (label: string) =>
      (!TRIGGER_ONLY.has(label) || ruleLabels.has(label)) &&
      (!onlyArrests || !TRIGGERED_STRATEGIC.has(label) || ruleLabels.has(label)) &&
      (label !== 'Looting/property destruction' || ruleLabels.has(label) || LOOTING_WORDS.test(text));
    const inFamily = (label: string) =>
      ruleLabels.has(label) || (families.has(ploverOfSubEvent(label) ?? 'AGREE') && admissible(label));
    const top = ranked[0]!;
    const topFamily = ploverOfSubEvent(top.label);
    // Riot or attack, protest or arrest: the boundary between violent crowds, attacks and
    // interventions is where words mislead and the model, which reads the whole sentence, is
    // better; other families (a deployment, an agreement) stay with the trigger.
    const swappable = (t: PloverType | undefined) => t === 'PROTEST' || t === 'ASSAULT' || t === 'COERCE';
    // Words that say little about what happened ("hostilities", "died") may also turn out to be
    // the background of a strategic development ("families evacuated following hostilities",
    // "a lockdown after a resident died"), which only the model, reading the whole note, sees.
    const strategic = ACLED_EVENT_TYPE[top.label] === 'Strategic developments';
    // A demonstration needs a crowd or a protest the words name: the model, reading a whole
    // paragraph of a full article, can see a protest where a lone sniper killed a doctor. (Riots
    // need none: ACLED codes "two groups clashed over land" and "inmates set alight" as riots.)
    // (In a campaign report the crowd at a rally is its audience: "drawing audible gasps from
    // the crowd" beside "26 people killed in the shooting" names no protest.)
    // Nor is a speaker's crowd anywhere ("told the crowd", "gasps from the crowd").
    // Nor are the people of a toll ("one of 26 people killed in the shooting").
    const heard = text.replace(SPEAKERS_CROWD, ' ').replace(PEOPLE_OF_A_TOLL, ' ').replace(VICTIMS_NAMED, ' ');
    const crowdText = article?.campaign ? heard.replace(AUDIENCE, ' ') : heard;
    const crowdNamed =
      topFamily !== 'PROTEST' ||
      d.mentions.some((m) => m.rule.type === 'PROTEST') ||
      ACLED_EVENT_TYPE[top.label] !== 'Protests' ||
      PROTEST_WORDS.test(crowdText) ||
      // Activists arrested are no protest unless a protest is named ("nine of its activists were
      // arrested"): ACLED's protests met with arrests always say so.
      (CROWD_RE.test(crowdText) &&
        !d.mentions.every((m) => m.rule.type === 'COERCE') &&
        // A killing with people about ("protect her children, her students") is no protest
        // unless a gathering is named: the word of a crowd, not of people who may be victims.
        // Nor is a crowd about an arrest or a death alone ("His arrest and subsequent murder
        // charges set off an uproar"): beside weak words only a protest's own word names one.
        !(d.mentions.every((m) => m.rule.type === 'ASSAULT') && !GATHERING.test(crowdText)) &&
        !d.mentions.every((m) => m.rule.weak && m.rule.type !== 'PROTEST'));
    // "A truck rammed into a crowd", "opened fire on the crowd": the crowd is attacked, it does
    // not riot, where no one else in the paragraph riots.
    const crowdAttacked =
      ACLED_EVENT_TYPE[top.label] === 'Riots' &&
      CROWD_TARGET.test(text) &&
      !RIOTING.test(text.replace(CROWD_TARGETS, ' '));
    // Harm told in the paragraph, not in the charges ("charged with aggravated battery") nor in
    // a search executed ("went to the address to execute a narcotics search").
    const ownWords = [...new Set(d.mentions.map((m) => m.sentence))].map((x) => doc.surface(x)).join(' ');
    const harmInOwnWords = HARM_WORDS.test(
      ownWords
        .replace(CHARGE_CONTENT, ' ')
        // ("arrested after a shooting", "detained for the killing": the harm the arrest followed.)
        .replace(/\b(?:after|following|since|over|for|in connection with)\b[^.;]*/gi, ' '),
    );
    const harmTold = HARM_WORDS.test(
      text
        .replace(CHARGE_CONTENT, ' ')
        .replace(/\bexecut\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:search|warrant)\w*/gi, ' '),
    );
    // A riot is people acting together, violently: a group named, and violence or damage told
    // (by a mention, or in the paragraph; in a long paragraph read in part, in a peaceful protest
    // word's own sentence where every mention is one: "a vigil was planned" near where officers
    // were shot is no riot).
    // "A teenager who is fighting leukaemia", "was arrested after she slashed a woman" name no
    // group.
    const peacefulOnly = partial && d.mentions.every((m) => m.rule.type === 'PROTEST' && m.rule.mode !== 'riot');
    const violenceText = peacefulOnly ? ownWords : text;
    const riotTold =
      (CROWD_RE.test(crowdText) || RIOT_GROUP.test(crowdText)) &&
      (d.mentions.some((m) => m.rule.mode === 'riot' || m.rule.name === 'clash' || m.rule.type === 'ASSAULT') ||
        RIOT_DEED.test(violenceText) ||
        HARM_WORDS.test(violenceText));
    const riotNamed = (label: string) => ACLED_EVENT_TYPE[label] !== 'Riots' || riotTold;
    // "an angry white mob shot to death two sharecroppers": a crowd that kills is no peaceful
    // one, however peaceful the paragraph around it (a film screening on the murders).
    // Nor is a crowd peaceful that its own trigger says riots ("went on the rampage", "pelted").
    // So is a crowd of a protest that loots or wrecks ("Striking workers ransacked shops").
    const riotDeeds = d.mentions.filter(
      (m) =>
        (m.rule.name === 'riot' && riotDeed(doc, m)) ||
        (m.rule.name === 'loot' &&
          !LOOTED_THING.test(doc.text.slice(Math.max(m.sentence.start, m.start - 30), m.start)) &&
          d.mentions.some((x) => x.rule.type === 'PROTEST' && x.rule.mode !== 'riot')),
    );
    const violentCrowd =
      CROWD_DEALT_HARM.test(ownWords) ||
      FOUGHT_COUNTER_PROTEST.test(text) ||
      riotDeeds.some((m) => m.factuality !== 'negated');
    const pick =
      top.confidence >= 0.5 &&
      admissible(top.label) &&
      !crowdAttacked &&
      riotNamed(top.label) &&
      !(strategic && d.mentions.some((m) => foughtTold(doc, m))) &&
      ((topFamily &&
        crowdNamed &&
        swappable(topFamily) &&
        [...families].every(swappable) &&
        // Nor is an arrest a riot where no crowd, mob or riot and no harm is named ("was
        // arrested and charged with aggravated battery").
        !(
          ACLED_EVENT_TYPE[top.label] === 'Riots' &&
          onlyArrests &&
          !RIOTING.test(text) &&
          !harmTold &&
          !BRAWL.test(text)
        ) &&
        // "The suspect was arrested at the scene" of a burglary: no harm told, no attack.
        // (Harm told in the arrest's own sentences: "4 people were arrested" after a clash is
        // the clash's sequel, not an attack.)
        !(topFamily === 'ASSAULT' && d.mentions.every((m) => m.rule.type === 'COERCE') && !harmInOwnWords) &&
        // "Journalists protested against their editor's arrest. He was arrested in connection
        // with a case …": an arrest with no crowd in its own sentences is no protest, however
        // the paragraph reads.
        !(topFamily === 'PROTEST' && onlyArrests && !CROWD_RE.test(ownWords)) &&
        !(violentCrowd && top.label === 'Peaceful protest') &&
        d.mentions.every((m) => m.rule.weak || m.rule.type === topFamily)) ||
        (strategic && top.confidence >= STRATEGIC_MIN && d.mentions.every((m) => m.rule.background)))
        ? top
        : // A protest refused for want of a crowd leaves the trigger's own label ("Arrests").
          ((!crowdNamed ? ranked.find((p) => ruleLabels.has(p.label)) : undefined) ??
          ranked.find(
            (p) => inFamily(p.label) && riotNamed(p.label) && !(violentCrowd && p.label === 'Peaceful protest'),
          ));
    // A protesting crowd's looting is its riot, not a looting of its own.
    const crowdLooted = riotDeeds.some((m) => m.rule.name === 'loot' && m.factuality !== 'negated');
    if (pick && pick.confidence >= minConf && !(crowdLooted && ACLED_EVENT_TYPE[pick.label] !== 'Riots')) {
      acled = acledLabel(pick.label);
      const own = d.mentions.find((m) => m.rule.acled === pick.label)?.rule;
      // The trigger's class stands where its own ACLED type was chosen, or where the model's
      // label has no PLOVER class ("Other").
      type = own?.type ?? ploverOfSubEvent(pick.label) ?? type;
      mode = own?.mode ?? ploverModeOf(pick.label, text) ?? mode;
      model = classifier.name;
      confidence = pick.confidence;
    } else if (violentCrowd) {
      // The model, sure of a peaceful protest that its riot words rule out, has no other label
      // it believes: the riot's own trigger names the event ("blocked roads with burning tyres").
      const riot = riotDeeds.find((m) => m.rule.name === 'riot')?.rule;
      acled = acledLabel(riot?.acled ?? 'Violent demonstration');
      type = 'PROTEST';
      mode = 'riot';
    }
  }
  // What the mentions claim, and for a protest its demands: the words that name no participant
  // of the act itself.
  const demands = [
    ...d.mentions.flatMap((m) => [...m.claims, ...(type === 'PROTEST' ? protestClaims(doc, m) : [])]),
    // What the crowd demanded or charged in a verb of its own ("and demanded his release").
    ...tolls
      .filter((m) => m.rule.type === 'REQUEST' || m.rule.type === 'ACCUSE')
      .flatMap((m) => (m.claims.length > 0 ? m.claims : [clauseFrom(doc, m.start, m.sentence)])),
  ];
  // The trigger's own label where the model gave none, for a class ACLED codes: the checks below
  // hold for it as for the model's ("a sit-in" the police dispersed).
  const ruleLabel = (): EventAttrs['acled'] => {
    const rule = d.mentions.find((m) => m.rule.type === type && m.rule.acled)?.rule;
    return rule?.acled ? acledLabel(rule.acled) : undefined;
  };
  if (!acled && ACLED_CODABLE.has(type)) acled = ruleLabel();
  // "Police dispersed them", "26 were arrested": a protest the paragraph tells was broken up, or
  // its people arrested, is one with intervention (ACLED's codebook), where the model, which
  // weighs the words of the demands as much, read a peaceful one.
  if (
    type === 'PROTEST' &&
    acled?.subEventType === 'Peaceful protest' &&
    (factuality === 'asserted' || factuality === 'reported') &&
    interventionTold(doc, d, sentences, demands)
  )
    acled = acledLabel('Protest with intervention');
  // And a protest whose paragraph has no force breaking up, holding or harming anyone is a
  // peaceful one, where the model saw the police only as the place ("a vigil outside the police
  // station").
  else if (
    type === 'PROTEST' &&
    acled?.subEventType === 'Protest with intervention' &&
    d.mentions.every((m) => m.rule.type === 'PROTEST') &&
    !INTERVENTION.test(text)
  )
    acled = acledLabel('Peaceful protest');
  // Fire opened on the crowd, or protesters shot dead by the forces that met them: excessive
  // force (ACLED's codebook: lethal force, or force that maims, against a protest).
  if (
    type === 'PROTEST' &&
    (acled?.subEventType === 'Peaceful protest' || acled?.subEventType === 'Protest with intervention') &&
    (factuality === 'asserted' || factuality === 'reported') &&
    interventionTold(doc, d, sentences, demands, EXCESSIVE_FORCE)
  )
    acled = acledLabel('Excessive force against protesters');
  // "Two people were killed when police opened fire on protesting residents": a protest a force
  // fired on, however the sentence begins (gunmen firing on a crowd stay an attack).
  else if (
    type === 'ASSAULT' &&
    d.mentions.some((m) => m.rule.type === 'PROTEST') &&
    (factuality === 'asserted' || factuality === 'reported') &&
    d.mentions.some((m) => FORCE_FIRED_ON_CROWD.test(doc.surface(m.sentence)))
  ) {
    type = 'PROTEST';
    mode = 'demo';
    acled = acledLabel('Excessive force against protesters');
  }
  // A surrender, aid handed out, a call: ACLED codes what happened of these as strategic
  // developments, where the model reading the paragraph surely sees one (an agreement's own
  // type, where a trigger gives it, stands).
  const ruleAcled = d.mentions.some((m) => m.rule.type === type && m.rule.acled);
  if (
    !ACLED_CODABLE.has(type) &&
    !ruleAcled &&
    classifier &&
    (factuality === 'asserted' || factuality === 'reported')
  ) {
    const top = classifier.rank(text)[0]!;
    // Looting, arrests, seizures and bases have triggers of their own: a statement or a call is
    // none of them, however the paragraph reads.
    if (
      ACLED_EVENT_TYPE[top.label] === 'Strategic developments' &&
      top.confidence >= STRATEGIC_MIN &&
      !TRIGGERED_STRATEGIC.has(top.label)
    ) {
      acled = acledLabel(top.label);
      model = classifier.name;
      confidence = top.confidence;
    }
  }
  acled ??= ruleLabel();
  if (type === 'ASSAULT' && mode === undefined && acled) mode = ploverModeOf(acled.subEventType, text);
  // A rape, a suicide bombing, a base set up or a weapon that failed, told in the event's first
  // sentence, is what ACLED codes the event as, whatever else was done in it ("raped a woman,
  // killed at least 6 civilians"; "2 militants were killed when landmines they were planting
  // exploded prematurely").
  const lead = d.mentions[0]!.sentence;
  const precedent = d.mentions.find(
    (m) => m.sentence === lead && m.rule.type === type && m.rule.acled && PRECEDENT.has(m.rule.name),
  )?.rule;
  if (precedent?.acled && ACLED_CODABLE.has(type) && (factuality === 'asserted' || factuality === 'reported')) {
    acled = acledLabel(precedent.acled);
    mode = precedent.mode ?? mode;
  }

  // People taken with no one killed: ACLED codes the abduction, not the attack or the fight it
  // came with ("stormed a civilian house, kidnapping 5 brothers"; "attacked Udawa and abducted
  // the village head"). Where someone was killed, the attack stands.
  if (
    (acled?.subEventType === 'Attack' || acled?.subEventType === 'Armed clash') &&
    d.mentions.some((m) => m.rule.name === 'abduct' && (m.factuality === 'asserted' || m.factuality === 'reported')) &&
    !drafted.mentions.some((m) => m.rule.name === 'kill' && m.factuality !== 'negated') &&
    !TAKEN_AND_KILLED.test(text)
  ) {
    acled = acledLabel('Abduction/forced disappearance');
    mode = 'abduct';
  }
  // What the event's first sentence tells of its sides and its weapons, as ACLED codes it.
  const leadWords = doc.surface(lead);
  if (acled && noViolenceOfNow(leadWords, acled)) acled = OTHER;
  if (acled) acled = sidesAsCoded(leadWords, acled);
  // (A crowd the words told keeps its size.) A force or a crowd that is the first sentence's
  // subject decides between an attack and mob violence.
  let crowdRetyped = false;
  if (acled?.subEventType === 'Mob violence' && FORCES_DEALT_IT.test(leadWords)) {
    crowdRetyped = type === 'PROTEST';
    acled = acledLabel('Attack');
    type = 'ASSAULT';
    mode = ploverModeOf('Attack', text) ?? mode;
  } else if (
    (acled?.subEventType === 'Attack' || acled?.subEventType === 'Armed clash') &&
    MOB_DEALT_IT.test(leadWords) &&
    !ARMED_WORDS.test(leadWords)
  ) {
    // (Its PLOVER class stays the assault its words tell: "villagers killed a suspected thief".)
    acled = acledLabel('Mob violence');
  }
  const said = namer?.countryOf(text);
  const { location, firm } = locate(doc, d, type, ctx, said, isObservation(text) ? namer : undefined) ?? {};
  const date = dateOf(doc, d, type, factuality);
  // A small or alternately named place that nothing corroborates, read in a country training
  // never saw an event in ("Valencia" in Spain for Trinidad's), yields to the country the words
  // surely say, for naming the actors: its namesake there is missing from the gazetteer more
  // often than the conflict has moved.
  const placed =
    location?.country &&
    said &&
    said !== location.country &&
    !namer!.trainedOn(location.country) &&
    namer!.namesCountry(text, said) &&
    !firm!()
      ? said
      : location?.country;
  const { actors, targets } = participants(doc, d, type, acled?.subEventType, placed);
  if (type === 'PROTEST' && acled && acled.subEventType !== 'Peaceful protest') {
    addForcesMet(doc, sentences, demands, targets);
    // "Police … used rubber bullets to disperse the crowd. Twelve people were arrested": the
    // force told in the paragraph of the arrests that ended the protest met it too.
    for (const m of tolls.filter((x) => x.rule.name === 'arrest' && !paragraphs.includes(x.sentence.attrs.paragraph)))
      addForcesMet(
        doc,
        doc
          .layer('sentence')
          .filter(
            (s) =>
              s.attrs.paragraph === m.sentence.attrs.paragraph &&
              s.attrs.zone === m.sentence.attrs.zone &&
              s.start <= m.sentence.start,
          ),
        demands,
        targets,
      );
  }
  if (acled?.subEventType === 'Mob violence' && !targets.some((t) => t.kind === 'police' || t.kind === 'military')) {
    const other = mobsOtherSide(doc, sentences, actors[0]?.country ?? placed);
    if (other) targets.unshift(other);
  }
  // The actor's country: the event's place, else a country an actor carries, else the country
  // most of the article's places are in, else the one the naming model reads in the words.
  // (The model's country needs a name in the words to rest on: it reads some country into any
  // words, Iraq into "Militants fired a rocket".)
  const actorCountry =
    placed ||
    actors.find((a) => a.country)?.country ||
    mainCountry(doc) ||
    (said && (namer!.namesCountry(text, said) || NAME_INSIDE.test(text)) ? said : undefined);
  const actorByModel = orderForAcled(
    actors,
    acled?.eventType,
    ACLED_CODABLE.has(type) ? withoutTellers(text) : text,
    actorCountry,
    namer,
    first,
    doc.text,
    location && { lat: location.lat, lon: location.lon },
  );
  const targetByModel = nameTargets(actors, targets, acled, actorCountry, namer, doc.text, first);
  const year = /^\d{4}/.test(date.value) ? Number(date.value.slice(0, 4)) : undefined;
  for (const p of [...actors, ...targets]) {
    if (p.acled !== undefined) p.acled = withinPeriod(p.acled, year);
    p.name = withinPeriod(p.name, year);
  }
  foldSameNamed(actors);
  foldSameNamed(targets);
  if (acled) acled = territoryTaken(d, lead, acled, actors[0]);
  if (acled?.subEventType === 'Arrests') acled = arrestAsCoded(text, actors[0]) ?? acled;
  if (acled?.subEventType === 'Arrests') arrestedByForce(doc, text, actors, actorCountry, year, spanOf(first));
  const size = type === 'PROTEST' || crowdRetyped ? sizeOf(doc, d, ctx) : undefined;
  // A peaceful protest has no dead of its own (else it is a riot or force against it; a protest
  // with intervention keeps them, as that reading is often wrong where forces kill): the dead
  // its sentences tell are those it protests ("relatives protested after 40 prisoners were killed").
  // Nor has an arrest: where people die, ACLED codes the violence, and the dead an arrest's
  // sentence tells are those of the crime it follows ("arrested two men after a shooting that
  // left one dead").
  const counts = sharedOut(doc, sentences, countsOf(doc, drafted)).filter(
    (c) => c.what !== 'fatalities' || (acled?.subEventType !== 'Peaceful protest' && acled?.subEventType !== 'Arrests'),
  );
  const claims = demands
    .filter((c) => c.end > c.start)
    .filter((c, i, all) => all.findIndex((x) => x.start <= c.start && c.end <= x.end) === i)
    .map((c) => ({ text: doc.surface(c), evidence: [spanOf(c)] }));
  const sources = d.mentions
    .flatMap((m) => m.sources)
    .filter((s, i, all) => all.findIndex((x) => x.name === s.name) === i);
  // Counts told in different sentences add up ("two killed in X. Three killed in Y."), unless
  // the story restates its toll: a number above two given twice ("at least 80 killed ... 80
  // people were killed") is one toll, and the largest is the latest. (One or two victims named
  // twice are as often two incidents, as ACLED's notes tell them.)
  const sum = (what: 'fatalities' | 'injuries' | 'arrests') => {
    const xs = counts.filter((c) => c.what === what).map((c) => c.value);
    return xs.length === 0 ? undefined : tollOf(xs);
  };
  const fatalities = sum('fatalities');
  const injuries = sum('injuries');
  const arrests = sum('arrests');
  const attrs: EventAttrs = {
    type,
    ...(mode !== undefined && { mode }),
    ...(context.length > 0 && { context: [...new Set(context)] }),
    ...(acled && { acled }),
    date,
    ...(location && { location }),
    actors,
    targets,
    ...(size && { size }),
    ...(fatalities !== undefined && { fatalities }),
    ...(injuries !== undefined && { injuries }),
    ...(arrests !== undefined && { arrests }),
    ...(counts.length > 0 && { counts }),
    claims,
    factuality,
    sources,
    mentions: drafted.mentions.map(spanOf),
    confidence: Math.round(confidence * 1000) / 1000,
    by: {
      stage: 'events',
      rule:
        rules.map((r) => `trigger:${r}`).join(' ') +
        (model ? ' acled:model' : acled ? ' acled:rule' : '') +
        (actorByModel ? ' actor1:model' : '') +
        (targetByModel ? ' actor2:model' : ''),
      ...((model || actorByModel || targetByModel) && {
        model: [model, (actorByModel || targetByModel) && namer?.name].filter(Boolean).join(' '),
      }),
      confidence: Math.round(confidence * 1000) / 1000,
    },
  };
  doc.add('event', {
    start: first.start,
    end: first.end,
    label: type,
    attrs,
    by: attrs.by,
  });
}

/** An ACLED sub-event type with the event type it belongs to. */
function acledLabel(subEventType: string): NonNullable<EventAttrs['acled']> {
  return { eventType: ACLED_EVENT_TYPE[subEventType]!, subEventType };
}

/**
 * Triggers whose ACLED sub-event type decides over the model where they stand in the event's
 * first sentence: the model saw few of them, and ACLED's rules code what else the sentence tells
 * under them (a rape, a suicide bombing, a base set up, a weapon that failed or was stopped).
 */
const PRECEDENT = new Set(['sexual', 'suicide', 'base', 'disrupted']);

/** ACLED sub-event types the model names only where their trigger stands in the event's words. */
const TRIGGER_ONLY = new Set(['Sexual violence', 'Suicide bomb', 'Headquarters or base established']);

/**
 * A battle in which its first actor took ground ("the FARDC took control of a CODECO stronghold",
 * "re-captured Quissanga", "gained control over Al Hummah"): ACLED codes it by who took it, a
 * government's forces (or those fighting for it) regaining territory or a non-state actor
 * overtaking it, however much fighting the words tell (and no attack on civilians). Only where
 * the taking is told in the event's first sentence, which names the act the event is.
 */
function territoryTaken(
  d: Draft,
  lead: Sentence,
  acled: NonNullable<EventAttrs['acled']>,
  first: EventParticipant | undefined,
): NonNullable<EventAttrs['acled']> {
  if ((acled.eventType !== 'Battles' && acled.subEventType !== 'Attack') || !first) return acled;
  if (!d.mentions.some((m) => m.rule.name === 'territory' && m.sentence === lead)) return acled;
  const state =
    first.kind === 'military' || first.kind === 'police' || /^(?:Military|Police) Forces of\b/.test(first.acled ?? '');
  return acledLabel(state ? 'Government regains territory' : 'Non-state actor overtakes territory');
}

/** ACLED's strategic development that fits no other sub-event. */
const OTHER = acledLabel('Other');

// Ordnance of a war long over ("a landmine laid during the Iran-Iraq War", "a rocket leftover
// from the civil war", "unexploded ordnance"), or a mine set off by accident.
const WAR_REMNANTS =
  /\b(?:left ?over from|laid (?:during|in) the|remnants? of (?:the )?war|unexploded (?:ordnance|bombs?|shells?|mines?|munitions?|devices?)|accidentally (?:stepped on|triggered|detonated|set off|hit))\b/i;
// Shots fired into the air, which harm no one.
const SHOTS_IN_THE_AIR =
  /\b(?:warning shots|(?:shots?|gunshots|rounds|bullets) (?:in|into) the air|fired (?:in|into) the air)\b/i;
const HARMED = /\b(?:kill\w*|dead|died|death|injur\w*|wound\w*|hurt|hit (?:a|an|the|two|three|\d+)|casualt\w*)\b/i;

/**
 * Whether the violence an event's first sentence tells is none of the conflict's now, as ACLED
 * codes it: the explosive remnants of a past war, or warning shots that hit no one (a crowd
 * fired over is a protest met with force or a riot: those keep their types). ACLED files such
 * events under "Other".
 */
function noViolenceOfNow(lead: string, acled: NonNullable<EventAttrs['acled']>): boolean {
  if (acled.eventType === 'Protests' || acled.eventType === 'Riots' || acled.eventType === 'Strategic developments')
    return false;
  if (WAR_REMNANTS.test(lead)) return true;
  return SHOTS_IN_THE_AIR.test(lead) && !HARMED.test(lead);
}

// A victim off duty ("shot a police officer who was off duty"), and words of a fight.
const OFF_DUTY = /\boff[- ]duty\b/i;
const FIGHT_WORDS = /\b(?:clash\w*|exchang\w* (?:of )?(?:fire|gunfire)|gunfights?|firefights?|fought|fighting)\b/i;
// Combatants taken in the field ("regime forces captured 2 rebels", "captured 2 QSD operatives").
const COMBATANTS_CAPTURED =
  /\bcaptured (?:(?:\d+|two|three|four|five|six|several|dozens of|a number of|some|the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:rebels?|militants?|fighters?|operatives?|insurgents?|combatants?)\b/i;

/**
 * The sides of a fight as ACLED codes them from the event's first sentence: a member of a force
 * attacked off duty is a civilian attacked (unless the sentence tells a fight), and combatants
 * captured in the field are a battle's outcome, not an abduction or an attack on civilians.
 */
function sidesAsCoded(lead: string, acled: NonNullable<EventAttrs['acled']>): NonNullable<EventAttrs['acled']> {
  if (acled.subEventType === 'Armed clash' && OFF_DUTY.test(lead) && !FIGHT_WORDS.test(lead))
    return acledLabel('Attack');
  if (
    (acled.subEventType === 'Attack' || acled.subEventType === 'Abduction/forced disappearance') &&
    COMBATANTS_CAPTURED.test(lead)
  )
    return acledLabel('Armed clash');
  return acled;
}

// The detained beaten, tortured or ill-treated.
const DETAINEES_HARMED = /\b(?:tortur\w*|beat(?:en|ings?)?|ill-?treat\w*|mistreat\w*)\b/i;

/**
 * ACLED's arrests are made by the forces that hold the ground: where no armed men are named
 * ("was arrested" alone, which the model read as an unidentified armed group's deed, or no one
 * at all), the force the words name comes first, else the country's police.
 */
function arrestedByForce(
  doc: Doc,
  text: string,
  actors: EventParticipant[],
  country: string | undefined,
  year: number | undefined,
  trigger: Span,
): void {
  const first = actors[0];
  const guessed = first?.evidence.every((e) => e.start === trigger.start && e.end === trigger.end) ?? false;
  // "Task Force officers ... arrested 14", told by the Sheriff's Office: an army the model guessed
  // with no words of its own, where the words name police and no soldiers, is the police.
  const policeNotArmy = first?.kind === 'military' && guessed && POLICE_WORDS.test(text) && !ARMY_WORDS.test(text);
  if (first && first.kind !== 'unidentified-armed-group' && !policeNotArmy) return;
  if (first?.evidence.some((e) => ARMED_MEN.test(doc.surface(e)))) return;
  const force = actors.findIndex((a) => STATE_FORCES.has(a.kind));
  if (force > 0) {
    const [named] = actors.splice(force, 1);
    // A group guessed from the sentence's violence ("arrested two men after a shooting"), with
    // no words of its own, is not who held them: the force the words name is, under its name.
    if (guessed) actors.shift();
    const acled = named!.acled ?? acledActorName(named!.kind, named!.country ?? country);
    actors.unshift({ ...named!, ...(acled && { acled: withinPeriod(acled, year) }) });
    return;
  }
  const police = acledActorName('police', country);
  if (!police) return;
  const name = withinPeriod(police, year);
  actors[0] = {
    name,
    kind: 'police',
    ...(country && { country }),
    acled: name,
    evidence: first?.evidence ?? [trigger],
  };
}

/** Words that name a police force, and words that name an army. */
const POLICE_WORDS = /\b(?:police\w*|sheriff\w*|deput(?:y|ies)|troopers|constab\w*|marshals?|gendarm\w*)\b/i;
const ARMY_WORDS = /\b(?:army|militar\w*|soldiers?|troops|armed forces)\b/i;

/** Words that name armed men: who may hold people without being a force. */
const ARMED_MEN = /\b(?:gunmen|armed|assailants|attackers|militants|kidnappers|abductors|unknown|unidentified)\b/i;

/**
 * An arrest as ACLED codes it where it is more than one: the detained beaten or tortured is an
 * attack on them (not a beating the charges name: "arrested on charges that he beat up a taxi
 * driver"); people seized by an armed group, which has no power of arrest, are abducted.
 * Undefined where the arrest stands.
 */
function arrestAsCoded(
  text: string,
  first: EventParticipant | undefined,
): NonNullable<EventAttrs['acled']> | undefined {
  if (DETAINEES_HARMED.test(text.replace(CHARGE_CONTENT, ' '))) return acledLabel('Attack');
  if (first && (first.kind === 'rebels' || first.kind === 'political-militia' || first.kind === 'identity-militia'))
    return acledLabel('Abduction/forced disappearance');
  return undefined;
}

/** The country most of the article's resolved places lie in (first named on a tie). */
function mainCountry(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (const p of doc.layer('place'))
    if (p.attrs.country) counts.set(p.attrs.country, (counts.get(p.attrs.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, n] of counts) if (best === undefined || n > counts.get(best)!) best = c;
  return best;
}

/**
 * The event's place (see event-location.ts); `sureCountry` is the country the naming model reads
 * surely in the event's words, which picks a namesake in that country.
 */
function locate(
  doc: Doc,
  d: Draft,
  type: PloverType,
  ctx: StageContext,
  sureCountry?: string,
  monitored?: AcledActorNamer | null,
): { location: NonNullable<EventAttrs['location']>; firm: () => boolean } | undefined {
  const found = eventPlace(doc, [...new Set(d.mentions.map((m) => m.sentence))]);
  const first = d.mentions[0]!;
  const byActor = found ? undefined : actorCountryPlace(doc, first.sentence, first);
  if (byActor) {
    const { evidence, ...where } = byActor;
    return { location: { ...where, precision: 'country', evidence: [evidence] }, firm: () => true };
  }
  if (!found) {
    if (ACLED_CODABLE.has(type) && doc.has('place') && bestFactuality(d) !== 'historical')
      ctx.warn('event-place-unresolved', `no place found for the ${type} event`, d.mentions[0]!);
    return undefined;
  }
  const place = found.place;
  // The place the event is put at: the found one, or the article's place in the country the
  // words say where the found one is a weak reading abroad.
  let scene = place;
  let same = found.same;
  // The note's words may say the country surely ("GNA forces", "the US dollar exchange rate")
  // where the name alone has a namesake there ("Tripoli"): the namesake in that country.
  // Another place of the article in the resolved country ("Sucre, Chuquisaca") outweighs the
  // model's reading of the words; two or more in one other country outweigh the place's own
  // reading; and a small or alternately named place that nothing corroborates ("Kirni", read as
  // Kearny, New Jersey, beside India and Pakistan) gives way to its namesake in a country the
  // article names.
  const surface = doc.surface(place);
  const others = new Map<string, string>();
  for (const p of doc.layer('place'))
    if (p.attrs.country && doc.surface(p) !== surface) others.set(nameKey(doc.surface(p)), p.attrs.country);
  const otherCountries = new Set(others.values());
  const index = placeIndexOf(doc) ?? openGazetteer();
  let namesake: GazetteerEntry | undefined;
  // The name's readings, looked up once and only where asked for.
  let looked: GazetteerEntry[] | undefined;
  const readings = () =>
    (looked ??= place.attrs.country
      ? [...(index?.lookup(surface) ?? []), ...(index?.lookupFolded(surface) ?? [])]
      : []);
  const own = () => readings().find((e) => e.lat === place.attrs.lat && e.lon === place.attrs.lon);
  const weak = () => {
    const o = own();
    return !o || o.population < 100000 || o.nameKind > 0;
  };
  if (
    place.attrs.country &&
    !otherCountries.has(place.attrs.country) &&
    precisionOf(place.attrs.featureCode) !== 'country'
  ) {
    const majority = others.size >= 2 && otherCountries.size === 1 ? [...otherCountries][0] : undefined;
    const wanted = majority ?? sureCountry;
    const fits = (e: GazetteerEntry) =>
      !/^PCL/.test(e.featureCode) && (wanted ? e.country === wanted : weak() && otherCountries.has(e.country));
    if (wanted !== place.attrs.country) namesake = readings().find(fits);
    // No namesake there: a weak reading abroad ("Zari district center, Balkh" read as Żary in
    // Poland) gives way to the article's own place in the country the words say, coarser but in
    // the right one. Only the words' country: two places that agree on another one may be one
    // misreading copied ("Mamprugo Moaduri (North East)" both read as Botswana's North-East).
    if (!namesake && sureCountry && wanted === sureCountry && wanted !== place.attrs.country && weak()) {
      // The most precise of them, one of the event's own sentences first.
      const sentences = d.mentions.map((m) => m.sentence);
      const rank = (p: Annotation<'place'>) =>
        (precisionOf(p.attrs.featureCode) === 'country' ? 2 : 0) +
        (sentences.some((x) => x.start <= p.start && p.end <= x.end) ? 0 : 1);
      const instead = doc
        .layer('place')
        .filter((p) => p.attrs.country === wanted && p.attrs.lat !== null)
        .reduce<Annotation<'place'> | undefined>((b, p) => (b && rank(b) <= rank(p) ? b : p), undefined);
      if (instead) {
        scene = instead;
        same = doc.layer('place').filter((p) => p.attrs.name === instead.attrs.name);
      }
    }
  }
  // A monitor reports from the front it watches: of a village's namesakes, the one beside the
  // places where training saw the monitor's observations ("near Petrivske": the Donetsk one).
  if (monitored && scene === place && readings().length > 1) {
    const chosen = namesake ?? own() ?? place.attrs;
    const away = (e: { lat: number | null; lon: number | null }) =>
      e.lat === null || e.lon === null ? Infinity : monitored.observedDistance({ lat: e.lat, lon: e.lon });
    const nearest = readings()
      .filter((e) => !/^PCL/.test(e.featureCode))
      .reduce<GazetteerEntry | undefined>((b, e) => (b && away(b) <= away(e) ? b : e), undefined);
    if (nearest && away(nearest) <= MONITORED_KM && away(chosen) > MONITORED_KM) namesake = nearest;
  }
  const best = namesake
    ? {
        name: namesake.name,
        featureCode: namesake.featureCode,
        country: namesake.country,
        admin1: namesake.admin1,
        lat: namesake.lat,
        lon: namesake.lon,
        geonameid: namesake.geonameid,
      }
    : { ...scene.attrs, lat: scene.attrs.lat!, lon: scene.attrs.lon!, country: scene.attrs.country ?? '' };
  const precision = precisionOf(best.featureCode);
  // An event known only to a region is put at the region's seat, as event coders do, rather than
  // at its centroid (often an empty stretch of desert); `seat` says so.
  const seat =
    (precision === 'region' || precision === 'country') && best.featureCode
      ? openGazetteer()?.seat({
          name: best.name,
          featureCode: best.featureCode,
          country: best.country,
          ...(best.admin1 !== undefined && { admin1: best.admin1 }),
          lat: best.lat,
          lon: best.lon,
        })
      : undefined;
  const location = {
    name: best.name,
    lat: seat?.lat ?? best.lat,
    lon: seat?.lon ?? best.lon,
    ...(seat && { seat: seat.name }),
    country: best.country,
    ...(best.admin1 !== undefined && { admin1: best.admin1 }),
    ...(best.geonameid !== undefined && { geonameid: best.geonameid }),
    precision,
    evidence: same.map(spanOf),
  };
  return { location, firm: () => scene === place && !weak() && !namesake };
}

/** How near (km) a namesake must lie to a monitor's past observations to be where it reports from. */
const MONITORED_KM = 15;

function dateOf(doc: Doc, d: Draft, type: PloverType, factuality: Factuality): EventAttrs['date'] {
  const published = doc.meta.published;
  // The days of the event's own kind of deed come first: an attack that took in the protests
  // after it ("marched until 2 a.m. Friday") is dated by the attack's mentions.
  const own = new Set(
    d.mentions
      .filter((m) => m.rule.type === type)
      .map((m) => dateOfMention(doc, m))
      .filter((t) => t !== undefined),
  );
  // Prefer a date that agrees with publication (not after it, closest to it). A clock time alone
  // ("about 10:30 p.m.") was given the report's day, not the event's: a day the text states
  // comes first, and a day before a longer but vaguer span ("2016-W38-WE").
  // What is told as done ("has urged passage of a tax in 1988", "had urged the department to
  // process 15 percent by July 31") cannot have happened after the report: such a date is the
  // deadline of what was asked or agreed.
  // (A date read for a mention whose verb is in the past, "urged", "has agreed to"; a noun,
  // "talks with", "a strike", may be told ahead.)
  const done = factuality === 'asserted' || factuality === 'reported' || factuality === 'historical';
  const possible = d.mentions.flatMap((m) => {
    const t = dateOfMention(doc, m);
    if (!t) return [];
    return done && published && toldAsDone(doc, m) && afterPublication(t.attrs.value, published) ? [] : [t];
  });
  const agreeing = possible
    .filter((t) => !published || t.attrs.value.slice(0, 4) === published.slice(0, 4))
    .sort(
      (a, b) =>
        Number(own.has(b)) - Number(own.has(a)) ||
        Number(clockOnly(a)) - Number(clockOnly(b)) ||
        Number(DAY.test(b.attrs.value)) - Number(DAY.test(a.attrs.value)) ||
        b.attrs.value.length - a.attrs.value.length,
    );
  const pick = agreeing[0] ?? possible[0];
  if (pick && published && pick.attrs.value.length >= 10 && pick.attrs.value.slice(4, 10) === published.slice(4, 10)) {
    // Same day and month as publication, another year: a typo of the year (the temporal stage
    // warns); the event is dated in the year of publication.
    if (pick.attrs.value.slice(0, 4) !== published.slice(0, 4))
      return { value: published.slice(0, 10), certainty: 'inferred', evidence: [spanOf(pick)] };
  }
  if (pick) return { value: pick.attrs.value, certainty: 'stated', evidence: dateEvidence(doc, pick) };
  if (factuality === 'historical') {
    for (const m of d.mentions) {
      for (const s of [
        m.sentence,
        ...doc
          .layer('sentence')
          .filter((x) => x.end <= m.sentence.start)
          .slice(-1),
      ]) {
        const text = doc.surface(s);
        const y = [...text.matchAll(/\b(1[5-9]\d\d)\b/g)].find(
          (x) => !isModelYear(text.slice(Math.max(0, x.index - 8), x.index), text.slice(x.index + 4, x.index + 30)),
        );
        if (y) {
          const at = s.start + y.index;
          return { value: y[1]!, certainty: 'stated', evidence: [{ start: at, end: at + 4 }] };
        }
      }
    }
  }
  if (published) return { value: published.slice(0, 10), certainty: 'inferred', evidence: [] };
  return { value: 'XXXX-XX-XX', certainty: 'inferred', evidence: [] };
}

/**
 * Whether a date begins after the publication day, at the granularity the date has; a day may be
 * one after it (a wire's dateline runs a day ahead of the date it is filed under).
 */
function afterPublication(value: string, published: string): boolean {
  const day = /^\d{4}(?:-\d\d(?:-\d\d)?)?/.exec(value)?.[0];
  if (day === undefined) return false;
  if (day.length === 10) return day > shift(published.slice(0, 10), 1, 'D');
  return day > published.slice(0, day.length);
}

/** A trigger whose verb is in the past ("urged", "has agreed to", "fought"), not put ahead. */
function toldAsDone(doc: Doc, m: Mention): boolean {
  const first = /^[\p{L}-]+/u.exec(doc.surface(m))?.[0].toLowerCase() ?? '';
  if (!/ed$/.test(first) && !PAST_IRREGULAR.has(first)) return false;
  return !/\b(?:will|would|shall|may|might|could|should|must|to|is|are|be)\s+(?:(?:be|have|been|not)\s+)*$/i.test(
    doc.text.slice(Math.max(m.sentence.start, m.start - 30), m.start),
  );
}

const PAST_IRREGULAR = new Set([
  'fought',
  'met',
  'held',
  'led',
  'shot',
  'struck',
  'took',
  'gave',
  'made',
  'sent',
  'withdrew',
  'withdrawn',
  'beaten',
  'stole',
  'stolen',
  'threw',
  'thrown',
  'hit',
  'beat',
  'spoke',
  'left',
  'went',
  'came',
  'ran',
  'kept',
  'won',
  'lost',
  'told',
]);

function participants(
  doc: Doc,
  d: Draft,
  type: PloverType,
  sub: string | undefined,
  country: string | undefined,
): { actors: EventParticipant[]; targets: EventParticipant[] } {
  const actors: EventParticipant[] = [];
  const targets: EventParticipant[] = [];
  const crowdKind = sub === 'Violent demonstration' || sub === 'Mob violence' ? 'rioters' : 'protesters';
  // The crowd is of the event's country; where no place is known, of the demonym one mention
  // gives, else of the country of the article's places.
  const crowdCountry =
    country ??
    d.mentions
      .flatMap((m) => actorMentionsIn(doc, m.sentence))
      .find((a) => (a.kind === 'protesters' || a.kind === 'rioters') && a.country)?.country ??
    mainCountry(doc);
  for (const m of d.mentions) {
    // A source ("According to Reuters", "speaking to al-Mayadeen") is not a participant.
    const sourceSpans = [
      ...doc.within('attribution', m.sentence).map((a) => a.attrs.source),
      ...doc
        .within('quote', m.sentence)
        .flatMap((q) =>
          q.attrs.outlet?.start !== undefined
            ? [{ start: q.attrs.outlet.start, end: q.attrs.outlet.end ?? q.attrs.outlet.start }]
            : [],
        ),
    ];
    const all = actorMentionsIn(doc, m.sentence).filter(
      (a) =>
        a.kind !== 'media' &&
        !sourceSpans.some((x) => x.start < a.end && a.start < x.end) &&
        // (In a statement, "said" is the deed: "Sorg said it agreed".)
        !(ACLED_CODABLE.has(type) && toldIt(doc.text, a, m.sentence)),
    );
    const claims = m.claims;
    const inClaim = (a: Span) => claims.some((c) => c.start <= a.start && a.end <= c.end);
    // Whom a charge names ("arrested and charged with lying to authorities") took no part in
    // the event, unless the charge is what tells the event ("a murder charge in the death of").
    const charges = [...doc.text.slice(m.sentence.start, m.sentence.end).matchAll(CHARGE_CONTENT)]
      .map((x) => ({ start: m.sentence.start + x.index, end: m.sentence.start + x.index + x[0].length }))
      .filter((c) => m.end <= c.start || c.end <= m.start);
    const inCharge = (a: Span) => charges.some((c) => c.start <= a.start && a.end <= c.end);
    if (type === 'PROTEST') {
      for (const a of all) {
        if (inClaim(a)) addParticipant(targets, a);
        else if (a.kind === 'protesters' || a.kind === 'rioters')
          addParticipant(actors, { ...a, ...fixCrowd(a, crowdKind, crowdCountry) });
      }
      continue;
    }
    // "Gomez was arrested by police": the subject of a passive trigger is acted on.
    const passive =
      /^\p{L}+(?:ed|en|t)$/u.test(doc.surface(m)) &&
      /\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$/i.test(
        doc.text.slice(Math.max(m.sentence.start, m.start - 25), m.start),
      );
    // A later mention merged into the event ("Obama condemned the attack", "Estrosi, a former
    // mayor of Nice, said the truck struck the crowd") adds the event's agents only, not who
    // speaks of it: before a trigger used as a noun, the words outside its noun phrase count only
    // when a verb between says they carried it out ("ISIS claimed the attack"), and inside what
    // someone reported, only the report's own words count. (The first mention's sentence is
    // the event's own, as a coder's note is.)
    const later = m !== d.mentions[0];
    const np = later
      ? NOUN_TRIGGER_BEFORE.exec(doc.text.slice(Math.max(m.sentence.start, m.start - 60), m.start))
      : null;
    const npStart = np ? m.start - np[0].length : undefined;
    const reported = later
      ? [...doc.within('quote', m.sentence), ...doc.within('attribution', m.sentence)].find(
          (r) => r.start <= m.start && m.end <= r.end,
        )
      : undefined;
    // "Gunmen attacked a police station, killing two officers": a trigger right after a comma or
    // a conjunction has no subject of its own but the sentence's; whoever stands between it and
    // the mention before it was acted on.
    const prevHere = d.mentions.filter((x) => x !== m && x.sentence === m.sentence && x.end <= m.start).at(-1);
    const ownSubjectless =
      prevHere !== undefined && /(?:,|\band|\bthen)\s*$/i.test(doc.text.slice(prevHere.end, m.start));
    for (const a of all) {
      if (inClaim(a) || inCharge(a)) continue;
      if (placeNamed(doc.text, a)) continue;
      if (reported && (a.end <= reported.start || a.start >= reported.end)) continue;
      if (ownSubjectless && a.start >= prevHere.end && a.end <= m.start) {
        addParticipant(targets, a);
        continue;
      }
      if (npStart !== undefined && a.end <= npStart && !CARRIES_OUT.test(doc.text.slice(a.end, npStart))) continue;
      const agentBefore = doc.text.slice(Math.max(m.sentence.start, a.start - 30), a.start);
      const passiveAgent =
        a.start > m.end &&
        (BY_AGENT.test(agentBefore) ||
          (BY_FORCE.test(agentBefore) && /^\p{Lu}/u.test(doc.text.slice(a.start, a.end))) ||
          (BY_TOWN.test(agentBefore) && FORCE.test(doc.text.slice(a.start, a.end))));
      const between = doc.text.slice(a.end, m.start);
      if (passiveAgent) addParticipant(actors, a);
      else if (passive && a.end <= m.start && !SEPARATE_RE.test(between) && !/[;:]/.test(between))
        addParticipant(targets, a);
      else if (a.end <= m.start && !SEPARATE_RE.test(between) && !/[;:]/.test(between)) addParticipant(actors, a);
      else if (a.end <= m.start) continue;
      else addParticipant(targets, a);
    }
  }
  // Passive agents and the nearest subject come first: ACLED's actor1 is the one who acts.
  if (type === 'PROTEST' && actors.length === 0) {
    const acled = acledActorName(crowdKind, crowdCountry);
    const first = d.mentions[0]!;
    actors.push({
      name: acled ?? (crowdKind === 'rioters' ? 'Rioters' : 'Protesters'),
      kind: crowdKind,
      ...(crowdCountry && { country: crowdCountry }),
      ...(acled && { acled }),
      evidence: [spanOf(first)],
    });
  }
  return { actors, targets };
}

/**
 * Whether an actor mention is who told of the event: "…, police said.", "Police said gunmen
 * …", "according to the army". (Not "police said they arrested", where the teller is also who
 * acted: the arrest's force comes back from {@link arrestedByForce}.)
 */
function toldIt(text: string, a: Span, s: Span): boolean {
  const after = text.slice(a.end, Math.min(s.end, a.end + 40));
  const before = text.slice(Math.max(s.start, a.start - 30), a.start);
  return (
    (SPEECH_AFTER.test(after) && /(?:^|[,;])\s*(?:(?:the|local|state)\s+)?$/i.test(before)) ||
    /\baccording\s+to\s+(?:the\s+)?(?:local\s+)?$/i.test(before)
  );
}

/**
 * The words without who told of the event ("…, police said", "Police said that …", "according
 * to the army"), for the model that names the actors, which reads "police" as police acting.
 */
function withoutTellers(text: string): string {
  if (!TELLER_RE.test(text)) return text;
  return text.replace(TOLD_AFTER, '').replace(TOLD_BEFORE, '$1').replace(ACCORDING_TO, '');
}

/** Who commonly tells of an event in a news report. */
const TELLER = String.raw`(?:police|army|military|officials?|authorities|witnesses|residents|sources?|security sources|a police spokesman|a spokesman)`;
const TELLER_RE = new RegExp(String.raw`\b${TELLER}\b`, 'i');
const TOLD_AFTER = new RegExp(
  String.raw`,\s*(?:the\s+)?(?:local\s+)?${TELLER}\s+(?:said|say|says|reported|told\b[^.;,]*)`,
  'gi',
);
const TOLD_BEFORE = new RegExp(
  String.raw`(^|[.!?]\s+)(?:The\s+)?${TELLER}\s+(?:said|say|says|reported)\s+(?:that\s+)?`,
  'gi',
);
const ACCORDING_TO = new RegExp(String.raw`,?\s*according\s+to\s+(?:the\s+)?(?:local\s+)?${TELLER}\b`, 'gi');

/** A verb of saying right after a name ("said", "told reporters", "said on Friday"). */
const SPEECH_AFTER =
  /^\s+(?:(?:also|later|earlier|had|have|has)\s+)?(?:said|say|says|told|reported|stated|added|confirmed|announced|claimed)\b/i;

const FORCE_WORDS = String.raw`(?:riot |the |state |local )?(?:police(?:men| officers| forces)?|officers|security forces|forces|soldiers|troops|(?:prison |security )?guards|gendarmes|gendarmerie|army|military)`;
// The date a coder's note opens with ("On 3 May 2020, ", "As reported on 2 May 2020, "), before
// the sentence's subject.
const LEAD_DATE = String.raw`^(?:(?:On|Around|As reported on|Between)\b[^,]{0,60},\s+)?`;
/**
 * A force that is the subject of the violence ("the police forces attacked one person", "prison
 * guards severely beat up a journalist", "Sri Lankan police assaulted a Tamil family"): ACLED
 * codes its violence against civilians as an attack, never as a mob's, whatever the model
 * reads in the words of a brawl.
 */
const FORCES_DEALT_IT = new RegExp(
  String.raw`${LEAD_DATE}(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}${FORCE_WORDS}\s+(?:\w+ly\s+)?(?:attacked|assaulted|beat|opened fire|fired|shot|tortured|whipped|flogged)\b`,
  'iu',
);
/**
 * A crowd that is the subject of the violence, where no arms are named ("a group of people
 * attacked a media office", "villagers lynched a suspected thief", "a mob beat up a driver"):
 * ACLED codes it as mob violence, whatever the model reads in the words of an attack.
 */
const MOB_DEALT_IT = new RegExp(
  String.raw`${LEAD_DATE}(?:a (?:large )?(?:group|mob) of (?:\w+ )?(?:people|locals|villagers|youths|residents|men|assailants|persons|individuals)|(?:a )?mob|(?:angry |irate )?(?:villagers|residents|locals|youths))\b[^.]{0,80}?\b(?:attacked|assaulted|beat|lynched|killed|stoned|set fire|torched|hacked)\b`,
  'i',
);
/** A mob or an angry crowd as the doer of violence, anywhere in a sentence. */
const CROWD_DEALT_HARM =
  /\b(?:mobs?|rioters|(?:angry|irate|enraged) (?:crowds?|villagers|residents|locals|youths))\b[^.;]{0,60}?\b(?:attack(?:ed|ing)|assault(?:ed|ing)|beat(?:ing)?|lynch(?:ed|ing)|kill(?:ed|ing)|ston(?:ed|ing)|set(?:ting)? fire|torch(?:ed|ing)|hack(?:ed|ing)|shot|shooting|stabb(?:ed|ing)|burn(?:ed|ing)|loot(?:ed|ing))\b/i;

// The dead of an abduction told in its paragraph ("were taken outside this municipality and were
// killed. 3 fatalities."), however the sentence is drafted.
const TAKEN_AND_KILLED =
  /\b(?:(?:were|was|been)\s+(?:\w+\s+)?(?:killed|murdered|executed|beheaded|shot dead)|(?:bod(?:y|ies)|corpses?)\s+(?:was|were)\s+found|[1-9]\d*\s+fatalit(?:y|ies))\b/i;

// A protest that came to blows with a counter-protest ("a small scuffle with some 10 to 20
// counter-demonstrators"): ACLED codes it as a violent demonstration.
const FOUGHT_COUNTER_PROTEST =
  /\b(?:scuffl\w*|clash\w*|brawl\w*|fist-?fights?|fought|came to blows|exchanged blows|threw (?:stones|rocks|bottles))\b[^.;]{0,40}?\bcounter-?(?:demonstrators|protesters|protestors|demonstration|protests?)\b/i;

// Arms or armed men named, which make a group's violence an attack.
const ARMED_WORDS =
  /\b(?:armed|gunmen|guns?|gunfire|rifles?|firearms|shot|shooting|militants?|militiam[ae]n|fighters)\b/i;
const INTERVENTION_ACT = String.raw`(?:dispers\w*|tear ?gas|teargas|batons?|baton[- ]charged?|lathi[- ]?charged?|water cannons?|rubber bullets|fired (?:warning )?shots|fired in the air|arrested|detained|intervened|broke up|used force|cracked down|beat|evicted|stopped)`;
// A force acting on the crowd ("police used tear gas to disperse them"), the crowd dispersed or
// arrested by one, or its people arrested ("26 were arrested"; not "the blogger was arrested"
// nor "activists who were detained" earlier, whose arrest they protest).
const INTERVENTION = new RegExp(
  String.raw`\b${FORCE_WORDS}\b[^.;]{0,60}?\b${INTERVENTION_ACT}\b|\b(?:forced|ordered|made) (?:them|the (?:group|crowd|protesters|demonstrators|participants)) to disperse\b|\b(?:dispersed|arrested|detained|broken up|beaten)\s+by\s+${FORCE_WORDS}\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|many|some|they|protesters?|demonstrators?|participants?|of them)\s+(?:(?!who\b|that\b|which\b)\w+\s+)?(?:(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?)?(?:arrested|detained|dispersed)\b(?!\s+(?:\w+\s+)?after\s+(?:the|a|their)\s+(?:protest|rally|march|demonstration|sit-in|gathering)\b)`,
  'i',
);

// Live fire on the crowd ("opened fire on the protesters", "started to shoot at protesters'
// houses"), or protesters shot dead or killed by a force; not shots fired in the air, nor rubber
// bullets.
const EXCESSIVE_FORCE = new RegExp(
  String.raw`\b(?:open(?:ed|ing|s)? fire|(?:started|began) (?:to shoot|shooting)|shot|fired (?:live )?(?:ammunition|rounds|bullets))\s+(?:at|on|into)\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|marchers|them)\b|\b${FORCE_WORDS}\b[^.;]{0,60}?\b(?:shot dead|shot and killed|killed|killing)\s+(?:\w+\s+){0,2}?(?:protesters|demonstrators|marchers)\b`,
  'i',
);

// A force named as who fired on a crowd of protesters.
const FORCE_FIRED_ON_CROWD = new RegExp(
  String.raw`\b${FORCE_WORDS}\s+(?:\w+\s+){0,2}?(?:open(?:ed|ing|s)? fire|fired (?:live )?(?:ammunition|rounds|bullets|shots)|shot)\s+(?:at|on|into)\s+(?:the\s+)?(?:protesters|demonstrators|marchers|(?:protesting|demonstrating|striking)\s+[\w-]+)\b`,
  'i',
);

// A force that fired on, or shot dead, the crowd of the sentence before: "Police opened fire on
// them", "Soldiers shot at the crowd", "police shot dead two of the marchers".
const FORCE_FIRED_ON_THEM = new RegExp(
  String.raw`^(?:\w+\s+){0,3}?${FORCE_WORDS}\s+(?:\w+\s+){0,2}?(?:open(?:ed|ing|s)? fire|fired (?:live )?(?:ammunition|rounds|bullets|shots)|shot(?: dead| and killed)?)\s+(?:(?:at|on|into)\s+)?(?:them|(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+of\s+them|the\s+(?:crowds?|protesters|demonstrators|marchers|gathering|group)|(?:\w+\s+)?of\s+the\s+(?:protesters|demonstrators|marchers))\b`,
  'i',
);

// The crowd in the sentence that tells the intervention ("dispersed them", "the protesters").
const CROWD_IN_SENTENCE =
  /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|sit-in|crowds?|mobs?|gathering|them|they|strikers|workers|residents|locals|villagers|students)\b/i;

/**
 * Whether a sentence of the event's paragraph, its demands left out, tells a force broke the
 * crowd up or arrested its people. The sentence tells of the protest, or comes right after one
 * that does ("Police resorted to baton charge"), or names the crowd: in an article written as one
 * paragraph, "nine of its activists were arrested" on arms charges far from the rally is none.
 */
function interventionTold(
  doc: Doc,
  d: Draft,
  paragraph: Sentence[],
  claimed: Span[],
  told: RegExp = INTERVENTION,
): boolean {
  const own = new Set(d.mentions.map((m) => m.sentence));
  return paragraph.some((s, i) => {
    const near = own.has(s) || (i > 0 && own.has(paragraph[i - 1]!));
    let text = doc.surface(s);
    for (const c of claimed)
      if (c.start < s.end && c.end > s.start) {
        const a = Math.max(c.start, s.start) - s.start;
        const b = Math.min(c.end, s.end) - s.start;
        text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
      }
    return told.test(text) && (near || CROWD_IN_SENTENCE.test(text));
  });
}

// Two crowds against each other ("two farmer groups clashed", "pelted stones at each other").
const TWO_SIDES =
  /\b(?:clash(?:ed|es)?|fought|each other|one another|rival|between (?:two|the) (?:groups|communities|factions|families|villages|sides|clans))\b/i;
// A mob's victims ("a mob beat up an ambulance driver", "lynched a suspected thief").
const MOB_VICTIM =
  /\b(?:beat(?:en)?(?: up)?|lynch(?:ed)?|attacked|assaulted|thrashed|stoned|hacked|set (?:\w+ )?(?:on fire|alight))\b/i;

/**
 * The other side of mob violence no force met, as ACLED codes it: another crowd where two fought
 * ("Rioters (C)"), else the civilians the mob attacked; undefined where the paragraph tells
 * neither. It stands on the words that tell it.
 */
function mobsOtherSide(doc: Doc, paragraph: Sentence[], country: string | undefined): EventParticipant | undefined {
  for (const [re, kind] of [
    [TWO_SIDES, 'rioters'],
    [MOB_VICTIM, 'civilians'],
  ] as const)
    for (const s of paragraph) {
      const m = re.exec(doc.surface(s));
      if (!m) continue;
      const acled = acledActorName(kind, country);
      return {
        name: acled ?? (kind === 'rioters' ? 'Rioters' : 'Civilians'),
        kind,
        ...(country && { country }),
        ...(acled && { acled }),
        evidence: [{ start: s.start + m.index, end: s.start + m.index + m[0].length }],
      };
    }
  return undefined;
}

/**
 * Adds to `targets` the state forces that met a crowd in the event's paragraph ("police dispersed
 * them", "security forces responded with gunfire", often a sentence after the crowd's): ACLED's
 * second actor of a protest they intervened in and of a riot. Not those the crowd's demands name.
 */
function addForcesMet(doc: Doc, paragraph: Sentence[], claimed: Span[], targets: EventParticipant[]): void {
  for (const s of paragraph)
    for (const a of actorMentionsIn(doc, s))
      if ((a.kind === 'police' || a.kind === 'military') && !claimed.some((c) => c.start <= a.start && a.end <= c.end))
        addParticipant(targets, a);
}

/** Adds an actor mention to a list of participants: to the one of the same name, else as a new one. */
function addParticipant(list: EventParticipant[], a: ActorMention): void {
  const name = a.acled ?? a.name;
  const have = list.find((x) => (x.acled ?? x.name) === name);
  if (have) addEvidence(have, { start: a.start, end: a.end });
  else
    list.push({
      name: a.name,
      kind: a.kind,
      ...(a.country !== undefined && { country: a.country }),
      ...(a.acled !== undefined && { acled: a.acled }),
      evidence: [{ start: a.start, end: a.end }],
    });
}

/** Each mention of a sentence reads its actors again: a span is evidence once. */
function addEvidence(p: EventParticipant, span: Span): void {
  if (!p.evidence.some((e) => e.start === span.start && e.end === span.end)) p.evidence.push(span);
}

/**
 * One party per name: naming gives "the Iraqi government" and "Baghdad", or "PKK" and "the
 * militants", one ACLED name, and the record lists that party once with the evidence of both.
 */
function foldSameNamed(list: EventParticipant[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const p = list[i]!;
    const have = list.find((x, j) => j < i && (x.acled ?? x.name) === (p.acled ?? p.name));
    if (!have) continue;
    for (const e of p.evidence) addEvidence(have, e);
    list.splice(i, 1);
  }
}

// Before a country or capital that says where, not who: "in western Yemen", "near Tripoli",
// "(Tripoli)" after the place it is in.
const WHERE_BEFORE =
  /(?:\b(?:in|at|near|across|throughout|inside|outside|around|from|into)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?|\(\s*)$/i;

/** Whether a government mention (a country or capital standing for its state) is only where the event was. */
function placeNamed(text: string, a: ActorMention): boolean {
  return a.kind === 'government' && WHERE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start));
}

/** A crowd's ACLED name takes the event's country where the mention gave none. */
function fixCrowd(a: ActorMention, kind: 'protesters' | 'rioters', country: string | undefined): Partial<ActorMention> {
  const c = a.country ?? country;
  const acled = acledActorName(kind, c);
  return { kind, ...(c && { country: c }), ...(acled && { acled, name: acled }) };
}

// A count of people: the number, up to three modifiers ("migrant", "taxi"), then a noun for
// people (best), the crowd's own verb ("hundreds protested"), or another plural that is not a
// thing, place or span of time (weakest). Vehicles count: a motorcade's size is its vehicles.
const PEOPLE_NOUN =
  /^\s*(?:of\s+)?(?:[\w’'-]+,?\s+(?:and\s+)?){0,4}?(?:people|persons|individuals|men|women|youths?|protesters|protestors|demonstrators|residents|workers|students|supporters|members|villagers|farmers|activists|citizens|teachers|doctors|nurses|marchers|traders|merchants|vendors|relatives|employees|locals|labou?rers|drivers|fishermen|graduates|soldiers|ex-soldiers|veterans|patients|families|inhabitants|owners|prisoners|inmates|miners|women|friends|parents|mothers|youth|vehicles|cars|buses|trucks|motorcycles|taxis)\b/i;
const CROWD_VERB =
  /^\s*(?:,[^,]{0,40},\s*)?(?:protest|demonstrat|rall|march|gather|participat|staged|took part|took to|joined|block|held|clashed|pelted|attacked|stormed|assembled)\w*/i;
const OTHER_PLURAL =
  /^\s*(?:of\s+)?(?:[\w’'-]+\s+){0,3}?(?!(?:years|days|hours|weeks|months|minutes|houses|homes|shops|tyres|tires|rounds|shells|kilometres|kilometers|meters|metres|miles|rupees|dollars|pesos|percent|times|points|acres|hectares|tons|tonnes|cases|deaths|votes|seats|groups|sides|villages|factions|clans|parties|districts|areas|roads|streets|hills|towns|cities|locations|events|others|organi[sz]ations|unions)\b)[a-z][a-z-]*s\b/i;
const CROWD_BEFORE = /\b(?:mob|crowd|group|gathering|procession|rally|protest|convoy|motorcade) of\s+$/i;
// The casualty verb of the counted people themselves, not of someone in a relative clause.
const CASUALTY_AFTER =
  /^(?:(?!\b(?:who|which|whose|of an?)\b)[^,.;]){0,40}\b(?:killed|dead|died|injured|wounded|hurt|arrested|detained)\b/i;

function sizeOf(doc: Doc, d: Draft, ctx: StageContext): EventAttrs['size'] {
  const found: { q: Annotation<'number'>; m: Mention; score: number }[] = [];
  for (const m of d.mentions) {
    for (const q of doc.within('number', m.sentence)) {
      const after = doc.text.slice(q.end, q.end + 80);
      const before = doc.text.slice(Math.max(m.sentence.start, q.start - 30), q.start);
      if (CASUALTY_AFTER.test(after)) continue;
      // "two Police and one Military vehicles": things counted, not people.
      if (
        /^\s+(?:(?:\p{Lu}[\p{L}-]*|and|or|one|two|three|four|five|\d+)\s+){1,4}(?:vehicles?|cars?|trucks?|buses|houses?|homes?|shops?|buildings?)\b/u.test(
          after,
        )
      )
        continue;
      if (m.claims.some((c) => c.start <= q.start && q.end <= c.end)) continue;
      if (/^[-‐]strong/.test(after) || /^[”"]/.test(after)) continue;
      const crowdPhrase = /crowd|number|group|gathering/i.test(doc.surface(q)) && q.label === 'vague';
      const score =
        PEOPLE_NOUN.test(after) || CROWD_BEFORE.test(before)
          ? 3
          : CROWD_VERB.test(after)
            ? 2
            : crowdPhrase || OTHER_PLURAL.test(after)
              ? 1
              : 0;
      if (score > 0) found.push({ q, m, score });
    }
  }
  if (found.length === 0) return undefined;
  // People named beat a bare plural; a stated count beats "a large crowd"; then the first in the
  // text, whatever order coreference merged the mentions in.
  found.sort((a, b) => a.q.start - b.q.start);
  const top = Math.max(...found.map((f) => f.score));
  const ranked = found.filter((f) => f.score === top);
  const best = ranked.find((f) => f.q.attrs.high !== null) ?? ranked[0]!;
  const conflicting = found.filter(
    (f) =>
      f.score === 3 &&
      best.score === 3 &&
      f.q.attrs.high !== null &&
      best.q.attrs.high !== null &&
      (f.q.attrs.low > best.q.attrs.high || f.q.attrs.high < best.q.attrs.low),
  );
  if (conflicting.length > 0)
    ctx.warn(
      'size-conflict',
      `the crowd is given as "${doc.surface(best.q)}" and as "${doc.surface(conflicting[0]!.q)}"`,
      conflicting[0]!.q,
    );
  return { low: best.q.attrs.low, high: best.q.attrs.high, text: doc.surface(best.q), evidence: [spanOf(best.q)] };
}

type Count = NonNullable<EventAttrs['counts']>[number];
// A word between a number and the verb that counts it, short of a new clause: "200 workers
// marched after a miner was killed" counts no dead.
const COUNTED_WORD = String.raw`(?!(?:after|before|when|while|because|following|since|as|demanding|protesting|against|marched|protested|rallied|gathered|demonstrated|injured|wounded|hurt)\b)[\w’'()/-]+`;
// "killed, injured or captured", "killed or wounded": no count of the dead (ACLED codes none).
const NOT_ONLY_KILLED = String.raw`(?!(?:\s*,\s*\w+)*,?\s+or\s)`;
const COUNT_WORDS: [Count['what'], RegExp, RegExp][] = [
  [
    'fatalities',
    /(?:kill(?:ed|ing|s)?|claim(?:ed|ing) the lives of|murder(?:ed|ing)|execut(?:ed|ing)|shot dead|shot and killed|beheaded|(?:bodies|corpses|remains|killing|deaths?) of)\s+(?:at least\s+)?$/i,
    new RegExp(
      String.raw`^\s*(?:${COUNTED_WORD},?\s+){0,9}?(?:(?:were|was|have been|had been|are|reportedly|also)\s+)+(?:\w+\s+){0,2}?(?:killed|dead|murdered|shot dead|beheaded|executed)\b${NOT_ONLY_KILLED}|^\s*(?:${COUNTED_WORD}\s+){0,6}?(?:died|dead|lost their lives|fatalit(?:y|ies)|bodies)\b|^\s*(?:${COUNTED_WORD}\s+)?deaths?\b` +
        // "8 tribesmen killed, 5 from …", "1 soldier killed and 1 civilian wounded": a toll
        // without its verb, not "five gunmen killed two soldiers".
        String.raw`|^\s*(?:${COUNTED_WORD}\s+){0,3}?killed${NOT_ONLY_KILLED}(?=\s*(?:[,.;)]|$|\s+(?:and|in|at|on|near|during|when|while|by|after|as|across|including|with|from)\b))`,
      'i',
    ),
  ],
  [
    'injuries',
    /(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)\s+$/i,
    /^\s*(?:[\w’'()-]+\s+){0,6}?(?:were |was |have been |had been |are |reportedly |also )*(?:injured|wounded|hurt)\b/i,
  ],
  [
    'arrests',
    // ("Task force arrests 14", "made 14 arrests")
    /(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|round(?:s|ed|ing) up)\s+$/i,
    /^\s*(?:arrests\b|(?:[\w’'()-]+\s+){0,6}?(?:were |was |have been |had been |are |reportedly |also )*(?:arrested|detained)\b)/i,
  ],
];
// "shot two men to death": the verb before the number, the death after its noun.
const DEATH_DEALT = String.raw`\b(?:shot|stabbed|beat|beaten|hacked|burned|burnt|stoned|tortured|clubbed|lynched)`;
const TO_DEATH_BEFORE = new RegExp(String.raw`${DEATH_DEALT}\s+(?:at least\s+)?$`, 'i');
const TO_DEATH_AFTER = /^\s*(?:[\w’'()/-]+\s+){0,3}?to death\b/i;
// ("shot to death two sharecroppers": the death before the number.)
const TO_DEATH_FIRST = new RegExp(String.raw`${DEATH_DEALT}\s+to\s+death\s+(?:at least\s+)?$`, 'i');
// "left 3 fighters (including the director …) dead and 6 others injured"; not "leaving 1
// policeman injured", nor "left several neighbourhoods without electricity".
const LEFT_DEAD = /^(?:(?!\b(?:injured|wounded|hurt)\b)[^.;])*?\bdead\b/i;

/** The count a number states: "around thirty" killed is thirty, not the low end of its range. */
function countOf(doc: Doc, q: Annotation<'number'>): number {
  const { low, high } = q.attrs;
  return high !== null &&
    high > low &&
    /\b(?:around|about|some|approximately|roughly|nearly|almost)\b/i.test(doc.surface(q))
    ? Math.round((low + high) / 2)
    : low;
}

const ONE_VICTIM =
  /\b(?:a|an|one)\s+(?:[\w’'-]+\s+){0,2}?(?:man|woman|person|civilian|child|boy|girl|soldier|policeman|police officer|officer|member|journalist|farmer|student|resident|commander|fighter|militant|trafficker|teenager|driver|leader|activist|worker)\b(?:[^.;,]{0,40}?)\b(?:(?:was|were)\s+(?:\w+\s+){0,3}?)?(killed|shot dead|murdered|found dead|died|(?:stabbed|shot|beaten|burned|hacked) to death|beheaded|executed|injured|wounded|arrested|detained)\b|\b(killed|killing|murdered|shot dead|executed|injured|wounded|injuring|arrested|detained)\s+(?:a|an|one)\s+(?:[\w’'-]+\s+){0,2}?(?:man|woman|person|civilian|child|boy|girl|soldier|policeman|officer|journalist|farmer|student|resident|commander|fighter|militant|teenager|driver|leader|activist|worker)\b/gi;

// One victim of any description whose death the sentence tells ("a drug suspect was shot dead",
// "unknown gunmen killed a revenue collector", "the body of a man was found"): the noun list
// above cannot name every trade and title. The noun phrase is checked against things that are
// "killed" too (a bill, a deal).
const KILLED = String.raw`(?:shot dead|killed|murdered|assassinated|beheaded|lynched|(?:stabbed|shot|beaten|beat|burned|hacked|stoned|tortured) to death)`;
// Who did it to one victim: "shot and killed a … soldier (off-duty)", "fatally shot a man",
// "executed a young male".
const KILLED_ONE = String.raw`(?:(?:shot|stabbed|attacked) and killed|fatally (?:shot|stabbed)|executed|${KILLED})`;
const ONE_DEAD = new RegExp(
  String.raw`\b(?:a|an|one)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?${KILLED}\b|\b${KILLED_ONE}\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s*(?:[.,;(]|$|\s+(?:in|at|on|near|who|while|after|as|during|from|and|with|inside|outside)\b))|\bbody of (?:a|an)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:was|has been)\s+(?:\w+ly\s+)?found\b` +
    // "A suspect was shot and died", "stabbed a famous TV journalist to death".
    String.raw`|\b(?:a|an)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+was\s+(?:\w+ly\s+)?(?:shot|stabbed|attacked|beaten|wounded|injured)\s+and\s+(?:later\s+)?died\b` +
    String.raw`|\b(?:stabbed|shot|beat|beaten|hacked|burned|stoned|tortured|clubbed)\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+to death\b`,
  'gi',
);
// One victim the clause opens with, however long the words that describe them: "a former
// bodyguard who reportedly worked for prominent personalities in Southern Negros was shot dead".
const CLAUSE_ONE_DEAD = new RegExp(
  String.raw`(?:^|[,;:]\s+)(?:a|an|the)\s+([^.;,]{3,120}?)\s+was\s+(?:\w+ly\s+)?(?:${KILLED}|found dead)\b`,
  'i',
);
// Two victims of one attack: "a former town councilor and his wife were shot dead".
const TWO_DEAD = new RegExp(
  String.raw`\b(?:a|an|the)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+and\s+(?:his|her|their|a|an)\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+were\s+(?:\w+ly\s+)?${KILLED}\b`,
  'i',
);

// "the US assassinated Lt. Gen. Qassem Soleimani and Abu Mahdi al-Muhandis": the people a
// killing names, each a person of the entity layer, one after another.
const KILLED_NAMED = new RegExp(String.raw`\b(?:${KILLED}|executed|shot and killed)\s+`, 'gi');

// A title, rank or trade before the name ("Lt. Gen.", "journalist"), not a preposition or a count.
const TITLE_BEFORE_NAME =
  /^(?:(?!(?:in|on|at|near|by|with|from|for|to|of|and|or|two|three|four|five|\d+)\b)[\p{L}.'’-]+\s+){0,3}$/iu;

/** The dead a killing names as people ("assassinated Soleimani and Muhandis"). */
function namedDead(doc: Doc, s: Sentence, text: string): Count | undefined {
  const people = doc.within('entity', s).filter((e) => e.attrs.type === 'PERSON');
  KILLED_NAMED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KILLED_NAMED.exec(text)) !== null) {
    let at = s.start + m.index + m[0].length;
    const named: Annotation<'entity'>[] = [];
    for (;;) {
      const next = people.find((p) => p.start >= at && TITLE_BEFORE_NAME.test(doc.text.slice(at, p.start)));
      if (!next) break;
      named.push(next);
      const joint = /^(?:,\s*(?:and\s+)?|\s+and\s+)/.exec(doc.text.slice(next.end, next.end + 8));
      if (!joint) break;
      at = next.end + joint[0].length;
    }
    if (named.length > 0) {
      const start = s.start + m.index;
      return { what: 'fatalities', value: named.length, evidence: [{ start, end: named[named.length - 1]!.end }] };
    }
  }
  return undefined;
}

/** Whether the noun phrases said to be killed name no one ("the bill and a plan were killed"). */
function notVictims(...phrases: string[]): boolean {
  return phrases.some((np) =>
    np
      .trim()
      .split(/\s+/)
      .some(
        (w) =>
          NOT_A_VICTIM.test(w) ||
          /^(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens?|hundreds?|both|all|rest|who|that|which)\b/i.test(
            w,
          ),
      ),
  );
}
const NOT_A_VICTIM =
  /^(?:bill|deal|plan|proposal|measure|motion|amendment|project|chance|story|idea|lot|number|total|record|part|bit|few|couple|dozen|series|string|process|program|programme|scheme|campaign|effort|talks?|initiative|search|warrant|order|contract|merger|buyout|offer|rumou?r|myth|mood|momentum|rally|engine|animals?|dogs?|cats?|cows?|bears?|lions?|elephants?|tigers?|wolf|horses?|birds?|snakes?|fish|deer|pigs?|goats?|sheep|shark|crocodile|leopard|insects?|mosquito(?:es)?|virus|bacteria|weeds?|trees?|plants?|crops?|grass|fire|blaze|flames?)$/i;

// A fight told as done ("rebels fought against government troops", "clashed with") is the event
// itself, never the background of a strategic development, as "hostilities" and "fighting" may be.
// (Not in a relative clause or the pluperfect: "forces that recently clashed", "had fought".)
const FOUGHT = /^(?:clashed|fought|ambushed|exchanged (?:gun)?fire)$/i;

function foughtTold(doc: Doc, m: Mention): boolean {
  return (
    m.rule.name === 'clash' &&
    FOUGHT.test(doc.text.slice(m.start, m.end)) &&
    !/\b(?:that|who|which|had|have|has)\s+(?:\w+ly\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 30), m.start))
  );
}

/** One toll of the counts of a kind (see where `emit` sums them). */
function tollOf(xs: number[]): number {
  const restated = xs.some((x, i) => x > 2 && xs.indexOf(x) !== i);
  return restated ? Math.max(...xs) : xs.reduce((n, x) => n + x, 0);
}

// "Fatalities coded as 10 and split between 3 locations", "1 fatality.", a sentence "1 killed,
// three injured.": a stated count, shared out.
const CODED_TOLL =
  /\bfatalit(?:y|ies|es)\s+(?:were\s+)?(?:coded|reported|recorded)\s+as\s+(\d+)(?:[^.]*?\bsplit\s+(?:up\s+)?between\s+(\d+))?|\b(\d+)\s+fatalit(?:y|ies|es)(?:\s+split\s+(?:up\s+)?between\s+(\d+))?(?=[\s.,;]|$)|^\W*(\d+)\s+killed\b(?=[^.]{0,40}\.?\s*$)/i;

/** The toll a coder's note states in `text` (which starts at `offset`), shared out where it says so. */
function codedToll(text: string, offset: number): Count | undefined {
  const coded = CODED_TOLL.exec(text);
  if (!coded) return undefined;
  const n = Number(coded[1] ?? coded[3] ?? coded[5]);
  const parts = Number(coded[2] ?? coded[4] ?? 1) || 1;
  const start = offset + coded.index;
  return { what: 'fatalities', value: Math.round(n / parts), evidence: [{ start, end: start + coded[0].length }] };
}

// A coder's note that shares a toll out between events: "Fatalities are split across 2 events
// (3).", "[1 fatality split among 12 events]", "fatalities reported as half, rounded down to 3".
const SHARED_OUT =
  /\bsplit\s+(?:up\s+)?(?:between|across|among)\s+(\d+)\s+(?:events|locations)(?:\s*\((\d+)\))?|\brounded\s+(?:down|up)\s+to\s+(\d+)/i;

/**
 * The fatalities of one event where the paragraph says the toll it gives is shared out: the share
 * it states, else the toll divided, rounded down (ACLED's own rule for split tolls).
 */
function sharedOut(doc: Doc, paragraph: Sentence[], counts: Count[]): Count[] {
  // "… Days later he died. 1 fatality.": the coder's own count, a sentence of its own, is the
  // toll (not "some 180 fatalities" of an outbreak somewhere in an article told as one paragraph).
  if (!counts.some((c) => c.what === 'fatalities'))
    for (const s of paragraph) {
      const text = doc.surface(s);
      if (
        !/^\W*(?:\d+\s+fatalit(?:y|ies|es)\b[^.]{0,20}\.?\s*$|(?:unknown number of |unclear )?fatalit(?:y|ies|es)\b)/i.test(
          text,
        )
      )
        continue;
      const coded = codedToll(text, s.start);
      if (coded) return [...counts, coded];
    }
  const tolls = counts.filter((c) => c.what === 'fatalities');
  // A toll "coded as 10 and split between 3 events" is shared out already.
  if (tolls.length === 0 || tolls[0]!.evidence.some((e) => /\bsplit\b/i.test(doc.text.slice(e.start, e.end))))
    return counts;
  for (const s of paragraph) {
    const text = doc.surface(s);
    const m = SHARED_OUT.exec(text);
    // Only where the sentence speaks of the dead ("fatalities", "killed"): "split between 2
    // locations" of a march is no toll.
    if (!m || !/\b(?:fatalit(?:y|ies)|killed|dead|deaths?)\b/i.test(text)) continue;
    const share = m[2] ?? m[3];
    const value =
      share !== undefined ? Number(share) : Math.floor(tollOf(tolls.map((c) => c.value)) / Math.max(1, Number(m[1])));
    const start = s.start + m.index;
    return [
      ...counts.filter((c) => c.what !== 'fatalities'),
      {
        what: 'fatalities',
        value,
        evidence: [...tolls.flatMap((c) => c.evidence), { start, end: start + m[0].length }],
      },
    ];
  }
  return counts;
}

/** A word of the dead, where a negation says there were none. */
const DEAD_WORD = /^(?:casualties|fatalit(?:y|ies)|kill(?:ed|ing)|dead|died|deaths?)\b/i;

/** A word of the injured, where a negation says there were none. */
const HURT_WORD =
  /^(?:casualties|injur(?:ed|ing)|wound(?:ed|ing))\b|^\w+\s+(?:or|nor|and)\s+(?:injur(?:ed|ies)|wound(?:ed|s))\b/i;

/** Words that say the toll is not known, not that it is none. */
const TOLL_UNKNOWN =
  /\b(?:no\s+(?:information|details?|word|confirmation|data)|not\s+(?:yet\s+)?(?:known|clear|confirmed)|unknown|unclear|did(?:n't|\s+not)\s+(?:give|say|disclose|release|provide|mention)|(?:was|were)\s+(?:not\s+)?(?:given|disclosed|released|provided|mentioned))\b/i;

function countsOf(doc: Doc, d: Draft): Count[] {
  const out: Count[] = [];
  const seen = new Set<string>();
  const claims = d.mentions.flatMap((m) => m.claims);
  const inClaim = (at: number) => claims.some((c) => c.start <= at && at < c.end);
  const deadCounted = () => out.some((c) => c.what === 'fatalities');
  const sentences = [...new Set(d.mentions.map((m) => m.sentence))];
  for (const s of sentences) {
    for (const q of doc.within('number', s)) {
      // A protest's demand about a past killing does not count this event's dead.
      if (claims.some((c) => c.start <= q.start && q.end <= c.end)) continue;
      const before = doc.text.slice(Math.max(s.start, q.start - 50), q.start);
      const after = doc.text.slice(q.end, Math.min(s.end, q.end + 80));
      if (/\bincluding\s+$|\(\s*(?:including\s+)?$/i.test(before)) continue; // a subset of a count already given
      if (countsNoToll(doc, d, s, q, before, after)) continue;
      if (
        (TO_DEATH_BEFORE.test(before) && TO_DEATH_AFTER.test(after)) ||
        // "shot to death two sharecroppers"
        TO_DEATH_FIRST.test(before) ||
        (/\b(?:leaving|left)\s+(?:at least\s+)?$/i.test(before) && LEFT_DEAD.test(after))
      ) {
        out.push({ what: 'fatalities', value: countOf(doc, q), evidence: [spanOf(q)] });
        continue;
      }
      for (const [what, pre, post] of COUNT_WORDS) {
        if (!pre.test(before) && !post.test(after)) continue;
        const key = `${what}:${q.start}`;
        if (seen.has(key)) break;
        seen.add(key);
        out.push({ what, value: countOf(doc, q), evidence: [spanOf(q)] });
        break;
      }
    }
    const text = doc.surface(s);
    // "No casualties reported", "no one was killed": a toll of none, stated (unlike "no
    // information on fatalities").
    if (!TOLL_UNKNOWN.test(text)) {
      for (const x of d.mentions) {
        if (x.sentence !== s || !harmNone(doc, x)) continue;
        // "no one was killed or injured", "No fatalities nor injuries reported"
        const word = doc.text.slice(x.start, Math.min(s.end, x.end + 30)).split(/[.;,]/)[0]!;
        for (const what of ['fatalities', 'injuries'] as const) {
          const counted = out.some((c) => c.what === what);
          if (!counted && (what === 'fatalities' ? DEAD_WORD : HURT_WORD).test(word))
            out.push({ what, value: 0, evidence: [spanOf(x)] });
        }
      }
    }
    const coded = codedToll(text, s.start);
    if (coded) return [...out.filter((c) => c.what !== 'fatalities'), coded];
    let m: RegExpExecArray | null;
    if (!deadCounted() && (m = TWO_DEAD.exec(text)) !== null && !notVictims(m[1]!, m[2]!)) {
      const start = s.start + m.index;
      out.push({ what: 'fatalities', value: 2, evidence: [{ start, end: start + m[0].length }] });
    }
    ONE_VICTIM.lastIndex = 0;
    while ((m = ONE_VICTIM.exec(text)) !== null) {
      const verb = (m[1] ?? m[2] ?? '').toLowerCase();
      const what: Count['what'] = /injur|wound/.test(verb)
        ? 'injuries'
        : /arrest|detain/.test(verb)
          ? 'arrests'
          : 'fatalities';
      const start = s.start + m.index;
      const span = { start, end: start + m[0].length };
      // One unnamed victim per kind: "a man was killed … The victim was beheaded" is one death.
      if (out.some((c) => c.what === what)) continue;
      out.push({ what, value: 1, evidence: [span] });
    }
    ONE_DEAD.lastIndex = 0;
    while (!deadCounted() && (m = ONE_DEAD.exec(text)) !== null) {
      const victim = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
      const start = s.start + m.index;
      // "justice for a youth who was killed": a relative clause tells the death a protest is about;
      // so does "marched after a miner was killed".
      if (
        /\b(?:after|following|since|over|for|against)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
        victim.split(/\s+/).some((w) => NOT_A_VICTIM.test(w)) ||
        /^\d|^(?:dozen|hundred|thousand|number|total)\b|\b(?:who|that|which|whose|in|at|on|near|from)\b/i.test(
          victim,
        ) ||
        inClaim(start)
      )
        continue;
      out.push({ what: 'fatalities', value: 1, evidence: [{ start, end: start + m[0].length }] });
    }
    if (!deadCounted()) {
      const named = namedDead(doc, s, text);
      if (named && !inClaim(named.evidence[0]!.start)) out.push(named);
    }
    if (!deadCounted() && (m = CLAUSE_ONE_DEAD.exec(text)) !== null) {
      const start = s.start + m.index + m[0].search(/\S/);
      const np = m[1]!.split(/\s+(?:who|that|whose)\s+/i)[0]!;
      if (!notVictims(np) && !inClaim(start))
        out.push({ what: 'fatalities', value: 1, evidence: [{ start, end: s.start + m.index + m[0].length }] });
    }
  }
  if (!deadCounted()) {
    const told = definiteDead(doc, sentences, inClaim);
    if (told) out.push(told);
  }
  return out;
}

/**
 * A number in an event's sentence that is no toll of it: an age ("a 17-year-old"); killings
 * someone is held to account for ("responsible for the killing of several"); a class the victim
 * belongs to ("one of 707 people shot and killed by police this year"); the dead of an earlier
 * event the sentence tells as its cause ("attacked police after two children were killed"; not
 * "closed after 11 people died in clashes", where the clashes are the event; the death verb
 * itself may be a mention).
 */
function countsNoToll(doc: Doc, d: Draft, s: Sentence, q: Span, before: string, after: string): boolean {
  return (
    /^-?\s*(?:years?|months?)[- ]old\b/i.test(after) ||
    /\b(?:responsible for|accused of|charged with|suspected of|blamed for|convicted of|involving)\s+(?:the\s+)?(?:\w+\s+)?(?:killings?|deaths?|murders?)\s+of\s+(?:at least\s+)?$/i.test(
      before,
    ) ||
    /\b(?:one|among)\s+of\s+(?:the\s+)?(?:at least\s+|more than\s+|nearly\s+|some\s+)?$|\bamong\s+(?:the\s+)?$/i.test(
      before,
    ) ||
    (/\b(?:after|following|over|since)\s+$/i.test(before) &&
      !d.mentions.some(
        (m) =>
          m.sentence === s &&
          m.start > q.start &&
          !/^(?:kill|die|dead|murder|shot|execut|behead)/i.test(doc.text.slice(m.start, m.end)),
      ))
  );
}

const VICTIM_NOUN = String.raw`(?:victims?|man|men|woman|women|boy|girl|child|person|soldier|officer|policeman|policemen|suspect|driver|journalist|farmer|student|civilian|resident|inmate|prisoner|teenager|youth|worker|guard|militant|fighter|commander|leader|activist|father|mother|son|daughter|husband|wife|brother|sister|owner|passenger|pedestrian|adolescent)`;
const LATER = String.raw`(?:(?:later|subsequently|eventually|also|reportedly|both)\s+)?`;
const DIED = String.raw`(?:died|succumbed|(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot dead|murdered))\b`;
// The dead a story names only after it has told the attack: "The victim died.", "Days later he
// died", "Both victims died", "The officer and her daughter died", "killing the driver".
const DEFINITE_DEAD: [RegExp, number][] = [
  [new RegExp(String.raw`\bboth(?:\s+of\s+them|\s+(?:[\w’'-]+\s+)?${VICTIM_NOUN})?\s+${LATER}${DIED}`, 'i'), 2],
  [
    new RegExp(
      String.raw`\bthe\s+(?:[\w’'-]+\s+){0,2}?${VICTIM_NOUN}\s+and\s+(?:his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+${LATER}${DIED}`,
      'i',
    ),
    2,
  ],
  [new RegExp(String.raw`\b(?:the|that)\s+(?:[\w’'-]+\s+){0,2}?${VICTIM_NOUN}\s+${LATER}${DIED}`, 'i'), 1],
  [new RegExp(String.raw`\b(?:the other(?:\s+one)?|he|she)\s+${LATER}${DIED}`, 'i'), 1],
  [/\b(?:killing|killed|murdered|executed|shot dead)\s+(?:him|her)\b|\bleaving\s+(?:him|her)\s+(?:dead|killed)\b/i, 1],
];
// "killing the driver who …", "killing the father and a son".
const KILLING_THE = new RegExp(
  String.raw`\b(?:killing|killed|murdered|executed|shot dead|assassinated)\s+the\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(\s+and\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?(?=\s*(?:[.,;(]|$|\s+(?:in|at|on|near|of|who|while|after|as|during|from|with|inside|outside)\b))`,
  'i',
);

/** The dead of an event told by a definite or pronoun victim, where no count was found. */
function definiteDead(doc: Doc, sentences: Sentence[], inClaim: (at: number) => boolean): Count | undefined {
  for (const s of sentences) {
    const text = doc.surface(s);
    const found: [RegExpExecArray, number][] = [];
    for (const [re, n] of DEFINITE_DEAD) {
      const m = re.exec(text);
      if (m) found.push([m, n]);
    }
    const k = KILLING_THE.exec(text);
    if (k && !notVictims(k[1]!, k[2] ?? '')) found.push([k, k[2] ? 2 : 1]);
    for (const [m, value] of found.sort((a, b) => a[0].index - b[0].index)) {
      const start = s.start + m.index;
      if (inClaim(start)) continue;
      return { what: 'fatalities', value, evidence: [{ start, end: start + m[0].length }] };
    }
  }
  return undefined;
}

function protestClaims(doc: Doc, m: Mention): Span[] {
  const s = m.sentence;
  let text = doc.text.slice(m.end, s.end);
  const sep = text.search(SEPARATE_RE);
  if (sep >= 0) text = text.slice(0, sep);
  CLAIM_RE.lastIndex = 0;
  const hit = CLAIM_RE.exec(text);
  if (!hit) return [];
  return [clauseFrom(doc, m.end + hit.index, s)];
}

const DURATION = /^P(\d+)([DWMY])$/;

/**
 * "Two days after Washington assassinated Soleimani": the timex stage marks the phrase as
 * relative to an event clause. Once events exist, the one in the anchor clause and the one the
 * phrase dates are known; whichever has a stated day dates the other.
 */
function resolveRelativeTimexes(doc: Doc): void {
  const evs = doc.layer('event');
  for (const t of doc.layer('timex')) {
    const rel = t.attrs.relative;
    if (!rel?.anchorSpan) continue;
    const dur = DURATION.exec(rel.duration);
    if (!dur) continue;
    const anchorSpan = rel.anchorSpan;
    const anchor = evs.find((e) =>
      e.attrs.mentions.some((m) => m.start >= anchorSpan.start && m.end <= anchorSpan.end),
    );
    const sentence = doc.layer('sentence').find((s) => s.start <= t.start && t.end <= s.end);
    if (!anchor || !sentence) continue;
    const governed = evs.find(
      (e) => e !== anchor && e.attrs.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
    );
    const sign = rel.direction === 'after' ? 1 : -1;
    const n = Number(dur[1]);
    const unit = dur[2]!;
    const isDay = (v: string) => /^\d{4}-\d\d-\d\d$/.test(v);
    if (governed && governed.attrs.date.certainty === 'stated' && isDay(governed.attrs.date.value)) {
      const value = shift(governed.attrs.date.value, -sign * n, unit);
      doc.refine(
        t,
        { type: 'DATE', value: governed.attrs.date.value, anchor: anchor.id },
        { stage: 'events', rule: 'relative-to-event', confidence: 0.8 },
      );
      doc.refine(anchor, {
        date: {
          value,
          certainty: 'inferred',
          evidence: [...governed.attrs.date.evidence, { start: t.start, end: t.end }],
        },
      });
    } else if (anchor.attrs.date.certainty === 'stated' && isDay(anchor.attrs.date.value)) {
      const value = shift(anchor.attrs.date.value, sign * n, unit);
      doc.refine(
        t,
        { type: 'DATE', value, anchor: anchor.id },
        { stage: 'events', rule: 'relative-to-event', confidence: 0.8 },
      );
      if (governed && governed.attrs.date.certainty === 'inferred')
        doc.refine(governed, { date: { value, certainty: 'inferred', evidence: [{ start: t.start, end: t.end }] } });
    }
  }
}

function shift(iso: string, n: number, unit: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === 'D') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'W') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'M') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}
