/**
 * The temporal stage: finds dates, times, durations and sets in every analysed sentence and
 * normalizes them to TIMEX3 values against the publication date. Built like chrono: small
 * single-purpose parsers propose candidates keyed on character offsets, then an ordered list
 * of refiners merges, extends, resolves and checks them. Each value keeps apart what the text
 * stated (`stated`) and what was implied (provenance rule, `fromPublished`).
 */
import type { Doc, Annotation } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import type { Span } from '../../core/span.js';
import { fmtDay, parseDay } from './calendar.js';
import { clauseTense } from './clause-tense.js';
import { dateLineDay, datelineDay } from './dateline-date.js';
import { insideName } from './inside-name.js';
import { rangeRefiner } from './refiners/range-refiner.js';
import { scheduledMonthRefiner } from './refiners/scheduled-month-refiner.js';
import { anaphoricDateParser, anaphoricWeekdayParser } from './parsers/anaphoric-date-parser.js';
import { inTheDayParser, nthDayTodayParser } from './parsers/day-in-focus-parser.js';
import { clockTimeParser } from './parsers/clock-time-parser.js';
import { dayWordParser } from './parsers/day-word-parser.js';
import { decadeCenturyParser } from './parsers/decade-century-parser.js';
import { durationParser } from './parsers/duration-parser.js';
import { dayMonthParser } from './parsers/day-month-parser.js';
import { monthDateParser } from './parsers/month-date-parser.js';
import { numericDateParser } from './parsers/numeric-date-parser.js';
import { offsetDateParser } from './parsers/offset-date-parser.js';
import { halfYearParser } from './parsers/half-year-parser.js';
import { focusQuarterParser } from './parsers/focus-quarter-parser.js';
import { quarterParser } from './parsers/quarter-parser.js';
import { recurrenceParser } from './parsers/recurrence-parser.js';
import { referenceParser } from './parsers/reference-parser.js';
import { relativePeriodParser } from './parsers/relative-period-parser.js';
import { firstDayParser, secondDayParser } from './parsers/second-day-parser.js';
import { seasonHolidayParser } from './parsers/season-holiday-parser.js';
import { weekdayParser } from './parsers/weekday-parser.js';
import { shortYearParser, yearParser, yearSpanEndParser, yearSpanStartParser } from './parsers/year-parser.js';
import { yearWordParser } from './parsers/year-word-parser.js';
import { anchorRefiner } from './refiners/anchor-refiner.js';
import { clockDayRefiner } from './refiners/clock-day-refiner.js';
import { dateTimeMergeRefiner } from './refiners/date-time-merge-refiner.js';
import { enclosingPeriodRefiner } from './refiners/enclosing-period-refiner.js';
import { focusRefiner } from './refiners/focus-refiner.js';
import { modifierRefiner } from './refiners/modifier-refiner.js';
import { overlapRefiner } from './refiners/overlap-refiner.js';
import { yearConflictRefiner } from './refiners/year-conflict-refiner.js';
import { yearFrameRefiner } from './refiners/year-frame-refiner.js';
import { compoundDurationRefiner } from './refiners/compound-duration-refiner.js';
import type { ParseContext, RefineContext, TimexCandidate, TimexParser, TimexRefiner } from './timex-candidate.js';

/**
 * The parsers. Order only breaks ties between equally long, equally confident readings of the
 * same words (the overlap refiner prefers longer ones), so specific parsers come first.
 */
export const TIMEX_PARSERS: readonly TimexParser[] = [
  monthDateParser,
  secondDayParser,
  dayMonthParser,
  firstDayParser,
  numericDateParser,
  seasonHolidayParser,
  quarterParser,
  halfYearParser,
  focusQuarterParser,
  weekdayParser,
  dayWordParser,
  relativePeriodParser,
  offsetDateParser,
  anaphoricDateParser,
  inTheDayParser,
  nthDayTodayParser,
  anaphoricWeekdayParser,
  clockTimeParser,
  decadeCenturyParser,
  yearParser,
  yearSpanStartParser,
  yearSpanEndParser,
  shortYearParser,
  yearWordParser,
  durationParser,
  recurrenceParser,
  referenceParser,
];

