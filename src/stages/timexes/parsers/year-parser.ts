/**
 * Bare years ("in 1920", "fiscal 1989", "the year 2000", "mid-1996"). Four-digit numbers are
 * often not years, so the parser only takes 1500–2099 and rejects numbers that look like
 * amounts (a currency before, a unit or percent after, a thousands separator).
 */
import { fmtYear } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';
import { isModelYear } from '../../../lexicons/vehicle-makes.js';
import { wireClockTail } from './clock-time-parser.js';

// A number, a sum, a code or a bill's number before four digits: "No. 1988", "Flight 1549",
// "HB 1523", "H.R. 1599".
const CODE_BEFORE =
  /(?:No\.|number|Nos\.|\$|US|Flight|flight|Route|route|Room|room|page|Article|article|\b(?:HB|SB|AB|LB|HF|SF|H\.\s?B\.|S\.\s?B\.|H\.\s?R\.|Bill|bill|Prop\.|Proposition|Section|Sec\.|Form|Rule)|\d)\s*$/;

const AMOUNT_AFTER =
  /^\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|tons?|tonnes|barrels|bbl|shares|units|dollars|dlrs|yen|marks|francs|pounds|points?|cars|vehicles|feet|ft|metres|meters|miles|km|kilometers|acres|hectares|workers|employees|jobs|votes|students|cases|deaths|killed|dead|[-–]\d|\.\d|,\d{3}|\s*mln|\s*bln|\s*million|\s*billion)/i;

/** A capitalised word right before the number. */
const NAME_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}]*)\s$/u;
/** Capitalised words a year follows: prepositions opening a sentence, a determiner, a season. */
const TIME_WORD =
  /^(?:In|IN|By|BY|Until|UNTIL|Through|Before|After|Beyond|From|To|The|THE|A|Its|This|Spring|Summer|Autumn|Fall|Winter|Vision|Agenda|Horizon)$/;

/** A market's move up to a level: "the Dow rose to", "closed 12 points lower at". */
const MOVED_TO =
  /\b(?:rose|fell|climbed|dropped|slipped|gained|jumped|eased|tumbled|plunged|surged|rallied|advanced|declined|closed|ended|finished)\s+(?:[\w.-]+\s+){0,3}?(?:to|at)\s+$/;

const PREFIX = /\b(?:fiscal(?: year)?|FY|the year)\s*$/i;

/**
 * Whether two numbers side by side are a table's header of years ("1986 1985 1986 1985",
 * "1988 1989 1990 1991"): they lie near each other, and the first near the story's time.
 */
function yearHeader(y: number, next: number, published: number | undefined): boolean {
  return Math.abs(next - y) <= 5 && (published === undefined || Math.abs(y - published) <= 50);
}

