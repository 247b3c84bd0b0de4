/**
 * Quarters named by the story's focus rather than by number: "the quarter", "the latest
 * quarter", "that quarter", "the year-ago quarter", "the 1988 period", "the quarter ended
 * Sept. 30". A refiner resolves them against the last quarter the story named.
 */
import { addDays, fmtQuarter } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';
import { MONTHS, MONTH_RE } from '../vocabulary.js';

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
