import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runTimexes, timexValues } from './helpers/timex-run.js';

// 2021-03-10 is a Wednesday; 2021-11-04 a Thursday in the fourth quarter.
const PUB = '2021-03-10';
const EARNINGS = '2021-11-04';

test('a year-ago comparison follows the period in focus: the quarter, then the year to date', () => {
  const text =
    'Acme earned $4 million in the third quarter, up from $3 million a year earlier. ' +
    'For the nine months, Acme lost $2 million, compared with year-earlier net income of $1 million.';
  assert.deepEqual(timexValues(text, EARNINGS), [
    ['the third quarter', '2021-Q3'],
    ['a year earlier', '2020-Q3'],
    ['the nine months', 'P9M'],
    ['year-earlier', '2020'],
  ]);
  // A quarter named again brings the comparison back to quarters.
  const back = `${text} In the third quarter, sales rose from a year ago.`;
  assert.deepEqual(timexValues(back, EARNINGS).slice(-1), [['a year ago', '2020-Q3']]);
  // The quarter's closing date is no event of its own: the comparison is still the quarter's.
  assert.deepEqual(
    timexValues('For the quarter ended Sept. 30, Acme earned $4 million, up from $3 million a year earlier.', EARNINGS),
    [
      ['the quarter', '2021-Q3'],
      ['Sept. 30', '2021-09-30'],
      ['a year earlier', '2020-Q3'],
    ],
  );
});

test('a forecast for a later quarter with its year is not the reporting period', () => {
  const text =
    'Analysts expect losses through the second quarter of 2022. Acme earned $4 million in the third quarter. ' +
    'Losses may persist through the first quarter of 2022. In the year-ago period, Acme earned $6 million.';
  assert.deepEqual(timexValues(text, EARNINGS).slice(-1), [['the year-ago period', '2020-Q3']]);
});

test('a quarter still running is the reporting period only when reported in the past tense', () => {
  const outlook =
    'Acme earned $4 million in the third quarter. Analysts expect the slump to continue into the fourth quarter. ' +
    'In the year-ago period, Acme earned $6 million.';
  assert.deepEqual(timexValues(outlook, EARNINGS).slice(-1), [['the year-ago period', '2020-Q3']]);
  // A fiscal fourth quarter closed in September, reported in November.
  const fiscal = 'Acme reported a decline in fourth-quarter earnings. In the year-ago period, Acme earned $6 million.';
  assert.deepEqual(timexValues(fiscal, EARNINGS).slice(-1), [['the year-ago period', '2020-Q4']]);
  // In its own sentence, "year-ago" compares with the quarter the forecast names.
  assert.deepEqual(
    timexValues('Acme said it expects first quarter earnings to be below the year-ago $13 million.', '2021-03-25'),
    [
      ['first quarter', '2021-Q1'],
      ['year-ago', '2020-Q1'],
    ],
  );
});

test('a participle after "is" and an adverb takes the tense of "is"; "an expected" looks ahead', () => {
  assert.deepEqual(
    timexValues('The loss could rise before it is officially reported to the commission in March.', '2006-01-27'),
    [['March', '2006-03']],
  );
  assert.deepEqual(timexValues('The pact is expected to be formally adopted on Friday.', '1987-03-16'), [
    ['Friday', '1987-03-20'],
  ]);
  // "an expected announcement Friday" looks ahead as "is expected to" does.
  assert.deepEqual(
    timexValues('But an expected announcement Friday of jobless data could lift the index.', '2008-09-04'),
    [['Friday', '2008-09-05']],
  );
});

test('a fronted time adverbial takes the tense of the main clause after it', () => {
  assert.deepEqual(
    timexValues('On Friday, the association of independent regional grocers plans to hold a vote.', PUB),
    [['Friday', '2021-03-12']],
  );
  assert.deepEqual(timexValues('On Friday, the association of independent regional grocers voted to strike.', PUB), [
    ['Friday', '2021-03-05'],
  ]);
});

test('"until" with a past perfect is up to a past day', () => {
  assert.deepEqual(timexValues('Until Monday, the police had not named a suspect.', PUB), [['Monday', '2021-03-08']]);
  assert.deepEqual(timexValues('The bridge stays closed until Monday.', PUB), [['Monday', '2021-03-15']]);
});

test('"the early summer" is a season with its mod; "the end of the month" is the current month', () => {
  const doc = runTimexes('Orders recovered from the low levels of the early summer, the company said.', {
    published: '2021-10-20',
  });
  const t = doc.layer('timex');
  assert.deepEqual(
    t.map((x) => [doc.surface(x), x.attrs.value, x.attrs.mod]),
    [['the early summer', '2021-SU', 'START']],
  );
  assert.deepEqual(timexValues('Troops will be in place by the end of the month, officials said.', PUB), [
    ['the end of the month', '2021-03/END'],
  ]);
  // "the month" alone is not a time without a boundary word before it.
  assert.deepEqual(timexValues('The month was marked by protests.', PUB), []);
});

test('a half after the unit, business days, and "one day" as "someday" or as a day counted', () => {
  assert.deepEqual(timexValues('The talks lasted an hour and a half, officials said.', PUB), [
    ['an hour and a half', 'PT1H30M'],
  ]);
  assert.deepEqual(timexValues('Shares recovered within five trading days, brokers said.', PUB), [
    ['within five trading days', 'P5D/LESS_THAN'],
  ]);
  assert.deepEqual(timexValues('She hopes she will one day return to the village.', PUB), [['one day', 'FUTURE_REF']]);
  assert.deepEqual(timexValues('The rebels held the town for one day.', PUB), [['one day', 'P1D']]);
});

test('"that same day" after a month alone has an unknown day, not the first', () => {
  assert.deepEqual(
    timexValues('In November, the clinic was attacked. That same day, the police arrested a man.', PUB),
    [
      ['November', '2020-11'],
      ['That same day', '2020-11-XX'],
    ],
  );
  assert.deepEqual(timexValues('On Monday, the clinic was attacked. That same day, the police arrested a man.', PUB), [
    ['Monday', '2021-03-08'],
    ['That same day', '2021-03-08'],
  ]);
});

test('a season of a spelled-out year', () => {
  assert.deepEqual(
    timexValues('Prices fell to the level we saw in the winter of nineteen ninety-four, traders said.', PUB),
    [['the winter of nineteen ninety-four', '1994-WI']],
  );
  assert.deepEqual(timexValues('Prices fell to the level of the summer of 1996, traders said.', PUB), [
    ['the summer of 1996', '1996-SU'],
  ]);
});

test("last year's figure beside a quarter's is the quarter a year back", () => {
  const text =
    "Acme earned $4 million in the third quarter. Sales were $2.49 billion, up from last year's $2.34 billion. " +
    "Last year's results were hurt by a charge.";
  assert.deepEqual(timexValues(text, EARNINGS), [
    ['the third quarter', '2021-Q3'],
    ['last year', '2020-Q3'],
    ['Last year', '2020'],
  ]);
});

test('"last year" right after a figure, beside a quarter, is the quarter a year back', () => {
  const text =
    'Acme lost $23 million in the third quarter, compared with earnings of $33 million last year. ' +
    'Acme first sold shares last year.';
  assert.deepEqual(timexValues(text, EARNINGS), [
    ['the third quarter', '2021-Q3'],
    ['last year', '2020-Q3'],
    ['last year', '2020'],
  ]);
});

test('"the next year" and "the year previous" follow the year in focus; "next year" the publication date', () => {
  assert.deepEqual(timexValues('Sales rose in 1998; the next year they fell. He will retire next year.', PUB), [
    ['1998', '1998'],
    ['the next year', '1999'],
    ['next year', '2022'],
  ]);
  assert.deepEqual(timexValues('Costs fell to $118 billion in 2009, $19 billion less than the year previous.', PUB), [
    ['2009', '2009'],
    ['the year previous', '2008'],
  ]);
});

test('"the same month a year ago" is the month in focus a year back; "October of next year"', () => {
  assert.deepEqual(timexValues('Sales fell 35% in January, compared to the same month a year ago.', PUB), [
    ['January', '2021-01'],
    ['the same month a year ago', '2020-01'],
  ]);
  assert.deepEqual(timexValues('Franchises will not be renewed after October of next year.', PUB), [
    ['October of next year', '2022-10'],
  ]);
});

test('"the final quarter of 2009" is its fourth; "last year" in January holds the quarter just reported', () => {
  const text = 'For the final quarter of 2020, Acme made $868 million. Acme cut its costs to $118 billion last year.';
  assert.deepEqual(timexValues(text, '2021-01-28'), [
    ['the final quarter of 2020', '2020-Q4'],
    ['last year', '2020'],
  ]);
  assert.deepEqual(timexValues('The Bulls led in the final quarter.', PUB), []);
});

test('a named day ("Black Monday") is not a weekday of the publication week', () => {
  assert.deepEqual(timexValues('Markets crashed on Black Monday. Trading resumed on Monday.', PUB), [
    ['Black Monday', 'XXXX-XX-XX'],
    ['Monday', '2021-03-08'],
  ]);
});

test('"Tuesday last week" and "last week, on Tuesday" are the Tuesday of the week named', () => {
  // 2016-03-04 is a Friday: the Tuesday just past is March 1, last week's February 23.
  const at = '2016-03-04';
  assert.deepEqual(timexValues('He won on Tuesday of last week.', at), [
    ['Tuesday', '2016-02-23'],
    ['last week', '2016-W08'],
  ]);
  assert.deepEqual(timexValues('"Last week, in fact, on Tuesday, I was ahead," he said.', at), [
    ['Last week', '2016-W08'],
    ['Tuesday', '2016-02-23'],
  ]);
  const doc = runTimexes('He spoke this week on Monday.', { published: at });
  const [week, monday] = doc.layer('timex');
  assert.equal(monday?.attrs.value, '2016-02-29');
  assert.equal(monday?.attrs.anchor, week?.id);
  // The week of something else is no week of the day: "on Monday of last week's shooting".
  assert.deepEqual(timexValues("Police released video on Monday of last week's shooting.", at), [
    ['Monday', '2016-02-29'],
    ['last week', '2016-W08'],
  ]);
});

