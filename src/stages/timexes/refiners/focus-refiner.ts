/**
 * Resolves expressions that depend on the date the story is on ("the quarter", "a year
 * earlier", "the next day", "that day"): the focus is the last resolved expression before them
 * at the right granularity, and the publication date when there is none. Earnings stories talk
 * about one quarter, so "a year earlier" there is the same quarter of the year before; once the
 * story has moved on to a stretch counted from the start of the year ("For the nine months, ...
 * compared with year-earlier net income"), TIMEX3 has no value for that stretch, and the one a
 * year back is written as its year.
 */
import { addDays, type Day, weekday } from '../calendar.js';
import { countedDays, formatAt, shift } from '../resolve-date.js';
import type { Granularity, RefineContext, TimexCandidate, TimexRefiner } from '../timex-candidate.js';
import { OF_THAT_YEAR_AFTER, QUARTER_LIST_BEFORE } from '../vocabulary.js';

function parseDuration(d: string): { n: number; unit: string } | undefined {
  const m = /^PT?(\d+)(D|W|M|Q|Y|H|S|E|C|WE)$/.exec(d);
  if (!m) return undefined;
  const unit = d.startsWith('PT')
    ? 'day'
    : ((
        { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', E: 'decade', C: 'century', WE: 'week' } as Record<
          string,
          string
        >
      )[m[2] ?? ''] ?? 'day');
  return { n: d.startsWith('PT') ? 0 : Number(m[1]), unit };
}

// A stretch counted from the start of the fiscal or calendar year: "the nine months", "the
// first half", "the year" (what earnings stories report after the quarter).
const YEAR_TO_DATE =
  /^(?:(?:for|in|during)\s+)?the\s+(?:(?:first|latest|past|last)\s+)?(?:(?:nine|six|9|6)\s+months|half|(?:(?:full|fiscal)\s+)?year)$/i;
const YTD_BEFORE = /\b(?:year[- ]to[- ]date|so far this year)\b/i;
// An amount right before "last year" ("$33 million last year", "4 pence a share, last year").
const FIGURE_BEFORE =
  /(?:[$#£€]\s?\d[\d.,]*(?:\s+(?:million|billion))?|\d[\d.,]*\s*(?:cents|pence|%|percent))(?:\s+a\s+share)?\s*,?\s+$/i;
// The whole of a year reported ("for the entire year", "the full year"), not what is left of one
// ("through the remainder of the year", "later in the year").
const FULL_YEAR = /(?:\bfor\s+the\s+year|\bthe\s+(?:entire|full|whole|fiscal)\s+year)$/i;

// The month or day of the figure a comparison starts from ("from 631,900 in February", "54
// points from March 12").
const FIGURE_FROM_IN =
  /\b(?:from|against|compared (?:to|with)|versus|vs\.?)\s+(?:an?\s+)?[$£€#]?\s*\d[\d.,]*(?:\s+(?:mln|billion|million|pct|percent|dlrs?|dollars|stg|yen|marks|francs|tonnes|bpd|[a-z]+)){0,3}\s+(?:in|for)\s+$/i;
const FIGURE_FROM = /\d[\d.,]*\s*(?:%|pct|percent|points?|cents?|dlrs?|dollars)?\s+from\s+$/i;

// The closing day of a reported week ("in the week ended February 26").
const WEEK_ENDED = /\bweek\s+(?:ended|ending|to|through|beginning|starting|of)\s+$/i;
const wordsBefore = (c: TimexCandidate, ctx: RefineContext): string =>
  ctx.text.slice(Math.max(0, c.start - 20), c.start);

// The demonstrative before a month, not the "that" of a clause said or noted ("noted that").
const THAT_BEFORE =
  /(?<!\b(?:said|says|say|saying|noted|notes|estimated|estimates|indicated|indicates|shows?|showed|reported|reports|announced|believes?|believed|expects?|expected|thinks?|thought|hopes?|hoped|argued?|added|so|now|such|important|likely|clear|sure|told\s+\w+|fact|news|report|hope|view|data|figures)\s+)\b[Tt]hat\s+$/;

// "the prior third quarter", "the year-ago second quarter": an earlier one.
const EARLIER_BEFORE = /\b(?:prior|previous|preceding|year-ago|year-earlier|earlier|comparable|corresponding)\s+$/i;

const SAME_PERIOD = /^the\s+(?:same|comparable|corresponding)\s+(?:period|quarter|month|week)$/i;
const YEAR_NAMED_AFTER = /^\s*,?\s+(?:back\s+)?(?:in|of|for)\s+(?:fiscal\s+)?$/i;
// "year-earlier", "a year ago": no noun of their own, so they follow the period in focus.
const BARE_YEAR_AGO = /^(?:(?:a\s+)?year[- ](?:ago|earlier|before))$/i;

/** Fills the values of focus-dependent candidates, in text order. */
export const focusRefiner: TimexRefiner = {
  name: 'focus',
  refine(candidates, ctx) {
    let quarter: Day | undefined;
    let focusDay: TimexCandidate | undefined;
    let pastDay: TimexCandidate | undefined;
    let leadDay: TimexCandidate | undefined;
    let yearToDate = false;
    let quarterAt = -1;
    // A quarter still running named in a forecast ("expects first quarter earnings to be 20 pct
    // below the year-ago 13.6 mln dlrs"): no reporting period, but what "year-ago" in its own
    // sentence compares with.
    let forecastQuarter: TimexCandidate | undefined;
    let focusWeek: TimexCandidate | undefined;
    const stoodFor = new Map<TimexCandidate, TimexCandidate>();
    let lastDay: TimexCandidate | undefined;
    for (const [index, c] of candidates.entries()) {
      const prev = candidates[index - 1];
      if (prev?.day && !prev.unresolved && (prev.type === 'DATE' || prev.type === 'TIME') && isDaySized(prev))
        lastDay = prev;
      // "sales rose 43% in February compared to the same period last year": a period after a
      // month its sentence named (and no quarter since) is that month; after a day ("in the
      // four weeks ended March 6"), that day's month.
      // (A focus the story moved to in this sentence, after the last quarter it named.)
      const current = (f: TimexCandidate | undefined): f is TimexCandidate & { day: Day } =>
        f?.day !== undefined && f.start > quarterAt && ctx.sentenceEnd(f.start) >= c.end;
      const month =
        current(focusDay) && (focusDay.granularity === 'month' || monthlyDay(focusDay, quarter, ctx))
          ? { ...focusDay.day, d: 1 }
          : undefined;
      // "167,236 cars this week, up from 133,067 in the same year-ago period": the week a year
      // back, as for a month.
      if (
        c.needsFocus === 'quarter' &&
        current(focusWeek) &&
        c.rule === 'focus-quarter-year-ago' &&
        (/\bperiod$/i.test(ctx.text.slice(c.start, c.end)) || /^\s+period\b/i.test(ctx.text.slice(c.end, c.end + 8)))
      ) {
        set(c, shift(focusWeek.day, 'year', -1), 'week', 'focus', focusWeek);
        continue;
      }
      // "year-to-date car production would reach 2,012,093 compared to 2,126,954 in the 1986
      // period": with no quarter named, the period is the year's stretch so far.
      if (
        c.needsFocus === 'quarter' &&
        !quarter &&
        YTD_BEFORE.test(
          ctx.text
            .slice(Math.max(0, c.start - 200), c.start)
            .split(/[.!?]\s+/)
            .pop() ?? '',
        )
      ) {
        const stated =
          /^(\d{4})-QX$/.exec(c.value) ?? /^\s+of\s+(?:fiscal\s+)?(\d{4})\b/i.exec(ctx.text.slice(c.end, c.end + 20));
        const y = stated
          ? Number(stated[1])
          : ctx.published
            ? ctx.published.y - (c.rule === 'focus-quarter-year-ago' ? 1 : 0)
            : undefined;
        if (y !== undefined) {
          set(c, { y, m: 1, d: 1 }, 'year', 'focus');
          continue;
        }
      }
      if (
        c.needsFocus === 'quarter' &&
        month &&
        c.rule !== 'focus-quarter-year' &&
        /\bperiod$|\bperiod\s+(?:a year|last year)/i.test(ctx.text.slice(c.start, c.end))
      ) {
        set(c, c.rule === 'focus-quarter-year-ago' ? shift(month, 'year', -1) : month, 'month', 'focus', focusDay);
        continue;
      }
      // "2.35 billion in the first two months of 1987 from 1.87 billion in the year-earlier
      // period", "rose in 1986 from the year-earlier period": with a year in focus in the
      // sentence (and no quarter since), the period a year back is written as its year.
      if (
        c.needsFocus === 'quarter' &&
        c.rule === 'focus-quarter-year-ago' &&
        current(focusDay) &&
        focusDay.granularity === 'year' &&
        /\bperiod$/i.test(ctx.text.slice(c.start, c.end))
      ) {
        set(c, shift(focusDay.day, 'year', -1), 'year', 'focus', focusDay);
        continue;
      }
      // "17,160,000 in the year-ago week" after "the week ended April 8": that week a year back.
      const weekBase = focusWeek && focusWeek.start > (focusDay?.start ?? -1) ? focusWeek : focusDay;
      if (
        c.needsFocus &&
        current(weekBase) &&
        (weekBase.granularity === 'week' || isDaySized(weekBase)) &&
        BARE_YEAR_AGO.test(ctx.text.slice(c.start, c.end)) &&
        /^\s+week\b/i.test(ctx.text.slice(c.end, c.end + 6))
      ) {
        set(c, shift(weekBase.day, 'year', -1), 'week', 'focus', weekBase);
        continue;
      }
      // "Year-ago oper excludes ..." after "1986 oper includes ..." in a year's results (no
      // quarter named), "a loss for year-ago 12 mths": the year before, not a quarter.
      if (c.needsFocus && c.rule === 'focus-quarter-year-ago' && BARE_YEAR_AGO.test(ctx.text.slice(c.start, c.end))) {
        const twelve = /^\s+(?:12|twelve)\s+(?:months?|mths?)\b/i.test(ctx.text.slice(c.end, c.end + 14));
        // (The year reported is the one before publication; a year the story compares with,
        // "27 pct below the 1985 level", is no report's.)
        const year =
          !quarter && focusDay?.granularity === 'year' && focusDay.day && focusDay.day.y === (ctx.published?.y ?? 0) - 1
            ? focusDay
            : undefined;
        const base = twelve
          ? (quarter ?? year?.day ?? (ctx.published && shift(ctx.published, 'quarter', -1)))
          : year?.day;
        if (base) {
          set(c, { y: base.y - 1, m: 1, d: 1 }, 'year', 'focus', year);
          continue;
        }
      }
      // "Sales in February rose 5% from a year ago", "prices at the end of January were above
      // year-ago levels": the comparison is with that month a year back, not with a quarter.
      if (month && c.needsFocus && BARE_YEAR_AGO.test(ctx.text.slice(c.start, c.end))) {
        set(c, shift(month, 'year', -1), 'month', 'focus', focusDay);
        continue;
      }
      // "London shares were depressed by overnight losses in New York" in a report on Friday's
      // trading: the night before the day the story's lead is on, not before the publication
      // date. (The day in focus may be an earlier event the story recalls.)
      if (c.rule === 'day-word-overnight' && leadDay?.day && ctx.tenseAt(c.start) === 'past') {
        set(c, addDays(leadDay.day, -1), 'day', 'focus', leadDay);
        c.value += 'TNI';
        c.granularity = 'part-of-day';
        continue;
      }
      // "losing $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire
      // year", reported in January: the year whose quarter the story reports, unless told as
      // an outlook ("expects to break even for the year").
      if (
        c.rule === 'year-word' &&
        FULL_YEAR.test(ctx.text.slice(Math.max(0, c.start - 4), c.end)) &&
        quarter &&
        ctx.published &&
        quarter.y < ctx.published.y &&
        ctx.tenseAt(c.start) !== 'future'
      ) {
        set(c, { y: quarter.y, m: 1, d: 1 }, 'year', 'focus');
        continue;
      }
      // "Jacobs reported 1986 net profit of 190.9 mln francs ... for the year": in a story on
      // last year's results, the whole year told in the past is that year too.
      if (
        c.rule === 'year-word' &&
        (FULL_YEAR.test(ctx.text.slice(Math.max(0, c.start - 4), c.end)) ||
          // ("Buckhorn said the year's results included a charge".)
          (/^the year$/i.test(ctx.text.slice(c.start, c.end)) && /^['’]s\s/.test(ctx.text.slice(c.end, c.end + 3)))) &&
        !quarter &&
        focusDay?.granularity === 'year' &&
        focusDay.day &&
        ctx.published &&
        focusDay.day.y === ctx.published.y - 1 &&
        ctx.tenseAt(c.start) === 'past' &&
        // ("Vista said sales for the year are expected to be comparable": told ahead.)
        !/^\s*(?:[\w'’-]+\s+){0,3}(?:is|are|will|would|should|could|may|might)\b/i.test(
          ctx.text.slice(c.end, c.end + 40),
        )
      ) {
        set(c, { y: focusDay.day.y, m: 1, d: 1 }, 'year', 'focus', focusDay);
        continue;
      }
      // "two pct growth in the previous quarter" after "the first quarter of 1987": the quarter
      // before the one in focus (before the publication date's without one).
      if (c.rule === 'anaphoric-date' && c.granularity === 'quarter') {
        const base = quarter ?? (ctx.published ? shift(ctx.published, 'quarter', 0) : undefined);
        if (base) {
          const n = c.relative?.duration === 'P0D' ? 0 : c.relative?.direction === 'before' ? -1 : 1;
          set(c, shift({ ...base, m: base.m - ((base.m - 1) % 3), d: 1 }, 'quarter', n), 'quarter', 'focus');
        }
        continue;
      }
      // "contributed to Humphrey's loss that November", "in that October speech": the November
      // of the year the story is in, not the last one before publication. (Not the "that" of what
      // was said, "estimated that January orders fell": the month there heads a noun.)
      if (
        c.granularity === 'month' &&
        c.day &&
        !c.unresolved &&
        !c.stated.includes('year') &&
        /^\d{4}-\d\d$/.test(c.value) &&
        focusDay?.day &&
        focusDay.day.y !== c.day.y &&
        THAT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 24), c.start)) &&
        (/(?:\b(?:in|during|by|until|since|after|before|of)\s+|(?:^|[;:]\s*|[.!?]\s+))[Tt]hat\s+$/.test(
          ctx.text.slice(Math.max(0, c.start - 14), c.start),
        ) ||
          /^\s*(?:[.,;:!?)]|$)/.test(ctx.text.slice(c.end, c.end + 2)))
      ) {
        set(c, { ...c.day, y: focusDay.day.y }, 'month', 'that', focusDay);
        // (The demonstrative is part of the expression, as in "that day".)
        c.start -= /[Tt]hat\s+$/.exec(ctx.text.slice(Math.max(0, c.start - 12), c.start))![0].length;
      }
      // "Three days later", "a week earlier": TimeML keeps the distance a DURATION, and the
      // day it counts from is the day the story is on (the next day's own rule); noting that
      // day as the anchor lets the event stage date what happened then.
      // The story then is on the day reached ("Three days later, ... The next day, ..."): a
      // stand-in for that day takes the focus, and whatever is anchored on it is anchored on the
      // distance once the pass is over.
      // (Not a hedged distance: "a day or so later" names no day.)
      const counted =
        c.rule === 'offset-distance' && !c.mod && c.relative
          ? countedDays(c.relative.duration, c.relative.direction)
          : undefined;
      if (counted !== undefined) {
        const ahead =
          focusDay?.day &&
          ctx.published &&
          dayNumber(focusDay.day) > dayNumber(ctx.published) &&
          ctx.tenseAt(c.start) === 'past';
        const from = ahead ? pastDay : focusDay;
        if (from?.day && isDaySized(from)) {
          c.anchorTo = stoodFor.get(from) ?? from;
          const day = addDays(from.day, counted);
          const reached: TimexCandidate = { ...c, type: 'DATE', value: formatAt(day, 'day'), day, granularity: 'day' };
          stoodFor.set(reached, c);
          focusDay = reached;
          if (!ctx.published || dayNumber(day) <= dayNumber(ctx.published)) pastDay = reached;
        }
        continue;
      }
      // "just 1 percent in 2010, the year the Supreme Court ruled": the year in apposition is
      // the one just named, not the year of writing.
      if (
        c.rule === 'year-word' &&
        /^the\s+year$/i.test(ctx.text.slice(c.start, c.end)) &&
        prev?.day &&
        prev.granularity === 'year' &&
        !prev.unresolved &&
        /^\s*,\s*$/.test(ctx.text.slice(prev.end, c.start))
      ) {
        set(c, prev.day, 'year', 'apposition', prev);
        continue;
      }
      // "later in the day", "earlier in the week": the day last named, "today" included (a
      // story's passing mention of a year or month is no day), else the day of writing.
      if (
        c.rule === 'anaphoric-date' &&
        /\b(?:later|earlier)\s+in\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 12), c.start))
      ) {
        const base = c.granularity === 'month' && focusDay?.granularity === 'month' ? focusDay : lastDay;
        resolve(c, quarter, base, ctx.published);
        continue;
      }
      if (c.needsFocus) {
        // "landed at 7 a.m. that day", told in the past: not a day still ahead that an earlier
        // sentence named ("On Dec. 1, that changes"), but the last one behind the publication date.
        const ahead =
          focusDay?.day &&
          ctx.published &&
          dayNumber(focusDay.day) > dayNumber(ctx.published) &&
          ctx.sentenceEnd(focusDay.start) < c.start;
        // "the previous week" after "the week ended February 26": the week before that one, even
        // when a day named since ("under the agreement, which began October 1") took the focus.
        // "posted gains on Friday ... shed 663,000 jobs in March ... ending the day at 8,017": a
        // day told of is the day named in the sentence before, not a month that came in between.
        const dayBefore =
          c.rule === 'anaphoric-date' &&
          (c.granularity === 'day' || c.granularity === 'part-of-day') &&
          (focusDay?.granularity === 'month' || focusDay?.granularity === 'year') &&
          lastDay &&
          lastDay.start < focusDay.start &&
          lastDay.start >= sentenceBefore(c.start, ctx)
            ? lastDay
            : undefined;
        const told =
          c.rule === 'anaphoric-date' && c.granularity === 'week' && focusWeek
            ? focusWeek
            : ahead && c.rule === 'anaphoric-date' && ctx.tenseAt(c.start) === 'past'
              ? pastDay
              : (dayBefore ?? focusDay);
        // "on that day back in March 2010": the date named right after it says which.
        const next = candidates[index + 1];
        const backIn =
          c.rule === 'anaphoric-date' &&
          next?.day &&
          !next.unresolved &&
          next.type === 'DATE' &&
          /^\s+(?:back\s+)?in\s+$/i.test(ctx.text.slice(c.end, next.start))
            ? next
            : undefined;
        // (A year alone there keeps the focus's month and day: "December sales were up from
        // the same month in 1985".)
        const yearDay = backIn?.granularity === 'year' && told?.day ? { ...told.day, y: backIn.day!.y } : undefined;
        const byYear = yearDay ? { ...told!, day: yearDay, value: formatAt(yearDay, told!.granularity) } : backIn;
        const compared =
          forecastQuarter?.day &&
          forecastQuarter.start > quarterAt &&
          c.rule.startsWith('focus-quarter') &&
          ctx.sentenceEnd(forecastQuarter.start) >= c.end
            ? forecastQuarter.day
            : quarter;
        resolve(c, compared, byYear ?? told, ctx.published);
        // A side glance at a quarter a year back ("a year earlier") is at its year once the
        // story reports a year-to-date stretch.
        if (yearToDate && c.granularity === 'quarter' && c.day && BARE_YEAR_AGO.test(ctx.text.slice(c.start, c.end))) {
          c.value = formatAt(c.day, 'year');
          c.granularity = 'year';
        }
        // A value derived from the focus does not move it ("a year earlier" is a side glance).
        continue;
      }
      // "up from last year's $2.34 billion", "compared with earnings of $33 million last year"
      // beside a quarter's figure: the figure is the quarter's a year back, as "a year earlier"
      // would be.
      // (Only when that quarter lies in last year: in January, "last year" holds the quarter
      // just reported and is the year itself.)
      if (
        quarter &&
        !yearToDate &&
        (!ctx.published || quarter.y - 1 === ctx.published.y - 1) &&
        /^last year$/i.test(ctx.text.slice(c.start, c.end)) &&
        (/^['’]s\s+(?:[$#£€]|\d)/.test(ctx.text.slice(c.end, c.end + 5)) ||
          FIGURE_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start)))
      ) {
        const day = shift(quarter, 'year', -1);
        c.value = formatAt(day, 'quarter');
        c.day = day;
        c.granularity = 'quarter';
        c.rule = `${c.rule}@focus`;
        continue;
      }
      // A quarter one or two ahead of the calendar's that the parser read a year back for want
      // of a year: last year's is stale news by then ("the ceiling it set for the third
      // quarter", "the second quarter cutback", a fiscal quarter just reported). Beside a quarter
      // the story is on, it is the one nearer to it ("the first quarter ... unchanged from the
      // fourth quarter").
      if (
        ctx.published &&
        staleQuarter(c, ctx.published, ctx.text.slice(c.start, c.end)) &&
        !EARLIER_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 16), c.start)) &&
        // (A list of quarters keeps the one year its parser gave it.)
        !QUARTER_LIST_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 30), c.start))
      ) {
        const day = { ...c.day!, y: ctx.published.y };
        const nearer =
          !quarter ||
          Math.abs(quarterIndex(day) - quarterIndex(quarter)) < Math.abs(quarterIndex(c.day!) - quarterIndex(quarter));
        if (nearer) {
          c.value = formatAt(day, 'quarter');
          c.day = day;
          c.rule = `${c.rule}@near`;
        }
      }
      if (YEAR_TO_DATE.test(ctx.text.slice(c.start, c.end)) && (c.type === 'DURATION' || c.granularity === 'year'))
        yearToDate = true;
      if (
        !c.unresolved &&
        c.day &&
        c.type !== 'DURATION' &&
        c.type !== 'SET' &&
        !c.rule.startsWith('day-word') &&
        // (The ends of a span of years, "the 1986/87 season", label a season or a fiscal year;
        // the story is not on either year.)
        !c.rule.startsWith('year-span') &&
        !c.rule.startsWith('clock')
      ) {
        // Results are reported for quarters already begun; a forecast for a later one with its
        // year ("losses through the third quarter of 1990") does not become the story's
        // reporting period. (Without a year it may be a fiscal quarter, ahead of the calendar.)
        const ahead = ctx.published && c.stated.includes('year') && dayNumber(c.day) > dayNumber(ctx.published);
        // Nor does a quarter still running at publication, unless the clause reports it in the
        // past tense (a fiscal quarter already closed: "reported a decline in fourth-quarter
        // earnings"); "expect the trend to continue into the fourth quarter" looks ahead.
        const running =
          ctx.published &&
          dayNumber(shift(c.day, 'quarter', 1)) > dayNumber(ctx.published) &&
          c.yearCue !== 'past' &&
          ctx.tenseAt(c.start) !== 'past';
        // A quarter before the one reported ("After a flat second quarter, ...") is a glance
        // back, not a new reporting period.
        const glanceBack = quarter !== undefined && dayNumber(c.day) < dayNumber(quarter);
        if (c.granularity === 'quarter' && running) forecastQuarter = c;
        if (c.granularity === 'quarter' && !ahead && !running && !glanceBack) {
          quarter = c.day;
          quarterAt = c.start;
          yearToDate = false;
        }
        // "its lowest level since 1982": the far end of a stretch that runs to now is no date
        // the story moves to.
        // Nor does the other side of a comparison ("fell 17.3% compared to 2008, an increase from
        // the previous month").
        // Nor is the month of an earlier figure ("rose to 650,700 from 631,900 in February"), or an
        // index's base year ("134.1 (base 1980)").
        const since =
          /(?:\b(?:since|compared (?:to|with)|versus|vs\.?)|\(base)\s+$/i.test(
            ctx.text.slice(Math.max(0, c.start - 14), c.start),
          ) ||
          FIGURE_FROM_IN.test(ctx.text.slice(Math.max(0, c.start - 50), c.start)) ||
          // "a gain of 54 points from March 12": the day compared with.
          FIGURE_FROM.test(ctx.text.slice(Math.max(0, c.start - 30), c.start));
        if (!since && isDaySized(c)) {
          focusDay = c;
          if (!ctx.published || dayNumber(c.day) <= dayNumber(ctx.published)) pastDay = c;
          // The lead tells what happened: a day still ahead ("polling places on Election Day")
          // is not the one it is on.
          if (!ctx.published || dayNumber(c.day) <= dayNumber(ctx.published)) leadDay ??= c;
        }
        if (!since && (c.granularity === 'week' || (isDaySized(c) && WEEK_ENDED.test(wordsBefore(c, ctx)))))
          focusWeek = c;
        // A year mentioned outright moves the story's focus too ("In 1998, ... the next year"),
        // but not a month that takes its year from the focus ("in September of that year").
        if (
          !since &&
          (c.granularity === 'year' || c.granularity === 'month') &&
          !(c.granularity === 'month' && OF_THAT_YEAR_AFTER.test(ctx.text.slice(c.end, c.end + 80)))
        )
          focusDay = c;
      }
    }
    for (const c of candidates) if (c.anchorTo) c.anchorTo = stoodFor.get(c.anchorTo) ?? c.anchorTo;
    // "the second half of the year", "the last quarter of the year": the year of the part
    // named before it, once the part has its year from the focus.
    for (let i = 1; i < candidates.length; i++) {
      const c = candidates[i]!;
      const part = candidates[i - 1]!;
      if (!c.rule.startsWith('year-word') || c.type !== 'DATE' || c.granularity !== 'year' || c.stated.includes('year'))
        continue;
      if (part.type !== 'DATE' || !part.day || (part.granularity !== 'quarter' && part.granularity !== 'half'))
        continue;
      if (/^\s+of\s+$/.test(ctx.text.slice(part.end, c.start)) && c.day?.y !== part.day.y)
        set(c, { y: part.day.y, m: 1, d: 1 }, 'year', 'part', part);
    }
    // "from 7.1 mln in the same period of 1985", "the same month for 1986": the period in
    // focus, in the year named right after it; of a split year ("in the same period of
    // 1985/86", after February 1987) the one of its two years nearer the focus.
    for (let i = 0; i + 1 < candidates.length; i++) {
      const c = candidates[i]!;
      const year = candidates[i + 1]!;
      if (c.type !== 'DATE' || !c.day || !SAME_PERIOD.test(ctx.text.slice(c.start, c.end))) continue;
      if (year.type !== 'DATE' || year.granularity !== 'year' || !year.day || year.unresolved) continue;
      if (!YEAR_NAMED_AFTER.test(ctx.text.slice(c.end, year.start))) continue;
      const second = candidates[i + 2];
      const later = year.rule.startsWith('year-span') && second?.rule.startsWith('year-span') ? second.day : undefined;
      const y = later && c.day.y >= later.y ? later.y : year.day.y;
      if (y !== c.day.y) set(c, { ...c.day, y }, c.granularity, 'year-named', year);
    }
    return candidates;
  },
};

