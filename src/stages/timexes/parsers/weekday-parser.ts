/**
 * Weekdays: "Friday", "last Thursday", "next Monday", "Thursday afternoon", "Tuesday nights".
 * A bare weekday is the publication day when it is that day's name; otherwise it is read with
 * the clause's tense: the previous one in a past-tense clause ("gathered on Thursday"), the
 * next one in a future one ("will meet on Monday").
 */
import { addDays, type Day, fmtDay, weekday } from '../calendar.js';
import type { Tense, TimexParser } from '../timex-candidate.js';
import { announcesPlan } from '../clause-tense.js';
import { DEED_NOUNS, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_RE } from '../vocabulary.js';
import { namesSomethingElse } from './season-holiday-parser.js';

const PART_RE = '(morning|afternoon|evening|night|overnight)';

// A second weekday in the plural, or with a part of the day in the plural, after "and"/"or".
const COORDINATED_PLURAL = new RegExp(
  `^\\s+(?:and|or)\\s+(?:${WEEKDAY_RE})(?:s(?:\\s+${PART_RE}s?)?|\\s+${PART_RE}s)(?![\\w-])`,
  'i',
);

const FIGURE_FROM_BEFORE =
  /\b(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased|compared)\s+(?:with\s+|to\s+)?(?:from\s+)?(?:a\s+)?[$£€]?\d[\d.,]*\s*(?:%|pct|percent|points?|mln|million|billion|bln|dlrs?|dollars?|marks|yen|francs|tonnes|barrels|bpd|cts|cents)?(?:\s+[a-z]+){0,2}\s+(?:on\s+)?$/i;
const DEED_BEFORE = new RegExp(
  `\\b(?:${DEED_NOUNS})s?\\b(?:\\s+(?:of|in|at|near)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*)*)?\\s+(?:on\\s+|last\\s+)?$`,
  'u',
);

const AHEAD_OF = /\b(?:ahead of|before|in the run-up to|leading up to)\s+$/i;

