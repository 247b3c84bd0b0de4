/**
 * The two ends of a stated range are in order: "between January 1 and September 26" written in
 * September 2016 starts on 2016-01-01, although the nearest January 1 lies ahead. A start
 * without its year takes the year stated at the end; where the start still comes out after the
 * end, the end whose year the text left out moves by a year.
 */
import { addDays, type Day, fmtDay } from '../calendar.js';
import { formatAt } from '../resolve-date.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

// A year carried in words ("February this year") is as good as stated.
const YEAR_WORDS = /\b(?:this|last|next|that|the same) year\b/i;
const BETWEEN = /\bbetween\s+$/i;
const FROM = /\b(?:from|From)\s+$/;
const AND = /^\s+and\s+$/i;
const TO = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;

const BEGINS = /\b(?:begins?|starts?|opens?|began|started|opened)\s+(?:on\s+|in\s+)?$/i;
const ENDS =
  /^\s*,?\s+and\s+(?:ends?|closes?|finishes|concludes?|runs?\s+(?:through|until|to)|lasts?\s+(?:through|until|to))\s+(?:in\s+|on\s+)?$/i;

const GLOSSED_YEAR = /\b((?:19|20)\d\d)\s+(?:[a-z]+\s+){0,3}(?:year|season|period|program(?:me)?)\s*\(\s*$/i;
const FOLLOWED = /^[^.;]{0,60}\b(?:followed by|and then|then)\b[^.;]{0,60}$/i;
const SPLIT_YEAR = /\b((?:19|20)\d\d)\/(\d\d|(?:19|20)\d\d)\s*(?:\(\s*|[a-z]+\s+)?$/;

const dayOrder = (d: Day): number => d.y * 400 + d.m * 32 + d.d;
const order = (c: TimexCandidate): number => dayOrder(c.day!);
const calendar = (c: TimexCandidate): boolean =>
  c.day !== undefined &&
  !c.unresolved &&
  (c.granularity === 'day' || c.granularity === 'month') &&
  /^\d{4}-\d\d(?:-\d\d)?$/.test(c.value);

function moveYear(c: TimexCandidate, by: number): void {
  c.day = { ...c.day!, y: c.day!.y + by };
  c.value = formatAt(c.day, c.granularity);
  c.rule = `${c.rule}@range`;
}

/** Moves a weekday by `step` days while `until` holds, keeping its part of day ("TNI"). */
function moveWeeks(c: TimexCandidate, step: number, until: (d: Day) => boolean, tag: string): void {
  let day = c.day!;
  while (until(day)) day = addDays(day, step);
  c.value = fmtDay(day) + (/T[A-Z]{2}$/.exec(c.value)?.[0] ?? '');
  c.day = day;
  c.rule = `${c.rule}@${tag}`;
}

/** Puts the ends of "between X and Y" and "from X to Y" in order. */
export const rangeRefiner: TimexRefiner = {
  name: 'range',
  refine(candidates, ctx) {
    for (let i = 0; i + 1 < candidates.length; i++) {
      const a = candidates[i]!;
      const b = candidates[i + 1]!;
      if (!calendar(a) || !calendar(b)) continue;
      if (YEAR_WORDS.test(ctx.text.slice(a.start, a.end)) || YEAR_WORDS.test(ctx.text.slice(b.start, b.end))) continue;
      const between = ctx.text.slice(a.end, b.start);
      const before = ctx.text.slice(Math.max(0, a.start - 9), a.start);
      // "a speech in Cleveland on Monday, followed by one in Pittsburgh on Tuesday": a weekday
      // told as coming next comes after the one before it.
      if (
        a.rule.startsWith('weekday') &&
        b.rule.startsWith('weekday') &&
        !/^(?:last|next|this|past|coming)\b/i.test(ctx.text.slice(b.start, b.end)) &&
        FOLLOWED.test(between) &&
        order(b) <= order(a)
      ) {
        moveWeeks(b, 7, (d) => dayOrder(d) <= order(a), 'sequence');
        continue;
      }
      // "the court term that begins next Monday and ends in June": the end is after the start.
      if (
        BEGINS.test(ctx.text.slice(Math.max(0, a.start - 14), a.start)) &&
        ENDS.test(between) &&
        !b.stated.includes('year') &&
        order(a) > order(b)
      ) {
        moveYear(b, 1);
        continue;
      }
      // ("January/December 1986", "the July/February period", "the April-June quarter": a slash
      // or a hyphen joins the two ends as "to" does.)
      if (!(
        (BETWEEN.test(before) && AND.test(between)) ||
        (FROM.test(before) && TO.test(between)) ||
        (/^[/–-]$/.test(between) &&
          (b.stated.includes('year') || (a.granularity === 'month' && b.granularity === 'month')))
      ))
        continue;
      // "banks will open from Sunday to Thursday": weekday ends out of order are a week apart,
      // not a year; the end moves on by weeks, or, told in the past, the start back.
      if (a.rule.startsWith('weekday') && b.rule.startsWith('weekday')) {
        if (order(a) > order(b)) {
          if (ctx.tenseAt(a.start) === 'past') moveWeeks(a, -7, (d) => dayOrder(d) > order(b), 'range');
          else moveWeeks(b, 7, (d) => dayOrder(d) <= order(a), 'range');
        }
        continue;
      }
      // "between September and October of 2007": the year stated at the end is the start's too.
      if (!a.stated.includes('year') && b.stated.includes('year') && a.day!.y !== b.day!.y)
        moveYear(a, b.day!.y - a.day!.y);
      // "the 1986/87 October-September season", "1986/87 (July-June)": a split year before the
      // two months gives each its year.
      const split = SPLIT_YEAR.exec(ctx.text.slice(Math.max(0, a.start - 30), a.start));
      if (split && !a.stated.includes('year') && !b.stated.includes('year') && /^[/–-]$/.test(between)) {
        const first = Number(split[1]);
        const second = Number(split[1]!.slice(0, 4 - split[2]!.length) + split[2]);
        if (second === first + 1) {
          if (a.day!.y !== first) moveYear(a, first - a.day!.y);
          if (b.day!.y !== second) moveYear(b, second - b.day!.y);
          continue;
        }
      }
      // "the 1987 quota year (January-December)": a span glossing a year named just before it
      // lies in it, or runs on into the next year when it wraps ("fiscal 1987 (October-September)").
      const glossed = GLOSSED_YEAR.exec(ctx.text.slice(Math.max(0, a.start - 40), a.start));
      if (
        glossed &&
        !a.stated.includes('year') &&
        !b.stated.includes('year') &&
        /^[/–-]$/.test(between) &&
        a.granularity === 'month' &&
        b.granularity === 'month'
      ) {
        const y = Number(glossed[1]);
        // A wrapping span ends in the year named (a fiscal year is named by its end).
        const [ya, yb] = a.day!.m <= b.day!.m ? [y, y] : [y - 1, y];
        if (a.day!.y !== ya) moveYear(a, ya - a.day!.y);
        if (b.day!.y !== yb) moveYear(b, yb - b.day!.y);
        continue;
      }
      // "the January-June period" written in May: a span of two months, neither with its
      // year, that holds the publication month and ends soon after it is this year's, unless
      // told in the past ("imports in the January/November period were", written in April, are
      // of a span already ended).
      const p = ctx.published;
      if (
        p &&
        ctx.tenseAt(a.start) !== 'past' &&
        /^[/–-]$/.test(between) &&
        !a.stated.includes('year') &&
        !b.stated.includes('year') &&
        a.granularity === 'month' &&
        b.granularity === 'month' &&
        a.day!.m <= p.m &&
        p.m <= b.day!.m &&
        b.day!.m - p.m <= 2
      ) {
        if (a.day!.y !== p.y) moveYear(a, p.y - a.day!.y);
        if (b.day!.y !== p.y) moveYear(b, p.y - b.day!.y);
        continue;
      }
      if (order(a) <= order(b)) continue;
      // Two months and a slash, neither with its year ("for July/September", "the July/February
      // period"): a span that starts ahead of publication ends after its start; one that starts
      // behind it began the year before.
      if (!a.stated.includes('year') && !b.stated.includes('year') && /^[/–-]$/.test(between)) {
        // (A span that starts in the publication month is running or ahead: "for shipment
        // June-September" written on June 2.)
        if (ctx.published && order(a) >= order({ ...a, day: { ...ctx.published, d: 1 } })) moveYear(b, 1);
        else moveYear(a, -1);
        continue;
      }
      // Move whichever end the text left without its year, the start back where both lack it
      // ("between January 1 and September 26" written in September starts back in January),
      // unless the words put a year on one end ("shipments from May through September"
      // written in April end next September).
      const aFree = !a.stated.includes('year');
      const bFree = !b.stated.includes('year');
      // An end whose own words set its year ("for delivery between September 1 and ...") stays.
      if (bFree && a.yearCue === 'future' && b.yearCue !== 'past') moveYear(b, 1);
      else if (aFree && b.yearCue === 'past' && a.yearCue !== 'future') moveYear(a, -1);
      else if (aFree) moveYear(a, -1);
      else if (bFree) moveYear(b, 1);
    }
    orderMonthLists(candidates, ctx.text, ctx.published);
    pairYears(candidates);
    const merged = monthsOfThatYear(candidates, ctx.text);
    yearsFromListEnd(merged, ctx.text);
    monthsOfSplitYear(merged, ctx.text);
    return merged;
  },
};

/**
 * "the July/February period of 1985/86", "in October-March 1986/87": months named before a
 * split year fall in it, the first in its first year and a later one that comes round again in
 * its second.
 */
function monthsOfSplitYear(candidates: TimexCandidate[], text: string): void {
  for (let i = 0; i + 3 < candidates.length; i++) {
    const [a, b, first, second] = candidates.slice(i, i + 4) as [
      TimexCandidate,
      TimexCandidate,
      TimexCandidate,
      TimexCandidate,
    ];
    if (!first.rule.startsWith('year-span') || !second.rule.startsWith('year-span') || !first.day || !second.day)
      continue;
    if (a.granularity !== 'month' || b.granularity !== 'month' || !calendar(a) || !calendar(b)) continue;
    if (a.stated.includes('year') || b.stated.includes('year')) continue;
    if (!/^\s*[-–/]\s*$|^\s+(?:to|through)\s+$/i.test(text.slice(a.end, b.start))) continue;
    if (
      !/^\s+(?:(?:period|season|months?)\s+)?(?:(?:of|in|for)\s+(?:(?:fiscal|the)\s+)?)?$/i.test(
        text.slice(b.end, first.start),
      )
    )
      continue;
    moveYear(a, first.day.y - a.day!.y);
    const y = b.day!.m <= a.day!.m ? second.day.y : first.day.y;
    moveYear(b, y - b.day!.y);
    a.rule = `${a.rule}@split-year`;
    b.rule = `${b.rule}@split-year`;
  }
  // One month right before it ("1406 (September 1985-86)") is the month the span starts in.
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const first = candidates[i + 1]!;
    if (!first.rule.startsWith('year-span') || !first.day || a.rule.endsWith('@split-year')) continue;
    if (a.granularity !== 'month' || !calendar(a) || a.stated.includes('year')) continue;
    if (!/^\s+$/.test(text.slice(a.end, first.start))) continue;
    moveYear(a, first.day.y - a.day!.y);
    a.rule = `${a.rule}@split-year`;
  }
}

const LIST_GLUE = /^\s*(?:,|,?\s+(?:and|or|through|to))\s*$/;
const AND_GLUE = /^\s*(?:,|,?\s+(?:and|or))\s*$/;
const LIST_END_YEAR = /\b(?:19|20)\d\d\b|\b(?:last|this|next) year\b/i;

/**
 * "Nov. 7-8", "3 and 4 March": the day read without its month (the second-day and first-day
 * parsers) is of the year of the day written with it, each read alone having taken its own.
 */
function pairYears(candidates: TimexCandidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (!calendar(a) || !calendar(b) || a.day!.m !== b.day!.m || a.day!.y === b.day!.y) continue;
    if (b.rule.startsWith('second-day') && !b.stated.includes('year')) moveYear(b, a.day!.y - b.day!.y);
    else if (a.rule.startsWith('first-day') && !a.stated.includes('year')) moveYear(a, b.day!.y - a.day!.y);
  }
}