/**
 * A quarter the parser put a year back only because it has not begun this year, one or two
 * ahead, with no year in its words.
 */
function staleQuarter(c: TimexCandidate, published: Day, surface: string): boolean {
  if (c.rule !== 'quarter' || c.granularity !== 'quarter' || !c.fromPublished || c.yearCue || !c.day) return false;
  if (c.stated.includes('year') || c.day.y !== published.y - 1 || /year|\d{4}|last|next|this/i.test(surface))
    return false;
  // A list's first ordinal ("the second and third quarters") and a plural go with the list.
  if (!/(?:quarter|qtr)$/i.test(surface)) return false;
  const ahead = Math.ceil(c.day.m / 3) - Math.ceil(published.m / 3);
  return ahead === 1 || ahead === 2;
}

function quarterIndex(d: Day): number {
  return d.y * 4 + Math.floor((d.m - 1) / 3);
}

/** Where the sentence before the one holding an offset starts. */
function sentenceBefore(offset: number, ctx: RefineContext): number {
  let at = ctx.sentenceStart(offset) - 1;
  while (at > 0 && /\s/.test(ctx.text[at] ?? '')) at--;
  return ctx.sentenceStart(Math.max(0, at));
}

function isDaySized(c: TimexCandidate): boolean {
  return c.granularity === 'day' || c.granularity === 'part-of-day' || c.granularity === 'time';
}

