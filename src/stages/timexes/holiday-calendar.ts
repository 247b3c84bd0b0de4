/**
 * The days of named holidays in a given year: fixed dates, weekdays of a month (Thanksgiving),
 * days counted from Easter, and days of the Islamic, Hebrew, Persian and Chinese calendars
 * (Eid al-Adha, Passover, Nowruz, the Lunar New Year). The lunar calendars come from the ICU
 * data Node.js ships (`Intl.DateTimeFormat` with a `-u-ca-` calendar), so nothing is looked up
 * at run time and no table needs keeping.
 */
import { addDays, type Day, daysInMonth, weekday } from './calendar.js';

/** A calendar other than the Gregorian, as ICU names it. */
type LunarCalendar = 'islamic-umalqura' | 'hebrew' | 'persian' | 'chinese';

/** How a holiday's day is found in a Gregorian year. */
export type HolidayRule =
  | { kind: 'fixed'; m: number; d: number }
  /**
   * The `n`th (`-1`: last) ISO weekday `wd` of month `m`, moved by `offset` days; with
   * `leapYearsOnly`, only in years divisible by four (US presidential elections), and on the
   * day `except` gives for a year it lists.
   */
  | {
      kind: 'nth';
      m: number;
      wd: number;
      n: number;
      offset?: number;
      leapYearsOnly?: boolean;
      except?: Readonly<Record<number, readonly [number, number]>>;
    }
  /** Days from (Western, or with `orthodox` Eastern) Easter Sunday. */
  | { kind: 'easter'; offset: number; orthodox?: boolean }
  /** Day `d` of the month `months[0]` (or, where a year lacks it, the next name) of `calendar`. */
  | { kind: 'lunar'; calendar: LunarCalendar; months: readonly string[]; d: number }
  /** A name two calendars give different days: the days of each (the caller picks the nearest). */
  | { kind: 'either'; rules: readonly HolidayRule[] };

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Eastern Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar. */
export function orthodoxEasterSunday(y: number): Day {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const julian = { y, m: month, d: ((d + e + 114) % 31) + 1 };
  // The Julian calendar falls a day further behind in each century year not divisible by 400
  // (13 days from 1900 to 2099); Easter is always after the March 1 on which it changes.
  return addDays(julian, Math.floor(y / 100) - Math.floor(y / 400) - 2);
}

const FORMATS = new Map<LunarCalendar, Intl.DateTimeFormat>();
const TABLES = new Map<string, Map<string, Day[]>>();

/** Every day of Gregorian year `y` keyed by its `month/day` in `calendar` (built once a year). */
function lunarYear(calendar: LunarCalendar, y: number): Map<string, Day[]> {
  const key = `${calendar}:${y}`;
  let table = TABLES.get(key);
  if (table) return table;
  let format = FORMATS.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    FORMATS.set(calendar, format);
  }
  table = new Map();
  // A Node.js built without full ICU data falls back to the Gregorian calendar silently: its
  // holidays are then left unresolved rather than put on a Gregorian month and day.
  if (format.resolvedOptions().calendar !== calendar) {
    TABLES.set(key, table);
    return table;
  }
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= daysInMonth(y, m); d++) {
      const parts = format.formatToParts(new Date(Date.UTC(y, m - 1, d)));
      const k = `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
      const list = table.get(k);
      if (list) list.push({ y, m, d });
      else table.set(k, [{ y, m, d }]);
    }
  }
  TABLES.set(key, table);
  return table;
}

/**
 * The days in Gregorian year `y` a holiday falls on: one, except that an Islamic day can come
 * twice in a year (its year is eleven days shorter) and none when the ICU data lacks the year.
 */
export function holidayDays(rule: HolidayRule, y: number): Day[] {
  switch (rule.kind) {
    case 'fixed':
      return [{ y, m: rule.m, d: rule.d }];
    case 'nth': {
      if (rule.leapYearsOnly && y % 4 !== 0) return [];
      const exception = rule.except?.[y];
      if (exception) return [{ y, m: exception[0], d: exception[1] }];
      let day: Day;
      if (rule.n > 0) {
        const first = { y, m: rule.m, d: 1 };
        day = addDays(first, ((rule.wd - weekday(first) + 7) % 7) + 7 * (rule.n - 1));
      } else {
        const last = { y, m: rule.m, d: daysInMonth(y, rule.m) };
        day = addDays(last, -((weekday(last) - rule.wd + 7) % 7));
      }
      return [addDays(day, rule.offset ?? 0)];
    }
    case 'easter':
      return [addDays(rule.orthodox ? orthodoxEasterSunday(y) : easterSunday(y), rule.offset)];
    case 'either':
      return rule.rules.flatMap((r) => holidayDays(r, y));
    case 'lunar': {
      const table = lunarYear(rule.calendar, y);
      for (const month of rule.months) {
        const days = table.get(`${month}/${rule.d}`);
        if (days) return days;
      }
      return [];
    }
  }
}