// "effective Tuesday", "talks starting Monday", "ahead of their next meeting with Ongpin on
// Monday": the day something takes effect, starts or is awaited on is told from either side of
// it, so the occurrence nearest the publication date is meant.
// (A start told in the past, "were hammered out beginning on Sunday", is ahead only if it is
// the next day; one told in the present perfect, "have called a strike starting on Monday", is
// not told in the past.)
const NEAREST_CUE =
  /\b(?:effective\s+(?:on\s+)?|(starting|beginning)\s+(?:on\s+)?|(?:ahead of|in advance of)\s+(?:[\w'’-]+\s+){1,6}?(?:on\s+)?)$/i;

// "noting that he was set to receive an endorsement on Friday", "said he was going to go back to
// work on Wednesday morning": a plan told from the past may be behind the writer already.
const PLAN_FROM_PAST =
  /\b(?:was|were)\s+(?:(?:also|still|then)\s+)?(?:going|set|scheduled|expected|due|slated|supposed|planning|preparing|about)\s+to\b[^.;:"“”]{0,80}$/;

const FUTURE_AFTER = /^[^.;:"“”]*?\b(?:will|['’]ll|(?:is|are) (?:expected|scheduled|set|due) to)\b/;

// "he urged them to vote Tuesday": what someone was asked to do lies after the asking.
const DIRECTIVE_BEFORE =
  /\b(?:urged|asked|told|encouraged|called on|invited|ordered|pressed|instructed|reminded)\s+(?:[\w'’-]+\s+){0,4}?to\s+[a-z]+\b[^.;,:"“”]{0,40}$/;

// "Saturday's hog slaughter is guesstimated at 30,000 head", "in Monday's edition": a day's
// estimate or newspaper may be the coming day's.
const NEAREST_OWNED =
  /^['’]s\s+(?:(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:(?:guess|es)timated|forecast|projected)\b|edition|issue)/i;

const STRONG_FUTURE_BEFORE =
  /\b(?:will|['’]ll|going to|expects?|expected|expecting|set to|scheduled|ahead of|before)\b/i;

// Events held on a day fixed in advance.
const SCHEDULED =
  /^\s+(?:[\w-]+\s+){0,2}(?:debate|game|match|vote|election|meeting|summit|hearing|race|final|session|talks|deadline|rally|speech|launch|opening|ceremony|primary|caucus(?:es)?)\b/i;

// A verb in the past close before a time, other than one of saying, expecting or asking.
const PAST_DEED_NEAR =
  /\b(?!(?:said|told|added|expected|scheduled|planned|needed|required|proposed|asked|called|urged|wanted|agreed|decided|hoped|promised|pledged|vowed|ordered|demanded|based|related|limited)\b)(?:[a-z]{2,}ed|rose|fell|grew|was|were|came|went|hit|made|took|won|lost|sold|bought)\b[^.;]*$/;

const JOINED_DAY_WORD =
  /\b(tomorrow|tonight|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:and|or|then)\s+(?:on\s+)?$/i;

const PAST_AFTER_CLAUSE = /^\s*,\s+(?:[a-z]+\s+)?[a-z]{2,}ed\b/;

const PROGRAMME_AFTER = /^\s+(?:Live|Football|Baseball|Lights|Futures)\b/;
const PROGRAMME_BEFORE = /\bFox\s+News\s+$/;
// "The Sunday Times", "a poll in the Sunday Express": a newspaper's name, unless a preposition
// of time before it makes the weekday a day ("said on Sunday Times Square was closed").
const NEWSPAPER_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mail|Mirror|Post|Herald|Tribune|Observer|Star|Sun|Correspondent|Independent|Standard|Chronicle|Gazette|Record|Sport|People)\b/;
const TIME_PREPOSITION_BEFORE = /\b(?:on|last|next|this|by|until|till|since|from|before|after)\s+$/i;

const NAMED_DAY = /\b(?:Black|Bloody|Super|Cyber|Blue|Manic|Ash|Palm|Holy|Maundy|Shrove|Easter|Whit|Good)\s+$/;

/** The day a weekday name refers to, seen from the publication date. */
export function resolveWeekday(published: Day, target: number, tense: Tense, which?: string): Day {
  const today = weekday(published);
  let delta = target - today;
  const w = (which ?? '').toLowerCase();
  if (w === 'last' || w === 'past') return addDays(published, delta < 0 ? delta : delta - 7);
  if (w === 'next' || w === 'coming') return addDays(published, delta > 0 ? delta : delta + 7);
  if (w === 'this') return addDays(published, delta);
  if (delta === 0) return published;
  if (tense === 'future') delta = delta > 0 ? delta : delta + 7;
  else delta = delta < 0 ? delta : delta - 7;
  return addDays(published, delta);
}

/**
 * Verbs whose past is their present ("He let the offensive begin Saturday night", "as she put
 * it on Wednesday"): a clause holding one may be told in the past, and the present's scheduled
 * reading is no safer than the past's.
 */
const SAME_IN_PAST = /\b(?:let|put|set|cut|hit|quit|read|spread|shut|cost|hurt|beat|bet|cast|split|upset|taken)\b/i;

/** "Friday on CNN's “New Day,” Sen. Gillibrand said": a lead that tells what was said on air. */
const TOLD_ON_AIR = /^\s+on\s+(?:\p{Lu}[\p{L}&.'’-]*\s*)+/u;

/**
 * The occurrence of a weekday nearest the publication date (the coming one on a tie), or the
 * coming one only up to `reach` days ahead.
 */
function nearestWeekday(published: Day, target: number, reach = 3): Day {
  const ahead = (target - weekday(published) + 7) % 7;
  return addDays(published, ahead <= reach ? ahead : ahead - 7);
}

/** A weekday, with an optional "last/next/this" before and a part of the day after. */
export const weekdayParser: TimexParser = {
  name: 'weekday',
  trigger: /day/i,
  pattern: new RegExp(
    `\\b(?:(last|next|this|past|coming|each|every)\\s+)?(${WEEKDAY_RE})(s)?(?:\\s+${PART_RE}(s)?)?(?![\\w-])`,
    'gi',
  ),
  extract(m, start, ctx) {
    const [surface, which, name, plural, part, partPlural] = m;
    if (!/^\p{Lu}/u.test(name ?? '')) return null;
    // "Black Monday", "Super Tuesday", "Good Friday": a named day of its own, not this week's;
    // which one the name alone does not say.
    const named = which ? null : NAMED_DAY.exec(ctx.text.slice(Math.max(0, start - 8), start));
    if (named) {
      if (namesSomethingElse(ctx.text, start - named[0].length, start + surface.length)) return null;
      return {
        start: start - named[0].length,
        end: start + surface.length,
        type: 'DATE',
        value: 'XXXX-XX-XX',
        stated: ['weekday'],
        rule: 'weekday-named',
        confidence: 0.5,
        granularity: 'day',
        unresolved: true,
      };
    }
    // A programme's or a newspaper's name: "Saturday Night Live", "Monday Night Football", "Fox
    // News Sunday" (but "said on Fox News Tuesday night"), "The Sunday Times".
    if (
      PROGRAMME_AFTER.test(ctx.text.slice(start + surface.length, start + surface.length + 12)) ||
      (!part &&
        !which &&
        NEWSPAPER_AFTER.test(ctx.text.slice(start + surface.length, start + surface.length + 16)) &&
        !TIME_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, start - 8), start))) ||
      (!part &&
        !which &&
        /^Sunday$/.test(name ?? '') &&
        PROGRAMME_BEFORE.test(ctx.text.slice(Math.max(0, start - 10), start)))
    )
      return null;
    const target = WEEKDAYS[(name ?? '').toLowerCase()];
    if (!target) return null;
    const end = start + surface.length;
    const partCode = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
    const w = (which ?? '').toLowerCase();
    // "on Monday and Tuesday nights": the plural of the second weekday makes both recurring,
    // and its part of the day is shared.
    const shared = !plural && !part ? COORDINATED_PLURAL.exec(ctx.text.slice(end, end + 40)) : null;
    const sharedPart = shared?.[1] ?? shared?.[2];
    const setPart = partCode ?? (sharedPart ? PARTS_OF_DAY[sharedPart.toLowerCase()] : undefined);
    const stated = ['weekday', ...(partCode ? ['part-of-day'] : [])];
    if (plural || partPlural || shared || w === 'each' || w === 'every') {
      return {
        start,
        end,
        type: 'SET',
        value: `XXXX-WXX-${target}${setPart ? 'T' + setPart : ''}`,
        stated,
        rule: 'weekday-set',
        confidence: 0.85,
        granularity: 'none',
      };
    }
    const type = partCode ? ('TIME' as const) : ('DATE' as const);
    if (!ctx.published) {
      return {
        start,
        end,
        type,
        value: `XXXX-WXX-${target}${partCode ? 'T' + partCode : ''}`,
        stated,
        rule: 'weekday',
        confidence: 0.5,
        granularity: partCode ? 'part-of-day' : 'day',
        unresolved: true,
      };
    }
    // "Wednesday's ruling": a weekday used as a possessive names something already done, even
    // in a clause that looks ahead ("would look for ways around Wednesday's ruling"); a
    // scheduled event may still be to come ("expect Clinton to win Monday's debate").
    const possessive = /^['’]s\b/.test(ctx.text.slice(end, end + 3));
    let tense = ctx.tenseAt(start);
    // "because of the slaying in Chicago on Friday": a deed named before its day is done, whatever
    // the clause around says of what follows from it.
    if (!which && DEED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 50), start))) tense = 'past';
    // "reserves of 51.2 billion on Friday, up from 49.9 billion on Thursday": the base of a
    // change already measured is behind.
    if (!which && FIGURE_FROM_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 50), start)))
      tense = 'past';
    // "for payment Monday", "for settlement on Tuesday": a value date lies ahead.
    if (
      !which &&
      /\bfor\s+(?:payment|settlement|delivery|shipment|value)\s+(?:on\s+)?$/i.test(
        ctx.text.slice(Math.max(0, start - 30), start),
      )
    )
      tense = 'future';
    // "tomorrow night and Friday", "yesterday and Thursday": a weekday joined to a day word
    // lies on its side of the publication date.
    const joined = JOINED_DAY_WORD.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start));
    if (!which && joined) tense = /^yesterday/i.test(joined[1]!) ? 'past' : 'future';
    // "expects a decision by Friday", "forcing a rate cut by Friday": a deadline lies ahead,
    // whatever the verb of saying around it, unless the clause tells what had happened by then
    // ("had been arrested by Friday", "the toll rose to 50 by Friday").
    if (
      !which &&
      tense !== 'future' &&
      /\bby\s+$/i.test(ctx.text.slice(Math.max(0, start - 4), start)) &&
      !/^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3)) &&
      !/\bhad\b/i.test(ctx.text.slice(ctx.sentence.start, ctx.sentence.end)) &&
      !PAST_DEED_NEAR.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))
    )
      tense = 'future';
    // "Clinton and Trump meet Monday at Hofstra": the simple present of a scheduled act, with no
    // other cue in the clause, announces it.
    // So does it inside a relative clause whose main clause goes on in the past after it ("the
    // government, which faces a censure vote on Friday, unveiled a plan").
    if (
      (tense === 'present' || (tense === 'past' && PAST_AFTER_CLAUSE.test(ctx.text.slice(end, end + 30)))) &&
      !possessive &&
      announcesPlan(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start))
    )
      tense = 'future';
    // (Only with a plain look ahead: "want to understand Thursday night's debate" is no plan.)
    const scheduled =
      possessive &&
      tense === 'future' &&
      STRONG_FUTURE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start)) &&
      SCHEDULED.test(ctx.text.slice(end + 2, end + 40));
    // "a rally ahead of Tuesday's primary": whatever something is ahead of is the nearer of the
    // two, whichever side of the publication date it falls (the coming one in a clause that
    // looks ahead: "whether he'll drop out before Tuesday's primary").
    const aheadOf = possessive && !which && AHEAD_OF.test(ctx.text.slice(Math.max(0, start - 24), start));
    const planFromPast =
      !which &&
      ((tense === 'future' && PLAN_FROM_PAST.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 120), start))) ||
        (tense === 'past' && DIRECTIVE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 100), start))));
    // "holds a lead in Tuesday's primary", "hoping Saturday's caucuses will set her on a path":
    // an event held on a fixed day, not told in the past, is the nearest one within two days (the
    // coming one when the clause says what it will be: "while Monday's debate will be his first";
    // "want to understand Thursday night's debate" does not).
    const comingEvent =
      possessive && !which && !scheduled && tense !== 'past' && SCHEDULED.test(ctx.text.slice(end + 2, end + 40));
    const cue =
      which || (tense === 'future' && !planFromPast)
        ? null
        : possessive
          ? NEAREST_OWNED.exec(ctx.text.slice(end, end + 50))
          : NEAREST_CUE.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start));
    const nearestReach =
      cue?.[1] &&
      tense === 'past' &&
      !/\b(?:has|have)\s+(?:[a-z]+\s+)?[a-z]{2,}ed\b/.test(
        ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start),
      )
        ? 1
        : 3;
    // "when he speaks later Monday", "said earlier Friday": told on the day itself, so the one
    // nearest the publication date (a story dated the next morning still means the day before).
    const sameDay = !which && /\b(?:later|earlier)\s+(?:on\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 12), start));
    const published = ctx.published;
    const day = ((): Day => {
      if (sameDay) return nearestWeekday(published, target);
      if (cue || planFromPast) return nearestWeekday(published, target, nearestReach);
      if (comingEvent)
        return tense === 'future' && FUTURE_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 60)))
          ? resolveWeekday(published, target, 'future', which)
          : nearestWeekday(published, target, 2);
      if (aheadOf)
        return tense === 'future'
          ? resolveWeekday(published, target, 'future', which)
          : nearestWeekday(published, target);
      if (
        tense === 'present' &&
        !which &&
        !possessive &&
        !TOLD_ON_AIR.test(ctx.text.slice(end, end + 16)) &&
        !SAME_IN_PAST.test(ctx.text.slice(ctx.sentence.start, start))
      )
        return nearestWeekday(published, target, 2);
      return resolveWeekday(published, target, possessive && !scheduled ? 'past' : tense, which);
    })();
    return {
      start,
      end,
      type,
      value: fmtDay(day) + (partCode ? 'T' + partCode : ''),
      stated,
      rule: which ? `weekday-${w}` : 'weekday-tense',
      confidence: 0.85,
      granularity: partCode ? 'part-of-day' : 'day',
      day,
      fromPublished: true,
    };
  },
};
