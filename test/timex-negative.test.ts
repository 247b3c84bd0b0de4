import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timexValues } from './helpers/timex-run.js';

// Text that looks temporal but is not: each must produce no timex at all.
const NEGATIVE = [
  'May I ask a question?',
  'Deputies found a 1996 Chevrolet pickup in the woods; the 1987 model cars were recalled.',
  'A 45-year-old man and his 12-year-old son were injured.',
  'The company earned $1,988 million on revenue of 2,010 million dollars.',
  'About 1500 people attended, and 2000 troops were deployed.',
  'About 2000 Numsa members marched, and some 1500 ANC supporters joined them.',
  'Iraq imports about three-quarters of its food.',
  'Foreign Minister Jan Kavan met Sun Yat-sen University students.',
  'The daily newspaper and the weekly magazine disagreed, as did the weekly newsletter.',
  'He lives in Room 1920 and flew on Flight 2001.',
  'The Russell 2000 Index of smaller companies fell, and the Russell 2000 dropped too.',
  'A second group of protesters joined them.',
  'A second A380 is also travelling to the U.S.',
  'The soldiers will march to the border.',
  'He watched 60 Minutes on television.',
  'They saw the film High Noon.',
  'The quarterly dividend was raised to 20 cents.',
  'That is very important to the future of our peoples.',
  'Baker, speaking on ABC News\' "This Week," said so.',
  "Mothers matter as much as fathers in today's world.",
  'She wants to pick the leaders of tomorrow herself.',
  "The chip runs many of today's laptops.",
  'Rooms will cost $55 a night and the preferred pays $1.76 a year.',
  'The airline flies four flights a week and will add 700 seats a week.',
  'A reporter for USA Today spotted her, and she told Breitbart News Daily so.',
  'The clip is at pic.twitter.com/P2qpm3h3Pm and on the site.',
  'RT is the American version of Russia Today, and he hosts Larry King Now on it.',
  'It was, as The Daily Beast called it, a mess.',
  'Murdoch elevated them to top jobs at 21st Century Fox, and 20th Century Fox Film Corp rose.',
  'He owned a Century speedboat and sold Century 21 homes.',
  'May the odds be ever in our favor. It May Surprise You. May God bless you.',
  'Incomes for blacks in their 30s, 40s and 50s grew, as for men in their 20s or 30s.',
  'They debated adding a clip from "Back to the Future" before he addressed the Future Industry Association.',
  'Mexico retaliated against Christmas trees from Oregon.',
  "You can't do that overnight, he said.",
  "He told USA TODAY's editors so.",
  'British Prime Minister Theresa May was not invited.',
  'The delegates were Drew Ivers, Jill June, Lori Jungling and Jeff Kaufmann.',
  'White youth unemployment is in the mid-30s, the group said.',
  'Refugees are still hoping for a brighter tomorrow.',
  'Mook told CBS This Morning that the campaign was ready.',
  'Voters May Have Won Cruz The Caucus',
  'The Communist Party daily Granma and the Paris daily Liberation agreed.',
  'Wen Wei Po, a Hong Kong daily, said so, and the business weekly Wirtschaftswoche agreed.',
  'The Good Friday Agreement and Easter Seals are names.',
  'June Freight Co and August Kettle Holdings shares fell.',
  'JUNE ORCHARD INC SETS PAYOUT',
];

for (const text of NEGATIVE) {
  test(`no timex in: ${text}`, () => {
    assert.deepEqual(timexValues(text, '2021-03-10'), []);
  });
}

test('"daily" after a verb or before a noun of time is still a recurrence', () => {
  assert.deepEqual(timexValues('The index is updated daily, and the daily tally rose.', '2021-03-10'), [
    ['daily', 'P1D'],
    ['daily', 'P1D'],
  ]);
});

test('the day of "today\'s vote" and "the events of today" stays a day', () => {
  assert.deepEqual(
    timexValues("He called the events of today historic before the results of today's vote.", '2021-03-10'),
    [
      ['today', '2021-03-10'],
      ['today', '2021-03-10'],
    ],
  );
});

test('"at a rate of 15 a year" is a recurrence, unlike a price per year', () => {
  assert.deepEqual(timexValues('Tankers are loaded at a rate of 15 a year.', '2021-03-10'), [['a year', 'P1Y']]);
});

test('"twice a year" is a recurrence and "within a year" a duration, unlike a price per year', () => {
  assert.deepEqual(timexValues('The board meets twice a year and will decide within a year.', '2021-03-10'), [
    ['a year', 'P1Y'],
    ['within a year', 'P1Y/LESS_THAN'],
  ]);
});

