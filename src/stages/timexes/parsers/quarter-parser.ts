/**
 * Quarters and halves of a (fiscal) year, the staple of business news: "the third quarter",
 * "third-quarter", "the fiscal first quarter", "the 1988 second quarter", "Q3 2019", "the
 * first half", "the latest quarter", "the year-ago quarter". A quarter without a year takes the
 * publication year (the previous one for a quarter not yet begun); "the quarter" and "the
 * year-ago period" depend on the quarter the story is about, which a refiner supplies.
 */
import { fmtYear } from '../calendar.js';
import type { TimexCandidate, TimexParser } from '../timex-candidate.js';
import { LOOKS_AHEAD_BEFORE, MONTH_RE, MONTHS, QUARTER_LIST_BEFORE } from '../vocabulary.js';

// "fourth 1986 quarter": a year between the ordinal and the unit.
const YEAR_INSIDE = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(1[5-9]\d\d|20\d\d)\s/i;

const ORD: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

const ENDED_ON = new RegExp(
  `^["”’]?\\s*,?\\s*(ended|ending)\\s+(?:on\\s+)?(${MONTH_RE})\\s*\\d{1,2}\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
const HALF_OF_OTHER =
  /^\s+of\s+(?:the|this|that|its|a|an)\s+(?!(?:(?:current|fiscal|calendar|financial|company['’]s|same|coming|new|past)\s+)*(?:year|fiscal|\d{4})\b)/i;
// "expects to report a loss for the fourth quarter", "will report fourth-quarter earnings":
// results are reported once a quarter is over.
const REPORT_BEFORE = /\breport(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}$/i;
// "a loss for the fourth quarter and 68 mln dlrs for the full year 1986": the quarter of the
// year named beside it.
const FULL_YEAR_AFTER =
  /^[^.;]{0,60}?\b(?:the\s+)?(?:full|fiscal|entire|whole|calendar)[- ]year\s+(?:of\s+|ended\s+)?(1[5-9]\d\d|20\d\d)\b/i;
const HABITUAL =
  /\b(?:usually|typically|normally|traditionally|generally|historically|always|often|tends?\s+to|each\s+year|every\s+year|seasonally)\b/i;
const COUNTED =
  /\b(?:\d+|two|three|four|five|six|several|many|following|previous|preceding|subsequent|past|recent|consecutive|successive)\s+(?:(?:following|previous|consecutive|successive)\s+)?$/i;
const EACH_YEAR = /^\s+of\s+(?:each|every)\s+year\b(?!['’])/i;
const YEAR_AGO = /\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[- ](?:ago|earlier)|prior[- ]year)\s+$/i;

/** Numbered quarters and halves, with an optional year before or after. */
export const quarterParser: TimexParser = {
  name: 'quarter',
  trigger: /quarter|qtr|half|period|Q[1-4]/i,
  pattern:
    /\b(?:(the|this|last|next|a)\s+)?(?:(this|last|next) year['’]s\s+|(?:the\s+)?(1[5-9]\d\d|20\d\d)(?:['’]s)?\s+)?(?:(fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:\s+(?:1[5-9]\d\d|20\d\d))?(?:-|\s+)(?:(fiscal|calendar)(?:-|\s+))?(quarter|qtr|half|period)(s)?(?:\s+(?:of\s+)?(this|last|next) year(?!['’])|(?:\s+of)?\s+(fiscal\s+)?(1[5-9]\d\d|20\d\d)(?!\s*(?:%|percent|pct|mln|billion|million|dlrs|tonnes)\b))?(?![\w-])|\b(Q([1-4]))(?:\s+(1[5-9]\d\d|20\d\d))?\b|\b(first|second|third|fourth)(?=(?:\s*,\s*(?:first|second|third|fourth))*\s*,?\s+(?:and|or)\s+(?:the\s+)?(first|second|third|fourth)[- ]quarter(s?)\b((?:\s+of\s+(?:this|last|next) year|(?:\s+of)?\s+(?:fiscal\s+)?(?:1[5-9]\d\d|20\d\d)(?!\s*(?:%|percent|pct|mln|billion|million|dlrs|tonnes)\b))?))/gi,
  extract(m, start, ctx) {
    const end = start + m[0].length;
    let n: number;
    let unit: string;
    let yearWord: string | undefined;
    let yearNum: string | undefined;
    // Groups: 1 article, 2 "this year's", 3 year before, 4 and 6 fiscal, 5 ordinal, 7 unit,
    // 8 plural, 9 "of this year", 10 "fiscal", 11 year after, 12 "Q3", 13 its digit, 14 its year,
    // 15 an ordinal coordinated with the ones after it, 16 the last of them, 17 its plural, 18
    // the year after it.
    const plural = m[8] ?? m[17];
    // "the first, second and third quarters of 1986": the quarters of a list share the year of
    // the last, and the year it falls in is chosen by it ("the second and third quarters",
    // written in April, are last year's).
    let yearOf: number | undefined;
    if (m[15]) {
      n = ORD[m[15].toLowerCase()] ?? 0;
      unit = 'quarter';
      yearOf = ORD[(m[16] ?? '').toLowerCase()];
      yearWord = /\b(this|last|next) year$/i.exec(m[18] ?? '')?.[1];
      yearNum = /\b(1[5-9]\d\d|20\d\d)$/.exec(m[18] ?? '')?.[1];
    } else if (m[12]) {
      n = Number(m[13]);
      unit = 'quarter';
      yearNum = m[14];
    } else {
      unit = (m[7] ?? '').toLowerCase();
      yearWord = m[2] ?? m[9];
      // ("its fourth 1986 quarter": the year between the ordinal and the unit.)
      yearNum = m[3] ?? m[11] ?? YEAR_INSIDE.exec(m[0])?.[1];
      // "the final (last) quarter of 2009" is its fourth; without a year it may be a game's (or,
      // for "the last quarter", the one before this).
      const final = /^(?:final|last)$/i.test(m[5] ?? '');
      if (final && !(yearWord || yearNum)) return null;
      n = final ? (unit === 'half' ? 2 : 4) : (ORD[(m[5] ?? '').toLowerCase()] ?? 0);
      if (unit === 'period' && !(yearWord || yearNum)) return null;
      if (unit === 'half' && n > 2) return null;
      // "the first half of March", "the first half of the statement period": of a month or
      // another stretch, not of the year.
      if (new RegExp(`^\\s+of\\s+(?:${MONTH_RE})(?![\\w-])`, 'i').test(ctx.text.slice(end, end + 16))) return null;
      if (!yearWord && !yearNum && HALF_OF_OTHER.test(ctx.text.slice(end, end + 40))) return null;
      // "4th qtr": wire tables abbreviate the quarter.
      if (unit === 'period' || unit === 'qtr') unit = 'quarter';
    }
    const letter = unit === 'half' ? 'H' : 'Q';
    const stated = [unit];
    // "is usually conducted in the second and fourth quarters", "most auctions are held in the
    // second and fourth quarters": the quarter of every year, a set (TIMEX3 writes the year it
    // does not fix as XXXX). Told in the past or the future, the quarters are of one year
    // ("sales rose in the second and third quarters").
    // "the first quarter of each year": the quarter of every year, named as such.
    const eachYear = !yearNum && !yearWord ? EACH_YEAR.exec(ctx.text.slice(end, end + 20)) : null;
    if (eachYear)
      return {
        start,
        end: end + eachYear[0].length,
        type: 'SET',
        value: `XXXX-${letter}${n}`,
        stated: [unit],
        rule: 'quarter-set',
        confidence: 0.85,
        granularity: 'none',
      };
    if (
      plural &&
      !yearNum &&
      !yearWord &&
      (ctx.tenseAt(start) === 'present' ||
        HABITUAL.test(ctx.text.slice(ctx.sentence.start, Math.min(ctx.sentence.end, end + 60))) ||
        // "the three following first quarters": one of each of several years.
        COUNTED.test(ctx.text.slice(Math.max(0, start - 30), start)))
    ) {
      return {
        start,
        end,
        type: 'SET',
        value: `XXXX-${letter}${n}`,
        stated,
        rule: 'quarter-set',
        confidence: 0.8,
        granularity: 'none',
      };
    }
    const base = {
      start,
      end,
      type: 'DATE' as const,
      rule: 'quarter',
      confidence: 0.9,
      granularity: unit === 'half' ? ('half' as const) : ('quarter' as const),
    };
    let y: number | undefined;
    let fromPublished = false;
    let closed = false;
    if (yearNum) {
      y = Number(yearNum);
      stated.push('year');
    } else if (ctx.published) {
      const w = (yearWord ?? '').toLowerCase();
      fromPublished = true;
      if (w === 'last') y = ctx.published.y - 1;
      else if (w === 'next') y = ctx.published.y + 1;
      else if (w === 'this') y = ctx.published.y;
      else {
        const current = unit === 'half' ? Math.ceil(ctx.published.m / 6) : Math.ceil(ctx.published.m / 3);
        // ("growth should return in the second or third quarter", "may reach the limit during the
        // second and third quarters": a modal looks ahead to this year's.)
        // The last quarter of a list ("in the third and fourth quarter") reads the words before
        // the list, as its first does.
        const near = Math.max(ctx.sentence.start, start - 60);
        const list = QUARTER_LIST_BEFORE.exec(ctx.text.slice(near, start));
        const from = list ? near + list.index : start;
        const before = ctx.text.slice(Math.max(ctx.sentence.start, from - 80), from);
        // (Reported results are of the quarter just closed: last year's fourth in the first.)
        const justClosed = (yearOf ?? n) === current + 3 && REPORT_BEFORE.test(before);
        const ahead = !justClosed && (ctx.tenseAt(start) === 'future' || LOOKS_AHEAD_BEFORE.test(before));
        y = ctx.published.y - ((yearOf ?? n) > current && !ahead ? 1 : 0);
        const coordinated = FULL_YEAR_AFTER.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 100)));
        if (coordinated) {
          y = Number(coordinated[1]);
          closed = true;
        }
        // "the second quarter ended Feb 28", reported in March: a fiscal quarter is named by the
        // year it ends in, and "ended" puts that end behind the publication date.
        // ("ending March 31" may still be ahead: the nearer one, unless more than half a year on.)
        const closing = ENDED_ON.exec(ctx.text.slice(end, end + 40));
        const closingMonth = closing ? MONTHS[(closing[2] ?? '').toLowerCase().replace(/\.$/, '')] : undefined;
        if (closing && closingMonth) {
          const ending = /^ending$/i.test(closing[1] ?? '');
          const later = ending ? closingMonth > ctx.published.m + 6 : closingMonth > ctx.published.m;
          y = closing[3] ? Number(closing[3]) : ctx.published.y - (later ? 1 : 0);
          closed = !ending || later || closingMonth < ctx.published.m;
        }
      }
    }
    // "the year-earlier third quarter": the same quarter of the year before.
    const back = m[1] || yearNum || yearWord ? null : YEAR_AGO.exec(ctx.text.slice(Math.max(0, start - 40), start));
    if (back) {
      base.start -= back[0].length;
      if (y !== undefined) y -= 1;
    }
    if (y === undefined) return { ...base, value: `XXXX-${letter}${n}`, stated, unresolved: true };
    const c: TimexCandidate = {
      ...base,
      value: `${fmtYear(y)}-${letter}${n}`,
      stated,
      day: { y, m: (n - 1) * (letter === 'H' ? 6 : 3) + 1, d: 1 },
      fromPublished,
      // A quarter that "ended" is behind, whatever calendar quarter its fiscal name points at.
      ...(closed ? { yearCue: 'past' as const } : {}),
    };
    return c;
  },
};
