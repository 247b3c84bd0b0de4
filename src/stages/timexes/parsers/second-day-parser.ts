/**
 * The second day of a pair written with one month: "April 24 and 25", "March 3 or 4". The
 * month-date parser reads "April 24"; this one reads the "25" as a day of the same month.
 */
import type { TimexParser } from '../timex-candidate.js';
import { MONTH_RE } from '../vocabulary.js';
import { monthCandidate, monthNumber } from './month-candidate.js';

/** "April 24 and 25": the 25. */
export const secondDayParser: TimexParser = {
  name: 'second-day',
  trigger: /\d\s+(?:and|or)\s+\d/,
  pattern: new RegExp(
    `\\b(${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d.,]\\d|\\s*(?:%|percent|pct|cents?|points?|people|million|billion|mln|bln|dlrs|tonnes|tons|bushels|barrels|shares)\\b|[\\w-])`,
    'g',
  ),
  extract(m, start, ctx) {
    const [surface, monthWord, dayStr, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !dayStr) return null;
    const conj = /\s(?:and|or)\s+/.exec(surface);
    if (!conj) return null;
    const at = start + conj.index + conj[0].length;
    // A year after the pair is the second day's too ("May 3 and 4, 2020").
    const end = yearStr ? start + surface.length : at + dayStr.length;
    return monthCandidate(at, end, month, dayStr, yearStr, ctx, 'second-day');
  },
};