/**
 * "in September of that year", "May of the same year": the month and the year it takes from the
 * story's focus (the focus refiner skips such a month) are one date.
 */
function monthsOfThatYear(candidates: TimexCandidate[], text: string): TimexCandidate[] {
  const gone = new Set<TimexCandidate>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const c = candidates[i]!;
    const y = candidates[i + 1]!;
    if (
      !calendar(c) ||
      c.granularity !== 'month' ||
      c.stated.includes('year') ||
      !y.rule.startsWith('anaphoric-date') ||
      y.granularity !== 'year' ||
      y.unresolved ||
      !y.day ||
      !/^\s+of\s+$/.test(text.slice(c.end, y.start)) ||
      !/^(?:that|the\s+same)\s+year$/i.test(text.slice(y.start, y.end))
    )
      continue;
    if (c.day!.y !== y.day.y) moveYear(c, y.day.y - c.day!.y);
    c.end = y.end;
    // The year is implied by the focus, as that of "that year" was.
    c.rule = `${c.rule}@that-year`;
    c.fromPublished = y.fromPublished;
    if (y.anchorTo) c.anchorTo = y.anchorTo;
    gone.add(y);
  }
  return gone.size ? candidates.filter((c) => !gone.has(c)) : candidates;
}

/**
 * "in March and April 1986", "in March, April and May of 1986", "on March 3 and 4, 2015", "in
 * March and April last year": the year stated once at the end of a list of months or days is
 * every member's. A member later in the calendar than the one after it is of the year before
 * ("in December and January 1987").
 */
