import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reanchorTimexes } from '../src/stages/timexes/timex-stage.js';
import { runTimexes, timexValues } from './helpers/timex-run.js';

// 2021-03-10 is a Wednesday in ISO week 10.
const PUB = '2021-03-10';

test('a weekday follows the tense of its clause', () => {
  assert.deepEqual(timexValues('Protesters gathered on Monday outside the ministry.', PUB), [['Monday', '2021-03-08']]);
  assert.deepEqual(timexValues('The ministers will meet on Monday to discuss the budget.', PUB), [
    ['Monday', '2021-03-15'],
  ]);
  assert.deepEqual(timexValues('The strike began on Wednesday.', PUB), [['Wednesday', '2021-03-10']]);
  assert.deepEqual(timexValues('Talks are scheduled to resume Friday in Geneva.', PUB), [['Friday', '2021-03-12']]);
  assert.deepEqual(timexValues('Officials said last Friday that the border was closed.', PUB), [
    ['last Friday', '2021-03-05'],
  ]);
});

test('relative calendar periods are whole ISO weeks, months and years', () => {
  assert.deepEqual(timexValues('Prices rose last week, and will rise next month.', PUB), [
    ['last week', '2021-W09'],
    ['next month', '2021-04'],
  ]);
  assert.deepEqual(timexValues('Sales fell this year after a strong last year.', PUB)[0], ['this year', '2021']);
  assert.deepEqual(timexValues('Unrest spread over the weekend.', PUB), [['the weekend', '2021-W09-WE']]);
  // The base of a change already measured is behind, however near the coming one.
  assert.deepEqual(timexValues('Reserves were 51 billion on Monday, up from 49.9 billion on Friday.', PUB), [
    ['Monday', '2021-03-08'],
    ['Friday', '2021-03-05'],
  ]);
});

test('days named from the publication date, parts of the day, clock times', () => {
  assert.deepEqual(timexValues('Yesterday morning the army withdrew; the curfew ends at 10 p.m. tonight.', PUB), [
    ['Yesterday morning', '2021-03-09TMO'],
    ['10 p.m.', '2021-03-10T22:00'],
    ['tonight', '2021-03-10TNI'],
  ]);
  assert.deepEqual(timexValues('Police fired tear gas at 9:30 a.m. Tuesday.', PUB), [
    ['9:30 a.m. Tuesday', '2021-03-09T09:30'],
  ]);
  // Midnight told in the past is the one that opened the publication day; ahead, the one that
  // closes it; with a day after its zone, that day's.
  assert.deepEqual(timexValues('The strike began at midnight.', PUB), [['midnight', '2021-03-09T24:00']]);
  assert.deepEqual(timexValues('The curfew begins at midnight.', PUB), [['midnight', '2021-03-10T24:00']]);
  assert.deepEqual(timexValues('The offer expires at midnight EST March 19.', PUB), [
    ['midnight', '2021-03-19T24:00'],
    ['March 19', '2021-03-19'],
  ]);
});

test('dates with and without a year; the year implied is not stated', () => {
  const doc = runTimexes('The vote on March 2 followed the 1998 accord and the riots of 12 May 2019.', {
    published: PUB,
  });
  const got = doc.layer('timex').map((t) => [doc.surface(t), t.attrs.value, t.attrs.stated.join(',')]);
  assert.deepEqual(got, [
    ['March 2', '2021-03-02', 'month,day'],
    ['1998', '1998', 'year'],
    ['12 May 2019', '2019-05-12', 'month,year,day'],
  ]);
});

test('a month without a year leans on the tense', () => {
  assert.deepEqual(timexValues('Elections will be held in November.', PUB), [['November', '2021-11']]);
  assert.deepEqual(timexValues('The ceasefire collapsed in November.', PUB), [['November', '2020-11']]);
});

