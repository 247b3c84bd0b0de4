/**
 * The other day of a pair or range written with one month: "April 24 and 25", "March 3 or 4",
 * "March 17-18", "March 17 to 19", and month last, "3-4 March", "3 and 4 March". The month-date
 * and day-month parsers read "April 24" and "4 March"; these read the day the month is not
 * written beside.
 */
import type { TimexParser } from '../timex-candidate.js';
import { MONTH_RE } from '../vocabulary.js';
import { monthCandidate, monthNumber } from './month-candidate.js';

// Between the two days: a conjunction, or a dash or "to" of a range.
const PAIR_GLUE = '(?:\\s+(?:and|or|to|through)\\s+|\\s*[-–]\\s*)';
// What may not follow the second number for it to be a day ("April 8 and 17 mln").
const NOT_A_DAY_AFTER =
  '(?![\\d.,]\\d|\\s*(?:%|percent|pct|cents?|points?|people|million|billion|mln|bln|dlrs|tonnes|tons|bushels|barrels|shares)\\b|[\\w-])';

/** Whether the glue and the two days read as a pair: a range ("17-18", "17 to 19") runs forward. */
function pairOf(first: number, second: number, glue: string): boolean {
  if (first < 1 || first > 31 || second < 1 || second > 31) return false;
  return /\b(?:and|or)\b/.test(glue) || second > first;
}

/** "April 24 and 25", "March 17-18": the second day. */
export const secondDayParser: TimexParser = {
  name: 'second-day',
  trigger: /\d(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*)\d/,
  pattern: new RegExp(
    `\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(${PAIR_GLUE})(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${NOT_A_DAY_AFTER}`,
    'g',
  ),
  extract(m, start, ctx) {
    const [surface, monthWord, firstStr, glue, dayStr, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !dayStr || !glue || !pairOf(Number(firstStr), Number(dayStr), glue)) return null;
    const at = start + surface.indexOf(glue, (monthWord ?? '').length) + glue.length;
    // A year after the pair is the second day's too ("May 3 and 4, 2020").
    const end = yearStr ? start + surface.length : at + dayStr.length;
    return monthCandidate(at, end, month, dayStr, yearStr, ctx, 'second-day');
  },
};

/** "3-4 March", "3 and 4 March 2015": the first day. */
export const firstDayParser: TimexParser = {
  name: 'first-day',
  trigger: /\d(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*)\d/,
  pattern: new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(${PAIR_GLUE})(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}))?(?![\\w-])`,
    'g',
  ),
  extract(m, start, ctx) {
    const [, dayStr, glue, secondStr, monthWord, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !/^[A-Z]/.test(monthWord ?? '') || !dayStr || !glue) return null;
    if (!pairOf(Number(dayStr), Number(secondStr), glue)) return null;
    // (Not the end of a figure or a score: "won 3-4 March 12", "1,3 and 4 March".)
    if (/(?:[\d.,]|[-–]\s*)$/.test(ctx.text.slice(Math.max(0, start - 2), start))) return null;
    return monthCandidate(start, start + dayStr.length, month, dayStr, yearStr, ctx, 'first-day');
  },
};
