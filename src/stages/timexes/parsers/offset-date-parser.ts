/**
 * Dates at a distance: "three days ago", "a year earlier", "two weeks from now", and
 * "two days after <something>". "ago" counts back from the publication date; "earlier" and
 * "later" count from the date the story is on (a refiner supplies it); "after X"/"before X"
 * count from X, which is either a dated expression (resolved by a refiner) or an event, which
 * the event stage dates later (the span of X is kept in `relative.anchorSpan`); until then the
 * expression is the duration it states.
 */
import { formatAt, shift, UNRESOLVED } from '../resolve-date.js';
import type { Granularity, TimexParser } from '../timex-candidate.js';
import { AMOUNT_RE, amountValue, UNIT_RE, unitOf } from '../vocabulary.js';
import { durationValue } from './duration-value.js';

const GRAN: Record<string, Granularity> = {
  second: 'time',
  minute: 'time',
  hour: 'time',
  day: 'day',
  night: 'day',
  week: 'week',
  fortnight: 'week',
  weekend: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'year',
  century: 'year',
  millennium: 'year',
};

const HEDGE_MOD: Record<string, string> = {
  about: 'APPROX',
  around: 'APPROX',
  some: 'APPROX',
  roughly: 'APPROX',
  approximately: 'APPROX',
  nearly: 'EQUAL_OR_LESS',
  almost: 'EQUAL_OR_LESS',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'less than': 'LESS_THAN',
};

const HEDGE = /\b(about|around|nearly|almost|some|roughly|approximately|more than|less than|over|just|only)\s+$/i;

// The period of an abbreviation ("Jan. 5", "Dr. Slepian", "U.S.") does not end the anchor.
// (A second distance after "and" opens an anchor of its own: "three days after the South
// Carolina primary and three weeks and a day after the Iowa caucuses Feb. 1".)
const ANCHOR_END =
  /(?<!\b(?:[A-Z][a-z]{1,3}|[A-Z](?:\.[A-Z])*))\.|[;:!?\n]|,\s|\s(?:and then|while|when|because|but|as)\s|\s[—–-]\s|\s(?:and|or)\s(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)|$/;