test('durations, sets, quarters, decades and references', () => {
  assert.deepEqual(timexValues('The siege lasted two weeks and the talks 16 hours.', PUB), [
    ['two weeks', 'P2W'],
    ['16 hours', 'PT16H'],
  ]);
  assert.deepEqual(timexValues('Profit rose in the fourth quarter.', PUB), [['the fourth quarter', '2020-Q4']]);
  assert.deepEqual(timexValues('Protests are held daily and every Friday.', PUB), [
    ['daily', 'P1D'],
    ['every Friday', 'XXXX-WXX-5'],
  ]);
  assert.deepEqual(timexValues('Inflation was high in the 1970s.', PUB), [['the 1970s', '197']]);
  assert.deepEqual(timexValues('The group is now banned, and was recently renamed.', PUB), [
    ['now', 'PRESENT_REF'],
    ['recently', 'PAST_REF'],
  ]);
  // The present of a past moment is past.
  assert.deepEqual(timexValues('Rates were fixed at then-current levels; current rates are lower.', PUB), [
    ['then-current', 'PAST_REF'],
    ['current', 'PRESENT_REF'],
  ]);
});

test('modifiers become mod and part of the extent', () => {
  assert.deepEqual(timexValues('The fighting started in early March and lasted more than three months.', PUB), [
    ['early March', '2021-03/START'],
    ['more than three months', 'P3M/MORE_THAN'],
  ]);
  assert.deepEqual(timexValues('He was detained about two years ago.', PUB), [['about two years ago', '2019/APPROX']]);
});

test('"N units after" a dated expression is resolved and anchored on it', () => {
  const doc = runTimexes('The accord was signed two days after January 5 by both sides.', { published: PUB });
  const [rel, anchor] = doc.layer('timex');
  assert.ok(rel && anchor);
  assert.equal(doc.surface(rel), 'two days');
  assert.equal(rel.attrs.type, 'DATE');
  assert.equal(rel.attrs.value, '2021-01-07');
  assert.equal(rel.attrs.anchor, anchor.id);
  assert.equal(doc.surface(anchor), 'January 5');
});

test('"the next day" and "a year earlier" follow the date in focus', () => {
  assert.deepEqual(timexValues('The rally was on June 3, 2019. The next day, police made arrests.', PUB), [
    ['June 3, 2019', '2019-06-03'],
    ['The next day', '2019-06-04'],
  ]);
  // "The next month" told in the past is the month after the one in focus; "over the next
  // month" is the stretch still to come, a DURATION as TimeBank writes it.
  assert.deepEqual(timexValues('It began in September 2019. The next month, a staffer sued.', PUB), [
    ['September 2019', '2019-09'],
    ['The next month', '2019-10'],
  ]);
  assert.deepEqual(timexValues('Prices may fall over the next month.', PUB), [['the next month', 'P1M']]);
});

test('"later in the day" is the day last named, and "today is the eighth day of" the day of writing', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('On Monday, troops moved; later in the day they retreated.', PUB), [
    ['Monday', '2021-03-08'],
    ['the day', '2021-03-08'],
  ]);
  // A year named in passing is no day: with none named, the day of writing.
  assert.deepEqual(timexValues('In a speech on the 2011 war earlier in the day, he spoke.', PUB), [
    ['2011', '2011'],
    ['the day', '2021-03-10'],
  ]);
  assert.deepEqual(timexValues('Rates eased in trading today but may rise later in the week.', PUB), [
    ['today', '2021-03-10'],
    ['the week', '2021-W10'],
  ]);
  assert.deepEqual(timexValues("Today is the eighth day of the strike. It's the second day of an offensive.", PUB), [
    ['Today', '2021-03-10'],
    ['the eighth day', '2021-03-10'],
    ['the second day', '2021-03-10'],
  ]);
  // A year in apposition is the year just named; "over the next year" counts from the day of
  // writing, not from a year the story named before.
  assert.deepEqual(timexValues('It fell 1 percent in 2010, the year the court ruled.', PUB), [
    ['2010', '2010'],
    ['the year', '2010'],
  ]);
  assert.deepEqual(timexValues('A ship was turned away in 1939. More are expected over the next year.', PUB), [
    ['1939', '1939'],
    ['the next year', '2022'],
  ]);
  // Not a day the text leaves undated.
  assert.deepEqual(timexValues('On the second day of the talks, they agreed.', PUB), []);
});