function yearsFromListEnd(candidates: TimexCandidate[], text: string): void {
  const member = (c: TimexCandidate | undefined): c is TimexCandidate =>
    c !== undefined && calendar(c) && (c.granularity === 'month' || c.granularity === 'day');
  for (let j = candidates.length - 1; j > 0; j--) {
    const last = candidates[j]!;
    // (A year in digits or in words of its own, or that of the focus before the list ("in May
    // and June of that year"); not "a year earlier".)
    if (!member(last) || !(LIST_END_YEAR.test(text.slice(last.start, last.end)) || last.rule.endsWith('@that-year')))
      continue;
    let next = last;
    for (let i = j - 1; i >= 0; i--) {
      const c = candidates[i]!;
      const own = text.slice(c.start, c.end);
      if (
        !member(c) ||
        c.stated.includes('year') ||
        YEAR_WORDS.test(own) ||
        !AND_GLUE.test(text.slice(c.end, next.start))
      )
        break;
      const y = next.day!.y - (c.day!.m > next.day!.m ? 1 : 0);
      if (c.day!.y !== y) moveYear(c, y - c.day!.y);
      next = c;
    }
  }
}

/**
 * "will be dropped in November, December, January, February, March, April and May": a list of
 * three or more months running on one after another is one stretch, each after the last, in the
 * years that keep the most of them where each would fall alone.
 * Two months in a list, or months named in their calendar order ("shortage in April and May",
 * "by late September or early October"), are of one year too: each read alone takes the
 * tense of its own words, and the second often loses the cue the first had ("expects a
 * shortage in April and May" put May last year). On a tie the month whose own words set its
 * year decides, else the first; a list that one year would put on both sides of the
 * publication month is left alone ("the past two polls, in February and October", written in
 * May, runs backwards).
 */
