import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { numbers, parseNumber, parseQuantity } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';

function read(text: string): [string, number, number | null][] {
  const doc = createPipeline([sentences(), numbers()]).run(Doc.create(text));
  return doc.layer('number').map((n) => [doc.surface(n), n.attrs.low, n.attrs.high]);
}

test('written and digit numbers', () => {
  assert.equal(parseNumber('twelve'), 12);
  assert.equal(parseNumber('twenty-five'), 25);
  assert.equal(parseNumber('2,500'), 2500);
  assert.equal(parseNumber('1.5 million'), 1500000);
  assert.equal(parseNumber('three hundred'), 300);
  assert.equal(parseNumber('banana'), undefined);
});

test('vague quantities get their documented ranges', () => {
  assert.deepEqual(read('Tens of thousands of farmers marched.'), [['Tens of thousands', 10000, 99999]]);
  assert.deepEqual(read('Hundreds of nurses rallied outside.'), [['Hundreds', 200, 999]]);
  assert.deepEqual(read('Dozens of students gathered.'), [['Dozens', 24, 99]]);
  assert.deepEqual(read('A large crowd gathered at the port.'), [['A large crowd', 100, null]]);
});

test('modifiers: about, at least, up to, between', () => {
  assert.deepEqual(read('About 2,500 people marched.'), [['About 2,500', 2250, 2750]]);
  assert.deepEqual(read('At least 12 people died.'), [['At least 12', 12, null]]);
  assert.deepEqual(read('Up to forty workers joined.'), [['Up to forty', 1, 40]]);
  assert.deepEqual(read('Between 250 and 400 people marched.'), [['Between 250 and 400', 250, 400]]);
  assert.deepEqual(parseQuantity('more than 100'), { low: 101, high: null, approximate: false, reading: 'min' });
});

test('years, dates, times and measures are not counts', () => {
  assert.deepEqual(read('On 9 May 2020, troops fired 82mm mortars at 10:30.'), []);
  assert.deepEqual(read('The revolt of 1920 was recalled on May 3.'), []);
  assert.deepEqual(read('No one was hurt; one of the guards fled.'), []);
});

test('written counts in running text', () => {
  assert.deepEqual(read('Gunmen killed twelve villagers and wounded 3 others.'), [
    ['twelve', 12, 12],
    ['3', 3, 3],
  ]);
});