test('"year-ago" in the results of a year is the year before it, and "year-ago 12 mths" is a year', () => {
  // 1987-03-31: annual results for 1986, no quarter named.
  assert.deepEqual(
    timexValues(
      'Oper shr loss 11 cts vs profit two cts. Note: 1986 oper includes interest. Year-ago oper excludes a gain.',
      '1987-03-31',
    ),
    [
      ['1986', '1986'],
      ['Year-ago', '1985'],
    ],
  );
  assert.deepEqual(timexValues('Net includes a loss of 303,000 dlrs for year-ago 12 mths.', '1987-03-23'), [
    ['year-ago', '1985'],
  ]);
  // A year compared with is not the year reported: "from year-earlier levels" stays with the period.
  assert.notDeepEqual(
    timexValues('Fuel cost 27 pct below the 1985 level. Turnover rose from year-earlier levels.', '1987-03-17').at(-1),
    ['year-earlier', '1984'],
  );
});

test('"three days later" is the distance TimeML writes as a DURATION; "a year earlier" stays a date', () => {
  assert.deepEqual(timexValues('He was shot on Friday. Three days later, he died.', PUB), [
    ['Friday', '2021-03-05'],
    ['Three days', 'P3D'],
  ]);
  assert.deepEqual(timexValues('A day earlier, trucks crossed the border.', PUB), [['A day', 'P1D']]);
  // The distance keeps the day it counts from as its anchor, for the event stage to date by.
  const [friday, three] = runTimexes('He was shot on Friday. Three days later, he died.', { published: PUB }).layer(
    'timex',
  );
  assert.equal(three?.attrs.anchor, friday?.id);
  assert.deepEqual(three?.attrs.relative, { duration: 'P3D', direction: 'after' });
  // With no day named before it there is nothing to count from (not the publication date).
  assert.equal(
    runTimexes('A day earlier, trucks crossed the border.', { published: PUB }).layer('timex')[0]?.attrs.anchor,
    undefined,
  );
  // A day still ahead is no anchor for a distance told in the past.
  const ahead = runTimexes('The vote is set for March 20. Two days earlier, on Friday, rebels had attacked.', {
    published: PUB,
  }).layer('timex');
  assert.equal(ahead.find((t) => t.attrs.value === 'P2D')?.attrs.anchor, undefined);
  assert.deepEqual(
    timexValues('Acme earned $4 million in the fourth quarter, up from $3 million a year earlier.', PUB),
    [
      ['the fourth quarter', '2020-Q4'],
      ['a year earlier', '2019-Q4'],
    ],
  );
});

test('a month named alone: the past tense keeps it behind, a deadline puts it ahead', () => {
  // Published on a Thursday in November: January is two months ahead, ten months back.
  assert.deepEqual(timexValues('In January, the board brought in a new chief executive.', EARNINGS), [
    ['January', '2021-01'],
  ]);
  assert.deepEqual(timexValues('In March the bank extended the loans through December.', PUB), [
    ['March', '2021-03'],
    ['December', '2021-12'],
  ]);
  assert.deepEqual(timexValues('The talks are supposed to conclude by May.', PUB), [['May', '2021-05']]);
  // No tense cue: a month well behind is taken over one about as far ahead.
  assert.deepEqual(timexValues('Shares climbed to $40 in June from $29 in April.', EARNINGS), [
    ['June', '2021-06'],
    ['April', '2021-04'],
  ]);
});

test('a participle after "is" or "are" is the passive present, not the past', () => {
  assert.deepEqual(timexValues('The appeal is heard in May in the federal court.', PUB), [['May', '2021-05']]);
});

test('an earlier quarter glanced back at does not become the reporting period', () => {
  const text =
    'Acme posted a 20% gain in third-quarter net income. After a flat second quarter, sales recovered. ' +
    'In the year-ago period, Acme earned $6 million.';
  assert.deepEqual(timexValues(text, EARNINGS), [
    ['third-quarter', '2021-Q3'],
    ['second quarter', '2021-Q2'],
    ['the year-ago period', '2020-Q3'],
  ]);
});

test('a plan looks ahead, and the auxiliary of a plan is no past tense', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Students planned a march on Saturday and were planning to block the bridge.', PUB), [
    ['Saturday', '2021-03-13'],
  ]);
});

test('"since year-end" is the year-end already passed', () => {
  assert.deepEqual(timexValues('The index has risen 12% since year-end.', EARNINGS), [['year-end', '2020/END']]);
});

test('a month named alone in a future clause is the one ahead; "this year through August" ran already', () => {
  // Published in March: December is nine months ahead, three months back.
  assert.deepEqual(timexValues('She will be named commander of a shuttle mission in December.', PUB), [
    ['December', '2021-12'],
  ]);
  // Published in November.
  assert.deepEqual(timexValues('Sales changed little this year through August.', EARNINGS), [
    ['this year', '2021'],
    ['August', '2021-08'],
  ]);
});

test("a market report's trading day follows the day in focus; 'since 1982' does not move the focus", () => {
  // Published on Thursday 2021-11-04.
  assert.deepEqual(
    timexValues('On Monday the index hit its lowest level since 1982. It fell 3%, to end the day at 7,114.', EARNINGS),
    [
      ['Monday', '2021-11-01'],
      ['1982', '1982'],
      ['the day', '2021-11-01'],
    ],
  );
  assert.deepEqual(timexValues('Stocks slid on Tuesday. For the day, the Nikkei closed down 6%.', EARNINGS), [
    ['Tuesday', '2021-11-02'],
    ['the day', '2021-11-02'],
  ]);
  assert.deepEqual(timexValues('He spent the day at home.', EARNINGS), []);
});

test('"the same period last year" after a month in its sentence is that month a year back', () => {
  assert.deepEqual(timexValues('Sales rose 43% in October compared to the same period last year.', EARNINGS), [
    ['October', '2021-10'],
    ['the same period last year', '2020-10'],
  ]);
});

test('"until" after a verb in the past ends a stretch already run, unless the verb set a deadline', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Marchers kept going until nearly 2 a.m. Monday in defiance of the curfew.', PUB), [
    ['2 a.m. Monday', '2021-03-08T02:00'],
  ]);
  assert.deepEqual(timexValues('Officials postponed until Monday any decision on the permit.', PUB), [
    ['Monday', '2021-03-15'],
  ]);
  // So with a month: the dollar that "moved sharply lower" did so until a past January; an
  // offer "extended until January", a vote nobody "won't" hold until June, lie ahead.
  assert.deepEqual(timexValues('The dollar moved sharply lower until the end of January.', PUB), [
    ['the end of January', '2021-01/END'],
  ]);
  assert.deepEqual(timexValues('Few made firm commitments until January, when purchases grew.', PUB), [
    ['January', '2021-01'],
  ]);
  assert.deepEqual(timexValues('The offer was extended until January.', PUB), [['January', '2022-01']]);
  assert.deepEqual(timexValues('Democrats won’t vote until June.', PUB), [['June', '2021-06']]);
  assert.deepEqual(timexValues('It will accept tendered shares until December.', PUB), [['December', '2021-12']]);
});

test('"the previous Friday" and "the following Monday" count from the day in focus', () => {
  // 2021-11-04 is a Thursday; the story's Friday is 2021-10-29.
  assert.deepEqual(
    timexValues(
      'The index closed lower Friday, down 2% from the previous Friday. It had peaked on Oct. 6, and the following Monday it fell.',
      EARNINGS,
    ),
    [
      ['Friday', '2021-10-29'],
      ['the previous Friday', '2021-10-22'],
      ['Oct. 6', '2021-10-06'],
      ['the following Monday', '2021-10-11'],
    ],
  );
});

test('"overnight" in the past tense is the night before the day of the lead', () => {
  const text =
    'Tokyo shares closed lower Friday. They were depressed by overnight losses in New York. Oct. 6 was calm.';
  assert.deepEqual(timexValues(text, EARNINGS).slice(0, 2), [
    ['Friday', '2021-10-29'],
    ['overnight', '2021-10-28TNI'],
  ]);
  // With nothing dated before it, it is the night before publication.
  assert.deepEqual(timexValues('Prices fell overnight.', EARNINGS), [['overnight', '2021-11-03TNI']]);
});

test('"the entire year" after a quarter of last year is that quarter\'s year, unless looked ahead to', () => {
  // Published in January 2022.
  const text = 'Acme reported a loss of $4 million in the fourth quarter of 2021 and $9 million for the entire year.';
  assert.deepEqual(timexValues(text, '2022-01-27'), [
    ['the fourth quarter of 2021', '2021-Q4'],
    ['the entire year', '2021'],
  ]);
  // An outlook for the year is the new one.
  assert.deepEqual(timexValues(`${text} Acme expects to break even for the year.`, '2022-01-27').slice(-1), [
    ['the year', '2022'],
  ]);
});

test('a record "set on" a day was reached in the past, however close the day ahead', () => {
  // 2021-03-10: Sept. 8 is as near ahead as behind.
  assert.deepEqual(timexValues('The index is within 70 points of its record high set on Sept. 8.', PUB), [
    ['Sept. 8', '2020-09-08'],
  ]);
});

test("the two ends of a range are in order, and the year stated at the end is the start's", () => {
  // 2021-11-04: the nearest January 1 lies ahead, but a range ending in September starts before it.
  assert.deepEqual(timexValues('There were 3,210 shootings between January 1 and September 26.', EARNINGS), [
    ['January 1', '2021-01-01'],
    ['September 26', '2021-09-26'],
  ]);
  assert.deepEqual(timexValues('The Dow rose between June and October of 2007.', EARNINGS), [
    ['June', '2007-06'],
    ['October of 2007', '2007-10'],
  ]);
});

test('"one day" ahead of a modal is some time in the future; a day counted stays a duration', () => {
  assert.deepEqual(timexValues('Islam will one day be the second largest religion.', PUB), [['one day', 'FUTURE_REF']]);
  assert.deepEqual(timexValues('The index fell 600 points in one day.', PUB), [['one day', 'P1D']]);
});

test('"overnight" is not counted back from a day still ahead', () => {
  // 2021-11-04 is a Thursday.
  const text = 'He urged supporters to give on Christmas Day. He took to Twitter overnight to attack her.';
  assert.deepEqual(timexValues(text, EARNINGS).slice(-1), [['overnight', '2021-11-03TNI']]);
});

