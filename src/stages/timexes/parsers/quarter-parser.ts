/**
 * Quarters and halves of a (fiscal) year, the staple of business news: "the third quarter",
 * "third-quarter", "the fiscal first quarter", "the 1988 second quarter", "Q3 2019", "the
 * first half", "the latest quarter", "the year-ago quarter". A quarter without a year takes the
 * publication year (the previous one for a quarter not yet begun); "the quarter" and "the
 * year-ago period" depend on the quarter the story is about, which a refiner supplies.
 */
import { addDays, fmtQuarter, fmtYear } from '../calendar.js';
import { MONTHS, MONTH_RE } from '../vocabulary.js';
import type { TimexCandidate, TimexParser } from '../timex-candidate.js';

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

/** Numbered quarters and halves, with an optional year before or after. */
export const quarterParser: TimexParser = {
  name: 'quarter',
  trigger: /quarter|half|period|Q[1-4]/i,
  pattern:
    /\b(?:(the|this|last|next|a)\s+)?(?:(this|last|next) year['’]s\s+|(?:the\s+)?(1[5-9]\d\d|20\d\d)(?:['’]s)?\s+)?(?:(fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:(fiscal|calendar)[- ])?(quarter|half|period)(?:\s+of\s+(?:(this|last|next) year|(fiscal\s+)?(1[5-9]\d\d|20\d\d)))?(?![\w-])|\b(Q([1-4]))(?:\s+(1[5-9]\d\d|20\d\d))?\b/gi,
  extract(m, start, ctx) {
    const end = start + m[0].length;
    let n: number;
    let unit: string;
    let yearWord: string | undefined;
    let yearNum: string | undefined;
    if (m[12]) {
      n = Number(m[13]);
      unit = 'quarter';
      yearNum = m[14];
    } else {
      n = ORD[(m[5] ?? '').toLowerCase()] ?? 0;
      unit = (m[7] ?? '').toLowerCase();
      yearWord = m[2] ?? m[8];
      yearNum = m[3] ?? m[10];
      if (unit === 'period' && !(yearWord || yearNum)) return null;
      if (unit === 'half' && n > 2) return null;
      if (unit === 'period') unit = 'quarter';
    }
    const letter = unit === 'half' ? 'H' : 'Q';
    const stated = [unit];
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
        y = ctx.published.y - (n > current && ctx.tenseAt(start) !== 'future' ? 1 : 0);
      }
    }
    if (y === undefined) return { ...base, value: `XXXX-${letter}${n}`, stated, unresolved: true };
    const c: TimexCandidate = {
      ...base,
      value: `${fmtYear(y)}-${letter}${n}`,
      stated,
      day: { y, m: (n - 1) * (letter === 'H' ? 6 : 3) + 1, d: 1 },
      fromPublished,
    };
    return c;
  },
};

const ENDED = new RegExp(`^\\s+(?:ended|ending|through|to)\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`);

/** "the quarter", "the latest quarter", "the year-ago quarter", "year-earlier", "the same period last year". */
export const focusQuarterParser: TimexParser = {
  name: 'focus-quarter',
  trigger: /quarter|period|year[- ]ago|year[- ]earlier/i,
  pattern:
    /\b(?:(the\s+(?:latest|current|most recent|recent|same|comparable|corresponding)\s+(?:quarter|period)(?:\s+(?:a year (?:ago|earlier)|last year))?|the\s+quarter(?:\s+a year (?:ago|earlier))?|that\s+(?:quarter|period)|the\s+(1[5-9]\d\d|20\d\d)\s+(?:quarter|period)|the\s+(?:comparable\s+|corresponding\s+)?(?:year[- ]ago|year[- ]earlier|prior[- ]year)\s+(?:quarter|period)|(?:year[- ]ago|year[- ]earlier))(?![\w-]))/gi,
  extract(m, start, ctx) {
    const surface = m[0].toLowerCase();
    const back = /year[- ]ago|year[- ]earlier|prior[- ]year|last year|a year/.test(surface);
    const end = start + m[0].length;
    // "the quarter ended Sept. 30": the quarter is the one that date closes.
    const ended = ENDED.exec(ctx.text.slice(end, end + 40));
    if (ended && ctx.published) {
      const mo = MONTHS[(ended[1] ?? '').toLowerCase().replace('.', '')] ?? 1;
      let y = ended[3] ? Number(ended[3]) : ctx.published.y;
      if (!ended[3] && mo > ctx.published.m) y -= 1;
      const day = addDays({ y, m: mo, d: Number(ended[2]) }, -45);
      return {
        start,
        end,
        type: 'DATE',
        value: fmtQuarter(day),
        stated: ['quarter'],
        rule: 'quarter-ended',
        confidence: 0.8,
        granularity: 'quarter',
        day,
        fromPublished: !ended[3],
      };
    }
    if (m[2]) {
      return {
        start,
        end,
        type: 'DATE',
        value: `${m[2]}-QX`,
        stated: ['year'],
        rule: 'focus-quarter-year',
        confidence: 0.7,
        granularity: 'quarter',
        needsFocus: 'quarter',
        unresolved: true,
      };
    }
    return {
      start,
      end: start + m[0].length,
      type: 'DATE',
      value: 'XXXX-QX',
      stated: [],
      rule: back ? 'focus-quarter-year-ago' : 'focus-quarter',
      confidence: 0.7,
      granularity: 'quarter',
      needsFocus: 'quarter',
      unresolved: true,
    };
  },
};
