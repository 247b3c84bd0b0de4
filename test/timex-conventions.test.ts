import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timexValues } from './helpers/timex-run.js';

// 2021-03-10 is a Wednesday in ISO week 10.
const PUB = '2021-03-10';

test('a span of years written as one word is its two years; sums and codes are not', () => {
  assert.deepEqual(timexValues('Exports in 1985/86 fell; the 1999-2000 season and 2010-11 output rose.', PUB), [
    ['1985', '1985'],
    ['86', '1986'],
    ['1999', '1999'],
    ['2000', '2000'],
    ['2010', '2010'],
    ['11', '2011'],
  ]);
  assert.deepEqual(timexValues('It cost $1985-86 and the code is 1985-8621; scores were 1985-12.', PUB), []);
  // Months named for a split year fall in it: July in its first year, February in its second.
  assert.deepEqual(timexValues('Exports in the July/February period of 1985/86 fell.', PUB).slice(0, 2), [
    ['July', '1985-07'],
    ['February', '1986-02'],
  ]);
  // Written without a preposition, and with one month: the month the span starts in.
  assert.deepEqual(timexValues('Sales in October-March 1986/87 rose; 1406 (September 1985-86) ended.', PUB), [
    ['October', '1986-10'],
    ['March', '1987-03'],
    ['1986', '1986'],
    ['87', '1987'],
    ['September', '1985-09'],
    ['1985', '1985'],
    ['86', '1986'],
  ]);
  // The season named is no year the story is on: "the previous week" stays the week before this one.
  assert.deepEqual(timexValues('Arrivals in the 1986/87 season were 456 tonnes, after 372 the previous week.', PUB), [
    ['1986', '1986'],
    ['87', '1987'],
    ['the previous week', '2021-W09'],
  ]);
});

test('decades and centuries are written as TIMEX3 writes them: 197, 19', () => {
  assert.deepEqual(timexValues('Wages stalled in the late 1970s and the 20th century ended.', PUB), [
    ['the late 1970s', '197/END'],
    ['the 20th century', '19'],
  ]);
  assert.deepEqual(timexValues('Crime fell through the nineties.', PUB), [['the nineties', '199']]);
  // Capitalised, a century is still one where no name goes on from it.
  assert.deepEqual(timexValues('In the 20th Century, Britain ruled. It took a Century.', PUB), [
    ['the 20th Century', '19'],
    ['a Century', 'P100Y'],
  ]);
  assert.deepEqual(timexValues('It was hot, in the nineties degrees.', PUB), []);
});

test('the tense cues: "since", the past perfect of a plan, irregular past verbs, quotes', () => {
  // "since" points back even where a plan follows in the same sentence.
  assert.deepEqual(timexValues('The ship has been at sea since October and is scheduled to return.', PUB), [
    ['October', '2020-10'],
  ]);
  // A deadline that "had been due" is one already past.
  assert.deepEqual(timexValues('The offer had been due to expire Friday.', PUB), [['Friday', '2021-03-05']]);
  assert.deepEqual(timexValues('Talks will resume, and the envoy flew home on Friday.', PUB), [
    ['Friday', '2021-03-05'],
  ]);
  // The reporting verb outside a quote does not set the tense inside it.
  assert.deepEqual(timexValues('"He will leave on Friday," the minister said.', PUB), [['Friday', '2021-03-12']]);
  // A participle after "be" takes the tense of its auxiliary.
  assert.deepEqual(timexValues('The vote will be held in November.', PUB), [['November', '2021-11']]);
});

test('halves and year-ago quarters of business news', () => {
  assert.deepEqual(
    timexValues('Earnings will fall in the last half of 2021 and the first two quarters of 2022.', PUB),
    [
      ['the last half of 2021', '2021-H2'],
      ['the first two quarters of 2022', '2022-H1'],
    ],
  );
  assert.deepEqual(timexValues('In the year-earlier third quarter, it lost money.', PUB), [
    ['the year-earlier third quarter', '2019-Q3'],
  ]);
});

