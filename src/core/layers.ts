/**
 * The annotation layers and the attributes each carries. A layer's attributes are, field for
 * field, what the output record (v1) shows for it besides `id`, `start`, `end` and `text`, so
 * the record builder stays a mechanical copy and a stage author sees the contract in one place.
 */
import type { Span } from './span.js';

/** Where a stretch of text sits in the page: only `story` and `title` are analysed as story. */
export type Zone = 'story' | 'title' | 'caption' | 'furniture';

/** A paragraph: a block separated by a blank line (or an indented line in wire copy). */
export interface ParagraphAttrs {
  zone: Zone;
  index: number;
}

/** A sentence inside one paragraph. */
export interface SentenceAttrs {
  zone: Zone;
  paragraph: number;
}

/** Coarse token kind; word-level features are left to the stages that need them. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token; `label` is its {@link TokenKind}. `sentence` is the index of its sentence. */
export interface TokenAttrs {
  sentence: number;
  /** Whitespace (including newlines) before this token and after the previous one. */
  spaceBefore: boolean;
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression, normalized to a TIMEX3 value. */
export interface TimexAttrs {
  type: TimexType;
  /** TIMEX3 value: `2020-01-24`, `2020-W03`, `P2D`, `PRESENT_REF`, `XXXX-XX-XX` when unresolved. */
  value: string;
  mod?: string;
  /** Id of the timex or event this one is relative to. */
  anchor?: string;
  /** Components the text itself gave (year, month, day, week, hour, …); the rest were implied. */
  stated: string[];
  /**
   * For an expression relative to something the timex stage cannot date ("two days after
   * Washington assassinated Soleimani"): the offset and direction, and the span of the anchor
   * phrase. Until then the timex is the DURATION the text states (`P2D`); a later stage that
   * dates the anchor (the event stage) makes it a DATE and sets `value` and `anchor`.
   */
  relative?: { duration: string; direction: 'before' | 'after'; anchorSpan?: Span };
}

/** A number or quantity phrase ("tens of thousands", "about 2,500", "dozens"). */
export interface NumberAttrs {
  low: number;
  /** null = open-ended ("more than 100"). */
  high: number | null;
  /** True where the phrase is vague ("dozens", "a large crowd"). */
  approximate: boolean;
}

/** Entity types of the output contract. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'MISC';

/** Actor kinds used in event coding (after ACLED's actor categories). */
export type ActorKind =
  | 'government'
  | 'military'
  | 'police'
  | 'protesters'
  | 'rioters'
  | 'rebels'
  | 'political-militia'
  | 'identity-militia'
  | 'civilians'
  | 'international'
  | 'media'
  | 'unidentified-armed-group'
  | 'person'
  | 'organisation'
  | 'other';

/** What an entity mention means for event coding. */
export interface ActorAttrs {
  /** Canonical name, e.g. "Muqtada al-Sadr", "Protesters (Iraq)". */
  name: string;
  kind: ActorKind;
  /** ISO 3166 alpha-2. */
  country?: string;
  /** ACLED-style actor string where ACLED has a convention. */
  acled?: string;
}

/**
 * A mention that can act in an event: a named entity ("Kata'ib Hezbollah") or a nominal one
 * ("protesters", "security forces", "gunmen"). Nominal mentions are not entities (NER gold does
 * not count them), so actors are a layer of their own.
 */
export interface ActorMentionAttrs extends ActorAttrs {
  /** Id of the entity annotation, for named actors. */
  entity?: string;
}

/** A named (or resolved) entity mention. */
export interface EntityAttrs {
  type: EntityType;
  canonical?: string;
  /** ISO 3166 alpha-2: a demonym's country, an organisation's home country. */
  country?: string;
  /** Same id for every mention of one entity within the article. */
  chain?: string;
  /** Set where the mention can act in an event. */
  actor?: ActorAttrs;
}

/** Literal place, or a place name standing for something else ("Washington" = US government). */
export type PlaceUse = 'literal' | 'metonymic';

/** A toponym, resolved to a gazetteer entry where one fits. */
export interface PlaceAttrs {
  name: string;
  /** null when nothing in the gazetteer fits (the toponym is kept, with a warning). */
  lat: number | null;
  lon: number | null;
  geonameid?: number;
  /** ISO 3166 alpha-2. */
  country?: string;
  admin1?: string;
  featureCode?: string;
  use: PlaceUse;
}

/** A stretch with its surface text, as records show speakers, cues and sources. */
export interface TextSpan extends Span {
  text: string;
  /** Id of the entity annotation it refers to. */
  entity?: string;
  /** The name it stands for, where the text is a pronoun, description or short name ("he", "Sadr"). */
  name?: string;
}

/** A quotation: the span is the quoted content. */
export interface QuoteAttrs {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker?: TextSpan;
  cue?: TextSpan;
  outlet?: { name: string; start?: number; end?: number };
  medium?: string;
  /** Id of the timex saying when the statement was made ("on Thursday"), where the text gives one. */
  time?: string;
}

/** Reported information resting on a source; the span is the claim. */
export interface AttributionAttrs {
  source: TextSpan;
  cue?: TextSpan;
}

/** PLOVER event classes of the current manual. */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** How the article presents an event. */
export type Factuality =
  'asserted' | 'reported' | 'planned' | 'called-for' | 'threatened' | 'hypothetical' | 'negated' | 'historical';

/** An actor or target of an event. */
export interface EventParticipant {
  name: string;
  kind: ActorKind;
  country?: string;
  acled?: string;
  evidence: Span[];
}

/** Who or what produced a value, and how sure it is. */
export interface Provenance {
  stage: string;
  rule?: string;
  model?: string;
  confidence: number;
}

/** An event; its annotation span is its first mention, and `mentions` lists them all. */
export interface EventAttrs {
  type: PloverType;
  mode?: string;
  context?: string[];
  acled?: { eventType: string; subEventType: string };
  date: {
    value: string;
    earliest?: string;
    latest?: string;
    certainty: 'stated' | 'inferred';
    evidence: Span[];
  };
  location?: {
    name: string;
    lat: number;
    lon: number;
    country: string;
    admin1?: string;
    geonameid?: number;
    precision: 'point' | 'neighbourhood' | 'city' | 'region' | 'country';
    /** For a region or country: the town whose point `lat`/`lon` are (its seat or capital). */
    seat?: string;
    evidence: Span[];
  };
  actors: EventParticipant[];
  targets: EventParticipant[];
  size?: { low: number; high: number | null; text: string; evidence: Span[] };
  fatalities?: number;
  injuries?: number;
  arrests?: number;
  counts?: { what: 'fatalities' | 'injuries' | 'arrests'; value: number; evidence: Span[] }[];
  claims: { text: string; evidence: Span[] }[];
  factuality: Factuality;
  sources: { name: string; attribution?: string }[];
  mentions: Span[];
  confidence: number;
  by: Provenance;
}

/** Every layer name with the attributes of its annotations. */
export interface LayerAttrs {
  paragraph: ParagraphAttrs;
  sentence: SentenceAttrs;
  token: TokenAttrs;
  timex: TimexAttrs;
  number: NumberAttrs;
  entity: EntityAttrs;
  actor: ActorMentionAttrs;
  place: PlaceAttrs;
  quote: QuoteAttrs;
  attribution: AttributionAttrs;
  event: EventAttrs;
}

/** The name of an annotation layer. */
export type LayerName = keyof LayerAttrs;