/**
 * The refiners, in order:
 * 1. overlap: one reading per stretch of text, the longest, before anything builds on them;
 *    compound duration: "four years and three months" is one duration, before an anchor dates it;
 * 2. date-time merge: "10 p.m. Wednesday" is one time, so merge before modifiers extend spans;
 * 3. modifier: "late", "early", "about" extend the merged expression and set `mod`;
 *    enclosing period: "the week of March 6", "the day before last Tuesday" take in a day;
 * 4. anchor: "two days after January 5" needs the anchor's resolved value (parsers gave it);
 * 5. year frame: "Last year, ... in the second quarter" is that year's quarter, before the focus
 *    reads it;
 *    focus: "the quarter", "a year earlier", "the next day" read the last resolved expression,
 *    which anchor resolution may have just produced;
 *    clock day: a bare clock time takes the day its sentence or the story's night names;
 * 6. scheduled month: a month the article names for an election is that election's elsewhere;
 *    range: the start of "between X and Y" is not after its end, once both are resolved;
 * 7. year conflict: compares finished values with the publication date and each other.
 */
export const TIMEX_REFINERS: readonly TimexRefiner[] = [
  overlapRefiner,
  compoundDurationRefiner,
  dateTimeMergeRefiner,
  modifierRefiner,
  enclosingPeriodRefiner,
  anchorRefiner,
  yearFrameRefiner,
  focusRefiner,
  clockDayRefiner,
  scheduledMonthRefiner,
  rangeRefiner,
  yearConflictRefiner,
];

/** Options of the temporal stage (`options.timexes`). */
export interface TimexStageOptions {
  /** Overrides the publication date (YYYY-MM-DD) as the reference time. */
  referenceDate?: string;
  /** Only expressions inside this span (the rest of the text is still context). */
  within?: Span;
}