test('a date naming a deed already done lies behind ("the Feb. 13 death"), an election need not', () => {
  // 2021-09-27: Feb. 13 is nearer ahead than behind.
  assert.deepEqual(timexValues('The Feb. 13 death of the judge left the court divided.', '2021-09-27'), [
    ['Feb. 13', '2021-02-13'],
  ]);
  assert.deepEqual(timexValues('The Nov. 8 election is close.', '2021-09-27'), [['Nov. 8', '2021-11-08']]);
});

test('a weekday possessive is done, unless a scheduled event is looked ahead to; "get around" is no "about"', () => {
  // 2021-03-14 is a Sunday.
  assert.deepEqual(timexValues("Voters expect her to win Monday's debate.", '2021-03-14'), [['Monday', '2021-03-15']]);
  assert.deepEqual(timexValues("Her relatives would look for ways to get around Wednesday's ruling.", '2021-03-14'), [
    ['Wednesday', '2021-03-10'],
  ]);
});

test('the simple present of a scheduled act looks ahead; a bare infinitive after "let" does not', () => {
  // 2021-03-12 is a Friday.
  assert.deepEqual(timexValues('The two leaders meet for talks Monday in Geneva.', '2021-03-12'), [
    ['Monday', '2021-03-15'],
  ]);
  // (Written on a Monday: a Thursday and a Friday three or four days ahead.)
  assert.deepEqual(
    timexValues('Acme reports earnings on Thursday, and voters go to the polls on Friday.', '2021-03-08'),
    [
      ['Thursday', '2021-03-11'],
      ['Friday', '2021-03-12'],
    ],
  );
  assert.deepEqual(timexValues('He let the offensive begin as planned Saturday night.', '2021-03-12'), [
    ['Saturday night', '2021-03-06TNI'],
  ]);
  // A weekday in the present a day or two ahead is the coming one ("On Tuesday, Democrats vote
  // in Arizona", written on Monday).
  assert.deepEqual(
    timexValues('On Tuesday, Democrats vote in Arizona; talks reopen in New York on Wednesday.', '2016-03-21'),
    [
      ['Tuesday', '2016-03-22'],
      ['Wednesday', '2016-03-23'],
    ],
  );
  // (A lead telling what was said on air is told in the past.)
  assert.deepEqual(timexValues('Tuesday on CNN’s “New Day,” Sen. Gillibrand says she will.', '2016-03-21'), [
    ['Tuesday', '2016-03-15'],
  ]);
});

test('"every 72 minutes" and "every three months" recur', () => {
  assert.deepEqual(timexValues('Every 72 minutes, a veteran dies; bonuses come every three months.', PUB), [
    ['Every 72 minutes', 'PT72M'],
    ['every three months', 'P3M'],
  ]);
});

test('"a year prior" is "a year earlier"; "the following morning" after a month alone has an unknown day', () => {
  assert.deepEqual(timexValues('The rate was 51% a year prior.', PUB), [['a year prior', '2020']]);
  assert.deepEqual(timexValues('He spoke at the convention in July. The following morning, he left.', PUB), [
    ['July', '2020-07'],
    ['The following morning', '2020-07-XXTMO'],
  ]);
  // "May" after a preposition is still the month.
  assert.deepEqual(timexValues('Elections are due in May.', PUB), [['May', '2021-05']]);
});

test('a month set ahead: "come November", "November\'s election", "takes office in January", "the convention in July"', () => {
  // 2021-06-28: November and January are as near ahead as behind, or nearer behind.
  const at = '2021-06-28';
  assert.deepEqual(timexValues('Tenney will face Myers in November’s general election.', at), [
    ['November', '2021-11'],
  ]);
  assert.deepEqual(timexValues('The conventions are designed to propel the party toward November’s election.', at), [
    ['November', '2021-11'],
  ]);
  assert.deepEqual(timexValues('It should be done before the next governor takes office in January.', at), [
    ['January', '2022-01'],
  ]);
  assert.deepEqual(timexValues('Several threatened to disrupt the convention in Philadelphia in July.', '2016-05-19'), [
    ['July', '2016-07'],
  ]);
  // Told in the past, and "way back in", it lies behind.
  assert.deepEqual(timexValues('She lost November’s election.', at), [['November', '2020-11']]);
  assert.deepEqual(timexValues('Members remember the vote way back in December.', '2021-10-28'), [
    ['December', '2020-12'],
  ]);
});

test('a past deed or verb before a date puts it behind; "this past September"; "had been paying until May"', () => {
  // 2016-02-25: June and September are nearer ahead or close either way.
  const at = '2016-02-25';
  assert.deepEqual(timexValues('It is an emotional issue after the church massacre in June.', at), [
    ['June', '2015-06'],
  ]);
  assert.deepEqual(timexValues('A party that scored successes in state elections in June is rising.', at), [
    ['June', '2015-06'],
  ]);
  assert.deepEqual(timexValues('At a debate this past September, he spoke.', '2016-01-20'), [
    ['this past September', '2015-09'],
  ]);
  assert.deepEqual(timexValues('The campaign had been paying rent for the office until May.', '2016-08-23'), [
    ['May', '2016-05'],
  ]);
  assert.deepEqual(timexValues('It referred to a tweet she posted on January 23.', '2015-11-25'), [
    ['January 23', '2015-01-23'],
  ]);
});

test('"ahead of the Nov. 8 election" and "the looming showdown in July" lie ahead; "the March on Washington" is no month', () => {
  const at = '2016-07-03';
  assert.deepEqual(timexValues('It was seen as an attempt to look presidential ahead of the Nov. 8 election.', at), [
    ['Nov. 8', '2016-11-08'],
  ]);
  assert.deepEqual(timexValues('He was not hopeful about the looming showdown in December.', at), [
    ['December', '2016-12'],
  ]);
  assert.deepEqual(timexValues('He was at the March on Washington in 1963.', at), [['1963', '1963']]);
  // Marches the news names are no months either; a month before "on the" or "for" still is.
  assert.deepEqual(timexValues('Coalition to Stop Trump and March on the RNC sued the city.', at), []);
  assert.deepEqual(timexValues("The Women's March drew crowds. They joined the March for Our Lives.", at), []);
  assert.deepEqual(timexValues('The vote in March on the Senate floor failed.', at), [['March', '2016-03']]);
  assert.deepEqual(timexValues("Florida's March primary was close.", at), [['March', '2016-03']]);
});

test('"that November" is the November of the year the story is in; the "that" of what was said is not', () => {
  const at = '2016-06-23';
  assert.deepEqual(timexValues("Riots at the 1968 convention contributed to Humphrey's loss that November.", at), [
    ['1968', '1968'],
    ['that November', '1968-11'],
  ]);
  assert.deepEqual(timexValues('In 1998 he was elected; that December he resigned.', at), [
    ['1998', '1998'],
    ['that December', '1998-12'],
  ]);
  // (Which February that is, the demonstrative does not say.)
  assert.deepEqual(
    timexValues('In 1998 the office said that February exports rose.', at).map(([surface]) => surface),
    ['1998', 'February'],
  );
});

test('a month past by its possessive, "last Oct. 17", "the February meeting"; "until" after a date ends a stretch', () => {
  // 1987-03-09, as in a Reuters story.
  const at = '1987-03-09';
  assert.deepEqual(timexValues("The situation was made worse by December's rush to buy dollars.", at), [
    ['December', '1986-12'],
  ]);
  assert.deepEqual(timexValues('A preliminary duty of 8.54 pct was set last Oct. 17.', at), [
    ['Oct. 17', '1986-10-17'],
  ]);
  assert.deepEqual(timexValues('Figures for February, out next week, are expected to show a rise.', at).slice(0, 1), [
    ['February', '1987-02'],
  ]);
  assert.deepEqual(timexValues('Talk will not stop the slide, and the February meeting will not help.', at), [
    ['February', '1987-02'],
  ]);
  assert.deepEqual(
    timexValues('This led to a tighter stance from the beginning of December until the rate cut in late January.', at),
    [
      ['the beginning of December', '1986-12/START'],
      ['late January', '1987-01/END'],
    ],
  );
});

test('near months in past-tense reports: the coming month, and what is shipped, contracted or scheduled, lie ahead', () => {
  // 1987-03-28, as in a Reuters story.
  const at = '1987-03-28';
  // The coming month takes only a day's pull from the past tense of "said".
  assert.deepEqual(timexValues('Malaysia said it expects a rubber shortage in April.', at), [['April', '1987-04']]);
  assert.deepEqual(timexValues('Trade houses sold six cargoes for shipment between April/May/July, they said.', at), [
    ['April', '1987-04'],
    ['May', '1987-05'],
    ['July', '1987-07'],
  ]);
  assert.deepEqual(timexValues('That should dampen speculation of an early June election, analysts said.', at), [
    ['early June', '1987-06/START'],
  ]);
  assert.deepEqual(timexValues('The GSA asked for proposals, with responses due in September.', at), [
    ['September', '1987-09'],
  ]);
  assert.deepEqual(timexValues('The group is attractive, food analyst June Page said.', at), []);
});

test('an attribution after a comma gives the tense only where the clause has no nearer cue', () => {
  const at = '1987-04-08';
  assert.deepEqual(timexValues('The two firms expect to close the deal in June, the company said.', at), [
    ['June', '1987-06'],
  ]);
  assert.deepEqual(
    timexValues('A crusher bought rapeseed at an undisclosed price for June shipment, traders said.', at),
    [['June', '1987-06']],
  );
});

test('"this past week" early in a week is the one just ended; "the 1980’s" with a curly apostrophe is a decade', () => {
  // 2016-10-04 is a Tuesday (ISO week 40).
  assert.deepEqual(timexValues('It differs from the coverage this past week.', '2016-10-04'), [
    ['this past week', '2016-W39'],
  ]);
  assert.deepEqual(timexValues('It differs from the coverage this past week.', '2016-10-07'), [
    ['this past week', '2016-W40'],
  ]);
  assert.deepEqual(timexValues('After the collapse of the market of the 1980’s, it lost.', '2016-10-04'), [
    ['the 1980’s', '198'],
  ]);
});

