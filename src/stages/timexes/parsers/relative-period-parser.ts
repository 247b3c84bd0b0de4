/**
 * Calendar periods named relative to the publication date: "last week" (the ISO week before,
 * not one day), "this month", "next year", "the past year", "earlier this month", "later this
 * year", "last April", "this summer", "the early summer", "the weekend", "the current quarter", and
 * "the month" or "the week" as the one the story is in ("by the end of the month").
 */
import { addDays, type Day, fmtYear, weekday } from '../calendar.js';
import { formatAt, shift, UNRESOLVED } from '../resolve-date.js';
import type { Granularity, TimexParser } from '../timex-candidate.js';
import { LOOKS_AHEAD_BEFORE, MONTHS, SEASONS } from '../vocabulary.js';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Which way a determiner points: -1 the previous period, 0 the current one, 1 the next. */
function direction(det: string): number | undefined {
  const d = det.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|the last|the past|past|the previous|previous|a year ago)$/.test(d)) return -1;
  if (/^(?:next|the next|the coming|coming|the following)$/.test(d)) return 1;
  if (/^(?:this|the current|current|the present|earlier this|later this|early this|late this|this past)$/.test(d))
    return 0;
  return undefined;
}

/** "last week", "this month", "next year", "earlier this month", "last April", "this summer". */
export const relativePeriodParser: TimexParser = {
  name: 'relative-period',
  trigger:
    /last|this|next|coming|past|previous|current|present|weekend|spring|summer|autumn|winter|of the (?:week|month)/i,
  pattern: new RegExp(
    `\\b(?:(the)\\s+(?:(early|late|mid-?)\\s*)?(weekend|spring|summer|autumn|winter)|(?<=\\b(?:end|close|beginning|start|middle|rest|remainder) of\\s)(the)\\s+(week|month)|(earlier this|later this|early this|late this|this past|the coming|the current|the present|the past|the next|the last|last|this|next|coming|past|previous|current)\\s+(?:(fiscal )?(week|month|year|quarter|weekend|decade|century|spring|summer|autumn|fall|winter)|(${MONTH_NAMES})))(?![\\w-])`,
    'gi',
  ),
  extract(m, start, ctx) {
    const surface = m[0];
    const det = (m[1] ?? m[4] ?? m[6] ?? '').toLowerCase();
    const unitRaw = m[3] ?? m[5] ?? m[8];
    const monthRaw = m[9];
    // "the early summer": the season's part is its mod.
    const seasonPart = (m[2] ?? '').toLowerCase();
    const end = start + surface.length;
    let dir = det === 'the' ? 0 : direction(det);
    if (dir === undefined) return null;
    const mod =
      det.startsWith('earlier') || det.startsWith('early') || seasonPart === 'early'
        ? 'START'
        : det.startsWith('late') || seasonPart === 'late'
          ? 'END'
          : seasonPart.startsWith('mid')
            ? 'MID'
            : undefined;
    // "ABC News' \"This Week\"": a period word in title case is the name of a programme or a
    // column, not a period (a capital on the determiner alone is the start of a sentence).
    if (unitRaw && /^\p{Lu}\p{Ll}/u.test(unitRaw) && /^\p{Lu}\p{Ll}/u.test(surface)) return null;
    const base = { start, end, type: 'DATE' as const, confidence: 0.9, ...(mod ? { mod } : {}) };
    if (monthRaw) {
      if (!/^\p{Lu}/u.test(monthRaw)) return null;
      // "last March 27": a date, the month parser's (the word before it still looks back).
      if (/^\s+\d{1,2}(?!\d|[.,]\d)/.test(ctx.text.slice(end, end + 5))) return null;
      const month = MONTHS[monthRaw.toLowerCase()] ?? 1;
      if (!ctx.published)
        return {
          ...base,
          value: `XXXX-${String(month).padStart(2, '0')}`,
          stated: ['month'],
          rule: 'relative-month',
          granularity: 'month',
          unresolved: true,
        };
      let y = ctx.published.y;
      if (dir < 0 && month >= ctx.published.m) y -= 1;
      // "down from 40,012 last February", written in March: a writer names the month just ended
      // "last month" or plainly "February", so "last February" is a year further back. (Not
      // across the new year, where "last December" is last year's.)
      if (det === 'last' && month === ctx.published.m - 1) y -= 1;
      // "this past September" written in January is last September.
      if (det === 'this past' && month > ctx.published.m) y -= 1;
      if (dir > 0 && month <= ctx.published.m) y += 1;
      const day: Day = { y, m: month, d: 1 };
      return {
        ...base,
        value: `${fmtYear(y)}-${String(month).padStart(2, '0')}`,
        stated: ['month'],
        rule: 'relative-month',
        granularity: 'month',
        day,
        fromPublished: true,
      };
    }
    const unit = (unitRaw ?? '').toLowerCase();
    // "the last quarter of 1987" is its fourth (the quarter parser's).
    if (
      unit === 'quarter' &&
      /^\s+of\s+(?:(?:fiscal\s+)?\d{4}|(?:this|last|next) year)\b/i.test(ctx.text.slice(end, end + 20))
    )
      return null;
    // "In 1998 it rose; the next year it fell": with the article, the year after the one the
    // story is on (the anaphoric parser), not after the publication date as "next year" is.
    // ("10,000 are expected over the next year": with a preposition of extent, the year to come
    // from the day of writing, as TimeBank dates it, whatever year the story mentioned before.)
    const overNextYear =
      det === 'the next' &&
      unit === 'year' &&
      /\b(?:over|within|during|for|through|throughout|across)\s+$/i.test(
        ctx.text.slice(Math.max(0, start - 12), start),
      );
    if ((det === 'the next' || det === 'the following') && unit === 'year' && !overNextYear) return null;
    // So is "The next month, a former staffer sued" or "he resigned the next week": told in the
    // past or opening its clause, the month after the one the story is on. (With a preposition,
    // "over the next month", "within the next week", it is the stretch still to come.)
    if (
      det === 'the next' &&
      (unit === 'month' || unit === 'week') &&
      !/\b(?:over|within|during|in|for|through|throughout|into|by|until|of|across)\s+$/i.test(
        ctx.text.slice(Math.max(0, start - 12), start),
      ) &&
      (/^\s*,/.test(ctx.text.slice(end, end + 2)) || ctx.tenseAt(start) === 'past')
    )
      return null;
    const season = SEASONS[unit];
    // "the Autumn Statement", "the Winter Olympics": the season names something else.
    if (season && det === 'the' && /^\p{Lu}/u.test(unitRaw ?? '') && /^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3)))
      return null;
    // "the past week" and "the next month" are stretches of time (TimeBank marks them DURATION) except "the past year".
    // ("the last quarter" is the one before this, as business news reports it: "profits rose
    // 78 percent during the last quarter, which ended December 30".)
    if (
      (det === 'the past' || det === 'the next' || det === 'the last' || det === 'past') &&
      unit !== 'year' &&
      !(unit === 'quarter' && det === 'the last') &&
      !season
    ) {
      const code =
        (
          { week: '1W', month: '1M', quarter: '1Q', weekend: '1WE', decade: '10Y', century: '100Y' } as Record<
            string,
            string
          >
        )[unit] ?? '1D';
      return {
        ...base,
        type: 'DURATION',
        value: `P${code}`,
        stated: [unit],
        rule: 'relative-period-duration',
        granularity: 'none',
      };
    }
    if (season) {
      if (!ctx.published)
        return {
          ...base,
          value: `XXXX-${season}`,
          stated: ['season'],
          rule: 'relative-season',
          granularity: 'season',
          unresolved: true,
        };
      const p = ctx.published;
      // Seasons by the publication month; winter belongs to the year it starts in December or runs on into.
      const order = ['WI', 'SP', 'SU', 'FA'];
      const current = p.m === 12 || p.m <= 2 ? 0 : p.m <= 5 ? 1 : p.m <= 8 ? 2 : 3;
      const target = order.indexOf(season);
      let y = p.y - (p.m === 12 ? 0 : 0);
      // "the autumn" is the last one, unless the clause looks ahead ("will be sold in the autumn",
      // "is going to start in the spring", written in February or June).
      // ("The Seaway, set to reopen after the winter", written in March, still means the last one.)
      const ahead =
        det === 'the' &&
        (ctx.tenseAt(start) === 'future' ||
          LOOKS_AHEAD_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start)));
      if (det === 'the' && target > current && !ahead) y -= 1;
      if (dir < 0 && target >= current) y -= 1;
      if (dir > 0 && target <= current) y += 1;
      return {
        ...base,
        value: `${fmtYear(y)}-${season}`,
        stated: ['season'],
        rule: 'relative-season',
        granularity: 'season',
        day: { y, m: 1, d: 1 },
        fromPublished: true,
      };
    }
    const g: Granularity = unit === 'weekend' ? 'weekend' : (unit as Granularity);
    if (!ctx.published) {
      return {
        ...base,
        value: UNRESOLVED[g] ?? 'XXXX-XX-XX',
        stated: [],
        rule: 'relative-period',
        granularity: g,
        unresolved: true,
      };
    }
    let ref = ctx.published;
    if (g === 'weekend') {
      // "the weekend" of a Monday-to-Thursday story is the one just past; "this weekend" from Friday on is the coming one.
      const wd = weekday(ref);
      if (dir === 0 && wd <= 4 && det !== 'this') dir = -1;
      // ("This weekend's debate gave Democrats much to be proud of", told on a Wednesday.)
      // (Not a plan told from the past: "was likely to be hammered out by this weekend".)
      if (
        dir === 0 &&
        wd <= 3 &&
        det === 'this' &&
        ctx.tenseAt(start) === 'past' &&
        !/\b(?:by|until|before)\s+$|\b(?:was|were)\s+(?:[a-z]+\s+)?(?:likely|expected|due|set|scheduled|going|supposed|planning)\s+to\b/i.test(
          ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start),
        )
      )
        dir = -1;
      if (dir === 0 && wd === 7) ref = addDays(ref, -1);
      ref = addDays(ref, 6 - weekday(ref));
    }
    // "this past week" early in a week is the one just ended; from Thursday on, the one ending.
    if (g === 'week' && det === 'this past' && weekday(ref) <= 3) dir = -1;
    const day = shift(ref, g, dir);
    return {
      ...base,
      value: formatAt(day, g),
      stated: [],
      rule: 'relative-period',
      granularity: g,
      day,
      fromPublished: true,
    };
  },
};
