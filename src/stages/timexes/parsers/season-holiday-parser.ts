/**
 * Seasons with a year ("the winter of 1994", "summer 2019") and the holidays news dates things
 * by ("Christmas", "Thanksgiving", "Good Friday", "Eid al-Adha", "Passover", "Nowruz"), resolved
 * to the occurrence nearest the publication date that the tense allows, or to that of a year
 * written after it ("Easter 2019").
 */
import { addDays, type Day, diffDays, fmtYear, weekday } from '../calendar.js';
import { type HolidayRule, holidayDays } from '../holiday-calendar.js';
import { formatAt, nearestOccurrence, UNRESOLVED } from '../resolve-date.js';
import type { TimexParser } from '../timex-candidate.js';
import { amountValue, SEASONS } from '../vocabulary.js';
import { countryByDemonym, countryByName } from '../../../lexicons/countries.js';

const fixed = (m: number, d: number): HolidayRule => ({ kind: 'fixed', m, d });
const nth = (m: number, wd: number, n: number, offset?: number): HolidayRule => ({
  kind: 'nth',
  m,
  wd,
  n,
  ...(offset && { offset }),
});
const easter = (offset: number): HolidayRule => ({ kind: 'easter', offset });
const islamic = (month: number, d: number): HolidayRule => ({
  kind: 'lunar',
  calendar: 'islamic-umalqura',
  months: [String(month)],
  d,
});
const hebrew = (months: readonly string[], d: number): HolidayRule => ({
  kind: 'lunar',
  calendar: 'hebrew',
  months,
  d,
});
const chinese = (month: number, d: number): HolidayRule => ({
  kind: 'lunar',
  calendar: 'chinese',
  months: [String(month)],
  d,
});