test('a month named as a modifier is the nearer one ("at a March meeting")', () => {
  assert.deepEqual(timexValues('At a March meeting of the caucus, she spoke.', '2016-07-29'), [['March', '2016-03']]);
});

test('regressions read in news: "February this year" keeps its year in a range; "any one day" is a day; "talk show host" plans nothing', () => {
  assert.deepEqual(timexValues('Between February this year and February, 1986, real earnings rose.', '1987-03-27'), [
    ['February this year', '1987-02'],
    ['February, 1986', '1986-02'],
  ]);
  assert.deepEqual(timexValues('Operations in any one day will be limited.', '1987-03-27'), [['one day', 'P1D']]);
  assert.deepEqual(
    timexValues('He made the case in an interview with talk show host Seth Meyers in October.', '2015-12-22'),
    [['October', '2015-10']],
  );
  assert.deepEqual(
    timexValues('Morocco will buy soyoil for shipments from May through September, sources said.', '1987-04-09'),
    [
      ['May', '1987-05'],
      ['September', '1987-09'],
    ],
  );
  // 2016-02-12 is a Friday: the debate the story is about was last night.
  assert.deepEqual(timexValues("To understand the meaning of Thursday night's debate, look at it.", '2016-02-12'), [
    ['Thursday night', '2016-02-11TNI'],
  ]);
});

test('more readings checked in news: "one day to go", "threatened to ... Thursday night", "last year\'s May elections", "1:48 a.m." after a night', () => {
  assert.deepEqual(timexValues('The race has one day to go until the primary.', '2016-02-08'), [['one day', 'P1D']]);
  // 2016-01-29 is a Friday.
  assert.deepEqual(
    timexValues('Trump threatened to leave the field Thursday night in the final debate.', '2016-01-29'),
    [['Thursday night', '2016-01-28TNI']],
  );
  assert.deepEqual(
    timexValues('Trade has not been this busy since last year’s boom around the May elections.', '1987-03-30'),
    [
      ['last year', '1986'],
      ['May', '1986-05'],
    ],
  );
  assert.deepEqual(
    timexValues('Teens who will turn 18 prior to the November presidential election may vote.', '2016-03-11'),
    [['November', '2016-11']],
  );
  assert.deepEqual(
    timexValues('She spoke on Monday night. The statement landed in inboxes at 1:48 a.m.', '2016-07-20'),
    [
      ['Monday night', '2016-07-18TNI'],
      ['1:48 a.m.', '2016-07-19T01:48'],
    ],
  );
});

test('readings checked on a third sample: a convention in July told with no cue, a speech verb bounding a clause, forward deliveries, the Sept. 11 attacks', () => {
  assert.deepEqual(
    timexValues('On the last day of the convention in July, she strode across the stage.', '2016-08-09'),
    [['July', '2016-07']],
  );
  // 2016-09-25 is a Sunday.
  assert.deepEqual(
    timexValues('Obama, dedicating the museum on Saturday, said it would tell an American story.', '2016-09-25'),
    [['Saturday', '2016-09-24']],
  );
  assert.deepEqual(
    timexValues('Japan bought maize for delivery between September 1 and December 20, an official said.', '1987-03-27'),
    [
      ['September 1', '1987-09-01'],
      ['December 20', '1987-12-20'],
    ],
  );
  assert.deepEqual(timexValues('The foundation spoke after the Post asked about them in February.', '2016-01-12'), [
    ['February', '2015-02'],
  ]);
  assert.deepEqual(
    timexValues('He hopes to remain competitive through May’s slow trickle of contests.', '2016-03-23'),
    [['May', '2016-05']],
  );
  assert.deepEqual(
    timexValues('If the Saudis did not take part in the Sept. 11 attacks, they need not worry.', '2016-05-19'),
    [['Sept. 11', '2001-09-11']],
  );
});

test('readings checked on a fourth sample: "rejected in late January a contract", "was due in early January", "the remainder of the year"', () => {
  const at = '1987-03-30';
  assert.deepEqual(timexValues('The members rejected in late January a contract proposal.', at), [
    ['late January', '1987-01/END'],
  ]);
  assert.deepEqual(timexValues('It missed a payment that was due in early January.', at), [
    ['early January', '1987-01/START'],
  ]);
  assert.deepEqual(
    timexValues('It reported a fourth quarter loss. It expects savings through the remainder of the year.', at),
    [
      ['a fourth quarter', '1986-Q4'],
      ['the year', '1987'],
    ],
  );
  assert.deepEqual(timexValues('At a March meeting of the caucus she spoke.', '2016-07-29'), [['March', '2016-03']]);
  // Benghazi's September 11th attack (2012) is not the 2001 attacks: no year is read from the name.
  const benghazi = timexValues('The delay between the September 11th attack and the admission grew.', '2015-12-04');
  assert.notEqual(benghazi[0]?.[1], '2001-09-11');
});

test('readings checked on a fifth sample: "come back in November", "the January total shipments", "By the end of February shipments had fallen", a fronted month before a deed', () => {
  assert.deepEqual(timexValues('But we will come back in November.', '2016-06-02'), [['November', '2016-11']]);
  assert.deepEqual(
    timexValues('The association reported the January total shipments of machine tools.', '1987-03-29'),
    [['January', '1987-01']],
  );
  assert.deepEqual(timexValues('By the end of February shipments had fallen 800,000 bags behind.', '1987-03-11'), [
    ['the end of February', '1987-02/END'],
  ]);
  assert.deepEqual(timexValues('In October, Mrs. Clinton, the nominee, proposed a no-fly zone.', '2016-09-06'), [
    ['October', '2015-10'],
  ]);
});

test('kept after checking removals: "1430 EST/1930 GMT", "since the \'60s" after a rate, "In March Ecuador said"', () => {
  assert.deepEqual(timexValues('The talks begin at 1430 EST/1930 GMT.', '1987-03-27'), [
    ['1430 EST', '1987-03-27T14:30'],
    ['1930 GMT', '1987-03-27T19:30Z'],
  ]);
  assert.deepEqual(timexValues("The rulings tack left at a rate not seen since the '60s.", '2016-06-29'), [
    ["the '60s", '196'],
  ]);
  assert.deepEqual(timexValues('In March Ecuador said it would suspend interest payments.', '1987-04-08'), [
    ['March', '1987-03'],
  ]);
});

test('the other side of a comparison does not move the month in focus', () => {
  assert.deepEqual(
    timexValues('Sales in March fell only 17.3% compared to 2008, an increase from the previous month.', '2009-04-03'),
    [
      ['March', '2009-03'],
      ['2008', '2008'],
      ['the previous month', '2009-02'],
    ],
  );
});

test('a deed named before its weekday is done, whatever follows from it', () => {
  // 2016-08-28 is a Sunday.
  assert.deepEqual(
    timexValues(
      'He said they will vote for him because of the slaying in Chicago on Friday of a mother.',
      '2016-08-28',
    ),
    [['Friday', '2016-08-26']],
  );
});

test('an -ed word right after a preposition is an adjective, not the clause\'s tense ("at certified prices")', () => {
  // 1987-03-27 is a Friday.
  assert.deepEqual(timexValues('The bonds will be available from Monday at certified prices.', '1987-03-27'), [
    ['Monday', '1987-03-30'],
  ]);
});

test('months set for a purpose or moved to lie ahead; a month that says something is a name', () => {
  const at = '1987-03-16';
  assert.deepEqual(timexValues('Colombia opened coffee export registrations for April and May.', at), [
    ['April', '1987-04'],
    ['May', '1987-05'],
  ]);
  assert.deepEqual(timexValues('Other vessels had been earmarked for July.', at), [['July', '1987-07']]);
  assert.deepEqual(timexValues('The budget, submitted to parliament for approval in May, is larger.', at), [
    ['May', '1987-05'],
  ]);
  assert.deepEqual(timexValues('Summit said it has extended to June Three from March 13 its offer.', at).slice(0, 1), [
    ['June Three', '1987-06-03'],
  ]);
  assert.deepEqual(timexValues('The correction in June and August live cattle futures was sharp.', at), [
    ['June', '1987-06'],
    ['August', '1987-08'],
  ]);
  assert.deepEqual(
    timexValues('“That is a thing of the past,” May said.', at).filter(([s]) => s === 'May'),
    [],
  );
  assert.deepEqual(timexValues('The Fed in February said it would stop.', at), [['February', '1987-02']]);
});

test('a month before its statistics, or as a close modifier, is the one just run', () => {
  const at = '1987-03-16';
  assert.deepEqual(timexValues('Final February retail sales figures will be published soon.', at).slice(0, 1), [
    ['February', '1987-02'],
  ]);
  assert.deepEqual(timexValues('It is expected to narrow from the unrevised January level.', at), [
    ['January', '1987-01'],
  ]);
  assert.deepEqual(timexValues('Balladur forecast a February slowing.', at), [['February', '1987-02']]);
});

test('what something is ahead of is the nearer weekday, or the coming one in a clause that looks ahead', () => {
  // 2016-03-27 is a Sunday; 2016-03-10 a Thursday.
  assert.deepEqual(timexValues("Trump held a rally ahead of Tuesday's primary.", '2016-03-27'), [
    ['Tuesday', '2016-03-29'],
  ]);
  assert.deepEqual(timexValues("Cruz debated him before Monday's caucus.", '2016-03-30'), [['Monday', '2016-03-28']]);
  assert.deepEqual(timexValues("They ask whether he'll drop out before Tuesday's primary.", '2016-03-10'), [
    ['Tuesday', '2016-03-15'],
  ]);
});

test('a clause opened after "that" takes its own verb; "would have" looks back; "before October" leans ahead; a slash range shares its year', () => {
  // 1987-04-01 is a Wednesday.
  assert.deepEqual(
    timexValues(
      'The spokesman said that on Thursday Deputy U.S. Trade Representative Michael Smith would meet them.',
      '1987-04-01',
    ),
    [['Thursday', '1987-04-02']],
  );
  // 2016-02-07 is a Sunday.
  assert.deepEqual(timexValues('Carson noted that Saturday would have been Reagan’s birthday.', '2016-02-07'), [
    ['Saturday', '2016-02-06'],
  ]);
  assert.deepEqual(
    timexValues('Delegates said reimposing quotas before October remained on the agenda.', '1987-04-01'),
    [['October', '1987-10']],
  );
  assert.deepEqual(timexValues('Shipments during January/December 1986 totalled 5.6 mln tonnes.', '1987-04-01'), [
    ['January', '1986-01'],
    ['December 1986', '1986-12'],
  ]);
  assert.deepEqual(timexValues('He planned to visit the United States before January.', '2016-05-11'), [
    ['January', '2017-01'],
  ]);
});