test('without a publication date relative expressions stay unresolved, with a warning', () => {
  const doc = runTimexes('Troops arrived on Monday and left last week; the war ended in 1991.');
  const got = doc.layer('timex').map((t) => [doc.surface(t), t.attrs.value]);
  assert.deepEqual(got, [
    ['Monday', 'XXXX-WXX-1'],
    ['last week', 'XXXX-WXX'],
    ['1991', '1991'],
  ]);
  const warned = doc.warnings
    .filter((w) => w.kind === 'no-publication-date')
    .map((w) => doc.text.slice(w.start, w.end));
  assert.deepEqual(warned, ['Monday', 'last week']);
  for (const t of doc.layer('timex').slice(0, 2)) assert.ok(t.by.confidence <= 0.3);
});

test('furniture is skipped, captions are analysed', () => {
  const text = 'Posted March 3, 2021 by admin\n\nPolice cleared the square on Sunday.\n\nPhoto taken on March 7.';
  const doc = runTimexes(text, {
    published: PUB,
    furniture: [{ start: 0, end: 29 }],
    captions: [{ start: text.indexOf('Photo'), end: text.length }],
  });
  assert.deepEqual(
    doc.layer('timex').map((t) => [doc.surface(t), t.attrs.value]),
    [
      ['Sunday', '2021-03-07'],
      ['March 7', '2021-03-07'],
    ],
  );
});

test('a stated year contradicting the publication date and the other dates is warned about, not changed', () => {
  const doc = runTimexes('Crowds marched on March 9, 2020. On Monday the police had closed roads.', { published: PUB });
  const t = doc.layer('timex')[0];
  assert.ok(t);
  assert.equal(t.attrs.value, '2020-03-09');
  assert.deepEqual(
    doc.warnings.filter((w) => w.kind === 'date-conflict').map((w) => [w.start, w.end]),
    [[t.start, t.end]],
  );
  // The same year stated twice is the article's own timeline, not a slip.
  const ok = runTimexes('Crowds marched on March 9, 2020. The 2020 protests were the largest.', { published: PUB });
  assert.equal(ok.warnings.filter((w) => w.kind === 'date-conflict').length, 0);
});

test('years spelled out as transcripts write them', () => {
  assert.deepEqual(timexValues('In nineteen ninety-six the plant closed; by the year two thousand it was gone.', PUB), [
    ['nineteen ninety-six', '1996'],
    ['the year two thousand', '2000'],
  ]);
  // An amount of years is not the year 2000.
  assert.ok(!timexValues('They kept the secret for two thousand years.', PUB).some(([, v]) => v === '2000'));
});

test('clock times in UTC carry the zone designator', () => {
  assert.deepEqual(timexValues('The launch took place at 18:00 UTC on Tuesday.', PUB), [
    ['18:00 UTC on Tuesday', '2021-03-09T18:00Z'],
  ]);
});

test('timexes inside a quote can be re-read from the time of the statement', () => {
  const text = '“We rallied yesterday and will rally again on Friday,” the organiser said on Monday.';
  const doc = runTimexes(text, { published: PUB });
  const said = doc.layer('timex').find((t) => doc.surface(t) === 'Monday');
  assert.ok(said);
  assert.equal(said.attrs.value, '2021-03-08');
  const quote = { start: 0, end: text.indexOf('”') + 1 };
  assert.equal(reanchorTimexes(doc, quote, said), 1);
  const yesterday = doc.layer('timex').find((t) => doc.surface(t) === 'yesterday');
  assert.equal(yesterday?.attrs.value, '2021-03-07');
  assert.equal(yesterday?.attrs.anchor, said.id);
  // "Friday" from Monday or from the Wednesday of publication is the same day: unchanged.
  assert.equal(doc.layer('timex').find((t) => doc.surface(t) === 'Friday')?.attrs.value, '2021-03-12');
});