/** Finds and normalizes the temporal expressions of a document (`candidates` before annotation). */
export function findTimexes(doc: Doc, warn: RefineContext['warn'], options: TimexStageOptions = {}): TimexCandidate[] {
  const text = doc.text;
  const within = options.within;
  const analysed = doc.layer('sentence').filter((s) => s.attrs.zone !== 'furniture');
  const sentences = within ? analysed.filter((s) => s.start < within.end && within.start < s.end) : analysed;
  let published = parseDay(options.referenceDate ?? doc.meta.published);
  // A wire dateline's day is when the story was written; an explicit reference date wins. The
  // dateline opens the story, under its headline if it has one (a first line of its own that
  // ends without a full stop).
  const [first, second] = analysed.filter((s) => s.attrs.zone !== 'title');
  if (published && !options.referenceDate && first) {
    const headline =
      second !== undefined &&
      first.end - first.start < 200 &&
      !/[.!?]["'”’]?\s*$/.test(text.slice(first.start, first.end)) &&
      /\n/.test(text.slice(first.end, second.start));
    published =
      datelineDay(text, first.start, published) ??
      (headline ? datelineDay(text, second.start, published) : undefined) ??
      published;
  }
  // Without one, a date printed on its own line under the headline stands in for it.
  if (!published && !options.referenceDate) {
    published = dateLineDay(text);
    if (published && !within)
      warn(
        'reference-from-date-line',
        `no publication date was given; relative dates are read from the date line ${fmtDay(published)}`,
      );
  }
  let candidates: TimexCandidate[] = [];
  // Hard-wrapped copy breaks lines inside phrases ("the end of\nJanuary", "the last\nquarter"):
  // patterns, context checks and tense cues read the text with each single line break as a
  // space (same length, so every offset holds); a match still has to lie inside one sentence.
  const scan = text.includes('\n') ? text.replace(/(?<!\n)\n(?!\n)/g, ' ') : text;
  // Each pattern runs once over the whole text (far fewer regex calls than per sentence); a
  // match counts only inside one analysed sentence, found by binary search.
  const contexts: (ParseContext | undefined)[] = [];
  const contextAt = (start: number, end: number): ParseContext | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (s.end <= start) lo = mid + 1;
      else if (s.start > start) hi = mid - 1;
      else {
        if (end > s.end) return undefined;
        return (contexts[mid] ??= {
          text: scan,
          sentence: s,
          ...(published ? { published } : {}),
          tenseAt: (offset) => clauseTense(scan, s, offset),
        });
      }
    }
    return undefined;
  };
  if (sentences.length > 0) {
    for (const parser of TIMEX_PARSERS) {
      if (parser.trigger && !parser.trigger.test(scan)) continue;
      const re = parser.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(scan)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const ctx = contextAt(m.index, m.index + m[0].length);
        if (!ctx) continue;
        const c = parser.extract(m, m.index, ctx);
        if (c && c.end > c.start && !insideName(scan, c)) candidates.push(c);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const sentenceEnds = sentences.map((s) => s.end);
  const rctx: RefineContext = {
    text: scan,
    ...(published ? { published } : {}),
    tenseAt: (offset) => {
      const s = sentences.find((x) => x.start <= offset && offset < x.end);
      return s ? clauseTense(scan, s, offset) : 'past';
    },
    sentenceEnd: (offset) => sentenceEnds.find((e) => e > offset) ?? text.length,
    sentenceStart: (offset) => sentences.find((x) => x.end > offset)?.start ?? 0,
    warn,
  };
  for (const refiner of TIMEX_REFINERS) candidates = refiner.refine(candidates, rctx);
  return within ? candidates.filter((c) => c.start >= within.start && c.end <= within.end) : candidates;
}

/**
 * The temporal stage. Sits after `sentences()` because it reads sentence zones (furniture is
 * skipped, captions are analysed) and clause tense within sentences.
 */
export function timexes(options: TimexStageOptions = {}): Stage {
  return {
    name: 'timexes',
    requires: ['sentence', 'token'],
    produces: ['timex'],
    run(doc, ctx) {
      const opts = { ...options, ...((ctx.options.timexes as TimexStageOptions | undefined) ?? {}) };
      const candidates = findTimexes(doc, (k, msg, span) => ctx.warn(k, msg, span), opts);
      const hasPublished = parseDay(opts.referenceDate ?? doc.meta.published) !== undefined;
      const made = new Map<TimexCandidate, Annotation<'timex'>>();
      for (const c of candidates) {
        const ann = doc.add('timex', {
          start: c.start,
          end: c.end,
          label: c.type,
          attrs: {
            type: c.type,
            value: c.value,
            ...(c.mod ? { mod: c.mod } : {}),
            stated: c.stated,
            ...(c.relative ? { relative: c.relative } : {}),
          },
          by: { stage: 'timexes', rule: c.rule, confidence: c.unresolved ? Math.min(c.confidence, 0.3) : c.confidence },
        });
        made.set(c, ann);
        if (c.unresolved && !hasPublished && !c.relative?.anchorSpan) {
          ctx.warn(
            'no-publication-date',
            `"${doc.surface(c)}" is relative to the publication date, which is unknown; left as ${c.value}`,
            c,
          );
        }
      }
      for (const [c, ann] of made) {
        const anchor = c.anchorTo ? made.get(c.anchorTo) : undefined;
        if (anchor) doc.refine(ann, { anchor: anchor.id });
      }
    },
  };
}

/**
 * Re-resolves the timexes inside `span` (a direct quote) against the time the statement was
 * made instead of the publication date: "“We rallied yesterday,” he said on Monday" is the day
 * before Monday. `statement` is the timex giving that time (a day); only values that were read
 * from the publication date change, and they are anchored on `statement`. For the quote stage,
 * which knows quotes and their times. Returns how many timexes changed.
 */
export function reanchorTimexes(doc: Doc, span: Span, statement: Annotation<'timex'>): number {
  const day = parseDay(statement.attrs.value);
  if (!day) return 0;
  const found = findTimexes(doc, () => undefined, { referenceDate: statement.attrs.value.slice(0, 10), within: span });
  let changed = 0;
  for (const c of found) {
    if (!c.fromPublished || c.unresolved) continue;
    const ann = doc.layer('timex').find((t) => t.start === c.start && t.end === c.end && t.id !== statement.id);
    if (!ann || ann.attrs.value === c.value) continue;
    doc.refine(
      ann,
      { value: c.value, anchor: statement.id },
      {
        stage: 'timexes',
        rule: `${c.rule}@statement-time`,
        confidence: Math.min(c.confidence, statement.by.confidence),
      },
    );
    changed++;
  }
  return changed;
}