/**
 * Whether a day in focus stands for its month in a comparison: a calendar date ("the four weeks
 * ended March 6"), not a weekday or the publication day (when something was said), nor the close
 * of a quarter in focus ("the quarter ended Sept. 30") or of a stretch longer than a month ("the
 * year ending March 31", "the six months ended Oct. 1").
 */
function monthlyDay(focus: TimexCandidate, quarter: Day | undefined, ctx: RefineContext): boolean {
  if (focus.granularity !== 'day' || !focus.day) return false;
  if (!/^(?:month-date|day-month|numeric-date|second-day|first-day)/.test(focus.rule)) return false;
  const p = ctx.published;
  if (p && dayNumber(focus.day) === dayNumber(p)) return false;
  if (quarter && insideQuarter(focus.day, quarter)) return false;
  // The end of a span of days ("the February 21 to 28 period"), "to" being the span's own.
  if (focus.rule.startsWith('second-day')) return true;
  const before = ctx.text.slice(Math.max(0, focus.start - 40), focus.start);
  if (/\b(?:ended|ending|to|through)\s+$/i.test(before))
    return (
      /\b(?:weeks?|month)\s+(?:ended|ending|to|through)\s+$/i.test(before) &&
      !/\b(?:13|26|39|52|53)[- ]weeks?\s+\S+\s+$/i.test(before)
    );
  return true;
}