test('"since" and "ended" put a date without a year before the publication date', () => {
  // Without "ended", a date three months ahead in a past-tense sentence would be the coming one.
  assert.deepEqual(timexValues('In the fiscal year ended Jan. 31, sales rose.', '2021-10-31'), [
    ['the fiscal year', 'P1Y'],
    ['Jan. 31', '2021-01-31'],
  ]);
});

test('a clock time, a zone in parentheses and a day are one time', () => {
  assert.deepEqual(timexValues('The blast occurred at 10:35 a.m. (0735 GMT) Friday.', PUB), [
    ['10:35 a.m. (0735 GMT) Friday', '2021-03-05T10:35'],
  ]);
});

test('a wire-service time in any zone is a time, not a year', () => {
  assert.deepEqual(timexValues('The offer will expire at 1700 EST on March 27.', PUB), [
    ['1700 EST on March 27', '2021-03-27T17:00'],
  ]);
  assert.deepEqual(timexValues('Trading resumed at 1330 local time. At 1200 gmt sterling was firm.', PUB), [
    ['1330 local time', '2021-03-10T13:30'],
    ['1200 gmt', '2021-03-10T12:00Z'],
  ]);
});

test('four digits with "hrs", "hours", "local" or a city\'s time are a clock, and so is the first of a range', () => {
  assert.deepEqual(timexValues('The council reconvenes at 1500 hrs. The tanker was hit at 1715 hours.', PUB), [
    ['1500 hrs', '2021-03-10T15:00'],
    ['1715 hours', '2021-03-10T17:15'],
  ]);
  assert.deepEqual(timexValues('Tokyo trades from 0900 local time (0000 GMT) to 1500 local (0600 GMT).', PUB), [
    ['0900 local time', '2021-03-10T09:00'],
    ['1500 local', '2021-03-10T15:00'],
  ]);
  assert.deepEqual(timexValues('Sessions would run between 1700 and 2100 hrs central U.S. time.', PUB), [
    ['1700', '2021-03-10T17:00'],
    ['2100 hrs central U.S. time', '2021-03-10T21:00'],
  ]);
  assert.deepEqual(timexValues('The offer will expire 1700 New York time.', PUB), [
    ['1700 New York time', '2021-03-10T17:00'],
  ]);
  // "local" before a noun is no zone: these are years.
  assert.deepEqual(timexValues('It was founded in 1950, and 1955 local elections followed.', PUB), [
    ['1950', '1950'],
    ['1955', '1955'],
  ]);
});

test("an index's level and a wire message's code are not years; a base year is", () => {
  assert.deepEqual(
    timexValues("The Dow fell 508 points to 1738. It rose to 1757 from the index's 1753 finish.", PUB),
    [],
  );
  assert.deepEqual(timexValues("It hit a new high of 1757, above the Dow's 1753 close. (XYJN 1519)", PUB), []);
  assert.deepEqual(timexValues('Output fell to 1985 levels (BASE 1967 EQUALS 100).', PUB), [
    ['1985', '1985'],
    ['1967', '1967'],
  ]);
});

test('numbers in tables, addresses and fixes are no years; a header of years is', () => {
  const pub = '1987-10-20';
  assert.deepEqual(timexValues('HARD RED WINTER 1639 1635 54\nTT 2000 2129(1900 2303)', pub), []);
  assert.deepEqual(timexValues('LONDON GOLD 1500 FIX. He works at 1600 Pennsylvania Avenue.', pub), []);
  assert.deepEqual(timexValues('The Dow touched the 1840 level, as in the 1987 level of rates.', pub), [
    ['1987', '1987'],
  ]);
  assert.deepEqual(timexValues('QUANTITY 1988 1989 1990 1991\nFirst 350 400 450 500', pub), [
    ['1988', '1988'],
    ['1989', '1989'],
    ['1990', '1990'],
    ['1991', '1991'],
  ]);
  assert.deepEqual(timexValues('Output was 6.09 pct above the same 1986 month after rising.', pub), [['1986', '1986']]);
});