test('"due to the cold weather" gives a reason, not a plan; "in May agreed to invest" dates the agreeing', () => {
  const at = '1987-06-29';
  assert.deepEqual(timexValues('Crops are behind due to the cold weather in May.', at), [['May', '1987-05']]);
  assert.deepEqual(timexValues('CITIC in May agreed to invest 80 mln dlrs.', at), [['May', '1987-05']]);
  assert.deepEqual(timexValues('The board agreed to sell the unit in August.', at), [['August', '1987-08']]);
});

test('a change measured over a month leans to the one just run; a range with no cue on its ends starts back', () => {
  assert.deepEqual(
    timexValues('Exports are expected to show a 26 pct year-on-year fall in February, he said.', '1987-03-23'),
    [['February', '1987-02']],
  );
  assert.deepEqual(
    timexValues('In 1986, a season that ran from April 3 to December 27, it moved 37 mln tons.', '1987-03-20'),
    [
      ['1986', '1986'],
      ['April 3', '1986-04-03'],
      ['December 27', '1986-12-27'],
    ],
  );
});

test("a month the article names for an election is that election's where else it is named alone, unless told in the past", () => {
  // 2016-06-10: last November is nearer, but the article is about the coming election.
  const text =
    "Democrats look to November's general election. Republicans have 24 Senate seats up in November. They lost ground in November.";
  assert.deepEqual(timexValues(text, '2016-06-10'), [
    ['November', '2016-11'],
    ['November', '2016-11'],
    ['November', '2015-11'],
  ]);
  assert.deepEqual(timexValues('Voters in November could sway it.', '2016-06-10'), [['November', '2015-11']]);
  // Without the election named, the words before the month may look ahead to it.
  assert.deepEqual(
    timexValues('Whatever he does can be overturned if a Republican is elected in November.', '2016-01-05'),
    [['November', '2016-11']],
  );
  assert.deepEqual(timexValues('Those polled cared most about a candidate who can win in November.', '2016-03-01'), [
    ['November', '2016-11'],
  ]);
  // A modal of the month's own clause looks ahead, whatever the name after its verb.
  assert.deepEqual(
    timexValues(
      'Sanders reiterated that the party must support Clinton in November to defeat the nominee.',
      '2016-07-27',
    ),
    [['November', '2016-11']],
  );
  // With no tense of its own, a clause that names the election's outcome before the month.
  assert.deepEqual(timexValues('The heist is key to scoring a White House win in November.', '2016-02-29'), [
    ['November', '2016-11'],
  ]);
  // "he said," set off before a clause of its own does not tell that clause in the past.
  assert.deepEqual(
    timexValues('He backs Kasich, he said, because he prizes reclaiming the White House in November.', '2016-04-09'),
    [['November', '2016-11']],
  );
  assert.deepEqual(timexValues('He won the primary there in February, despite a poor showing.', '2016-08-26'), [
    ['February', '2016-02'],
  ]);
  // A poll taken in January is behind, whatever voters will do.
  assert.deepEqual(
    timexValues(
      'A CNN poll in January shows 68% of Democratic voters say gun policy will be very important to their vote.',
      '2016-02-25',
    ),
    [['January', '2016-01']],
  );
});

test('a year-ago comparison beside a month of its sentence is that month a year back', () => {
  assert.deepEqual(timexValues('Sales in February rose 5% from a year ago.', PUB), [
    ['February', '2021-02'],
    ['a year ago', '2020-02'],
  ]);
  assert.deepEqual(timexValues('Prices at the end of January were 35% above year-ago levels.', PUB).slice(-1), [
    ['year-ago', '2020-01'],
  ]);
  // The close of a longer stretch is no month of comparison, nor is the month of the earlier figure.
  assert.deepEqual(timexValues('Profit in the year ending March 31 fell 10% from a year earlier.', PUB).slice(-1), [
    ['a year earlier', '2020'],
  ]);
  assert.deepEqual(
    timexValues(
      'Unemployment in March rose to 650,700 from 631,900 in February and 593,200 a year earlier.',
      PUB,
    ).slice(-1),
    [['a year earlier', '2020-03']],
  );
});

test('two months joined by a slash are a span in order; "compared with" is no verb in the past', () => {
  assert.deepEqual(timexValues('Prices were 630 marks for April/Dec.', PUB), [
    ['April', '2021-04'],
    ['Dec.', '2021-12'],
  ]);
  assert.deepEqual(timexValues('Exports were 1.8 mln tonnes during the July/February period.', PUB), [
    ['July', '2020-07'],
    ['February', '2021-02'],
  ]);
  assert.deepEqual(timexValues('Ford plans to build cars in June, compared with 497,000 a year ago.', PUB), [
    ['June', '2021-06'],
    ['a year ago', '2020-06'],
  ]);
});

test('two months joined by a hyphen are both read; a split year before them gives each its year', () => {
  assert.deepEqual(timexValues('Ford plans to build cars in the April-June period.', PUB), [
    ['April', '2021-04'],
    ['June', '2021-06'],
  ]);
  assert.deepEqual(timexValues('Lending in 2020/21 (July-June) is expected to total 1.4 billion.', PUB).slice(-2), [
    ['July', '2020-07'],
    ['June', '2021-06'],
  ]);
});

test('"by Friday" is a deadline ahead, unless the clause tells what had happened by then', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('The company said it expects a decision by Friday.', PUB), [['Friday', '2021-03-12']]);
  assert.deepEqual(timexValues('The toll rose to 50 by Friday.', PUB), [['Friday', '2021-03-05']]);
  assert.deepEqual(timexValues('Police had arrested 20 people by Friday.', PUB), [['Friday', '2021-03-05']]);
});

test('an attribution after the time yields to a future cue in its clause; a figure seen or forecast in a month is behind', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(
    timexValues('A Soviet ship will load 25,000 tonnes at the port of Punta Morales Monday, Alfaro said.', PUB),
    [['Monday', '2021-03-15']],
  );
  assert.deepEqual(
    timexValues('Buying is expected to exceed the record high of 1.5 billion dlrs seen in December, they said.', PUB),
    [['December', '2020-12']],
  );
  assert.deepEqual(
    timexValues('The EIU expects growth of 3.5 pct against the 6.5 pct forecast in December, it said.', PUB),
    [['December', '2020-12']],
  );
});

test('a weekday joined to "tomorrow" or "yesterday" lies on its side of the publication date', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Another storm may brush the region tomorrow night and Friday, Gallant added.', PUB), [
    ['tomorrow night', '2021-03-11TNI'],
    ['Friday', '2021-03-12'],
  ]);
  assert.deepEqual(timexValues('Talks are held yesterday and Monday.', PUB).slice(-1), [['Monday', '2021-03-08']]);
});

test('a scheduled act in a relative clause is ahead though the main clause goes on in the past', () => {
  assert.deepEqual(
    timexValues('The government, which faces a censure vote in parliament on Friday, unveiled a plan.', PUB),
    [['Friday', '2021-03-12']],
  );
});

test('"is supposed to" looks ahead', () => {
  assert.deepEqual(
    timexValues('He might be forced out of office before October 30, when he is supposed to step down.', PUB),
    [['October 30', '2021-10-30']],
  );
});

test('"need to be", "has to be" look ahead; a span starting in the publication month runs forward', () => {
  assert.deepEqual(timexValues('They reminded people where they need to be caucusing Monday night.', PUB), [
    ['Monday night', '2021-03-15TNI'],
  ]);
  assert.deepEqual(timexValues('The poultry is for shipment March-September, it said.', PUB), [
    ['March', '2021-03'],
    ['September', '2021-09'],
  ]);
});

test('a clock time does not take the day of a fronted clause of its own', () => {
  assert.deepEqual(
    timexValues('After a session on where they need to be Monday night, they set out just after 2 p.m.', PUB),
    [
      ['Monday night', '2021-03-15TNI'],
      ['2 p.m.', '2021-03-10T14:00'],
    ],
  );
});

test('the day a figure is compared with ("54 points from March 9") does not move the focus', () => {
  assert.deepEqual(
    timexValues(
      'The Dow closed at 7,170, a gain of 54 points from March 9. The Nasdaq ended the day at 1,431.',
      PUB,
    ).slice(-1),
    [['the day', '2021-03-10']],
  );
});

test('a participle coordinated with one after "be" takes its tense from the auxiliary', () => {
  assert.deepEqual(timexValues('The draft has to be debated and voted on by deputies in November.', PUB), [
    ['November', '2021-11'],
  ]);
});

test('"for payment Monday" is a value date ahead', () => {
  assert.deepEqual(timexValues('The call was for 92 pct of the balances, for payment Monday.', PUB), [
    ['Monday', '2021-03-15'],
  ]);
});

test('inside a relative clause set off by commas, what follows the closing comma is another clause', () => {
  assert.deepEqual(
    timexValues('Devine said that Sanders, who did win Rhode Island on Tuesday, would likely focus on policy.', PUB),
    [['Tuesday', '2021-03-09']],
  );
  assert.deepEqual(timexValues('Clinton, who announced a spending plan on Monday, plans to focus on jobs.', PUB), [
    ['Monday', '2021-03-08'],
  ]);
});

test('"could" and "might" before a time look ahead; after it, they tell what a past deed may bring', () => {
  assert.deepEqual(timexValues('It may be too late. He could win California on Tuesday.', PUB), [
    ['Tuesday', '2021-03-16'],
  ]);
  assert.deepEqual(timexValues('A deal reached with Iran in July could lead to war, he said.', PUB), [
    ['July', '2020-07'],
  ]);
  assert.deepEqual(
    timexValues('Kasich did not play the spoiler he could have Tuesday, but he might in later primaries.', PUB),
    [['Tuesday', '2021-03-09']],
  );
});