// Names as they are looked up: lower case, curly apostrophes straightened, each run of spaces
// and hyphens one space ("Eid al-Fitr", "Eid-ul-Fitr" and "Eid al Fitr" are one key).
// A holiday that lasts several days (Passover, Hanukkah) is its first day, as HeidelTime has it;
// an Islamic day is the Umm al-Qura calendar's, which a country that sights the moon may keep a
// day later.
const HOLIDAYS: Record<string, HolidayRule> = {
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  'orthodox christmas': fixed(1, 7),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  'independence day': fixed(7, 4),
  "valentine's day": fixed(2, 14),
  halloween: fixed(10, 31),
  'boxing day': fixed(12, 26),
  'bastille day': fixed(7, 14),
  'armistice day': fixed(11, 11),
  'remembrance day': fixed(11, 11),
  'veterans day': fixed(11, 11),
  "veterans' day": fixed(11, 11),
  'may day': fixed(5, 1),
  'anzac day': fixed(4, 25),
  'canada day': fixed(7, 1),
  "st. patrick's day": fixed(3, 17),
  "saint patrick's day": fixed(3, 17),
  "international women's day": fixed(3, 8),
  juneteenth: fixed(6, 19),
  "all saints' day": fixed(11, 1),
  "all souls' day": fixed(11, 2),
  'guy fawkes night': fixed(11, 5),
  'martin luther king day': nth(1, 1, 3),
  'martin luther king jr. day': nth(1, 1, 3),
  'mlk day': nth(1, 1, 3),
  "presidents' day": nth(2, 1, 3),
  'presidents day': nth(2, 1, 3),
  'memorial day': nth(5, 1, -1),
  // The first Monday of September in the US and Canada, May Day nearly everywhere else: the
  // nearer of the two to the publication date ("marched to mark Labor Day" in Manila on May 1).
  'labor day': { kind: 'either', rules: [nth(9, 1, 1), fixed(5, 1)] },
  'labour day': { kind: 'either', rules: [nth(9, 1, 1), fixed(5, 1)] },
  "international workers' day": fixed(5, 1),
  "workers' day": fixed(5, 1),
  'columbus day': nth(10, 1, 2),
  "mother's day": nth(5, 7, 2),
  "father's day": nth(6, 7, 3),
  thanksgiving: nth(11, 4, 4),
  'thanksgiving day': nth(11, 4, 4),
  'black friday': nth(11, 4, 4, 1),
  // (US) Election Day: the Tuesday after the first Monday of November.
  'election day': nth(11, 1, 1, 1),
  // The US primaries' largest day: the first Tuesday of March in an election year, but for
  // the years that held it elsewhere.
  'super tuesday': {
    kind: 'nth',
    m: 3,
    wd: 2,
    n: 1,
    leapYearsOnly: true,
    except: { 1984: [3, 13], 1988: [3, 8], 1992: [3, 10], 1996: [3, 12], 2008: [2, 5] },
  },
  easter: easter(0),
  'easter sunday': easter(0),
  'easter day': easter(0),
  'easter monday': easter(1),
  'holy saturday': easter(-1),
  'good friday': easter(-2),
  'holy thursday': easter(-3),
  'maundy thursday': easter(-3),
  'palm sunday': easter(-7),
  'ash wednesday': easter(-46),
  'shrove tuesday': easter(-47),
  'ascension day': easter(39),
  pentecost: easter(49),
  'whit sunday': easter(49),
  whitsunday: easter(49),
  'whit monday': easter(50),
  'orthodox easter': { kind: 'easter', offset: 0, orthodox: true },
  'eid al fitr': islamic(10, 1),
  'eid ul fitr': islamic(10, 1),
  'eid el fitr': islamic(10, 1),
  'eid al adha': islamic(12, 10),
  'eid ul adha': islamic(12, 10),
  'eid el adha': islamic(12, 10),
  'islamic new year': islamic(1, 1),
  'hijri new year': islamic(1, 1),
  ashura: islamic(1, 10),
  arbaeen: islamic(2, 20),
  arbaen: islamic(2, 20),
  "arba'een": islamic(2, 20),
  mawlid: islamic(3, 12),
  'mawlid al nabi': islamic(3, 12),
  'laylat al qadr': islamic(9, 27),
  passover: hebrew(['Nisan'], 15),
  pesach: hebrew(['Nisan'], 15),
  'rosh hashanah': hebrew(['Tishri'], 1),
  'rosh hashana': hebrew(['Tishri'], 1),
  'yom kippur': hebrew(['Tishri'], 10),
  sukkot: hebrew(['Tishri'], 15),
  hanukkah: hebrew(['Kislev'], 25),
  chanukah: hebrew(['Kislev'], 25),
  hanukah: hebrew(['Kislev'], 25),
  // Purim is in Adar II in a leap year.
  purim: hebrew(['Adar II', 'Adar'], 14),
  shavuot: hebrew(['Sivan'], 6),
  nowruz: { kind: 'lunar', calendar: 'persian', months: ['1'], d: 1 },
  norooz: { kind: 'lunar', calendar: 'persian', months: ['1'], d: 1 },
  newroz: { kind: 'lunar', calendar: 'persian', months: ['1'], d: 1 },
  navruz: { kind: 'lunar', calendar: 'persian', months: ['1'], d: 1 },
  'lunar new year': chinese(1, 1),
  'chinese new year': chinese(1, 1),
  'spring festival': chinese(1, 1),
  'mid autumn festival': chinese(8, 15),
  'dragon boat festival': chinese(5, 5),
  // Holy Week, Monday to Easter Sunday, is the ISO week that ends on Easter.
  'holy week': easter(0),
  'easter week': easter(0),
};
// Independence days of the countries conflict and protest news most often names with one; a
// country not listed leaves the day unresolved rather than given the United States' July 4.
const INDEPENDENCE: Readonly<Record<string, readonly [number, number]>> = {
  US: [7, 4],
  IN: [8, 15],
  PK: [8, 14],
  BD: [3, 26],
  LK: [2, 4],
  MM: [1, 4],
  ID: [8, 17],
  PH: [6, 12],
  VN: [9, 2],
  UA: [8, 24],
  BY: [7, 3],
  GE: [5, 26],
  AM: [9, 21],
  AZ: [10, 18],
  KZ: [12, 16],
  XK: [2, 17],
  MX: [9, 16],
  GT: [9, 15],
  HN: [9, 15],
  SV: [9, 15],
  NI: [9, 15],
  CR: [9, 15],
  CO: [7, 20],
  VE: [7, 5],
  EC: [8, 10],
  PE: [7, 28],
  BO: [8, 6],
  BR: [9, 7],
  AR: [7, 9],
  CL: [9, 18],
  PY: [5, 15],
  UY: [8, 25],
  HT: [1, 1],
  DZ: [7, 5],
  TN: [3, 20],
  MA: [11, 18],
  LY: [12, 24],
  LB: [11, 22],
  JO: [5, 25],
  IQ: [10, 3],
  SD: [1, 1],
  SS: [7, 9],
  ER: [5, 24],
  SO: [7, 1],
  NG: [10, 1],
  GH: [3, 6],
  CD: [6, 30],
  MZ: [6, 25],
  AO: [11, 11],
  ZW: [4, 18],
  FI: [12, 6],
  PL: [11, 11],
};
// "Pakistan's Independence Day", "Ukrainian Independence Day", "Independence Day in Mexico".
const COUNTRY_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*?)(?:['’]s)?\s+(?:national\s+)?$/u;
const COUNTRY_AFTER = /^\s+(?:in|of)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;

/** The independence day of the country named beside it; undefined for one not known. */
function independenceDay(text: string, start: number, end: number): HolidayRule | undefined {
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = COUNTRY_AFTER.exec(text.slice(end, end + 40))?.[1];
  for (const name of [before, after]) {
    if (!name) continue;
    const words = name.split(/\s+/);
    // The longest run of words ending at the holiday (or starting after "in") that is a country.
    for (let i = 0; i < words.length; i++) {
      const phrase = name === before ? words.slice(i).join(' ') : words.slice(0, words.length - i).join(' ');
      const bare = phrase.replace(/\.$/, '');
      const country = countryByName(phrase) ?? countryByName(bare) ?? countryByDemonym(bare);
      if (!country) continue;
      const day = INDEPENDENCE[country.alpha2];
      return day ? fixed(day[0], day[1]) : { kind: 'either', rules: [] };
    }
  }
  return undefined;
}

const YEAR_LATER = /^\s+(?:[a-z]+\s+){0,2}(?:in|of)\s+(1[5-9]\d\d|20\d\d)(?![\d,.]\d)/;
const WEEK_LONG = new Set(['holy week', 'easter week']);

/** The lookup key of a holiday as written. */
const holidayKey = (written: string): string =>
  written
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s-]+/g, ' ');