function insideQuarter(day: Day, quarter: Day): boolean {
  return dayNumber(day) >= dayNumber(quarter) && dayNumber(day) < dayNumber(shift(quarter, 'quarter', 1));
}

function dayNumber(d: Day): number {
  return d.y * 400 + d.m * 32 + d.d;
}

function resolve(
  c: TimexCandidate,
  quarter: Day | undefined,
  focus: TimexCandidate | undefined,
  published: Day | undefined,
): void {
  const back = c.rule === 'focus-quarter-year-ago';
  if (c.needsFocus === 'year') {
    // "a year ago" counted from the publication date, unless the story is about a quarter.
    if (quarter && c.relative) {
      const rel = parseDuration(c.relative.duration);
      if (rel) set(c, shift(quarter, 'year', -rel.n), 'quarter', 'focus');
    }
    return;
  }
  if (c.rule.startsWith('focus-quarter')) {
    let q = quarter;
    // With no quarter named yet, a story is about the last completed quarter.
    if (!q && published) q = shift(published, 'quarter', -1);
    if (!q) return;
    let day = back ? shift(q, 'year', -1) : q;
    // "the 1988 period": the year is stated, the quarter is the one in focus.
    const stated = /^(\d{4})-QX$/.exec(c.value);
    if (stated) day = { y: Number(stated[1]), m: day.m, d: 1 };
    set(c, day, 'quarter', quarter ? 'focus' : 'published');
    return;
  }
  const rel = c.relative ? parseDuration(c.relative.duration) : undefined;
  const sign = c.relative?.direction === 'before' ? -1 : 1;
  if (c.rule === 'offset-focus' && rel) {
    // "a year earlier" in a quarterly report means the same quarter a year before; a day in
    // focus inside that quarter ("the quarter ended Sept. 30") is its closing date, not an event.
    if (
      quarter &&
      rel.unit === 'year' &&
      rel.n === 1 &&
      (!focus?.day || focus.granularity !== 'day' || insideQuarter(focus.day, quarter))
    ) {
      set(c, shift(quarter, 'year', sign * rel.n), 'quarter', 'focus');
      return;
    }
    const base = focus?.day ?? published;
    if (!base) return;
    const n = rel.unit === 'decade' ? 10 * rel.n : rel.unit === 'century' ? 100 * rel.n : rel.n;
    const unit = rel.unit === 'decade' || rel.unit === 'century' ? 'year' : rel.unit;
    const g = (rel.unit === 'decade' || rel.unit === 'century' ? 'year' : rel.unit) as Granularity;
    set(c, shift(base, unit, sign * n), g, focus ? 'focus' : 'published', focus);
    return;
  }
  if (c.rule === 'anaphoric-weekday') {
    // "the previous Friday" after a Friday is the one a week before it; only a day-sized focus
    // says which week is meant.
    const dayFocus = focus && isDaySized(focus) ? focus : undefined;
    const base = dayFocus?.day ?? published;
    const target = Number(c.value.slice(-1));
    if (!base || !target) return;
    const step = sign;
    let day = addDays(base, step);
    while (weekday(day) !== target) day = addDays(day, step);
    set(c, day, 'day', dayFocus ? 'focus' : 'published', dayFocus);
    return;
  }
  if (c.rule === 'anaphoric-date') {
    let base = focus?.day ?? published;
    if (!base) return;
    // "the same day in 1997": the day in focus, in the year stated.
    const inYear = c.stated.includes('year') ? Number(c.value.slice(0, 4)) : undefined;
    if (inYear !== undefined) base = { ...base, y: inYear };
    const g: Granularity = c.granularity === 'part-of-day' ? 'day' : c.granularity;
    const n = rel && c.relative?.duration !== 'P0D' ? 1 : 0;
    // "the same month a year ago" moves by a year, at the month's granularity.
    const by = rel?.unit === 'year' ? 'year' : g;
    const day = by === 'day' ? addDays(base, sign * n) : shift(base, by, sign * n);
    const part = /T[A-Z]{2}$/.exec(c.value)?.[0] ?? '';
    set(c, day, g, focus ? 'focus' : 'published', focus);
    // "In October, ... that same day": a day of a month the text never narrows down is
    // written with its unknown part as X (TIMEX3), not as the month's first day.
    // So is "the following morning" after "in July": the text never says which day of it.
    // (Its month or year is the focus's: "the day before" a day in July 2008 is in July too, most
    // likely, not June because July's first day has one before it.)
    if (g === 'day' && (focus?.granularity === 'month' || focus?.granularity === 'year') && focus.day) {
      c.day = base;
      c.value = focus.granularity === 'month' ? `${formatAt(base, 'month')}-XX` : `${formatAt(base, 'year')}-XX-XX`;
    }
    if (part) {
      c.value += part;
      c.granularity = 'part-of-day';
    }
  }
}

function set(c: TimexCandidate, day: Day, g: Granularity, from: string, anchor?: TimexCandidate): void {
  c.value = formatAt(day, g);
  c.day = day;
  c.granularity = g;
  c.unresolved = false;
  c.rule = `${c.rule}@${from}`;
  if (from === 'published') c.fromPublished = true;
  if (anchor) c.anchorTo = anchor;
}
