/**
 * Resolution helpers shared by the parsers: turning "the day before the publication date" or
 * "the week of it" into a TIMEX3 value, or into an unresolved `XXXX-…` value of the same shape
 * when the publication date is unknown (never a guess presented as certain).
 */
import { addDays, addMonths, type Day, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear } from './calendar.js';
import type { Granularity, Tense } from './timex-candidate.js';

/** The unresolved value of each granularity. */
export const UNRESOLVED: Partial<Record<Granularity, string>> = {
  year: 'XXXX',
  quarter: 'XXXX-QX',
  month: 'XXXX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  day: 'XXXX-XX-XX',
  'part-of-day': 'XXXX-XX-XX',
  time: 'XXXX-XX-XX',
  decade: 'XXX',
  century: 'XX',
};

/** Formats a day at a granularity (the value of "the week of that day", …). */
export function formatAt(day: Day, g: Granularity): string {
  switch (g) {
    case 'year':
      return fmtYear(day.y);
    case 'quarter':
      return fmtQuarter(day);
    case 'half':
      return `${fmtYear(day.y)}-H${day.m <= 6 ? 1 : 2}`;
    case 'month':
      return fmtMonth(day.y, day.m);
    case 'week':
      return fmtWeek(day);
    case 'weekend':
      return `${fmtWeek(day)}-WE`;
    case 'decade':
      return fmtYear(day.y).slice(0, 3);
    case 'century':
      return fmtYear(day.y).slice(0, 2);
    default:
      return fmtDay(day);
  }
}

/** Moves a day by `n` units of a granularity. */
export function shift(day: Day, g: Granularity | string, n: number): Day {
  switch (g) {
    case 'day':
    case 'part-of-day':
    case 'time':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'fortnight':
      return addDays(day, 14 * n);
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'half':
      return addMonths(day, 6 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
    default:
      return day;
  }
}

// What a day behind the publication date costs in a future clause: more than a day ahead costs
// in a past one, since reports tell of coming payment and record dates in the past tense ("said
// it will pay on April 1") far more often than future verbs end up on a day gone by ("will meet
// on December 24" written in April is this December). Measured on unscored news: 240 moved five
// days, all to the right year; 320 moved eight more, seven of them wrongly.
const FUTURE_DAY_PENALTY = 240;

/**
 * The year for a month (and day) given without one: the occurrence nearest the publication
 * date, leaning to the past in a past-tense clause and to the future in a future one. `bound`
 * is a word that fixes the direction outright ("since March", "the year ended Jan. 31").
 */
export function inferYear(
  published: Day,
  m: number,
  d: number | undefined,
  tense: Tense,
  bound?: 'past',
  /**
   * How weakly the tense pulls a month, as it pulls a day: 'weak' always (a scheduled time told
   * in a report); 'near' only for an occurrence within two months (a month used as a modifier,
   * "the February meeting" three weeks on, not "the November election" eight months off);
   * 'strong' when a deed is told right before it, so that not even the coming month is spared
   * ("asked about them in February").
   */
  pull?: 'weak' | 'near' | 'strong',
): number {
  // A day without a word that fixes its direction is scored as any yearly day is.
  if (d !== undefined && !bound)
    return nearestOccurrence(
      published,
      [-1, 0, 1].map((k) => ({ y: published.y + k, m, d })),
      tense,
    )!.y;
  const dayOf = (y: number): number => Date.UTC(y, m - 1, d ?? 15) / 86_400_000;
  const ref = Date.UTC(published.y, published.m - 1, published.d) / 86_400_000;
  let best = published.y;
  let bestScore = Infinity;
  for (const y of [published.y - 1, published.y, published.y + 1]) {
    const delta = dayOf(y) - ref;
    // A month named without a day covers the publication date when it is the same month.
    const slack = d === undefined ? 16 : 0;
    // The nearest occurrence, the tense tipping close calls: payment and record dates a few
    // weeks ahead sit in past-tense sentences, and "in January" written in October is more
    // often the coming January than the one nine months back. A month alone needs a stronger
    // pull from the tense than a day does, as it spans more of the year. A month told in the
    // past tense ("In January, the board brought in ...") is the one behind even in October;
    // with no tense cue at all, reports look back more often than ahead.
    const weak = pull === 'weak' || (pull === 'near' && Math.abs(delta) <= 62);
    const penalty = bound ? 1000 : d === undefined && !weak ? 400 : 120;
    let score = Math.abs(delta);
    // The coming month itself is close enough for a past-tense report to be about it ("said it
    // expects a shortage in April", written on March 28).
    const nextMonth = d === undefined && !bound && pull !== 'strong' && delta > slack && delta <= 46;
    if ((tense === 'past' || bound === 'past') && delta > slack) score += nextMonth ? 120 : penalty;
    // So is the month just run for a clause that looks ahead: its figures are still to come
    // ("production is likely to turn positive in February", written in March).
    const lastMonth = d === undefined && !bound && pull !== 'strong' && delta < -slack && delta >= -46;
    if (tense === 'future' && delta < -slack) score += lastMonth ? 120 : penalty;
    if (tense === 'present' && d === undefined && delta > slack) score += 100;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/**
 * Of the days a yearly occurrence falls on (a holiday in the years around the publication
 * date, or a month-day in the three years around it), the one a clause of this tense means: the
 * nearest, a day on the wrong side of the publication date for the tense costing more.
 */
export function nearestOccurrence(published: Day, days: Day[], tense: Tense): Day | undefined {
  const ref = Date.UTC(published.y, published.m - 1, published.d) / 86_400_000;
  let best: Day | undefined;
  let bestScore = Infinity;
  for (const day of days) {
    const delta = Date.UTC(day.y, day.m - 1, day.d) / 86_400_000 - ref;
    let score = Math.abs(delta);
    if (tense === 'past' && delta > 0) score += 120;
    if (tense === 'future' && delta < 0) score += FUTURE_DAY_PENALTY;
    if (score < bestScore) {
      bestScore = score;
      best = day;
    }
  }
  return best;
}

/**
 * The days a distance in whole days or weeks counts ("P3D" after: 3; "P2W" before: -14), or
 * undefined for any other duration ("three months later" is no count of days).
 */
export function countedDays(duration: string, direction: 'before' | 'after'): number | undefined {
  const m = /^P(\d+)([DW])$/.exec(duration);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'W' ? 7 : 1) * (direction === 'before' ? -1 : 1);
}
