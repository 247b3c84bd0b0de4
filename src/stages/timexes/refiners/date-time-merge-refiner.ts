/**
 * Joins expressions that together name one time: a clock time and a day ("10 p.m. Wednesday",
 * "Tuesday at 9 a.m.", "noon Saturday"), a weekday and a date ("Monday, Oct. 26"), a month
 * and a relative year ("July last year"), a part of day and a day ("mid-afternoon yesterday").
 */
import { fmtDay, fmtMonth, isValidDay } from '../calendar.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

// A short parenthesis between the two is the same time in another zone: "10:35 a.m. (0735 GMT) Friday".
const GLUE = /^(?:\s*,?\s*|\s+(?:on|at|of)\s+|\s*,\s*(?:on|at)\s+|\s*\([^()]{1,24}\)\s*,?\s*(?:on\s+)?)$/;

function isDay(c: TimexCandidate): boolean {
  return c.type === 'DATE' && c.granularity === 'day' && c.day !== undefined;
}

function timePart(c: TimexCandidate): string | undefined {
  const i = c.value.indexOf('T');
  return c.type === 'TIME' && c.rule === 'clock-time' && i >= 0 ? c.value.slice(i) : undefined;
}

/** Merges neighbouring candidates that are one expression. */
export const dateTimeMergeRefiner: TimexRefiner = {
  name: 'date-time-merge',
  refine(candidates, ctx) {
    const out: TimexCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i] as TimexCandidate;
      const b = candidates[i + 1];
      // "Until that day in April": a day the text never narrows down, in the month it names
      // (TIMEX3 writes the unknown part as X); "that same day in 2014", in the year it names.
      const within = b ? withinPeriod(a, b, ctx.text.slice(a.end, b.start)) : undefined;
      if (within && b && b.end <= ctx.sentenceEnd(a.start)) {
        out.push(within);
        i++;
        continue;
      }
      // (Never across sentences: a headline's "until Friday" and the date line under it.)
      if (!b || !GLUE.test(ctx.text.slice(a.end, b.start)) || b.end > ctx.sentenceEnd(a.start)) {
        out.push(a);
        continue;
      }
      const merged = merge(a, b, ctx.text.slice(a.end, b.start));
      if (merged) {
        out.push(merged);
        i++;
      } else out.push(a);
    }
    // "at 4 in the morning (4 a.m. EDT Thursday)": the gloss in parentheses gives the day of
    // the clock time it restates.
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      if (a.rule !== 'clock-time' || !b.day || b.granularity !== 'time') continue;
      if (!/^\s*\(\s*$/.test(ctx.text.slice(a.end, b.start))) continue;
      // The same hour: "T04" in both values.
      if (a.value.slice(10, 13) !== b.value.slice(10, 13)) continue;
      out[i] = {
        ...a,
        value: b.value.slice(0, 10) + a.value.slice(10),
        day: b.day,
        rule: `${a.rule}+gloss`,
        fromPublished: b.fromPublished ?? false,
      };
    }
    return out;
  },
};

function withinPeriod(a: TimexCandidate, b: TimexCandidate, glue: string): TimexCandidate | undefined {
  if (a.rule !== 'anaphoric-date' || a.relative?.duration !== 'P0D' || !/^\s+in\s+$/.test(glue)) return undefined;
  if ((a.granularity !== 'day' && a.granularity !== 'part-of-day') || b.unresolved) return undefined;
  if (!(
    (b.granularity === 'month' && b.stated.includes('month')) ||
    (b.granularity === 'year' && b.stated.includes('year'))
  ))
    return undefined;
  const part = /T[A-Z]{2}$/.exec(a.value)?.[0] ?? '';
  // "matures on the same day in 1997": the day in focus, in that year (the focus refiner
  // finds it).
  if (b.granularity === 'year')
    return { ...a, end: b.end, value: `${b.value}-XX-XX${part}`, stated: ['year'], fromPublished: false };
  const { needsFocus: _focus, relative: _relative, day: _day, ...rest } = a;
  return {
    ...rest,
    end: b.end,
    value: `${b.value}-XX${part}`,
    stated: b.stated,
    rule: 'anaphoric-date-in',
    unresolved: false,
    fromPublished: b.fromPublished ?? false,
  };
}

function merge(a: TimexCandidate, b: TimexCandidate, glue: string): TimexCandidate | undefined {
  const span = { start: a.start, end: b.end };
  const stated = [...new Set([...a.stated, ...b.stated])];
  const ta = timePart(a);
  const tb = timePart(b);
  // "10 p.m. Wednesday" / "Wednesday at 10 p.m."
  if (ta && isDay(b) && b.day)
    return {
      ...b,
      ...span,
      type: 'TIME',
      value: b.value.slice(0, 10) + ta,
      stated,
      rule: `${b.rule}+time`,
      granularity: 'time',
    };
  if (tb && isDay(a) && a.day)
    return {
      ...a,
      ...span,
      type: 'TIME',
      value: a.value.slice(0, 10) + tb,
      stated,
      rule: `${a.rule}+time`,
      granularity: 'time',
    };
  // "Monday, Oct. 26", "Super Tuesday on March 1": the written date wins, the weekday or
  // holiday is stated too.
  if (
    (a.rule.startsWith('weekday') || a.rule === 'holiday') &&
    a.type === 'DATE' &&
    b.granularity === 'day' &&
    /^(?:month-date|day-month|numeric-date)/.test(b.rule)
  ) {
    return { ...b, ...span, stated: [...stated], rule: b.rule };
  }
  // "July last year", "January this year", "October of next year" (not the first year of a
  // span, "March 1986/87", whose months the range refiner places).
  if (
    a.granularity === 'month' &&
    a.rule === 'month-date' &&
    !a.stated.includes('year') &&
    b.granularity === 'year' &&
    !b.rule.startsWith('year-span') &&
    b.day &&
    /^\s*(?:of\s+)?$/.test(glue)
  ) {
    return {
      ...a,
      ...span,
      value: fmtMonth(b.day.y, a.day?.m ?? 1),
      day: { y: b.day.y, m: a.day?.m ?? 1, d: 1 },
      stated,
      rule: 'month+relative-year',
    };
  }
  // "June 16th of last year", "the 5th of June last year".
  if (
    a.granularity === 'day' &&
    /^(?:month-date|day-month)/.test(a.rule) &&
    !a.stated.includes('year') &&
    a.day &&
    b.granularity === 'year' &&
    b.day &&
    /^\s*(?:of\s+)?$/.test(glue)
  ) {
    const day = { y: b.day.y, m: a.day.m, d: a.day.d };
    if (!isValidDay(day)) return undefined;
    return { ...a, ...span, value: fmtDay(day), day, stated, rule: 'day+relative-year' };
  }
  return undefined;
}