test("a two-digit year is the latest that is not years after the story: the Crash of '29", () => {
  assert.deepEqual(timexValues("They lived through the Crash of '29, and sales fell in '86.", '1987-10-20'), [
    ["'29", '1929'],
    ["'86", '1986'],
  ]);
  assert.deepEqual(timexValues("Prices rose in '22 after the crash of '29.", '2023-05-01'), [
    ["'22", '2022'],
    ["'29", '1929'],
  ]);
});

test('a month alone before "for" is still a date after a preposition; "Now," opening a sentence is not', () => {
  assert.deepEqual(timexValues('He was cited in December for speeding. Now, he says it is over.', PUB), [
    ['December', '2020-12'],
  ]);
  assert.deepEqual(timexValues('The March for Life drew crowds.', PUB), []);
});

test('a wire dateline a day before the publication date is the reference time', () => {
  const text = 'WASHINGTON, March 9 (Xinhua) --\n\nThe president today condemned the attacks.';
  assert.deepEqual(timexValues(text, PUB), [
    ['March 9', '2021-03-09'],
    ['today', '2021-03-09'],
  ]);
  // A wire's dateline closed by a dash ("TOKYO, March 11 - ") is the writer's day as well: a
  // story stamped the evening before in New York still means the Tokyo day.
  assert.deepEqual(timexValues('TOKYO, March 11 - The dollar fell to 150 yen today.', PUB), [
    ['March 11', '2021-03-11'],
    ['today', '2021-03-11'],
  ]);
  // Under a headline too; but a first sentence is no headline.
  assert.deepEqual(timexValues('DOLLAR FALLS IN TOKYO\n\nTOKYO, March 11 - The dollar fell today.', PUB)[1], [
    'today',
    '2021-03-11',
  ]);
  assert.deepEqual(timexValues('The dollar fell.\n\nTOKYO, March 11 - The dollar fell today.', PUB)[1], [
    'today',
    '2021-03-10',
  ]);
  // A dateline far from the publication date is not trusted over it.
  assert.deepEqual(timexValues('WASHINGTON, May 9 (Xinhua) --\n\nThe president today spoke.', PUB)[1], [
    'today',
    '2021-03-10',
  ]);
});

test('the second day of a pair is a date of the same month; Election Day is a US holiday', () => {
  assert.deepEqual(timexValues('The summit was held on March 1 and 2.', PUB), [
    ['March 1', '2021-03-01'],
    ['2', '2021-03-02'],
  ]);
  assert.deepEqual(timexValues('Sales rose on March 1 and 2 percent later.', PUB), [['March 1', '2021-03-01']]);
  assert.deepEqual(timexValues('Turnout on Election Day was high.', '2020-11-10'), [['Election Day', '2020-11-03']]);
});

test('"or so" after an amount of time is an approximation', () => {
  assert.deepEqual(timexValues('A month or so ago, the general chose the date.', PUB), [
    ['A month or so ago', '2021-02/APPROX'],
  ]);
});

test("counted decades and centuries are durations in years; uncounted ones take TimeML's E and C", () => {
  assert.deepEqual(timexValues('The dispute lasted two decades, and the feud for decades.', PUB), [
    ['two decades', 'P20Y'],
    ['decades', 'PXE'],
  ]);
  assert.deepEqual(timexValues('The mosque dominated the skyline for centuries.', PUB), [['centuries', 'PXC']]);
});