test('a weekday coordinated with a plural one recurs too, sharing its part of the day', () => {
  assert.deepEqual(timexValues('Two flights will leave on Monday and Tuesday nights.', PUB), [
    ['Monday', 'XXXX-WXX-1TNI'],
    ['Tuesday nights', 'XXXX-WXX-2TNI'],
  ]);
  assert.deepEqual(timexValues('The talks were held on Monday and Tuesday.', PUB), [
    ['Monday', '2021-03-08'],
    ['Tuesday', '2021-03-09'],
  ]);
});

test('"N units after/before" an event is the duration the text states until the event is dated', () => {
  assert.deepEqual(timexValues('Flights resumed a month after the airline suspended services.', PUB), [
    ['a month', 'P1M'],
  ]);
  assert.deepEqual(timexValues('He spoke in an interview several months before he took office.', PUB), [
    ['several months', 'PXM'],
  ]);
  const doc = runTimexes('The vigil was held one year after he was killed.', { published: PUB });
  const t = doc.layer('timex')[0]!;
  assert.equal(t.attrs.type, 'DURATION');
  assert.equal(t.attrs.relative?.direction, 'after');
  assert.equal(doc.surface(t.attrs.relative!.anchorSpan!), 'he was killed');
});

test('a day inside a wider or neighbouring time: "the week of", "the day before"', () => {
  assert.deepEqual(timexValues('The hearing is set for the week of March 22.', PUB), [
    ['the week of March 22', '2021-W12'],
  ]);
  assert.deepEqual(timexValues('They will meet the weekend of March 20.', PUB), [
    ['the weekend of March 20', '2021-W11-WE'],
  ]);
  assert.deepEqual(timexValues("The day before last Tuesday's hearing, he flew home.", PUB), [
    ['The day before last Tuesday', '2021-03-08'],
  ]);
});

test('a recurring month, and parts of the day that are no clock time', () => {
  const doc = runTimexes('The marchers walk the old route each July.', { published: PUB });
  assert.deepEqual(
    doc.layer('timex').map((t) => [doc.surface(t), t.attrs.type, t.attrs.value]),
    [['each July', 'SET', 'XXXX-07']],
  );
  // "afternoon" holds "noon" but is no clock time.
  assert.deepEqual(timexValues('By mid afternoon the square was empty. They left in the afternoon.', PUB), [
    ['mid afternoon', '2021-03-10TAF/MID'],
  ]);
});

test('an anchor date may carry an abbreviation or its year after a comma', () => {
  assert.deepEqual(timexValues('He left two days after Jan. 5, 2020.', PUB), [
    ['two days', '2020-01-07'],
    ['Jan. 5, 2020', '2020-01-05'],
  ]);
});

test('a clock time takes the day its sentence, its gloss or the night the story named gives it', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('The jet made its first flight Monday in Toulouse at 18:00 UTC.', PUB), [
    ['Monday', '2021-03-08'],
    ['18:00 UTC', '2021-03-08T18:00Z'],
  ]);
  assert.deepEqual(
    timexValues('A van hit a crowd in the square on Tuesday night, police said. It struck about 10:30 p.m.', PUB),
    [
      ['Tuesday night', '2021-03-09TNI'],
      ['about 10:30 p.m.', '2021-03-09T22:30/APPROX'],
    ],
  );
  assert.deepEqual(timexValues('"The envoy will leave at 4 in the morning (4 a.m. EST Thursday)," he said.', PUB), [
    ['4 in the morning', '2021-03-11T04:00'],
    ['4 a.m. EST Thursday', '2021-03-11T04:00'],
  ]);
  // With no day in the text, the publication day stays.
  assert.deepEqual(timexValues('The meeting will start at 9 a.m.', PUB), [['9 a.m.', '2021-03-10T09:00']]);
});

test('two-digit years after a preposition, and the nth week of a month', () => {
  assert.deepEqual(timexValues("The index is at its lowest since '82; the product iLife '11 sold well.", PUB), [
    ["'82", '1982'],
  ]);
  // March 2021 ends on a Wednesday: its last seven days centre on Saturday 27 (week 12).
  assert.deepEqual(timexValues('Sales rebounded in the last week of March.', PUB), [
    ['the last week of March', '2021-W12'],
  ]);
  // May 2021 opens on a Saturday.
  assert.deepEqual(timexValues('They will meet the first weekend in May.', PUB), [
    ['the first weekend in May', '2021-W17-WE'],
  ]);
});