test('a clause opened by "that" right after the time is what was said, not when', () => {
  assert.deepEqual(
    timexValues("He spoke just prior to Trump's announcement Friday that he would endorse Ayotte.", PUB),
    [['Friday', '2021-03-05']],
  );
  assert.deepEqual(timexValues('A petition, signed by members in February, that would bar dual trading.', PUB), [
    ['February', '2021-02'],
  ]);
});

test('"was to" is a plan seen from the past; "if ... were to" and "before ... was to" still look ahead', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Mr. Netanyahu was to arrive at the White House on Monday.', PUB), [
    ['Monday', '2021-03-08'],
  ]);
  assert.deepEqual(timexValues('If his candidate were to win in November, she would sign it.', PUB), [
    ['November', '2021-11'],
  ]);
  assert.deepEqual(
    timexValues('Just days before it was to report earnings on Friday, the company said it would cut jobs.', PUB),
    [['Friday', '2021-03-12']],
  );
});

test('a future cue far before the time, in one clause with no break, still governs it', () => {
  assert.deepEqual(
    timexValues(
      'Republican candidate Donald Trump will follow Hillary Clinton’s Tuesday speech denouncing his economic policies with a speech of his own Friday morning.',
      PUB,
    ).slice(-1),
    [['Friday morning', '2021-03-12TMO']],
  );
});

test('a month that opens a market report sentence and trades is a contract month ahead', () => {
  assert.deepEqual(timexValues('Pork bellies closed lower. July paced nearbys lower.', PUB).slice(-1), [
    ['July', '2021-07'],
  ]);
  assert.deepEqual(timexValues('Soyoil - June offered 0.50 over, bid 0.40 over.', PUB), [['June', '2021-06']]);
});

test('a contract month need not open its sentence, but one after a preposition is a month of the calendar', () => {
  assert.deepEqual(
    timexValues('Only February posted a loss while April and June paced the gain, at 50.65 cents.', PUB).slice(-1),
    [['June', '2021-06']],
  );
  assert.deepEqual(timexValues('Sales in June closed 2 pct higher than a year earlier.', PUB).slice(0, 1), [
    ['June', '2020-06'],
  ]);
});

test('a clock time told in the past takes the day the sentence before it named, not one to come', () => {
  // 2020-01-24 is a Friday.
  assert.deepEqual(
    timexValues('Police said the attack occurred on Tuesday. The blast went off at 9:30 a.m.', '2020-01-24'),
    [
      ['Tuesday', '2020-01-21'],
      ['9:30 a.m.', '2020-01-21T09:30'],
    ],
  );
  // A meeting set for a later day does not date what happened this morning.
  assert.deepEqual(timexValues('The meeting was set for April 21. Shares eased by 0830 GMT.', '2020-01-24'), [
    ['April 21', '2020-04-21'],
    ['0830 GMT', '2020-01-24T08:30Z'],
  ]);
  // "Overnight" names no day of its own.
  assert.deepEqual(timexValues('Sterling traded firm overnight. At 1200 GMT it was up.', '2020-01-24')[1], [
    '1200 GMT',
    '2020-01-24T12:00Z',
  ]);
});

test('a year-ago period follows a week in focus, and a year-to-date stretch when no quarter is named', () => {
  // 1987-03-26 is in ISO week 13.
  assert.deepEqual(
    timexValues(
      'Automakers will build 167,236 cars this week, up from 133,067 in the same year-ago period.',
      '1987-03-26',
    ),
    [
      ['this week', '1987-W13'],
      ['year-ago', '1986-W13'],
    ],
  );
  // 1986-04-08 was in ISO week 15.
  assert.deepEqual(
    timexValues(
      'Crushings were 21 mln bushels in the week ended April 8 and 17 mln in the year-ago week.',
      '1987-04-09',
    ),
    [
      ['April 8', '1987-04-08'],
      ['year-ago', '1986-W15'],
    ],
  );
  assert.deepEqual(
    timexValues('Year-to-date production reached 2,012,093 compared to 2,126,954 in the 1986 period.', '1987-03-26'),
    [['the 1986 period', '1986']],
  );
  assert.deepEqual(
    timexValues(
      'Its year-to-date load factor dropped to 56.6 pct from 60.4 pct during the same period of 1986.',
      '1987-04-08',
    ),
    [
      ['the same period', '1986'],
      ['1986', '1986'],
    ],
  );
});

test('a schedule told in the simple present lies ahead', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Pakistan tenders on Saturday for 100,000 tonnes of wheat.', '2021-03-10'), [
    ['Saturday', '2021-03-13'],
  ]);
  assert.deepEqual(timexValues('Wisconsin holds its presidential primary on Tuesday.', '2021-03-10'), [
    ['Tuesday', '2021-03-16'],
  ]);
  assert.deepEqual(timexValues('The pact, which expires in October, will be renewed.', '2021-03-10'), [
    ['October', '2021-10'],
  ]);
});

test('"that day in April" is a day of that month; "the same day in 1997" the day in focus in that year', () => {
  assert.deepEqual(
    timexValues('The mine closed in 2015. Until that day in April, he had never been in a mine.', '2016-10-02'),
    [
      ['2015', '2015'],
      ['that day in April', '2016-04-XX'],
    ],
  );
  assert.deepEqual(
    timexValues('Investors will pay for the bond on April 29, and it matures on the same day in 1997.', '1987-04-02'),
    [
      ['April 29', '1987-04-29'],
      ['the same day in 1997', '1997-04-29'],
    ],
  );
});

test('a list of months running on one after another is one stretch in order', () => {
  assert.deepEqual(
    timexValues(
      'Forecasts will be dropped in November, December, January, February, March, April and May.',
      '1987-04-09',
    ).map(([, v]) => v),
    ['1987-11', '1987-12', '1988-01', '1988-02', '1988-03', '1988-04', '1988-05'],
  );
  assert.deepEqual(
    timexValues('Traders said it sought white sugar for shipment in June, July and August.', '1987-04-02').map(
      ([, v]) => v,
    ),
    ['1987-06', '1987-07', '1987-08'],
  );
  // The stretch takes the years that keep most months where each alone fell: "May" alone, told
  // ahead in mid-June, would be next year's.
  assert.deepEqual(
    timexValues('The plant must survive during May, June and July until the August rains.', '1987-06-15').map(
      ([, v]) => v,
    ),
    ['1987-05', '1987-06', '1987-07', '1987-08'],
  );
  // Two months, or months in their calendar order, are of one year: the first decides.
  assert.deepEqual(
    timexValues('Malaysia said it expects a rubber shortage in April and May because of wintering.', '1987-03-28'),
    [
      ['April', '1987-04'],
      ['May', '1987-05'],
    ],
  );
  assert.deepEqual(
    timexValues('He said an agreement must be reached by late September or early October.', '1987-03-20').map(
      ([, v]) => v,
    ),
    ['1987-09/END', '1987-10/START'],
  );
  // Unless one year would put them on both sides of the publication month: this list runs back.
  assert.deepEqual(
    timexValues('The race is unchanged from the past two polls, in February and October.', '2016-05-12').map(
      ([, v]) => v,
    ),
    ['2016-02', '2015-10'],
  );
});

test('a year opening a sentence frames the quarters and the whole year told after it', () => {
  // 2021-06-17: the second quarter is still running, so without a frame it is this year's.
  const june = '2021-06-17';
  assert.deepEqual(timexValues('Last year, Acme lost $2 million in the second quarter.', june), [
    ['Last year', '2020'],
    ['the second quarter', '2020-Q2'],
  ]);
  assert.deepEqual(
    timexValues('In fiscal 2020 Acme earned $3 a share for the full year and $1 in the first quarter.', june),
    [
      ['fiscal 2020', '2020'],
      ['the full year', '2020'],
      ['the first quarter', '2020-Q1'],
    ],
  );
  // A contrast leaves the frame: the quarter after "but" is this year's.
  assert.deepEqual(timexValues('In 2020, sales rose 5%, but in the second quarter they fell.', june).slice(-1), [
    ['the second quarter', '2021-Q2'],
  ]);
  // "last year" right after the quarter, or after its figure, dates it; after a comparison it does not.
  assert.deepEqual(timexValues('Acme earned $1 in the second quarter last year.', june), [
    ['the second quarter last year', '2020-Q2'],
  ]);
  assert.deepEqual(timexValues('Acme reported a second quarter loss last year of $2 million.', june)[0], [
    'a second quarter',
    '2020-Q2',
  ]);
  assert.deepEqual(timexValues('Acme expects second quarter earnings of $2 a share, up from $1 last year.', june)[0], [
    'second quarter',
    '2021-Q2',
  ]);
  // "For all of 2020" frames too, past the base year of a comparison.
  assert.deepEqual(
    timexValues(
      'For all of 2020, productivity rose 0.7% from 2019, reflecting rises of 4% in the first quarter.',
      june,
    ).slice(-1),
    [['the first quarter', '2020-Q1']],
  );
  // "the full year 2020" is one expression.
  assert.deepEqual(timexValues('Acme lost $5 million for the full year 2020.', june), [['the full year 2020', '2020']]);
});

test('a quarter not yet begun is looked ahead to by verbs of expectation, and reported once closed', () => {
  // 2021-04-20: the third and fourth quarters are still ahead.
  const april = '2021-04-20';
  assert.deepEqual(timexValues('Demand is likely to increase in the second half of the year.', april)[0], [
    'the second half',
    '2021-H2',
  ]);
  assert.deepEqual(
    timexValues('A contribution is anticipated from the publishing operations in the third and fourth quarter.', april),
    [
      ['third', '2021-Q3'],
      ['fourth quarter', '2021-Q4'],
    ],
  );
  // In January, the fourth quarter to be reported is the one just closed.
  assert.deepEqual(timexValues('Acme is expected to report fourth quarter earnings next week.', '2021-01-14')[0], [
    'fourth quarter',
    '2020-Q4',
  ]);
  // A fiscal quarter "ending" on a day still ahead is of this year.
  assert.deepEqual(
    timexValues('Acme expects to report a loss for the second quarter ending March 31.', '2021-03-05')[0],
    ['the second quarter', '2021-Q2'],
  );
});