test('a title word keeps its time in a headline written in title case', () => {
  assert.deepEqual(timexValues('Protesters Gather Today in Baghdad After Vote', '2021-03-10'), [
    ['Today', '2021-03-10'],
  ]);
});

test('names stay dates where a capital only ends a sentence or opens a possessive place', () => {
  assert.deepEqual(timexValues('The exception is Jeb Bush. Today, it is Trump.', '2015-12-22'), [
    ['Today', '2015-12-22'],
  ]);
  assert.deepEqual(timexValues("He will not endorse before Florida's March primary.", '2016-01-08'), [
    ['March', '2016-03'],
  ]);
  assert.deepEqual(timexValues('Sales were helped by shifting promotions to March from April.', '1987-04-09'), [
    ['March', '1987-03'],
    ['April', '1987-04'],
  ]);
});

test('"Person of the Year" is a title, not a year', () => {
  assert.deepEqual(
    timexValues("Hitler was chosen as Time's Person of the Year in 1938.", '2015-12-09').map(([s]) => s),
    ['1938'],
  );
});

test("a month before a company's name is still a month after a preposition", () => {
  assert.deepEqual(timexValues('In early December Kestrel Glass Ltd joined the exchange.', '1987-03-02'), [
    ['early December', '1986-12/START'],
  ]);
});

test("a programme's or a newspaper's name is no day", () => {
  const text =
    'He played Sanders on NBC\'s Saturday Night Live. Clinton told "Fox News Sunday" she would run. ' +
    "He spoke on Fox News Tuesday night. USA TODAY identified dozens of them; USA Today's tally grew.";
  assert.deepEqual(timexValues(text, '2016-05-11'), [['Tuesday night', '2016-05-10TNI']]);
});

test("a name's number far beyond any plan is no year", () => {
  assert.deepEqual(timexValues("Clones such as Indonesia's PPN 2058 and PR 265 were hit.", '1987-03-09'), []);
  // A plan that far ahead, named as one, stays.
  assert.deepEqual(timexValues('Reserves will last until 2058, the ministry said.', '1987-03-09'), [['2058', '2058']]);
});

test('a rate per unit of time is no duration', () => {
  const text =
    'We lose 33,000 people a year to gun violence. The unit makes 46,000 barrels of gasoline a day. ' +
    'It became a $400-million-a-year business. Workers want a $15-an-hour wage.';
  assert.deepEqual(timexValues(text, '2016-01-18'), []);
  // A stretch of time is still one, and so is a comparison.
  assert.deepEqual(timexValues('He was jailed for a year. Another 3,500 will be laid off a week.', '2016-01-18'), [
    ['a year', 'P1Y'],
    ['a week', 'P1W'],
  ]);
});

test('"a tomorrow" with an article is an age, no day', () => {
  assert.deepEqual(timexValues('"Imagine a tomorrow where hard work is honored," she said.', '2016-04-28'), []);
});

test('a ticker symbol in its brackets is no month', () => {
  assert.deepEqual(
    timexValues(
      "It links Digital Equipment Corp <DEC>'s computers; May Department Stores Co <MAY> rose.",
      '1987-03-11',
    ),
    [],
  );
});

test('a model year names a vehicle, but "the 1987 model year" and "In 1987 Ford sold" are years', () => {
  assert.deepEqual(timexValues('Sales rose in the 1987 model year.', '1987-03-02'), [['1987', '1987']]);
  assert.deepEqual(timexValues('In 1986 Ford sold more cars than GM.', '1987-03-02'), [['1986', '1986']]);
});

test('a newspaper named for its weekday is no date', () => {
  assert.deepEqual(
    timexValues('A poll in the Sunday Times gave Labour 35 pct. The Sunday Express disagreed.', '2021-03-10'),
    [],
  );
  // After a preposition of time the weekday is a day again.
  assert.deepEqual(timexValues('He said on Sunday Times Square would reopen.', '2021-03-10').length, 1);
});

test("a bill's number is no year", () => {
  assert.deepEqual(
    timexValues('The judge blocked HB 1523 and House Bill 1523; H.R. 1599 passed in 2015.', '2016-07-02'),
    [['2015', '2015']],
  );
  // "the U.S. 1986 trade deficit": a year after a country's initials.
  assert.deepEqual(timexValues('The U.S. 1986 trade deficit widened.', '1987-03-02'), [['1986', '1986']]);
});

test('a year that ends a name given with "called" or "dubbed" is no year', () => {
  assert.deepEqual(
    timexValues('He set up a venture called Orion 1980. A plan dubbed Vision 2030 was unveiled in 2016.', '2016-07-02'),
    [['2016', '2016']],
  );
  assert.deepEqual(timexValues('He was named Man of the Year in 1995.', '2016-07-02'), [['1995', '1995']]);
});