test('"Q3 2019" reads the quarter and its year; plural quarters are sets when told as a habit', () => {
  // A quarter not yet begun, in the past tense, is last year's three quarters ahead (the fourth,
  // in the first); one or two ahead, last year's is stale news, and the quarter is a fiscal one
  // just closed, unless it comes before a quarter of last year the story is on.
  assert.deepEqual(timexValues('Sales rose in Q3 2019 and fell in Q4.', PUB), [
    ['Q3 2019', '2019-Q3'],
    ['Q4', '2020-Q4'],
  ]);
  assert.deepEqual(timexValues('Acme said sales in the second quarter rose 17%.', PUB), [
    ['the second quarter', '2021-Q2'],
  ]);
  assert.deepEqual(timexValues('Productivity fell in the fourth quarter after rising in the third quarter.', PUB), [
    ['the fourth quarter', '2020-Q4'],
    ['the third quarter', '2020-Q3'],
  ]);
  assert.deepEqual(timexValues('Most auctions are held in the second and fourth quarters.', PUB), [
    ['second', 'XXXX-Q2'],
    ['fourth quarters', 'XXXX-Q4'],
  ]);
  assert.deepEqual(timexValues('Most auctions are held in the fourth quarter.', PUB), [
    ['the fourth quarter', '2020-Q4'],
  ]);
  // Told in the past or the future, a list of quarters is of one year, the last one's.
  assert.deepEqual(timexValues('Sales rose in the third and fourth quarters.', PUB), [
    ['third', '2020-Q3'],
    ['fourth quarters', '2020-Q4'],
  ]);
  assert.deepEqual(
    timexValues('There will be a scramble for oil in the third and fourth quarters of this year.', PUB),
    [
      ['third', '2021-Q3'],
      ['fourth quarters of this year', '2021-Q4'],
    ],
  );
  assert.deepEqual(timexValues('Results for the first, second and third quarters of 2018 were restated.', PUB), [
    ['first', '2018-Q1'],
    ['second', '2018-Q2'],
    ['third quarters of 2018', '2018-Q3'],
  ]);
  // A modal before a quarter not yet begun looks ahead to this year's.
  assert.deepEqual(timexValues('Growth should return in the third quarter, he said.', PUB), [
    ['the third quarter', '2021-Q3'],
  ]);
  assert.deepEqual(timexValues('Growth returned in the fourth quarter, he said.', PUB), [
    ['the fourth quarter', '2020-Q4'],
  ]);
  // "The three following first quarters" are of several years.
  assert.deepEqual(timexValues('The three following first quarters resulted in losses.', PUB), [
    ['first quarters', 'XXXX-Q1'],
  ]);
});

test('"day-long" and "decades-long" are durations, an age is not', () => {
  assert.deepEqual(timexValues('After a day-long meeting and a decades-long feud, a 45-year-old man left.', PUB), [
    ['day-long', 'P1D'],
    ['decades-long', 'PXE'],
  ]);
  assert.deepEqual(timexValues('It ended a 10-year-long war.', PUB), [['10-year-long', 'P10Y']]);
});

test('"the 70s and 80s" are decades, "in his 80s" an age; "0800 UTC" a clock time, its gloss in parentheses not', () => {
  assert.deepEqual(timexValues('The boxy cars of the 70s and 80s are gone. He is in his 80s.', PUB), [
    ['the 70s', '197'],
    ['80s', '198'],
  ]);
  assert.deepEqual(timexValues('At 0800 UTC, the banks acted.', PUB), [['0800 UTC', '2021-03-10T08:00Z']]);
  assert.deepEqual(timexValues('The blast came at 10:35 a.m. (0735 GMT).', PUB), [['10:35 a.m.', '2021-03-10T10:35']]);
});

test('an -ed adjective after a determiner is no past-tense cue; "planned for" looks ahead', () => {
  // Wednesday 2021-03-10: the coming Friday is 03-12, the last one 03-05.
  assert.deepEqual(timexValues('The board would hold the delayed meeting on Friday.', PUB), [['Friday', '2021-03-12']]);
  assert.deepEqual(timexValues('The vote was planned for Friday.', PUB), [['Friday', '2021-03-12']]);
  // A verb in the past keeps the previous Friday.
  assert.deepEqual(timexValues('The board delayed the meeting on Friday.', PUB), [['Friday', '2021-03-05']]);
});