// The holidays by name, longest first so that "Christmas Eve" wins over "Christmas".
/** A name's words as a pattern: its periods literal, either apostrophe. */
const literal = (name: string): string => name.replace(/\./g, '\\.').replace(/'/g, "['’]");
const HOLIDAY_RE = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((h) => literal(h).replace(/ /g, '[\\s-]'))
  .join('|');
// A holiday's name opens with a capital (the parser requires it), so a document is looked at
// only when the first two words of one appear with it: a test on every document that costs a
// fifth of one over all the names in any case, and common words ("May", "New") alone do not
// pass it.
const HOLIDAY_TRIGGER = new RegExp(
  `[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|SPRING|SUMMER|AUTUMN|FALL|WINTER|\\b(?:${[
    ...new Set(Object.keys(HOLIDAYS).map((h) => h.split(' ').slice(0, 2).join(' '))),
  ]
    .map((w) =>
      literal(w.startsWith('mlk') ? 'MLK' + w.slice(3) : w[0]!.toUpperCase() + w.slice(1)).replace(
        / (\w)/g,
        (_, c: string) => `[\\s-][${c.toUpperCase()}${c}]`,
      ),
    )
    .join('|')})`,
);
const SEASON_YEAR_RE =
  '(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(1[5-9]\\d\\d|20\\d\\d|(?:nineteen|twenty)[- ][a-z]+(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

const HOLIDAY_THING =
  /^\s+(?:trees?|cards?|carols?|presents?|gifts?|decorations?|lights?|ornaments?|songs?|music|movies?|films?|stockings?|spirit|stor(?:y|ies)|costumes?|candy|Island|eggs?|bunn(?:y|ies))\b/;

/**
 * Whether a holiday's name at `start`–`end` names something else: "Christmas trees", "Christmas
 * Island", and a name that goes on in capitals ("Easter Seals", "the Good Friday Agreement",
 * "the Easter Rising") unless a preposition puts the day before it ("on Christmas President
 * Obama spoke").
 */
export function namesSomethingElse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  if (HOLIDAY_THING.test(after)) return true;
  return (
    /^ \p{Lu}\p{Ll}/u.test(after) &&
    // (An event held on the day still names the day: "the St. Patrick's Day Parade".)
    !/^ (?:Morning|Afternoon|Evening|Night|Eve|Day|Weekend|Week|Holidays?|Parades?|Festival|Festivities|Celebrations?|Mass|Services?|Vigil|Rall(?:y|ies)|March(?:es)?|Sales?|Dinner|Concert|Ceremon(?:y|ies))\b/.test(
      after,
    ) &&
    !/\b(?:on|at|for|before|after|during|since|until|till|by|over|of|from|around|through|ahead of)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, start - 20), start),
    )
  );
}