test('without a publication date, a date line under the headline is the reference time, with a warning', () => {
  const doc = runTimexes('Test flight delayed after accident\nSeptember 01 , 2007\nThe flight was delayed today.', {});
  assert.deepEqual(
    doc.layer('timex').map((t) => [doc.surface(t), t.attrs.value]),
    [
      ['September 01 , 2007', '2007-09-01'],
      ['today', '2007-09-01'],
    ],
  );
  assert.ok(doc.warnings.some((w) => w.kind === 'reference-from-date-line'));
});

test('a day in a future clause lies ahead even when the last one is nearer', () => {
  // Written in April: December 24 is four months back and eight ahead.
  assert.deepEqual(timexValues('The two leaders will meet on December 24 in Vienna.', '2021-04-17'), [
    ['December 24', '2021-12-24'],
  ]);
  assert.deepEqual(timexValues('The two leaders will meet on Christmas Eve.', '2021-04-17'), [
    ['Christmas Eve', '2021-12-24'],
  ]);
  // A day only weeks back is still the one meant in a past clause.
  assert.deepEqual(timexValues('The two leaders met on March 24 in Vienna.', '2021-04-17'), [
    ['March 24', '2021-03-24'],
  ]);
});

test('"last" with the month just ended is a year back; with a day it is that date', () => {
  // Written in March: "last February" beside this February's figure is the year before's.
  assert.deepEqual(timexValues("Volume rose 15 pct from last February's level.", '2021-03-02'), [
    ['last February', '2020-02'],
  ]);
  assert.deepEqual(timexValues('The bill was introduced last February 19.', '2021-03-02'), [
    ['February 19', '2021-02-19'],
  ]);
  // Across the new year "last December" is last year's.
  assert.deepEqual(timexValues('Exports fell from last December.', '2021-01-12'), [['last December', '2020-12']]);
});

test('a day with a relative year is one date', () => {
  assert.deepEqual(timexValues('We started this journey on June 16th of last year.', '2016-10-02'), [
    ['June 16th of last year', '2015-06-16'],
  ]);
  assert.deepEqual(timexValues('The sowing date is April 11, against April 23 last year.', '1987-04-08'), [
    ['April 11', '1987-04-11'],
    ['April 23 last year', '1986-04-23'],
  ]);
  assert.deepEqual(timexValues('He came on the 5th of June last year.', '2016-10-02'), [
    ['5th of June last year', '2015-06-05'],
  ]);
});

test("a year stated once at the end of a list of months or days is every member's", () => {
  assert.deepEqual(timexValues('The kilns were relined in June and October 1991.', '1994-02-10'), [
    ['June', '1991-06'],
    ['October 1991', '1991-10'],
  ]);
  assert.deepEqual(
    timexValues('Ferries sailed on March 3 and 4, 2015, and in December and January 2016.', '2017-05-02'),
    [
      ['March 3', '2015-03-03'],
      ['4, 2015', '2015-03-04'],
      ['December', '2015-12'],
      ['January 2016', '2016-01'],
    ],
  );
  // A member with a year of its own keeps it, and "a year earlier" states no year for a list.
  assert.deepEqual(timexValues('Output fell in May this year and June 1990.', '1991-08-01'), [
    ['May this year', '1991-05'],
    ['June 1990', '1990-06'],
  ]);
  assert.deepEqual(timexValues('Exports were 2.5 billion in December and a year earlier 3.6 billion.', '1987-02-10'), [
    ['December', '1986-12'],
    ['a year earlier', '1985-12'],
  ]);
});

test("a span of months that holds the publication month is this year's, unless told as ended", () => {
  assert.deepEqual(timexValues('Dealers will review the January-June period next month.', '2016-05-02'), [
    ['January', '2016-01'],
    ['June', '2016-06'],
    ['next month', '2016-06'],
  ]);
  assert.deepEqual(timexValues('Sales in the April/June quarter are expected to rise.', '2009-05-20'), [
    ['April', '2009-04'],
    ['June', '2009-06'],
  ]);
  assert.deepEqual(timexValues('Imports in the January/November period were higher.', '1987-03-24'), [
    ['January', '1986-01'],
    ['November', '1986-11'],
  ]);
});

