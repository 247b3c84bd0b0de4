/**
 * Seasons with a year ("the winter of 1994", "summer 2019") and the holidays news dates things
 * by ("Christmas", "New Year's Day", "Thanksgiving", "Election Day"), resolved to the nearest
 * occurrence.
 */
import { addDays, fmtDay, fmtYear, weekday } from '../calendar.js';
import { inferYear } from '../resolve-date.js';
import type { TimexParser } from '../timex-candidate.js';
import { amountValue, SEASONS } from '../vocabulary.js';

const FIXED: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  "valentine's day": [2, 14],
  halloween: [10, 31],
  'boxing day': [12, 26],
  'bastille day': [7, 14],
  'armistice day': [11, 11],
  'remembrance day': [11, 11],
  'veterans day': [11, 11],
  "veterans' day": [11, 11],
  'may day': [5, 1],
  'anzac day': [4, 25],
  'canada day': [7, 1],
  "st. patrick's day": [3, 17],
  "saint patrick's day": [3, 17],
};

// The holidays by name, written once: the fixed ones' keys and the two that fall on a weekday
// of November, longest first so that "Christmas Eve" wins over "Christmas".
const HOLIDAY_RE = [...Object.keys(FIXED), 'thanksgiving day', 'thanksgiving', 'election day']
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/\./g, '\\.').replace(/'/g, "['’]"))
  .join('|');
const SEASON_YEAR_RE =
  '(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(1[5-9]\\d\\d|20\\d\\d|(?:nineteen|twenty)[- ][a-z]+(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

const HOLIDAY_THING =
  /^\s+(?:trees?|cards?|carols?|presents?|gifts?|decorations?|lights?|ornaments?|songs?|music|movies?|films?|stockings?|spirit|stor(?:y|ies)|costumes?|candy|Island)\b/;

/** "the summer of 1994", "the winter of nineteen ninety-four", "winter 2019", "Christmas", "Thanksgiving Day". */
export const seasonHolidayParser: TimexParser = {
  name: 'season-holiday',
  trigger: new RegExp(`spring|summer|autumn|fall|winter|${HOLIDAY_RE}`, 'i'),
  pattern: new RegExp(`\\b(?:${SEASON_YEAR_RE}|(${HOLIDAY_RE}))(?![\\w-])`, 'gi'),
  extract(m, start, ctx) {
    const [surface, season, year, holiday] = m;
    const end = start + surface.length;
    if (season) {
      const code = SEASONS[season.toLowerCase()];
      // "the winter of nineteen ninety-four", as broadcast transcripts spell a year.
      const spelled = /^(nineteen|twenty)[- ](.+)$/i.exec(year ?? '');
      const lo = spelled ? amountValue((spelled[2] ?? '').replace(/-/g, ' ')) : undefined;
      if (spelled && (lo === undefined || lo < 10 || lo > 99)) return null;
      const y = spelled ? (spelled[1]!.toLowerCase() === 'nineteen' ? 1900 : 2000) + lo! : Number(year);
      return {
        start,
        end,
        type: 'DATE',
        value: `${fmtYear(y)}-${code}`,
        stated: ['season', 'year'],
        rule: 'season-year',
        confidence: 0.9,
        granularity: 'season',
        day: { y, m: 1, d: 1 },
      };
    }
    const h = (holiday ?? '').toLowerCase().replace('’', "'");
    if (!/^\p{Lu}/u.test(holiday ?? '')) return null;
    // "Christmas trees", "Halloween costumes", "Christmas Island": things named after the day.
    if (HOLIDAY_THING.test(ctx.text.slice(end, end + 16))) return null;
    if (!ctx.published)
      return {
        start,
        end,
        type: 'DATE',
        value: 'XXXX-XX-XX',
        stated: ['holiday'],
        rule: 'holiday',
        confidence: 0.6,
        granularity: 'day',
        unresolved: true,
      };
    if (h.startsWith('thanksgiving') || h === 'election day') {
      // Thanksgiving: the fourth Thursday of November; (US) Election Day: the Tuesday after
      // the first Monday of November.
      const y = inferYear(ctx.published, 11, h === 'election day' ? 5 : 25, ctx.tenseAt(start));
      const first = { y, m: 11, d: 1 };
      const day =
        h === 'election day'
          ? addDays(first, ((1 - weekday(first) + 7) % 7) + 1)
          : addDays(addDays(first, (4 - weekday(first) + 7) % 7), 21);
      return {
        start,
        end,
        type: 'DATE',
        value: fmtDay(day),
        stated: ['holiday'],
        rule: 'holiday',
        confidence: 0.85,
        granularity: 'day',
        day,
        fromPublished: true,
      };
    }
    const fixed = FIXED[h];
    if (!fixed) return null;
    const [m0, d0] = fixed;
    const y = inferYear(ctx.published, m0, d0, ctx.tenseAt(start));
    const day = { y, m: m0, d: d0 };
    return {
      start,
      end,
      type: 'DATE',
      value: `${fmtYear(y)}${fmtDay(day).slice(4)}`,
      stated: ['holiday'],
      rule: 'holiday',
      confidence: 0.85,
      granularity: 'day',
      day,
      fromPublished: true,
    };
  },
};