// A month with no word of its own that sets its year ("the last May", "September this year").
const MONTH_ALONE = /^(?:(?:early|mid|late|end)[- ]?)?\p{Lu}\p{Ll}+\.?$/u;

function orderMonthLists(candidates: TimexCandidate[], text: string, published: Day | undefined): void {
  const free = (c: TimexCandidate | undefined): c is TimexCandidate =>
    c !== undefined &&
    calendar(c) &&
    c.granularity === 'month' &&
    !c.stated.includes('year') &&
    MONTH_ALONE.test(text.slice(c.start, c.end));
  const next = (a: TimexCandidate, b: TimexCandidate): boolean => b.day!.m === (a.day!.m % 12) + 1;
  for (let i = 0; i < candidates.length; i++) {
    let j = i;
    while (
      free(candidates[j]) &&
      free(candidates[j + 1]) &&
      LIST_GLUE.test(text.slice(candidates[j]!.end, candidates[j + 1]!.start)) &&
      (next(candidates[j]!, candidates[j + 1]!) || candidates[j + 1]!.day!.m > candidates[j]!.day!.m)
    )
      j++;
    const run = candidates.slice(i, j + 1);
    const stretch = run.length >= 3 && run.every((c, k) => k === 0 || next(run[k - 1]!, c));
    if (stretch || (run.length >= 2 && run.every((c, k) => k === 0 || c.day!.m > run[k - 1]!.day!.m))) {
      // Years into the stretch of each month (the Januaries passed since the first).
      const wraps: number[] = [];
      run.forEach((c, k) => wraps.push(k === 0 ? 0 : wraps[k - 1]! + (c.day!.m <= run[k - 1]!.day!.m ? 1 : 0)));
      // The stretch starts in the year that keeps the most months where each alone fell (on a
      // tie, the first month's own): "survive during May, June and July", written in mid-June,
      // is this year's although "May" alone, told ahead, went to next year.
      const cued = stretch ? undefined : run.findIndex((c) => c.yearCue !== undefined);
      const first = cued !== undefined && cued >= 0 ? cued : 0;
      let start = run[first]!.day!.y - wraps[first]!;
      let best = -1;
      for (const y of new Set([start, ...run.map((c, k) => c.day!.y - wraps[k]!)])) {
        const kept = run.filter((c, k) => c.day!.y === y + wraps[k]!).length;
        if (kept > best) {
          best = kept;
          start = y;
        }
      }
      const side = (y: number, m: number): number =>
        published ? Math.sign(y * 12 + m - (published.y * 12 + published.m)) : 0;
      const sides = new Set(run.map((c, k) => side(start + wraps[k]!, c.day!.m)).filter((x) => x !== 0));
      if (stretch || sides.size <= 1)
        run.forEach((c, k) => {
          if (c.day!.y !== start + wraps[k]!) moveYear(c, start + wraps[k]! - c.day!.y);
        });
    }
    i = Math.max(i, j);
  }
}
