/**
 * A clock time with no day beside it is first taken on the publication day. The text often
 * says which day it is on, though: a day earlier in the same sentence ("made its first flight
 * Tuesday in Everett at 18:00 UTC"), or, for a time told in the past tense, the night or
 * morning the story already named ("rammed the crowd on Thursday night ... struck about
 * 10:30 p.m."). Such a time takes that day.
 */
import { addDays, diffDays, fmtDay } from '../calendar.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

/** The hours each part of the day holds (TIMEX3 codes), as [from, to) on a 24-hour clock. */
const PART_HOURS: Record<string, [number, number][]> = {
  MO: [[5, 12]],
  AF: [[12, 18]],
  EV: [[17, 22]],
  NI: [
    [20, 24],
    [0, 5],
  ],
};

const ZONE_THEN_DAY = /^\s*,?\s*(?:(?:(?:New York|local|[A-Z][a-z]+)\s+time|[A-Z]{3})\s*,?\s*)?(?:on\s+)?$/;

const RANGE_BETWEEN = /^\s*(?:-|–|to|and|until|till)\s*$/;
const RANGE_OPENER = /\b(?:from|between)\s+(?:about\s+|around\s+)?$/i;
// ("from 1800 to 2100 Monday through Thursday": hours kept on each of several days.)
const DAYS_SPAN_AFTER = /^\s*(?:through|thru|to|-|–)\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;

const FRONTED_CLAUSE = /(?:^|[.!?"”]\s+)(?:After|Before|When|While|Until|Following)\b[^.!?;,]*$/;

function hourOf(c: TimexCandidate): number | undefined {
  const m = /T(\d\d):\d\d/.exec(c.value);
  return m ? Number(m[1]) : undefined;
}

/** The part of the day of a candidate's value, if it names one. */
function partOf(c: TimexCandidate): string | undefined {
  return /T(MO|AF|EV|NI)$/.exec(c.value)?.[1];
}

/** Whether a candidate names a day a clock time can be on. */
function hasDay(p: TimexCandidate | undefined): p is TimexCandidate {
  return (
    p?.day !== undefined && (p.granularity === 'day' || p.granularity === 'part-of-day' || p.granularity === 'time')
  );
}

/** Gives bare clock times the day their sentence or the story's timeline puts them on. */
export const clockDayRefiner: TimexRefiner = {
  name: 'clock-day',
  refine(candidates, ctx) {
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.rule !== 'clock-time' || !c.fromPublished || c.unresolved) continue;
      const hour = hourOf(c);
      if (hour === undefined) continue;
      // "10 p.m. tonight": the day named right after the time is its own, after its zone too
      // ("midnight EST Feb 27", "midnight New York time on April three").
      const next = candidates[i + 1];
      let source: TimexCandidate | undefined =
        hasDay(next) && ZONE_THEN_DAY.test(ctx.text.slice(c.end, next.start)) ? next : undefined;
      // "from 6 p.m. to 9 p.m. Monday", "between 1700 and 2100 hrs Tuesday": the start of a
      // span of hours is on the day its end names (the day before, when it starts later in the
      // day than it ends).
      let shift = 0;
      if (
        !source &&
        hasDay(next) &&
        next.granularity === 'time' &&
        (next.stated.includes('weekday') || next.stated.includes('day')) &&
        RANGE_BETWEEN.test(ctx.text.slice(c.end, next.start)) &&
        RANGE_OPENER.test(ctx.text.slice(Math.max(0, c.start - 12), c.start)) &&
        !DAYS_SPAN_AFTER.test(ctx.text.slice(next.end, next.end + 24))
      ) {
        source = next;
        const end = hourOf(next);
        if (end !== undefined && end < hour) shift = -1;
      }
      for (let j = i - 1; j >= 0 && !source; j--) {
        const p = candidates[j]!;
        // Within the sentence, and within the clause: a semicolon starts another statement.
        if (ctx.sentenceEnd(p.start) < c.end || ctx.text.slice(p.end, c.start).includes(';')) break;
        // "After a session on where they need to be Monday night, they set out just after 2
        // p.m.": a day inside a fronted clause of its own dates that clause, not the main one.
        if (
          FRONTED_CLAUSE.test(ctx.text.slice(Math.max(0, p.start - 160), p.start)) &&
          ctx.text.slice(p.end, c.start).includes(',')
        )
          continue;
        // "declined from last night's closing levels to stand 12p lower at 1130 GMT": a day
        // that modifies a noun dates that noun.
        // ("yesterday's midday levels": the possessive day right before the time is its own.)
        if (/^['’]s\b/.test(ctx.text.slice(p.end, p.end + 3)) && !/^['’]s\s*$/.test(ctx.text.slice(p.end, c.start)))
          continue;
        if (hasDay(p)) source = p;
      }
      if (!source && ctx.tenseAt(c.start) === 'past') {
        for (let j = i - 1; j >= 0 && !source; j--) {
          const p = candidates[j]!;
          const part = partOf(p);
          if (p.day && part && (PART_HOURS[part] ?? []).some(([from, to]) => hour >= from && hour < to)) source = p;
        }
      }
      // "Police said the attack occurred on Tuesday. The blast went off at 9:30 a.m.": a time
      // told in the past with no day of its own is on the day the sentence before it named,
      // if that day is a day the text names ("overnight" is not) and is not still to come.
      if (!source && ctx.tenseAt(c.start) === 'past') {
        let previous: TimexCandidate | undefined;
        for (let j = i - 1; j >= 0 && !previous; j--) {
          const p = candidates[j]!;
          if (hasDay(p) && ctx.sentenceEnd(p.start) < c.start) previous = p;
        }
        if (
          previous?.day &&
          ctx.sentenceEnd(ctx.sentenceEnd(previous.start)) >= c.start &&
          (previous.stated.includes('day') || previous.stated.includes('weekday')) &&
          (!ctx.published || diffDays(previous.day, ctx.published) >= 0)
        )
          source = previous;
      }
      // "The strike began at midnight", "said just after midnight on CNN": told in the past
      // with no day of its own, midnight is the one that opened the publication day, not
      // the one that closes it, still ahead when the story was written.
      if (!source && ctx.published && c.value.endsWith('T24:00') && ctx.tenseAt(c.start) === 'past') {
        const day = addDays(ctx.published, -1);
        c.day = day;
        c.value = fmtDay(day) + c.value.slice(10);
        c.rule = `${c.rule}@past-midnight`;
        continue;
      }
      if (!source?.day) continue;
      // "1:48 a.m." after "Monday night" is early on Tuesday.
      const day = addDays(source.day, partOf(source) === 'NI' && hour < 5 ? 1 : shift);
      c.day = day;
      c.value = fmtDay(day) + c.value.slice(10);
      c.fromPublished = source.fromPublished ?? false;
      c.anchorTo = source;
      c.rule = `${c.rule}@day-in-text`;
    }
    return candidates;
  },
};