/** "the summer of 1994", "the winter of nineteen ninety-four", "winter 2019", "Christmas", "Thanksgiving Day". */
export const seasonHolidayParser: TimexParser = {
  name: 'season-holiday',
  trigger: HOLIDAY_TRIGGER,
  pattern: new RegExp(
    `\\b(?:${SEASON_YEAR_RE}|(${HOLIDAY_RE})(?:\\s+(weekend))?(?:\\s+(?:of\\s+)?(1[5-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d))?)(?![\\w-])`,
    'gi',
  ),
  extract(m, start, ctx) {
    const [surface, season, year, holiday, weekend, yearAfter] = m;
    const end = start + surface.length;
    if (season) {
      const code = SEASONS[season.toLowerCase()];
      // "the winter of nineteen ninety-four", as broadcast transcripts spell a year.
      const spelled = /^(nineteen|twenty)[- ](.+)$/i.exec(year ?? '');
      const lo = spelled ? amountValue((spelled[2] ?? '').replace(/-/g, ' ')) : undefined;
      if (spelled && (lo === undefined || lo < 10 || lo > 99)) return null;
      const y = spelled ? (spelled[1]!.toLowerCase() === 'nineteen' ? 1900 : 2000) + lo! : Number(year);
      // "HARD RED WINTER 1639 1635 54": a grain class's row in a table of numbers, no season.
      if (/^\s+\d{3,}(?:\s+\d|\()/.test(ctx.text.slice(end, end + 12))) return null;
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
    const h = holidayKey(holiday ?? '');
    // Each country has its own Independence Day: the one named beside it, July 4 without one.
    const rule = h === 'independence day' ? (independenceDay(ctx.text, start, end) ?? HOLIDAYS[h]) : HOLIDAYS[h];
    if (!rule || !/^\p{Lu}/u.test(holiday ?? '')) return null;
    if (namesSomethingElse(ctx.text, start, end)) return null;
    // "the Boys & Girls Club Spring Festival" is a club's, not China's.
    if (
      h === 'spring festival' &&
      !/\b(?:the|Chinese|China['’]s)\s+$/i.test(ctx.text.slice(Math.max(0, start - 10), start))
    )
      return null;
    // "Super Tuesday II" is another, later day.
    if (h === 'super tuesday' && /^\s*(?:II|2|Two)\b/.test(ctx.text.slice(end, end + 6))) return null;
    // "Memorial Day weekend" is the weekend before a Monday holiday, that of its own week for a
    // holiday later in the week; "Holy Week" the week that ends on Easter.
    const granularity = weekend ? 'weekend' : WEEK_LONG.has(h) ? 'week' : 'day';
    // "the 1988 Super Tuesday": a year written before the name is its year too.
    const yearBefore = yearAfter
      ? undefined
      : /\b(1[5-9]\d\d|20\d\d)\s+$/.exec(ctx.text.slice(Math.max(0, start - 6), start));
    // "the Workers' Day celebrations in 1977": a year a few words on, after "in" or "of".
    const yearLater = yearAfter || yearBefore ? undefined : YEAR_LATER.exec(ctx.text.slice(end, end + 40));
    // "on Election Day next year": a year in words right after it.
    const wordYear =
      ctx.published && !yearAfter && !yearBefore && !yearLater
        ? /^\s+(next|last|this)\s+year\b/i.exec(ctx.text.slice(end, end + 16))?.[1]?.toLowerCase()
        : undefined;
    const holidayYear =
      yearAfter ??
      yearBefore?.[1] ??
      yearLater?.[1] ??
      (wordYear ? String(ctx.published!.y + (wordYear === 'next' ? 1 : wordYear === 'last' ? -1 : 0)) : undefined);
    if (yearBefore) start -= yearBefore[0].length;
    const stated = ['holiday', ...(holidayYear ? ['year'] : [])];
    let day: Day | undefined;
    if (holidayYear) {
      const days = holidayDays(rule, Number(holidayYear));
      day = ctx.published ? nearestOccurrence(ctx.published, days, ctx.tenseAt(start)) : days[0];
    } else if (ctx.published) {
      const y = ctx.published.y;
      const days = [y - 1, y, y + 1].flatMap((year) => holidayDays(rule, year));
      // A day that comes back every year, told ahead, is the coming one however near the last
      // was ("will have morphed by Election Day", written two weeks after the last). (Told in
      // the past it may still be ahead: "the Saturday before Christmas", written on Dec. 23.)
      const tense = ctx.tenseAt(start);
      const published = ctx.published;
      const ahead = tense === 'future' ? days.filter((d) => diffDays(published, d) >= 0) : [];
      day = nearestOccurrence(published, ahead.length > 0 ? ahead : days, tense);
    }
    if (!day)
      return {
        start,
        end,
        type: 'DATE',
        value: UNRESOLVED[granularity]!,
        stated,
        rule: 'holiday',
        confidence: 0.6,
        granularity,
        unresolved: true,
      };
    if (granularity === 'weekend') day = addDays(day, weekday(day) <= 2 ? -weekday(day) - 1 : 6 - weekday(day));
    return {
      start,
      end,
      type: 'DATE',
      value: formatAt(day, granularity),
      stated,
      rule: 'holiday',
      // The lunar calendars' days are those of one reckoning among several.
      confidence: rule.kind === 'lunar' ? 0.75 : 0.85,
      granularity,
      day,
      ...(!holidayYear && { fromPublished: true }),
    };
  },
};
