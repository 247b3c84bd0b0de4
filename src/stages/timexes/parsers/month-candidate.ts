/**
 * What the two month-name parsers share: reading the month word, the year (written or
 * implied) and the day into a candidate.
 */
import { fmtDay, fmtMonth, isValidDay } from '../calendar.js';
import { announcesPlan } from '../clause-tense.js';
import { inferYear } from '../resolve-date.js';
import type { Tense, TimexCandidate, TimexParser } from '../timex-candidate.js';
import { MONTHS } from '../vocabulary.js';

/** Regex source for a year after a month: "2020" or "'19". */
export const YEAR = "(\\d{4}|'\\d\\d)";
/** Regex source for a day of the month: "5", "24th". */
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The month a month word stands for. */
export function monthNumber(word: string): number | undefined {
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
export function plausibleMonth(word: string, text: string, end: number): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  const w = word.toLowerCase();
  if (w === 'may' || w === 'march') {
    const after = text.slice(end, end + 12);
    if (/^\s+(?:I|we|you|he|she|they|it|be|have|not|also|still|well)\b/.test(after)) return false;
    // "Prime Minister Theresa May said": a surname after a capitalised name or title.
    const before = text.slice(Math.max(0, end - word.length - 24), end - word.length);
    if (
      w === 'may' &&
      /\b\p{Lu}[\p{L}.'’-]+\s+$/u.test(before) &&
      !/\b(?:In|On|By|Since|Until|Through|From|Early|Late|Mid|Last|Next|This|Before|After|During|Of|And|Or|To|Through|Between)\s+$/.test(
        before,
      ) &&
      !/(?:^|[.!?:;"“”]\s*|\n\s*)\p{Lu}[\p{L}.'’-]+\s+$/u.test(before) &&
      !/^\s*\d/.test(after)
    )
      return false;
  }
  return true;
}

/** A candidate for a month with an optional day and year; null when the day does not exist. */
// Events held at a time fixed in advance, named right after it ("November's general election").
const SCHEDULED_AFTER =
  /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:election|elections|vote|ballot|polls|primary|primaries|caucus(?:es)?|convention|summit|referendum|inauguration)\b/i;

// The same named before it ("the party's convention in July").
const SCHEDULED_BEFORE =
  /\b(?:election|elections|vote|ballot|primary|primaries|caucus(?:es)?|convention|summit|referendum|inauguration)\s+(?:in|on|this|next)\s+$/i;

// Nouns of deeds that, named after their date, have already happened.
const PAST_DEED =
  /^\s+(?:death|killing|murder|shooting|stabbing|attack|bombing|crash|massacre|assassination|collapse|explosion|blast|earthquake|coup|raid|ambush|slaying)s?\b/i;

export function monthCandidate(
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
    // "since March", "the year ended Jan. 31": these words look back whatever the clause says.
    const before = ctx.text.slice(Math.max(0, start - 10), start);
    // So does a date naming a deed already done ("the Feb. 13 death of Justice Scalia").
    const deed =
      PAST_DEED.test(ctx.text.slice(end, end + 20)) && /\b(?:the|this|last|his|her|its|their)\s+$/i.test(before);
    const bound = /\b(?:since|ended|back in)\s+$/i.test(before) || deed ? 'past' : undefined;
    // A deadline ("extended loans through January", "conclude by May") runs on from the
    // clause's time, which is mostly now: it lies ahead whatever the tense of the clause.
    // ("this year through August" is a stretch already run, though.)
    const deadline =
      /\b(?:by|through|until|till)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(before) &&
      !/\b(?:year|from\s+\S+|since\s+\S+)\s+through\s+$/i.test(ctx.text.slice(Math.max(0, start - 30), start));
    let tense: Tense = deadline ? 'future' : ctx.tenseAt(start);
    // "come November", "November's election", "takes office in January": a time set ahead,
    // unless the clause tells it in the past ("lost November's election").
    if (bound) tense = 'past';
    else if (
      tense !== 'past' &&
      (/\bcome\s+$/i.test(before) ||
        SCHEDULED_AFTER.test(ctx.text.slice(end, end + 40)) ||
        SCHEDULED_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start)) ||
        (tense === 'present' && announcesPlan(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start))))
    )
      tense = 'future';
    year = inferYear(ctx.published, month, day, tense, bound);
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