test('"for a while" is a duration of no stated length; "once in a while" and "a while ago" are not', () => {
  assert.deepEqual(timexValues('They will have to live without power for a while.', PUB), [['a while', 'PXX']]);
  assert.deepEqual(timexValues('It took quite a long while to fix.', PUB), [['quite a long while', 'PXX']]);
  assert.deepEqual(timexValues('Once in a while he calls. He left a while ago.', PUB), []);
});

test('"over" and "within" before a determined stretch of time are no amount modifiers', () => {
  assert.deepEqual(timexValues('Exports fell over the past three years.', PUB), [['the past three years', 'P3Y']]);
  assert.deepEqual(timexValues('The dam was built over 20 years.', PUB), [['over 20 years', 'P20Y/MORE_THAN']]);
});

test('wire style spells days one to nine after the month; "in March two companies" stays a month', () => {
  assert.deepEqual(timexValues('The dividend is payable April one to holders of record March nine.', PUB), [
    ['April one', '2021-04-01'],
    ['March nine', '2021-03-09'],
  ]);
  assert.deepEqual(timexValues('GM SAYS PLANT TO BE SHUT AUGUST SEVEN\n\nGM said it would shut the plant.', PUB), [
    ['AUGUST SEVEN', '2021-08-07'],
  ]);
  assert.deepEqual(timexValues('Rights expire July three 2022.', PUB), [['July three 2022', '2022-07-03']]);
  assert.deepEqual(timexValues('In March two companies merged. In June one of them left.', PUB), [
    ['March', '2021-03'],
    ['June', '2021-06'],
  ]);
});

test('"the same period a year ago" after a period ending on a day is that month a year back', () => {
  assert.deepEqual(
    timexValues('Demand rose in the four weeks ended March 6 from the same period a year ago.', PUB).slice(-1),
    [['the same period a year ago', '2020-03']],
  );
});

test('"4th qtr" is a quarter; a fiscal quarter "ended" on a date is named by the year it ends in', () => {
  assert.deepEqual(timexValues('Earnings in the 4th qtr rose.', PUB), [['the 4th qtr', '2020-Q4']]);
  assert.deepEqual(timexValues('Sales for the second quarter ended Feb 28 rose.', PUB).slice(0, 1), [
    ['the second quarter', '2021-Q2'],
  ]);
  assert.deepEqual(timexValues('In the first quarter ended March 31, 2019, it lost money.', PUB).slice(0, 1), [
    ['the first quarter', '2019-Q1'],
  ]);
  // Ended, it is the quarter the story reports, though its fiscal name lies ahead of the calendar.
  assert.deepEqual(
    timexValues('Results for the fourth quarter ended Feb. 28 were weak. Sales fell in the latest quarter.', PUB).slice(
      -1,
    ),
    [['the latest quarter', '2021-Q4']],
  );
});

test('"the last quarter" is the one before this, "the last quarter of 2019" its fourth; a half of a month is no half-year', () => {
  assert.deepEqual(timexValues('Profit rose during the last quarter.', PUB), [['the last quarter', '2020-Q4']]);
  assert.deepEqual(timexValues('Sales begin in the last\nquarter of 2019.', PUB), [
    ['the last\nquarter of 2019', '2019-Q4'],
  ]);
  assert.deepEqual(timexValues('Reserves rose in the first half of February.', PUB), [['February', '2021-02']]);
  assert.deepEqual(timexValues('Closing is now expected in the third quarter.', PUB).slice(-1), [
    ['the third quarter', '2021-Q3'],
  ]);
});