test('a month "of that year" is of the year in focus, and so are the months listed before it', () => {
  assert.deepEqual(
    timexValues('The first ferry is due in April 1999, the others in May, June and August of that year.', '1996-03-02'),
    [
      ['April 1999', '1999-04'],
      ['May', '1999-05'],
      ['June', '1999-06'],
      ['August of that year', '1999-08'],
    ],
  );
  assert.deepEqual(timexValues('The mill opened in 1975. It closed in early May of the same year.', '2016-05-02'), [
    ['1975', '1975'],
    ['early May of the same year', '1975-05/START'],
  ]);
  // Alone, "that year" is still the year in focus.
  assert.deepEqual(timexValues('In 1980 he left; that year sales fell.', '2016-05-02'), [
    ['1980', '1980'],
    ['that year', '1980'],
  ]);
});

test('a span or pair of days written with one month gives both days, in one year', () => {
  assert.deepEqual(timexValues('The council meets on March 17-18 and again from May 2 to 4.', '2016-03-10'), [
    ['March 17', '2016-03-17'],
    ['18', '2016-03-18'],
    ['May 2', '2016-05-02'],
    ['4', '2016-05-04'],
  ]);
  assert.deepEqual(timexValues('Talks were held on 3-4 March. Polls open Nov. 7-8.', '2016-03-10'), [
    ['3', '2016-03-03'],
    ['4 March', '2016-03-04'],
    ['Nov. 7', '2016-11-07'],
    ['8', '2016-11-08'],
  ]);
  // A span of days compared with a year before stands for its month.
  assert.deepEqual(
    timexValues('Car sales for the February 21 to 28 period fell from the same period a year ago.', '1987-03-04'),
    [
      ['February 21', '1987-02-21'],
      ['28', '1987-02-28'],
      ['the same period a year ago', '1986-02'],
    ],
  );
  // Figures, not days.
  assert.deepEqual(
    timexValues('Yields rose March 3-5 percent, and the summit ended November 12, 2012–six days later.', '2016-03-10'),
    [
      ['November 12, 2012', '2012-11-12'],
      ['six days', 'P6D'],
    ],
  );
});

test('a year between the ordinal and "quarter" dates the quarter, and the story\'s year with it', () => {
  assert.deepEqual(
    timexValues(
      'Its fourth 1986 quarter improved, but results showed a loss for the year after a profit in 1985.',
      '1987-03-11',
    ),
    [
      ['fourth 1986 quarter', '1986-Q4'],
      ['the year', '1986'],
      ['1985', '1985'],
    ],
  );
  assert.deepEqual(timexValues('It lost 558,800 dlrs in its final 1986 quarter.', '1987-04-02'), [
    ['final 1986 quarter', '1986-Q4'],
  ]);
});

test('"the year-earlier period" after a year in focus is the year before it', () => {
  assert.deepEqual(
    timexValues('Exports rose in the first two months of 1987 from the year-earlier period.', '1987-03-12'),
    [
      ['the first two months', 'P2M'],
      ['1987', '1987'],
      ['the year-earlier period', '1986'],
    ],
  );
  // After a quarter, it is still that quarter a year back.
  assert.deepEqual(timexValues('Profit rose in the third quarter from the year-earlier period.', '1987-10-20'), [
    ['the third quarter', '1987-Q3'],
    ['the year-earlier period', '1986-Q3'],
  ]);
});

test('the days of a delivery window are ahead, as its month is', () => {
  assert.deepEqual(
    timexValues('Grainco sold 30,000 tonnes for September 1-15 and November 5-20 delivery.', '1987-04-08'),
    [
      ['September 1', '1987-09-01'],
      ['15', '1987-09-15'],
      ['November 5', '1987-11-05'],
      ['20', '1987-11-20'],
    ],
  );
});

