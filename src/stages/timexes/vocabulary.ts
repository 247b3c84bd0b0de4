/**
 * The words temporal expressions are made of, with the numbers they stand for. Kept in one
 * place so that every parser agrees on what "Sept." or "fortnight" means.
 */
import { NUMBER_TENS, NUMBER_UNITS } from '../../lexicons/number-words.js';

/** Month names and their abbreviations (lower case, no period) → month 1–12. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Regex source for a month name or abbreviation (abbreviations may take a period). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/**
 * What follows a month whose year is that of the story's focus: "(in September) of that year",
 * "(in May, June and September) of the same year", the list's later months included.
 */
export const OF_THAT_YEAR_AFTER = new RegExp(
  `^(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)${MONTH_RE})*\\s+of\\s+(?:that|the\\s+same)\\s+year\\b`,
);

/** Weekday names → ISO weekday (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Regex source for a weekday name. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Parts of the day → TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
  noon: 'MI',
  daytime: 'DT',
  'mid-afternoon': 'AF',
  'mid-morning': 'MO',
};

/** Seasons → TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

// "zero" is left out: no amount of time is written that way, and the amount pattern omits it.
const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(NUMBER_UNITS).filter(([w]) => w !== 'zero')),
  ...NUMBER_TENS,
  hundred: 100,
  dozen: 12,
  half: 0.5,
  single: 1,
  couple: 2,
};

const NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|a dozen|dozen|single)';

/**
 * Regex source for an amount of units: digits ("14", "5 1/2", "2.5"), number words, and the
 * vague amounts ("several", "a few", "a couple of") that TIMEX3 writes with X.
 */
export const AMOUNT_RE = `(?:\\d+(?: \\d/\\d|\\.\\d+)?|${NUMBER_WORD}(?: and a half)?|an?|a few|few|several|some|many|a couple of|a couple|couple of|a number of|a handful of)`;

/**
 * The number an amount phrase stands for; undefined for vague amounts ("several"), which
 * TIMEX3 writes as `X`.
 */
export function amountValue(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(p)) {
    const frac = /^(\d+) (\d)\/(\d)$/.exec(p);
    if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
    return Number(p.replace(/,(?=\d{3}\b)/g, ''));
  }
  if (/^(a |couple of|a couple)/.test(p) && /couple/.test(p)) return 2;
  if (/few|several|some|many|number of|handful/.test(p)) return undefined;
  let total = 0;
  let half = false;
  let s = p;
  if (s.endsWith(' and a half')) {
    half = true;
    s = s.slice(0, -' and a half'.length);
  }
  for (const w of s.split(/[- ]/)) {
    const v = SMALL[w];
    if (v === undefined) return undefined;
    if (w === 'hundred') total = (total || 1) * 100;
    else if (w === 'dozen') total = (total || 1) * 12;
    else if (w === 'a' || w === 'an') total = total || 1;
    else total += v;
  }
  return total + (half ? 0.5 : 0);
}

/** Time units → TimeML duration letter (E, C, L for decade, century, millennium) and whether it is a time (PT…) unit. */
export const UNITS: Record<string, { code: string; time: boolean }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D', time: false },
  night: { code: 'D', time: false },
  week: { code: 'W', time: false },
  fortnight: { code: 'W', time: false },
  weekend: { code: 'WE', time: false },
  month: { code: 'M', time: false },
  quarter: { code: 'Q', time: false },
  year: { code: 'Y', time: false },
  decade: { code: 'E', time: false },
  century: { code: 'C', time: false },
  millennium: { code: 'L', time: false },
};

/** Regex source for a unit word, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))';

/** The unit key of a unit word ("centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  if (w.startsWith('millenni')) return 'millennium';
  return w.replace(/s$/, '');
}

/** Ordinal words and numbers → 1-based position ("third" → 3). */
export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
};

/**
 * Nouns of deeds that, once named, have happened ("the Feb. 13 death", "the slaying in Chicago
 * on Friday"): a date tied to one lies behind.
 */
export const DEED_NOUNS =
  'death|killing|murder|shooting|stabbing|attack|bombing|crash|massacre|assassination|collapse|explosion|blast|earthquake|coup|raid|ambush|slaying|arrest';

/**
 * A modal or a verb of expectation ending the text before a period not yet begun: the period
 * looked ahead to ("growth should return in the third quarter", "is likely to rise in the autumn").
 */
export const LOOKS_AHEAD_BEFORE =
  /\b(?:may|might|could|should|expects?|anticipates?|forecasts?|predicts?|projects?|(?:is|are)\s+(?:\w+\s+)?(?:likely|expected|anticipated|forecast|projected|predicted|seen))\s+(?:[\w'’-]+\s+){0,8}$/;

/** The ordinals of a list of quarters before its last ("the first, second and | third quarters"). */
export const QUARTER_LIST_BEFORE =
  /\b(?:first|second|third|fourth)(?:\s*,\s*(?:the\s+)?(?:first|second|third|fourth))*\s*,?\s+(?:and|or|to)\s+(?:the\s+)?$/i;