test('hard-wrapped copy: a phrase broken across lines is read whole, and "Feb." at a line end ends no sentence', () => {
  const text =
    'The company will cut 2,000 jobs by the end of\n1987, and it was barred from buying any shares during the offer, which began on Feb.\n17, 1987.';
  assert.deepEqual(timexValues(text, PUB), [
    ['the end of\n1987', '1987/END'],
    ['Feb.\n17, 1987', '1987-02-17'],
  ]);
});

test('a figure with thousands is no count of time units; wire tables write "week ago" without its article', () => {
  // 2021-03-10 is in ISO week 10.
  assert.deepEqual(timexValues('Slaughter was 286,000 head versus 292,000 week ago and 309,000 a year ago.', PUB), [
    ['week ago', '2021-W09'],
    ['a year ago', '2020'],
  ]);
  assert.deepEqual(timexValues('The pilot had logged 6,300 hours in 2,000 flights.', PUB), [
    ['6,300 hours', 'PT6300H'],
  ]);
});

test('"first quarter 1987" takes its year without "of"; "the previous quarter" is the one before the quarter in focus', () => {
  assert.deepEqual(
    timexValues('Trade grew 8.8 pct in first quarter 2019, against two pct growth in the previous quarter.', PUB),
    [
      ['first quarter 2019', '2019-Q1'],
      ['the previous quarter', '2018-Q4'],
    ],
  );
  assert.deepEqual(timexValues('Start-up is targeted for third quarter 2022.', PUB), [
    ['third quarter 2022', '2022-Q3'],
  ]);
});

test("a headline's weekday and the date line under it stay two expressions", () => {
  const text = 'Markets to remain closed until Friday\nSeptember 16, 2021\nThe exchange said trading stops.';
  assert.deepEqual(timexValues(text, '2021-09-16'), [
    ['Friday', '2021-09-17'],
    ['September 16, 2021', '2021-09-16'],
  ]);
});

test('"7-1/2 years" is seven and a half; "the 1986/87 year" is no 87 years, "the first half of the statement period" no half of a year', () => {
  assert.deepEqual(timexValues('The debt gets a grace period of 7-1/2 years and the flight takes 11-1/2 hours.', PUB), [
    ['7-1/2 years', 'P7Y6M'],
    ['11-1/2 hours', 'PT11H30M'],
  ]);
  // (The split year is its two years, not a duration of 87 years.)
  assert.deepEqual(timexValues('Imports for the 1986/87 year were estimated at 150,000 tonnes.', PUB), [
    ['1986', '1986'],
    ['87', '1987'],
  ]);
  assert.deepEqual(timexValues('In the first half of the statement period, banks held excess reserves.', PUB), []);
});

test("a traded commodity's contract month lies ahead; a month's tally of it does not", () => {
  assert.deepEqual(
    timexValues(
      'June T-bonds were trading at 97. A house bought July soybeans, and September marks fell.',
      '1987-04-07',
    ),
    [
      ['June', '1987-06'],
      ['July', '1987-07'],
      ['September', '1987-09'],
    ],
  );
  assert.deepEqual(timexValues('March/April sold at 4,340 dlrs. April/May butter went at 2.27.', '1987-02-26'), [
    ['March', '1987-03'],
    ['April', '1987-04'],
    ['April', '1987-04'],
    ['May', '1987-05'],
  ]);
  assert.deepEqual(timexValues('January wheat exports comprised 251,000 tonnes, it said.', '1987-03-03'), [
    ['January', '1987-01'],
  ]);
});

test('the weekday ends of a range lie within a week of each other, not a year apart', () => {
  assert.deepEqual(timexValues('Banks will now open from Sunday to Thursday, the minister said.', '1987-04-01'), [
    ['now', 'PRESENT_REF'],
    ['Sunday', '1987-04-05'],
    ['Thursday', '1987-04-09'],
  ]);
  assert.deepEqual(timexValues('The agency allowed banks to open from Sunday to Thursday.', '1987-06-29'), [
    ['Sunday', '1987-06-21'],
    ['Thursday', '1987-06-25'],
  ]);
});