test('a second distance after "and" opens an anchor of its own', () => {
  const text = 'The caucuses come three days after the state primary and two weeks after the first caucuses on Feb. 1.';
  assert.deepEqual(timexValues(text, '2015-12-15'), [
    ['three days', 'P3D'],
    ['two weeks', '2016-W07'],
    ['Feb. 1', '2016-02-01'],
  ]);
});

test('what begins on one date and ends on another ends after it', () => {
  assert.deepEqual(
    timexValues('They may hear it in the term that begins next Monday and ends in June.', '2016-09-27'),
    [
      ['next Monday', '2016-10-03'],
      ['June', '2017-06'],
    ],
  );
});

test('"the day before" a day of a month the text never names is in that month', () => {
  assert.deepEqual(timexValues('They met in July 2008 in Jerusalem. The day before, a bus was rammed.', '2015-11-09'), [
    ['July 2008', '2008-07'],
    ['The day before', '2008-07-XX'],
  ]);
});

test('a date right after an anaphoric one says which it is', () => {
  assert.deepEqual(
    timexValues('It was a show of respect to meet him on that day back in March 2010.', '2015-11-09').slice(0, 1),
    [['that day', '2010-03-XX']],
  );
  // A year alone keeps the month in focus.
  assert.deepEqual(
    timexValues('December sales were up 2.8 pct from the same month in 1985.', '1987-01-10').slice(0, 2),
    [
      ['December', '1986-12'],
      ['the same month', '1985-12'],
    ],
  );
});

test('a span of months glossing a year named just before it lies in that year', () => {
  assert.deepEqual(timexValues('The quota for the 1987 quota year (January-December) was set.', '1987-03-20'), [
    ['1987', '1987'],
    ['January', '1987-01'],
    ['December', '1987-12'],
  ]);
  // A wrapping span ends in the year named.
  assert.deepEqual(timexValues('In the fiscal 1987 year (October-September) sales rose.', '1987-03-20').slice(1), [
    ['October', '1986-10'],
    ['September', '1987-09'],
  ]);
});

test('a weekday told as coming next comes after the one before it', () => {
  const text = 'She had been scheduled to speak in Cleveland on Monday, followed by one in Pittsburgh on Tuesday.';
  assert.deepEqual(timexValues(text, '2016-06-13'), [
    ['Monday', '2016-06-13'],
    ['Tuesday', '2016-06-14'],
  ]);
});

test('two counts of time joined by "and", the larger first, are one duration', () => {
  const text =
    'He served eight years and five months. The bond runs 13 years and 80 days. I spent four years and two weeks there. ' +
    'Talks lasted two hours and 20 minutes. Maturities of one year and two years were offered.';
  assert.deepEqual(timexValues(text, '2016-01-01'), [
    ['eight years and five months', 'P8Y5M'],
    ['13 years and 80 days', 'P13Y80D'],
    ['four years and two weeks', 'P4Y14D'],
    ['two hours and 20 minutes', 'PT2H20M'],
    ['one year', 'P1Y'],
    ['two years', 'P2Y'],
  ]);
  // Counted from a dated anchor, it is dated as one.
  assert.deepEqual(timexValues('Nevada votes three weeks and a day after the caucuses on Feb. 1.', '2015-12-15'), [
    ['three weeks and a day', '2016-02-23'],
    ['Feb. 1', '2016-02-01'],
  ]);
});

test('the start of a span of hours is on the day its end names', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('The polls will be open from 6 p.m. to 9 p.m. Monday.', '2021-03-10'), [
    ['6 p.m.', '2021-03-15T18:00'],
    ['9 p.m. Monday', '2021-03-15T21:00'],
  ]);
  // Starting later in the day than it ends, it starts the evening before.
  assert.deepEqual(timexValues('A curfew will run from 10 p.m. to 5 a.m. Monday.', '2021-03-10')[0], [
    '10 p.m.',
    '2021-03-14T22:00',
  ]);
  // Hours kept on each of several days take none of them.
  assert.deepEqual(
    timexValues('The session will run from 1800 to 2100 local time Monday through Thursday.', '2021-03-10')[0],
    ['1800', '2021-03-10T18:00'],
  );
});
