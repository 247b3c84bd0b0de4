/**
 * Calendar dates written with a month name: "January 5", "5 January 2020", "Jan. 24, 2019",
 * "June 13 , 2005" (tokenised text), "August 1988", and a month alone ("in April"). A year the
 * text leaves out is implied from the publication date and the clause's tense.
 */
import { fmtDay, fmtMonth, fmtYear, isValidDay } from '../calendar.js';
import { inferYear } from '../resolve-date.js';
import type { TimexCandidate, TimexParser } from '../timex-candidate.js';
import { MONTHS, MONTH_RE } from '../vocabulary.js';

const YEAR = "(\\d{4}|'\\d\\d)";
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function fullYear(y: string): number {
  if (y.startsWith("'")) {
    const n = Number(y.slice(1));
    return n < 30 ? 2000 + n : 1900 + n;
  }
  return Number(y);
}

/** "May", "March" are verbs and names too: a month alone must be capitalized and not "May I". */
function plausibleMonth(word: string, text: string, end: number): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  const w = word.toLowerCase();
  if (w === 'may' || w === 'march') {
    const after = text.slice(end, end + 12);
    if (/^\s+(?:I|we|you|he|she|they|it|be|have|not|also|still|well)\b/.test(after)) return false;
  }
  return true;
}

/** Month name first: "January 5", "January 5, 2020", "January 2020", "January". */
export const monthDateParser: TimexParser = {
  name: 'month-date',
  trigger: /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC/,
  pattern: new RegExp(
    `\\b(${MONTH_RE})(?:\\s+${DAY}(?![\\d,.]\\d|\\s*%|\\s*(?:percent|cents?|per|points?|shares|people|million|billion|Bbl|bbl)\\b))?(?:(?:\\s*,\\s*|\\s+|\\s+of\\s+)${YEAR}(?!\\s*(?:%|percent)|\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(m, start, ctx) {
    const [surface, monthWord, dayStr, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !plausibleMonth(monthWord ?? '', ctx.text, start + (monthWord ?? '').length)) return null;
    // "Jan Kavan", "the March for Life": an abbreviation or a lone month must look like a date.
    if (!dayStr && !yearStr) {
      if (/^[A-Z][a-z]{2,3}$/.test(monthWord ?? '') && !/^(?:May|June|July)$/.test(monthWord ?? '')) return null;
      if (/^\s+(?:for|of the|on [A-Z])\b/.test(ctx.text.slice(start + surface.length, start + surface.length + 12)))
        return null;
    }
    return monthCandidate(start, start + surface.length, month, dayStr, yearStr, ctx, 'month-date');
  },
};

/** Day first: "5 January", "24th of January 2020". */
export const dayMonthParser: TimexParser = {
  name: 'day-month',
  trigger: /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/,
  pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR}(?!\\d))?(?![\\w-])`, 'gi'),
  extract(m, start, ctx) {
    const [surface, dayStr, monthWord, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !/^[A-Z]/.test(monthWord ?? '')) return null;
    return monthCandidate(start, start + surface.length, month, dayStr, yearStr, ctx, 'day-month');
  },
};

function monthCandidate(
  start: number,
  end: number,
  month: number,
  dayStr: string | undefined,
  yearStr: string | undefined,
  ctx: Parameters<TimexParser['extract']>[2],
  rule: string,
): TimexCandidate | null {
  const stated = ['month'];
  let year: number | undefined;
  if (yearStr) {
    year = fullYear(yearStr);
    stated.push('year');
  }
  const day = dayStr ? Number(dayStr) : undefined;
  if (day !== undefined) {
    if (day < 1 || day > 31) return null;
    stated.push('day');
  }
  let fromPublished = false;
  if (year === undefined && ctx.published) {
    year = inferYear(ctx.published, month, day, ctx.tenseAt(start));
    fromPublished = true;
  }
  const base = { start, end, type: 'DATE' as const, stated, rule, confidence: year === undefined ? 0.6 : 0.95 };
  if (day !== undefined) {
    if (year === undefined) {
      return {
        ...base,
        value: `XXXX-${fmtMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`,
        granularity: 'day',
        unresolved: true,
      };
    }
    const d = { y: year, m: month, d: day };
    if (!isValidDay(d)) return null;
    return { ...base, value: fmtDay(d), granularity: 'day', day: d, fromPublished };
  }
  if (year === undefined) {
    return { ...base, value: `XXXX-${String(month).padStart(2, '0')}`, granularity: 'month', unresolved: true };
  }
  return {
    ...base,
    value: fmtMonth(year, month),
    granularity: 'month',
    day: { y: year, m: month, d: 1 },
    fromPublished,
  };
}

/** Exported for the numeric parser, which shares the year rules. */
export { fullYear, fmtYear };
