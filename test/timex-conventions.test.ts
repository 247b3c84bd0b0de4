import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timexValues } from './helpers/timex-run.js';

// 2021-03-10 is a Wednesday in ISO week 10.
const PUB = '2021-03-10';

test('decades and centuries are written as TIMEX3 writes them: 197, 19', () => {
  assert.deepEqual(timexValues('Wages stalled in the late 1970s and the 20th century ended.', PUB), [
    ['the late 1970s', '197/END'],
    ['the 20th century', '19'],
  ]);
  assert.deepEqual(timexValues('Crime fell through the nineties.', PUB), [['the nineties', '199']]);
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