/** A year on its own, optionally after "fiscal" or "the year". */
export const yearParser: TimexParser = {
  name: 'year',
  trigger: /\b(?:1[5-9]|20)\d\d\b/,
  pattern: /\b(1[5-9]\d\d|20\d\d)(?![\w%/:-]|[.,]\d)/g,
  extract(m, start0, ctx) {
    const end = start0 + m[0].length;
    // What precedes is checked here rather than in the pattern, so that the pattern starts at a digit.
    const prev = ctx.text[start0 - 1] ?? ' ';
    if (/[\w$£€¥#.,/:]/.test(prev)) return null;
    if (prev === '-' && !/\b(?:mid|post|pre)-$/i.test(ctx.text.slice(Math.max(0, start0 - 5), start0))) return null;
    const lead = PREFIX.exec(ctx.text.slice(Math.max(0, start0 - 14), start0));
    const start = start0 - (lead?.[0].length ?? 0);
    const after = ctx.text.slice(end, end + 30);
    if (AMOUNT_AFTER.test(after) || isModelYear(ctx.text.slice(Math.max(0, start0 - 8), start0), after)) return null;
    // "at 1500 hrs EST", "from 1700 to 2100 local time": a wire service's clock, which the
    // clock-time parser reads.
    if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[1]!) && wireClockTail(ctx.text, end) !== undefined) return null;
    const before = ctx.text.slice(Math.max(0, start - 12), start);
    // "About 2000 Numsa members", "some 1500 ANC supporters": a count of people or things, a
    // number the amount words above miss because a name stands before the noun.
    if (
      !lead &&
      /\b(?:about|some|nearly|almost|around|roughly|approximately|at least|more than|over|fewer than|less than)\s+$/i.test(
        before,
      ) &&
      !/\b(?:in|since|by|until|till|from|before|after|of)\s+\S+\s+$/i.test(
        ctx.text.slice(Math.max(0, start - 30), start),
      ) &&
      /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Ll}+s\b/u.test(after)
    )
      return null;
    // "a joint venture called Orion 1980", "a plan dubbed Vision 2030": the end of a name.
    if (
      !lead &&
      /\b(?:called|named|dubbed|titled|entitled|known as|branded)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}$/u.test(
        ctx.text.slice(Math.max(0, start - 60), start),
      )
    )
      return null;
    const y = Number(m[1]);
    // ("1988 1989 1990": a table's header of years, each a year.)
    if (CODE_BEFORE.test(before) && !yearHeader(Number(/(\d{4})\s+$/.exec(before)?.[1]), y, ctx.published?.y))
      return null;
    // "fell 508 points to 1738", "rose to 1757", "a new high of 1757", "from Friday's 1753
    // finish": an index's level ("fell to 1985 levels" is still a year). "(XYJN 1519)": a wire
    // message's code and clock.
    if (
      /\b(?:points?|pts),?\s+(?:to|at)\s+$|\b(?:high|low)\s+of\s+$/i.test(before) ||
      (/\(\p{Lu}{4}\s+$/u.test(before) && /^\)/.test(after)) ||
      (/['’]s\s+$/.test(before) && /^\s+(?:finish|close|closing)\b/.test(after)) ||
      (MOVED_TO.test(ctx.text.slice(Math.max(0, start - 40), start)) &&
        !/^\s+(?:levels?|figures?|estimates?|forecasts?|targets?|budgets?|results|prices|average)\b/.test(after))
    )
      return null;
    // "the 1840 level" of an index, "LONDON GOLD 1500 FIX", "1600 Pennsylvania Avenue", a table's
    // row "HARD RED WINTER 1639 1635 54" or "TT 2000 2129(1900 2303)": numbers beside words or
    // numbers that make them no year.
    if (
      (/^\s+(?:level|mark)\b/.test(after) && ctx.published && y < ctx.published.y - 50) ||
      /^\s+fix\b/i.test(after) ||
      // "the Russell 2000", "the Wilshire 5000 Index": an index's name.
      /\b(?:Russell|Wilshire)\s+$/.test(before) ||
      (/^\s+Index\b/.test(after) && !TIME_WORD.test(NAME_BEFORE.exec(before)?.[1] ?? 'The')) ||
      /^\s+\p{Lu}\p{Ll}+\s+(?:Avenue|Street|Road|Boulevard|Drive|Lane|Ave|St)\b/u.test(after) ||
      (/^\s+\d{3,}(?:\s+\d|\()/.test(after) && !yearHeader(y, Number(/^\s+(\d+)/.exec(after)![1]), ctx.published?.y)) ||
      /\d\($/.test(before)
    )
      return null;
    // "Indonesia's PPN 2058" in 1987: a name's number, far beyond any plan a story names. (A
    // nearer one, "FTS 2000", "Windows 2000", may still be a year to a reader, so it stays.)
    const named = NAME_BEFORE.exec(before);
    if (!lead && named && !TIME_WORD.test(named[1]!) && ctx.published && y > ctx.published.y + 30) return null;
    return {
      start,
      end,
      type: 'DATE',
      value: fmtYear(y),
      stated: ['year'],
      rule: 'year',
      confidence: lead ? 0.95 : 0.8,
      granularity: 'year',
      day: { y, m: 1, d: 1 },
    };
  },
};

/** "since '82", "in ’99": a two-digit year after a preposition (not "iLife '11", a product). */
export const shortYearParser: TimexParser = {
  name: 'short-year',
  trigger: /['’]\d\d\b/,
  pattern: /['’](\d\d)(?![\w'’%-]|[.,]\d)/g,
  extract(m, start, ctx) {
    // The preposition is checked here: a lookbehind would run at every position of the text.
    const before = ctx.text.slice(Math.max(0, start - 8), start);
    if (!/\b(?:since|in|of|from|until|till|by|before|after|around|circa|early|late|mid)\s+$/i.test(before)) return null;
    const n = Number(m[1]);
    // Two digits name the latest year they can that is not years after the story: written in
    // 2020, '82 is 1982 and '05 is 2005; written in 1987, the Crash of '29 is 1929. With no
    // publication date, the nearest century's: '05 is 2005, '82 is 1982.
    let y = n < 30 ? 2000 + n : 1900 + n;
    if (ctx.published) {
      const latest = ctx.published.y + 5;
      y = latest - (latest % 100) + n;
      if (y > latest) y -= 100;
    }
    return {
      start,
      end: start + m[0].length,
      type: 'DATE',
      value: fmtYear(y),
      stated: ['year'],
      rule: 'short-year',
      confidence: 0.75,
      granularity: 'year',
      day: { y, m: 1, d: 1 },
    };
  },
};

/** The second year of a span written "1985/86", "2010-11", "1955-2011", after the first. */
function secondYear(first: number, written: string): number | undefined {
  if (written.length === 4) {
    const y = Number(written);
    return y > first && y - first <= 200 ? y : undefined;
  }
  const y = first - (first % 100) + Number(written) + (Number(written) <= first % 100 ? 100 : 0);
  return y - first >= 1 && y - first <= 10 ? y : undefined;
}

const SPAN = /\b(1[5-9]\d\d|20\d\d)\s?([-–/])\s?((?:1[5-9]|20)\d\d|\d\d)(?![\w%/:-]|[.,]\d)/g;

/** What may not come before a span's first year (a sum, a number, a code). */
function spanStart(text: string, at: number): boolean {
  if (/[\w$£€¥#.,/:-]/.test(text[at - 1] ?? ' ')) return false;
  return !CODE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** The two years of a span match, or undefined where it is no span of years (a sum, a code). */
function spanAt(m: RegExpExecArray, start: number, text: string): [number, number] | undefined {
  const first = Number(m[1]);
  const second = secondYear(first, m[3]!);
  if (second === undefined || !spanStart(text, start)) return undefined;
  const following = text.slice(start + m[0].length, start + m[0].length + 30);
  if (AMOUNT_AFTER.test(following) || isModelYear(text.slice(Math.max(0, start - 8), start), following))
    return undefined;
  return [first, second];
}

/**
 * "the 1985/86 season", "in 2010-11", "Steve Jobs 1955-2011": a span of years written as one
 * word; its ends are two years (TIMEX3 has no value for the span itself), the second read
 * whole from its last two digits. This parser reads the first; `yearSpanEndParser` the second.
 */
export const yearSpanStartParser: TimexParser = {
  name: 'year-span-start',
  trigger: /\b(?:1[5-9]|20)\d\d\s?[-–/]\s?\d\d/,
  pattern: SPAN,
  extract(m, start, ctx) {
    const span = spanAt(m, start, ctx.text);
    if (!span) return null;
    const [first] = span;
    return {
      start,
      end: start + 4,
      type: 'DATE',
      value: fmtYear(first),
      stated: ['year'],
      rule: 'year-span',
      confidence: 0.8,
      granularity: 'year',
      day: { y: first, m: 1, d: 1 },
    };
  },
};

/** The second year of a span of years ("86" of "1985/86" is 1986). */
export const yearSpanEndParser: TimexParser = {
  name: 'year-span-end',
  trigger: /\b(?:1[5-9]|20)\d\d\s?[-–/]\s?\d\d/,
  pattern: SPAN,
  extract(m, start, ctx) {
    const span = spanAt(m, start, ctx.text);
    if (!span) return null;
    const [, y] = span;
    const at = start + m[0].length - m[3]!.length;
    return {
      start: at,
      end: start + m[0].length,
      type: 'DATE',
      value: fmtYear(y),
      stated: ['year'],
      rule: 'year-span',
      confidence: 0.8,
      granularity: 'year',
      day: { y, m: 1, d: 1 },
    };
  },
};
