/**
 * What parsers find and refiners improve: a temporal expression with its offsets into the
 * document text, before it becomes an annotation. Like chrono's parsed components, it keeps
 * the components the text stated (`stated`) apart from the value, which may be implied.
 */
import type { TimexAttrs, TimexType } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import type { Day } from './calendar.js';

/** How precise a value is; refiners that shift or compare values need it. */
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'weekend'
  | 'day'
  | 'part-of-day'
  | 'time'
  | 'none';

/** A temporal expression found in the text, before it becomes an annotation. */
export interface TimexCandidate extends Span {
  type: TimexType;
  value: string;
  mod?: string;
  /** Components the text itself gave (year, month, day, weekday, week, time, …). */
  stated: string[];
  /** The parser or refiner that produced the value. */
  rule: string;
  confidence: number;
  granularity: Granularity;
  /** The day the value points at or starts on, when it has one (for discourse refiners). */
  day?: Day;
  /** The value was computed from the publication date (so it cannot be certain without one). */
  fromPublished?: boolean;
  /** Set by parsers whose value depends on a neighbouring expression (the quarter "a year earlier"). */
  needsFocus?: 'quarter' | 'day' | 'year';
  relative?: TimexAttrs['relative'];
  /** The candidate this one is relative to (its id is filled in once annotations exist). */
  anchorTo?: TimexCandidate;
  /** True when the value could not be resolved (no publication date, unknown anchor). */
  unresolved?: boolean;
  /**
   * Which way the text's own words put a year the text left out ("for delivery between
   * September 1 and ...": ahead), so that a later check does not move it.
   */
  yearCue?: 'past' | 'future';
}

/** The tense of the clause around an expression, read from its verbs. */
export type Tense = 'past' | 'present' | 'future';

/** What a parser knows besides the match. */
export interface ParseContext {
  /** The whole document text (matches are offsets into it). */
  readonly text: string;
  /** The sentence being parsed. */
  readonly sentence: Span;
  /** The publication date, when known. */
  readonly published?: Day;
  /** Tense of the clause around an offset of the document. */
  tenseAt(offset: number): Tense;
}

/** A small single-purpose parser: one pattern, one way of reading a match. */
export interface TimexParser {
  readonly name: string;
  /** Global regular expression run over the text. */
  readonly pattern: RegExp;
  /**
   * A cheap test the text must pass before `pattern` runs at all; most articles hold no
   * quarter, clock time or season, and skipping a pattern is the cheapest way to be fast.
   */
  readonly trigger?: RegExp;
  /**
   * Reads one match; `start` is the document offset of `m.index`. Returns null to reject the
   * match (the scan then continues after its first character).
   */
  extract(m: RegExpExecArray, start: number, ctx: ParseContext): TimexCandidate | null;
}

/** What refiners see: the whole document's candidates in text order. */
export interface RefineContext {
  readonly text: string;
  readonly published?: Day;
  /** Tense of the clause around an offset of the document. */
  tenseAt(offset: number): Tense;
  /** The end of the sentence holding an offset. */
  sentenceEnd(offset: number): number;
  /** The start of the sentence holding an offset. */
  sentenceStart(offset: number): number;
  warn(kind: string, message: string, span?: Span): void;
}

/** A step run over all candidates of a document, in a fixed order. */
export interface TimexRefiner {
  readonly name: string;
  refine(candidates: TimexCandidate[], ctx: RefineContext): TimexCandidate[];
}