/** "N units ago/earlier/later/before/after/from now". */
export const offsetDateParser: TimexParser = {
  name: 'offset-date',
  trigger: /ago|earlier|later|before|after|from now|hence|back|previously|prior|on,/i,
  pattern: new RegExp(
    `(?<!\\d[,.])\\b(?:(${AMOUNT_RE})\\s+|(?<=\\d\\s+)(?=(?:week|month|year)\\s+ago\\b))(?:more\\s+)?(${UNIT_RE})(\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from now|hence|back|previously|prior|on)(?![\\w-])`,
    'gi',
  ),
  extract(m, start0, ctx) {
    // "versus 286,000 week ago": wire tables drop the article after a figure.
    const [surface0, amount = 'a', unitWord, orSo, wordRaw] = m;
    // "the same 1986 month after ...": a year before a singular unit names when, not how long.
    if (/^(?:1[5-9]|20)\d\d$/.test(amount) && !/s$/i.test(unitWord ?? '')) return null;
    // A hedge before the amount ("about two years ago") is part of the extent and sets the mod.
    const lead = HEDGE.exec(ctx.text.slice(Math.max(0, start0 - 16), start0));
    const hedge = lead?.[1];
    const start = start0 - (lead?.[0].length ?? 0);
    const surface = ctx.text.slice(start, start0) + surface0;
    // "a year prior" is "a year earlier".
    let word = (wordRaw ?? '').toLowerCase().replace(/^prior$/, 'earlier');
    const unit = unitOf(unitWord ?? '');
    const n = amountValue(amount ?? '');
    const end = start + surface.length;
    const duration = durationValue(amount ?? '', unit) ?? 'PX';
    const g = GRAN[unit] ?? 'day';
    const stated = [unit];
    if (word === 'on' || word === 'back' || word === 'previously') {
      if (word === 'on' && !/^\s*,/.test(ctx.text.slice(end, end + 2))) return null;
    }
    // "a week or so ago" is as approximate as "about a week ago".
    const mod = HEDGE_MOD[(hedge ?? '').toLowerCase()] ?? (orSo ? 'APPROX' : undefined);
    const base = { start, end, type: 'DATE' as const, stated, confidence: 0.8, ...(mod ? { mod } : {}) };
    // "up from 59.9 pct a year before.": with nothing after it to count from, "before" counts
    // from the time in focus, as "earlier" does. (An "after" with nothing after it leaves its
    // anchor unsaid: "from six months after closing until one year after".)
    // (Nor does a conjunction right after it start an anchor: "from 1.66 billion a year before
    // and available seat miles rose".)
    if (
      word === 'before' &&
      (ANCHOR_END.exec(ctx.text.slice(end, end + 12))?.index === 0 ||
        /^\s+(?:and|or|but|while|whereas)\b/i.test(ctx.text.slice(end, end + 10)))
    )
      word = 'earlier';
    if (word === 'before' || word === 'after') {
      // "two days after <X>": the anchor runs from the next word to the end of the clause.
      const from = end + (/^\s*/.exec(ctx.text.slice(end))?.[0].length ?? 0);
      const stop = Math.min(ctx.sentence.end, from + 200);
      const rest = ctx.text.slice(from, stop);
      const cut = ANCHOR_END.exec(rest);
      let anchorEnd = from + (cut ? cut.index : rest.length);
      while (anchorEnd > from && /[\s"”’)]/.test(ctx.text[anchorEnd - 1] ?? '')) anchorEnd--;
      if (anchorEnd <= from) return null;
      // TimeML leaves the signal ("after") out of the extent; `relative.direction` records it.
      // Until the anchor is dated the text states a duration, and TimeML writes it as one
      // ("a month after Qantas suspended services": P1M); the anchor refiner or the event stage
      // turns it into the date once the anchor has one.
      return {
        ...base,
        end:
          end -
          (wordRaw ?? '').length -
          (/\s+$/.exec(surface.slice(0, surface.length - (wordRaw ?? '').length))?.[0].length ?? 0),
        type: 'DURATION',
        value: duration,
        rule: 'offset-anchored',
        granularity: g,
        relative: {
          duration,
          direction: word === 'after' ? 'after' : 'before',
          anchorSpan: { start: from, end: anchorEnd },
        },
        unresolved: true,
      };
    }
    const sign = word === 'ago' || word === 'earlier' || word === 'back' || word === 'previously' ? -1 : 1;
    if ((word === 'earlier' || word === 'later') && g !== 'month' && g !== 'quarter' && g !== 'year') {
      // "Three days later", "hours earlier": TimeML writes the distance as the DURATION it is,
      // the signal left out as with "after"; the event stage does not date events from
      // these relative expressions either. (A year or a quarter earlier is a comparison date.)
      const cut = surface.length - (wordRaw ?? '').length;
      return {
        ...base,
        end: start + cut - (/\s+$/.exec(surface.slice(0, cut))?.[0].length ?? 0),
        type: 'DURATION',
        value: duration,
        rule: 'offset-distance',
        granularity: 'none',
        relative: { duration, direction: sign < 0 ? 'before' : 'after' },
      };
    }
    if (word === 'earlier' || word === 'later' || word === 'on') {
      // Counted from the date in focus; the focus refiner fills the value.
      return {
        ...base,
        value: UNRESOLVED[g === 'time' ? 'day' : g] ?? 'XXXX-XX-XX',
        rule: 'offset-focus',
        granularity: g,
        relative: { duration, direction: sign < 0 ? 'before' : 'after' },
        needsFocus: g === 'quarter' ? 'quarter' : 'day',
        unresolved: true,
      };
    }
    if (n === undefined) {
      return {
        ...base,
        value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
        rule: 'offset-vague',
        granularity: 'none',
        stated: [],
      };
    }
    if (!ctx.published) {
      return {
        ...base,
        value: UNRESOLVED[g === 'time' ? 'day' : g] ?? 'XXXX-XX-XX',
        rule: 'offset-published',
        granularity: g,
        unresolved: true,
        relative: { duration, direction: sign < 0 ? 'before' : 'after' },
      };
    }
    const units = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : unit === 'fortnight' ? 2 * n : n;
    if (!Number.isInteger(units)) return null;
    const shiftUnit =
      unit === 'decade' || unit === 'century' ? 'year' : unit === 'fortnight' ? 'week' : g === 'time' ? 'day' : g;
    const day = shift(ctx.published, shiftUnit, g === 'time' ? 0 : sign * units);
    return {
      ...base,
      value: formatAt(day, g === 'time' ? 'day' : g),
      rule: 'offset-published',
      granularity: g,
      day,
      fromPublished: true,
      ...(unit === 'year' && sign < 0
        ? { needsFocus: 'year' as const, relative: { duration, direction: 'before' as const } }
        : {}),
    };
  },
};
