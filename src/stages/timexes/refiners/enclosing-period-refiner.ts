/**
 * A day or month named inside a wider or neighbouring time: "the week of March 6" is that
 * day's week, "the weekend of June 3" its weekend, "the day before last Tuesday's hearing" the
 * Monday, "the last week of March" the week holding the middle of March's last seven days. The
 * words before the day belong to the expression, and its value is the day's moved or widened.
 */
import { addDays, type Day, weekday } from '../calendar.js';
import { formatAt } from '../resolve-date.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

const WEEK_OF = /\bthe\s+(week|weekend)\s+of\s+$/i;
const NTH_WEEK_OF = /\bthe\s+(first|second|third|fourth|last|final)\s+(week|weekend)\s+(?:of|in)\s+$/i;
const NTH: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };
const DAY_NEXT_TO = /\bthe\s+(day|night)\s+(before|after)\s+$/i;

/**
 * Takes the words from `from` into the candidate about to be added: candidates already kept
 * inside them ("the weekend" of "the weekend of March 4") were part of the phrase and go; one
 * that begins before them overlaps the phrase, which is then not taken (false).
 */
function takeIn(out: TimexCandidate[], from: number): boolean {
  let prev = out[out.length - 1];
  while (prev && prev.end > from && prev.start >= from) {
    out.pop();
    prev = out[out.length - 1];
  }
  return !prev || prev.end <= from;
}

/** The day that names the nth (or last) week or weekend of a month. */
function nthWeekOf(month: Day, which: string, weekend: boolean): Day {
  const first = { y: month.y, m: month.m, d: 1 };
  const lastDay = addDays({ y: month.m === 12 ? month.y + 1 : month.y, m: (month.m % 12) + 1, d: 1 }, -1);
  // A week is the seven days counted from the month's first day or back from its last,
  // written as the ISO week that holds their middle; a weekend is the month's Saturday.
  if (which === 'last' || which === 'final')
    return weekend ? addDays(lastDay, -((weekday(lastDay) + 1) % 7)) : addDays(lastDay, -3);
  const n = NTH[which] ?? 0;
  return weekend ? addDays(first, ((6 - weekday(first) + 7) % 7) + 7 * n) : addDays(first, 3 + 7 * n);
}

/** Widens or moves day candidates that a period phrase right before them names. */
export const enclosingPeriodRefiner: TimexRefiner = {
  name: 'enclosing-period',
  refine(candidates, ctx) {
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      const window = ctx.text.slice(Math.max(0, c.start - 32), c.start);
      const at = (m: RegExpExecArray): number => c.start - (window.length - m.index);
      // "the last week of March", "the first weekend in May": that week of the month.
      const nth = c.type === 'DATE' && c.granularity === 'month' && c.day ? NTH_WEEK_OF.exec(window) : null;
      if (nth && c.day && takeIn(out, at(nth))) {
        const g = nth[2]!.toLowerCase() === 'weekend' ? 'weekend' : 'week';
        const which = nth[1]!.toLowerCase();
        c.start = at(nth);
        c.day = nthWeekOf(c.day, which, g === 'weekend');
        c.value = formatAt(c.day, g);
        c.granularity = g;
        c.rule = `${c.rule}+${which}-${g}`;
      } else if (c.type === 'DATE' && c.granularity === 'day' && c.day && !c.unresolved) {
        const week = WEEK_OF.exec(window);
        const next = week ? null : DAY_NEXT_TO.exec(window);
        if (week && takeIn(out, at(week))) {
          const g = week[1]!.toLowerCase() === 'weekend' ? 'weekend' : 'week';
          c.start = at(week);
          c.value = formatAt(c.day, g);
          c.granularity = g;
          c.rule = `${c.rule}+${g}-of`;
        } else if (next && !((out[out.length - 1]?.end ?? 0) > at(next))) {
          const night = next[1]!.toLowerCase() === 'night';
          c.start = at(next);
          c.day = addDays(c.day, next[2]!.toLowerCase() === 'before' ? -1 : 1);
          c.value = formatAt(c.day, 'day') + (night ? 'TNI' : '');
          if (night) {
            c.type = 'TIME';
            c.granularity = 'part-of-day';
          }
          c.rule = `${c.rule}+day-${next[2]!.toLowerCase()}`;
        }
      }
      out.push(c);
    }
    weekdaysOfNamedWeeks(out, ctx.text);
    return out;
  },
};

// A weekday then its week ("Tuesday last week", "Tuesday of next week"), or the week then the
// day ("last week on Tuesday", "Last week, in fact, on Tuesday").
const DAY_THEN_WEEK = /^\s+(?:of\s+)?$/;
const WEEK_THEN_DAY = /^\s*,?\s*(?:in fact\s*,?\s*)?(?:on\s+)?$/i;

/**
 * "He won on Tuesday last week": the Tuesday of the week named, not the one the tense alone
 * would pick (the story may be written on the Friday after). The day is anchored on the week.
 */
function weekdaysOfNamedWeeks(candidates: TimexCandidate[], text: string): void {
  const weekdayOnly = (c: TimexCandidate): boolean =>
    c.rule.startsWith('weekday-tense') && c.type === 'DATE' && c.granularity === 'day' && c.day !== undefined;
  const namedWeek = (c: TimexCandidate): boolean =>
    c.rule === 'relative-period' &&
    c.granularity === 'week' &&
    c.day !== undefined &&
    /^(?:last|next|this)\s+week$/i.test(text.slice(c.start, c.end)) &&
    // ("released video on Monday of last week's shooting": the week is the shooting's.)
    !/^['’]s\b/.test(text.slice(c.end, c.end + 3));
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    const between = text.slice(a.end, b.start);
    const [day, week] =
      weekdayOnly(a) && namedWeek(b) && DAY_THEN_WEEK.test(between)
        ? [a, b]
        : namedWeek(a) && weekdayOnly(b) && WEEK_THEN_DAY.test(between)
          ? [b, a]
          : [undefined, undefined];
    if (!day?.day || !week?.day) continue;
    const moved = addDays(week.day, weekday(day.day) - weekday(week.day));
    day.day = moved;
    day.value = formatAt(moved, 'day');
    day.rule = `${day.rule}@named-week`;
    day.anchorTo = week;
  }
}