test('"the autumn" is the last one unless the clause looks ahead; a season naming something else is no date', () => {
  // 2021-06-17: the autumn has not begun.
  const june = '2021-06-17';
  assert.deepEqual(timexValues('Acme sold the unit in the autumn.', june), [['the autumn', '2020-FA']]);
  assert.deepEqual(timexValues('Acme will sell the unit in the autumn.', june), [['the autumn', '2021-FA']]);
  assert.deepEqual(timexValues('Prices are likely to rise in the autumn.', june), [['the autumn', '2021-FA']]);
  // Written in March, the winter the Seaway reopens after is the one just over.
  assert.deepEqual(timexValues('The Seaway is set to reopen after the winter.', '2021-03-20'), [
    ['the winter', '2021-WI'],
  ]);
  assert.deepEqual(timexValues('As forecast in the Autumn Statement, inflation rose.', june), []);
});

test('"the first quarter of each year" is a set', () => {
  assert.deepEqual(timexValues('The rig count usually falls during the first quarter of each year.', PUB), [
    ['the first quarter of each year', 'XXXX-Q1'],
  ]);
  assert.deepEqual(timexValues('Prices should rise in the second half of the year.', PUB), [
    ['the second half', '2021-H2'],
    ['the year', '2021'],
  ]);
});

test('"the previous week" is the week before the one reported, whatever day was named since', () => {
  // 2021-03-10: the week ended March 5 is 2021-W09.
  const text =
    'Corn sales rose in the week ended March 5, the department said. ' +
    'Sales under the agreement, which began October 1, were down from the previous week.';
  assert.deepEqual(timexValues(text, PUB).slice(-1), [['the previous week', '2021-W08']]);
  assert.deepEqual(timexValues('The rig count fell last week, down 46 from the previous week.', PUB).slice(-1), [
    ['the previous week', '2021-W08'],
  ]);
});

test('"that day" told in the past is not a day still ahead that an earlier sentence named', () => {
  const text = 'Perez spoke on Sunday. On Dec. 1, the rule will change. The plane landed at 7 a.m. that day.';
  assert.deepEqual(timexValues(text, PUB).slice(-2), [
    ['7 a.m.', '2021-03-07T07:00'],
    ['that day', '2021-03-07'],
  ]);
  // In the sentence that names the day ahead, it is that day.
  assert.deepEqual(timexValues('Miners were offered a holiday on May 1 or a premium for working that day.', PUB), [
    ['May 1', '2021-05-01'],
    ['that day', '2021-05-01'],
  ]);
});

test('a stretch told as run ends in the past: "was not signed until November 5", "through May its dealers sold"', () => {
  // 2021-03-10: November 5 and May are nearer ahead as deadlines.
  assert.deepEqual(timexValues('The loan was not signed until November 5.', PUB), [['November 5', '2020-11-05']]);
  assert.deepEqual(timexValues('Acme said that through May its dealers sold a record 643,000 cars.', '2021-06-19'), [
    ['May', '2021-05'],
  ]);
  // A deadline set is still ahead.
  assert.deepEqual(timexValues('The offer was extended until April.', PUB), [['April', '2021-04']]);
});

test('a question opened after the time is its own clause: "asked on Monday whether he would"', () => {
  // 2021-03-10 is a Wednesday.
  assert.deepEqual(timexValues('Carson struggled to answer a question on Sunday about how he would fight.', PUB), [
    ['Sunday', '2021-03-07'],
  ]);
  assert.deepEqual(timexValues('Asked on Monday whether Clinton would serve, she laughed.', PUB), [
    ['Monday', '2021-03-08'],
  ]);
});

test('"overnight" of the money market or a courier is no night; told ahead it is the coming one', () => {
  assert.deepEqual(timexValues('The central bank raised overnight call money rates to 14 pct.', PUB), []);
  assert.deepEqual(timexValues('Purolator, an overnight courier, declined comment.', PUB), []);
  assert.deepEqual(timexValues('Sri Lanka will tender overnight for 52,500 tonnes of wheat.', PUB), [
    ['overnight', '2021-03-10TNI'],
  ]);
  assert.deepEqual(timexValues('A sharp overnight fall on Wall Street hit Sydney shares.', PUB), [
    ['overnight', '2021-03-09TNI'],
  ]);
});

test('a clock time takes no day from a possessive that dates another noun', () => {
  const text = "The shares declined from last night's closing levels to stand 12p lower at 1130 GMT.";
  assert.deepEqual(timexValues(text, PUB).slice(-1), [['1130 GMT', '2021-03-10T11:30Z']]);
  // Right before the time, the possessive day is its own.
  assert.deepEqual(timexValues("Prices were firmer than yesterday's midday levels.", PUB), [
    ['yesterday', '2021-03-09'],
    ['midday', '2021-03-09T12:00'],
  ]);
});

test('"may" before the time looks ahead; "may have" and "may be rising" do not', () => {
  // Written on Wednesday 2021-03-10.
  assert.deepEqual(timexValues('Traders said the wheat may be authorised for export up to end-September.', PUB), [
    ['September', '2021-09'],
  ]);
  assert.deepEqual(timexValues('Analysts said the cut may pressure the market Friday.', PUB), [
    ['Friday', '2021-03-12'],
  ]);
  assert.deepEqual(timexValues('Officials said the ship may have sailed in September.', PUB), [
    ['September', '2020-09'],
  ]);
  assert.deepEqual(
    timexValues('Economists said output may be rising given strong gains in the February report.', PUB),
    [['February', '2021-02']],
  );
  // "May" the month is no cue.
  assert.deepEqual(timexValues('Exports rose in May and slowed in September, officials said.', PUB), [
    ['May', '2020-05'],
    ['September', '2020-09'],
  ]);
});

test('"later Monday" is the day the story was told, the day before a next-morning date', () => {
  // 2021-03-09 is a Tuesday: a story dated then that says "later Monday" was written on Monday.
  assert.deepEqual(timexValues('He may face a skeptical audience when he speaks later Monday.', '2021-03-09'), [
    ['later Monday', '2021-03-08/END'],
  ]);
});

test('a "by" that opens a clause told in the past is a state reached, no deadline', () => {
  // Written in March 2021.
  assert.deepEqual(timexValues('Delays meant that by early February the board was holding unsold stocks.', PUB), [
    ['early February', '2021-02/START'],
  ]);
  assert.deepEqual(timexValues('The board said it will clear the stocks by early April.', PUB), [
    ['early April', '2021-04/START'],
  ]);
});

test("the end of a period still running is ahead; a month's noun told ahead keeps its month behind", () => {
  // Written on 2021-03-10.
  assert.deepEqual(
    timexValues(
      '"We expect to regain momentum in the second half of the current fiscal year, ending October 31."',
      PUB,
    ).slice(-1),
    [['October 31', '2021-10-31']],
  );
  assert.deepEqual(timexValues("The utility's January rate case will remain before the commission.", PUB), [
    ['January', '2021-01'],
  ]);
  assert.deepEqual(timexValues("If members stick by the cartel's December pricing agreement, prices will hold.", PUB), [
    ['December', '2020-12'],
  ]);
  // A start set ahead is still ahead.
  assert.deepEqual(timexValues('The July restart will be on a single-shift basis.', PUB), [['July', '2021-07']]);
});

test('what a clause looks ahead to is ahead', () => {
  // 2021-03-14 is a Sunday.
  assert.deepEqual(
    timexValues(
      'Candidates file reports today, as they look ahead to the next contests — in Utah on Tuesday.',
      '2021-03-14',
    ),
    [
      ['today', '2021-03-14'],
      ['Tuesday', '2021-03-16'],
    ],
  );
});

test('"is likely to" looks ahead from before the time; the month just run is still to be reported', () => {
  // 2021-03-08 is a Monday.
  assert.deepEqual(timexValues('The news is unlikely to affect the market Tuesday, dealers said.', '2021-03-08'), [
    ['Tuesday', '2021-03-09'],
  ]);
  // A cue after the time tells what follows from it.
  assert.deepEqual(timexValues('Output, down 0.5 pct in January, is likely to rise.', '2021-03-08'), [
    ['January', '2021-01'],
  ]);
  // The month before the publication month, looked ahead to, is its figures' month.
  assert.deepEqual(timexValues('Output is likely to turn positive in February, officials said.', '2021-03-08'), [
    ['February', '2021-02'],
  ]);
  assert.deepEqual(timexValues('The report on February orders is due next week.', '2021-03-08'), [
    ['February', '2021-02'],
    ['next week', '2021-W11'],
  ]);
  // Two months back is not.
  assert.deepEqual(timexValues('The board will meet in January.', '2021-03-08'), [['January', '2022-01']]);
});

test('words someone has said are said: "after her March comment"', () => {
  assert.deepEqual(timexValues('The union is unlikely to back her after her March comment on mines.', '2021-06-10'), [
    ['March', '2021-03'],
  ]);
});

test('"the year" after a part of it named with "of" is that part\'s year', () => {
  assert.deepEqual(
    timexValues("Cathay's 1986 profits rose. Its performance improved in the second half of the year.", '1987-03-17'),
    [
      ['1986', '1986'],
      ['the second half', '1986-H2'],
      ['the year', '1986'],
    ],
  );
});

test('in a story on last year\'s results, "for the year" told in the past is that year', () => {
  const text =
    'Gold output in 1986 was 6.6 grams per ton. Output for the year declined five pct, compared with the previous year.';
  assert.deepEqual(timexValues(text, '1987-03-20'), [
    ['1986', '1986'],
    ['the year', '1986'],
    ['the previous year', '1985'],
  ]);
  assert.deepEqual(
    timexValues("Buckhorn lost 2 mln dlrs in 1986. Buckhorn said the year's results included a charge.", '1987-03-03'),
    [
      ['1986', '1986'],
      ['the year', '1986'],
    ],
  );
  // Told ahead, it is this year.
  assert.deepEqual(
    timexValues(
      'Sales were 9 mln dlrs in 1986. Vista said sales for the year are expected to be comparable.',
      '1987-03-20',
    ).slice(-1),
    [['the year', '1987']],
  );
});

