/**
 * Years named in words: "the year", "the fiscal year", "the year ended March 31" (a stretch of
 * one year), "year-end", and years spelled out as broadcast transcripts write them ("nineteen
 * ninety-six", "the year two thousand").
 */
import { fmtYear } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';
import { amountValue } from '../vocabulary.js';

const TENS =
  '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';

/** "the year", "the full year", "year-end", "nineteen ninety-six", "the year two thousand". */
export const yearWordParser: TimexParser = {
  name: 'year-word',
  trigger: /year|nineteen|twenty|two thousand/i,
  pattern: new RegExp(
    `\\b(?:(?:the\\s+year\\s+)?(nineteen|twenty)[- ](${TENS}|hundred)|(?:the\\s+year\\s+)?two thousand(?:\\s+and\\s+(one|two|three|four|five|six|seven|eight|nine|ten))?|(the\\s+(?:(?:full|fiscal|calendar|whole|entire)\\s+)?year)(?:(\\s+(?:ended|ending|to)\\b)|\\s+(?:of\\s+)?(1[5-9]\\d\\d|20\\d\\d)(?![/–-]\\d)(?!\\s*(?:%|percent|pct|mln|billion|million|dlrs|tonnes)\\b))?|(year[- ]end|year['’]s end))(?![\\w-])`,
    'gi',
  ),
  extract(m, start, ctx) {
    const [surface, century, rest, after2000, theYear, ended, statedYear, yearEnd] = m;
    const base = { start, end: start + surface.length, confidence: 0.7 };
    if (theYear) {
      const end = start + theYear.length;
      if (ended)
        return {
          ...base,
          end,
          type: 'DURATION',
          value: 'P1Y',
          stated: ['year'],
          rule: 'year-word-stretch',
          granularity: 'none',
        };
      // "the full year 1986": the year stated.
      if (statedYear) {
        const y = Number(statedYear);
        return {
          ...base,
          type: 'DATE',
          value: fmtYear(y),
          stated: ['year'],
          rule: 'year-word-stated',
          granularity: 'year',
          day: { y, m: 1, d: 1 },
        };
      }
      // "Time's Person of the Year", "Player of the Year": a title, not a year.
      if (/Year$/.test(theYear) && /\bof\s+$/.test(ctx.text.slice(Math.max(0, start - 4), start))) return null;
      // "a year" as a unit of rates or ages is handled elsewhere; "the year" is the current one.
      if (/^\s+(?:of|in)\s+(?:the\s+)?[A-Z]/.test(ctx.text.slice(end, end + 12))) return null;
      if (!ctx.published)
        return {
          ...base,
          end,
          type: 'DATE',
          value: 'XXXX',
          stated: [],
          rule: 'year-word',
          granularity: 'year',
          unresolved: true,
        };
      const y = ctx.published.y;
      return {
        ...base,
        end,
        type: 'DATE',
        value: fmtYear(y),
        stated: [],
        rule: 'year-word',
        granularity: 'year',
        day: { y, m: 1, d: 1 },
        fromPublished: true,
      };
    }
    if (yearEnd) {
      if (!ctx.published)
        return {
          ...base,
          type: 'DATE',
          value: 'XXXX',
          mod: 'END',
          stated: [],
          rule: 'year-end',
          granularity: 'year',
          unresolved: true,
        };
      // "The change is since year-end": the year-end already passed, the last one.
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, base.start - 6), base.start));
      const y = ctx.published.y - (since ? 1 : 0);
      return {
        ...base,
        type: 'DATE',
        value: fmtYear(y),
        mod: 'END',
        stated: [],
        rule: 'year-end',
        granularity: 'year',
        day: { y, m: 12, d: 31 },
        fromPublished: true,
      };
    }
    // "two thousand years", "nineteen hundred troops": an amount, not a year.
    if (
      /^\s+(?:years?|days?|months?|weeks?|hours?|people|troops|men|dollars)\b/i.test(
        ctx.text.slice(base.end, base.end + 12),
      )
    )
      return null;
    let y: number | undefined;
    if (century) {
      const hi = (century.toLowerCase() === 'nineteen' ? 19 : 20) * 100;
      const lo = (rest ?? '').toLowerCase() === 'hundred' ? 0 : amountValue((rest ?? '').replace('-', ' '));
      if (lo === undefined || lo > 99) return null;
      y = hi + lo;
      // "nineteen twenty" could be an amount; require a year-like context in spoken style.
      if ((rest ?? '').toLowerCase() !== 'hundred' && lo < 10) return null;
    } else {
      y = 2000 + (after2000 ? (amountValue(after2000) ?? 0) : 0);
    }
    return {
      ...base,
      type: 'DATE',
      value: fmtYear(y),
      stated: ['year'],
      rule: 'year-spelled',
      granularity: 'year',
      day: { y, m: 1, d: 1 },
      confidence: 0.75,
    };
  },
};
