import assert from 'node:assert/strict';
import { test } from 'node:test';
import { easterSunday, holidayDays, orthodoxEasterSunday } from '../src/stages/timexes/holiday-calendar.js';
import { timexValues } from './helpers/timex-run.js';

const iso = (d: { y: number; m: number; d: number }) =>
  `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

test('Easter by the Gregorian and the Julian computus', () => {
  assert.deepEqual(
    ['1987', '2000', '2019', '2024', '2038'].map((y) => iso(easterSunday(Number(y)))),
    ['1987-04-19', '2000-04-23', '2019-04-21', '2024-03-31', '2038-04-25'],
  );
  assert.deepEqual(
    [2000, 2020, 2024].map((y) => iso(orthodoxEasterSunday(y))),
    ['2000-04-30', '2020-04-19', '2024-05-05'],
  );
});

test('holidays of the lunar calendars, and an Islamic day that comes twice in one year', () => {
  const fitr = { kind: 'lunar', calendar: 'islamic-umalqura', months: ['10'], d: 1 } as const;
  assert.deepEqual(holidayDays(fitr, 2020).map(iso), ['2020-05-24']);
  assert.deepEqual(holidayDays(fitr, 2000).map(iso), ['2000-01-08', '2000-12-27']);
  assert.deepEqual(
    holidayDays({ kind: 'lunar', calendar: 'hebrew', months: ['Adar II', 'Adar'], d: 14 }, 2024).map(iso),
    ['2024-03-24'],
  );
  assert.deepEqual(holidayDays({ kind: 'nth', m: 5, wd: 1, n: -1 }, 2021).map(iso), ['2021-05-31']);
});

test('a holiday is the occurrence its clause points at', () => {
  // 2021-03-10 is a Wednesday.
  const pub = '2021-03-10';
  assert.deepEqual(timexValues('Clashes broke out on Eid al-Adha in Kabul.', pub), [['Eid al-Adha', '2020-07-31']]);
  assert.deepEqual(timexValues('Pilgrims will walk to Karbala for Arbaeen.', pub), [['Arbaeen', '2021-09-27']]);
  assert.deepEqual(timexValues('The ceasefire is to hold through Passover.', pub), [['Passover', '2021-03-28']]);
  assert.deepEqual(timexValues('Kurds lit fires for Newroz.', '2021-03-25'), [['Newroz', '2021-03-21']]);
  assert.deepEqual(timexValues('Markets were shut for the Lunar New Year.', pub), [['Lunar New Year', '2021-02-12']]);
  assert.deepEqual(timexValues('Churches will hold vigils on Good Friday.', pub), [['Good Friday', '2021-04-02']]);
  assert.deepEqual(timexValues('Mourners marched on Ashura.', pub), [['Ashura', '2020-08-29']]);
});

test('a holiday with its year, its weekend and its week', () => {
  const pub = '2021-03-10';
  assert.deepEqual(timexValues('The riots of Easter 2016 were recalled.', pub), [['Easter 2016', '2016-03-27']]);
  assert.deepEqual(timexValues('They married at Christmas of 1990.', pub), [['Christmas of 1990', '1990-12-25']]);
  // Memorial Day 2020 was Monday May 25: its weekend is the one before.
  assert.deepEqual(timexValues('Crowds gathered over the Memorial Day weekend.', '2020-06-01'), [
    ['Memorial Day weekend', '2020-W21-WE'],
  ]);
  assert.deepEqual(timexValues('Protesters prayed as Holy Week began.', '2021-03-29'), [['Holy Week', '2021-W13']]);
});

test('a holiday name inside another name is not a date', () => {
  assert.deepEqual(timexValues('The Good Friday Agreement still holds.', '2021-03-10'), []);
  assert.deepEqual(timexValues('Easter Seals sent a letter to Congress.', '2021-03-10'), []);
  assert.deepEqual(timexValues('The Easter Rising is taught in schools.', '2021-03-10'), []);
  assert.deepEqual(timexValues('On Christmas President Obama spoke.', '2021-03-10'), [['Christmas', '2020-12-25']]);
  // An event held on the day names the day; a club's festival is not China's.
  assert.deepEqual(timexValues("Crowds lined the St. Patrick's Day Parade route.", '2021-03-10'), [
    ["St. Patrick's Day", '2021-03-17'],
  ]);
  assert.deepEqual(timexValues('The Boys & Girls Club Spring Festival ends at 9 p.m.', '2021-03-10')[0]?.[0], '9 p.m.');
});

test('a holiday without a publication date keeps an unresolved value', () => {
  assert.deepEqual(timexValues('Clashes broke out on Eid al-Fitr.'), [['Eid al-Fitr', 'XXXX-XX-XX']]);
});

test('Super Tuesday is a day of election years, and a year before a holiday is its year', () => {
  assert.deepEqual(timexValues('Clinton hopes to sweep the South on Super Tuesday.', '2016-02-09'), [
    ['Super Tuesday', '2016-03-01'],
  ]);
  assert.deepEqual(timexValues('Kentucky took part in the 1988 Super Tuesday.', '2016-05-18'), [
    ['1988 Super Tuesday', '1988-03-08'],
  ]);
  // The written date wins over the name beside it.
  assert.deepEqual(timexValues('Voters in 11 states go to the polls on Super Tuesday, March 1.', '2016-02-09'), [
    ['Super Tuesday, March 1', '2016-03-01'],
  ]);
});

test('Labor Day is the nearer of May Day and the first Monday of September', () => {
  assert.deepEqual(timexValues('Workers marched in Manila to mark Labor Day.', '2020-05-01'), [
    ['Labor Day', '2020-05-01'],
  ]);
  assert.deepEqual(timexValues('The campaign had hired staff by Labor Day.', '2016-01-31'), [
    ['Labor Day', '2015-09-07'],
  ]);
  assert.deepEqual(timexValues("Unions rallied on International Workers' Day.", '2020-05-03'), [
    ["International Workers' Day", '2020-05-01'],
  ]);
});

test('a year a few words after a holiday is its year', () => {
  assert.deepEqual(timexValues("They mourned those killed at the Workers' Day celebrations in 1977.", '2020-04-29'), [
    ["Workers' Day", '1977-05-01'],
    ['1977', '1977'],
  ]);
});

test("each country's Independence Day is its own, and an unknown one is not July 4", () => {
  const pub = '2020-09-20';
  assert.deepEqual(timexValues("Crowds marked Pakistan's Independence Day with rallies.", pub), [
    ['Independence Day', '2020-08-14'],
  ]);
  assert.deepEqual(timexValues('Ukrainian Independence Day parades were cancelled.', pub), [
    ['Independence Day', '2020-08-24'],
  ]);
  assert.deepEqual(timexValues('They marched on Independence Day in Mexico.', pub), [
    ['Independence Day', '2020-09-16'],
  ]);
  assert.deepEqual(timexValues("Rallies were held on Chad's Independence Day.", pub), [
    ['Independence Day', 'XXXX-XX-XX'],
  ]);
  assert.deepEqual(timexValues('Fireworks lit the sky on Independence Day.', pub), [
    ['Independence Day', '2020-07-04'],
  ]);
});

test('a yearly day told ahead is the coming one however near the last was, and "next year" after it is its year', () => {
  // Written two weeks after the 2015 election day.
  assert.deepEqual(timexValues('Voters will decide it on Election Day.', '2015-11-18'), [
    ['Election Day', '2016-11-08'],
  ]);
  assert.deepEqual(timexValues('Voters chose on Election Day.', '2015-11-18'), [['Election Day', '2015-11-03']]);
  assert.deepEqual(timexValues('They met on Christmas Eve last year.', '2015-11-18').slice(0, 1), [
    ['Christmas Eve', '2014-12-24'],
  ]);
});