test('"a year before" with nothing after it to count from is "a year earlier"', () => {
  assert.deepEqual(timexValues('February load factor fell to 54.1 pct from 59.9 pct a year before.', '1987-03-05'), [
    ['February', '1987-02'],
    ['a year before', '1986-02'],
  ]);
  // Nor does a conjunction right after it start an anchor.
  assert.deepEqual(
    timexValues('Sales in February rose to 1.95 billion from 1.66 billion a year before and costs fell.', '1987-03-05'),
    [
      ['February', '1987-02'],
      ['a year before', '1986-02'],
    ],
  );
  // Followed by its anchor, it counts from the anchor.
  assert.deepEqual(timexValues('He left a year before the 1990 election.', '1995-03-05'), [
    ['a year', '1989'],
    ['1990', '1990'],
  ]);
});

test('"the same period of 1985" is the period in focus in the year named after it', () => {
  assert.deepEqual(timexValues('December sales rose 3 pct from the same month of 1985.', '1987-01-20'), [
    ['December', '1986-12'],
    ['the same month', '1985-12'],
    ['1985', '1985'],
  ]);
  assert.deepEqual(timexValues('Fourth-quarter orders rose from the same quarter for 1984.', '1987-01-20'), [
    ['Fourth-quarter', '1986-Q4'],
    ['the same quarter', '1984-Q4'],
    ['1984', '1984'],
  ]);
  // Of a split year, the one of its two years nearer the period in focus.
  assert.deepEqual(timexValues('Exports in February rose from the same period in 1985/86.', '1987-03-10').slice(0, 2), [
    ['February', '1987-02'],
    ['the same period', '1986-02'],
  ]);
});

test('"the day" told after a figure\'s month is the day the sentence before named', () => {
  const text =
    'Shares rose on Monday. The same day, a report said the economy shed 600,000 jobs in February. ' +
    'The index ended the day at 1,431.';
  assert.deepEqual(timexValues(text, PUB).slice(-1), [['the day', '2021-03-08']]);
  // With no day named close by, a month in focus still leaves the day unknown within it.
  assert.deepEqual(
    timexValues(
      'Shares rose on Monday. In February, jobs fell. Exports rose too. The index ended the day at 1,431.',
      PUB,
    ).slice(-1),
    [['the day', '2021-02-XX']],
  );
});

test('a plan told in the past perfect was for a day gone by: "had planned to march on Tuesday"', () => {
  assert.deepEqual(timexValues('Residents had planned to march on Tuesday.', PUB), [['Tuesday', '2021-03-09']]);
  assert.deepEqual(timexValues('Residents planned to march on Tuesday.', PUB), [['Tuesday', '2021-03-16']]);
});

test('the day something takes effect, starts or is awaited on is the nearest one', () => {
  // 2021-03-12 is a Friday.
  const FRI = '2021-03-12';
  assert.deepEqual(timexValues('Banks said they cut the prime rate, effective Monday.', FRI), [
    ['Monday', '2021-03-15'],
  ]);
  assert.deepEqual(timexValues('Miners have called a strike starting on Monday.', FRI), [['Monday', '2021-03-15']]);
  assert.deepEqual(timexValues('He declined to comment ahead of their next meeting on Monday.', FRI), [
    ['Monday', '2021-03-15'],
  ]);
  assert.deepEqual(timexValues("Saturday's hog slaughter is estimated at 30,000 head.", FRI), [
    ['Saturday', '2021-03-13'],
  ]);
  // Told in the past, a start is ahead only on the next day; so is an estimate's day in the past.
  assert.deepEqual(timexValues('The plan was worked out beginning on Monday.', FRI), [['Monday', '2021-03-08']]);
  assert.deepEqual(timexValues("Monday's hog slaughter was put at 30,000 head.", FRI), [['Monday', '2021-03-08']]);
});

test('a deadline set by a postponement lies ahead; "so-called" and "due to rising" are no tense', () => {
  assert.deepEqual(timexValues('The talks were postponed until Thursday.', PUB), [['Thursday', '2021-03-11']]);
  assert.deepEqual(timexValues('The talks went on until Thursday.', PUB), [['Thursday', '2021-03-04']]);
  assert.deepEqual(timexValues('Stocks could be jolted on Friday as the so-called triple witching hour nears.', PUB), [
    ['Friday', '2021-03-12'],
  ]);
  assert.deepEqual(timexValues('Sales were weak in 2021 due to tax-induced buying in December.', PUB), [
    ['2021', '2021'],
    ['December', '2020-12'],
  ]);
});

test('a fronted "On Wednesday" that runs into its clause without a comma takes that clause\'s tense', () => {
  assert.deepEqual(
    timexValues('On Wednesday the court will link the cases and hearings could begin in May, lawyers added.', PUB)[0],
    ['Wednesday', '2021-03-10'],
  );
  assert.deepEqual(
    timexValues('On Friday the government introduced austerity measures to fight inflation, officials said.', PUB)[0],
    ['Friday', '2021-03-05'],
  );
  assert.deepEqual(
    timexValues('On Friday the court will link the cases and hearings could begin in May, lawyers added.', PUB)[0],
    ['Friday', '2021-03-12'],
  );
});

test('a plan told from the past ("was set to", "was going to") is the nearest such day', () => {
  // 2021-03-13 is a Saturday.
  assert.deepEqual(timexValues('He noted that he was set to receive an endorsement on Friday.', '2021-03-13'), [
    ['Friday', '2021-03-12'],
  ]);
  assert.deepEqual(timexValues('He said he was going to go back to work on Monday morning.', '2021-03-13'), [
    ['Monday morning', '2021-03-15TMO'],
  ]);
  // A plan told in the present still looks ahead.
  assert.deepEqual(timexValues('He is set to receive an endorsement on Friday.', '2021-03-13'), [
    ['Friday', '2021-03-19'],
  ]);
});

test("a day's primary or debate not told in the past is the nearest within two days; so is what one was urged to do", () => {
  // 2021-03-15 is a Monday.
  const MON = '2021-03-15';
  assert.deepEqual(timexValues("She holds a solid lead in Tuesday's primary.", MON), [['Tuesday', '2021-03-16']]);
  assert.deepEqual(timexValues("Heading into Tuesday's primary, the race is tight.", MON)[0], [
    'Tuesday',
    '2021-03-16',
  ]);
  // Farther off, or told in the past, it is the one gone by.
  assert.deepEqual(timexValues("She holds a solid lead after Thursday's debate.", MON), [['Thursday', '2021-03-11']]);
  assert.deepEqual(timexValues("She lost Tuesday's primary.", MON), [['Tuesday', '2021-03-09']]);
  assert.deepEqual(timexValues('He urged them to vote Tuesday.', MON), [['Tuesday', '2021-03-16']]);
  assert.deepEqual(timexValues('He urged them on Friday to vote.', MON), [['Friday', '2021-03-12']]);
});

test('"come November" is still to come; a clause opened by "that the" takes its own tense', () => {
  assert.deepEqual(
    timexValues('She was the favorite to win the election come November, aides said.', '2016-06-15')[0],
    ['November', '2016-11'],
  );
  assert.deepEqual(
    timexValues(
      'Tuesday strengthened the prospect that the November election will pit him against her.',
      '2016-03-02',
    )[1],
    ['November', '2016-11'],
  );
});

test('"this weekend" told in the past early in the week is the one just gone', () => {
  // 2015-12-23 is a Wednesday.
  assert.deepEqual(timexValues("This weekend's debate gave Democrats much to be proud of.", '2015-12-23'), [
    ['This weekend', '2015-W51-WE'],
  ]);
  assert.deepEqual(timexValues('A deal was likely to be reached by this weekend.', '2015-12-23'), [
    ['this weekend', '2015-W52-WE'],
  ]);
  assert.deepEqual(timexValues('They will meet this weekend.', '2015-12-23'), [['this weekend', '2015-W52-WE']]);
  // A day's debate that the clause says will come is the coming one, even three days off.
  assert.deepEqual(timexValues("While Monday's debate will be his first, he is ready.", '2016-09-23')[0], [
    'Monday',
    '2016-09-26',
  ]);
  assert.deepEqual(timexValues("To understand Thursday night's debate, read this.", '2016-02-12')[0], [
    'Thursday night',
    '2016-02-11TNI',
  ]);
});

test('a month naming a figure measured against was already published; "will rise in December" looks ahead', () => {
  assert.deepEqual(
    timexValues('The deficit is likely to be below a December forecast of 2.9 billion dollars.', '1987-03-26'),
    [['December', '1986-12']],
  );
  // A verb of change that looks ahead is no change already measured.
  assert.deepEqual(timexValues('Spending will rise in December.', '1987-03-26'), [['December', '1987-12']]);
  assert.deepEqual(timexValues('Data are expected to show a 26 pct fall in February.', '1987-03-26'), [
    ['February', '1987-02'],
  ]);
});

test('a day governed by a past participle through its agent, or naming a decision, is behind', () => {
  assert.deepEqual(timexValues('A lockout imposed by the company on December 14 would be lifted.', '1987-03-12'), [
    ['December 14', '1986-12-14'],
  ]);
  assert.deepEqual(timexValues('They would urge him to reverse an April 13 decision.', '1987-06-18'), [
    ['April 13', '1987-04-13'],
  ]);
  // A condition still to be met is not behind.
  assert.deepEqual(timexValues('The deal, if confirmed by the board on April 16, will close.', '1987-04-07'), [
    ['April 16', '1987-04-16'],
  ]);
});

test('"not later than" and "by this" set a deadline still ahead', () => {
  assert.deepEqual(
    timexValues('Sales must be registered before export, but not later than September 30.', '1987-03-09'),
    [['September 30', '1987-09-30']],
  );
  assert.deepEqual(timexValues('It bought the wheat to ship by this September 30.', '1987-03-17'), [
    ['September 30', '1987-09-30'],
  ]);
});

test('", to be delivered Wednesday": what is still to be done after a comma lies ahead', () => {
  // 2015-11-17 is a Tuesday.
  assert.deepEqual(
    timexValues('He recast an address on the military, to be delivered Wednesday at the Citadel.', '2015-11-17'),
    [['Wednesday', '2015-11-18']],
  );
  assert.deepEqual(timexValues('Lee said the incentives, to be introduced in May, include loans.', '1987-03-25'), [
    ['May', '1987-05'],
  ]);
});
