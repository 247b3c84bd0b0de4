import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { scanTokens, sentences } from '../src/stages/sentences.js';

function split(text: string): string[] {
  const doc = createPipeline([sentences()]).run(Doc.create(text));
  return doc.layer('sentence').map((s) => doc.surface(s));
}

function tokens(text: string): string[] {
  return scanTokens(text).map((t) => text.slice(t.start, t.end));
}

test('titles and initials do not end a sentence', () => {
  assert.deepEqual(split('Lt. Gen. Ahmed Karimi was killed on Monday. His deputy, Maj. R. Smith, survived.'), [
    'Lt. Gen. Ahmed Karimi was killed on Monday.',
    'His deputy, Maj. R. Smith, survived.',
  ]);
});

test('U.S. ends a sentence only before a sentence opener', () => {
  assert.deepEqual(split('He met the U.S. ambassador in Rome. Talks went on.'), [
    'He met the U.S. ambassador in Rome.',
    'Talks went on.',
  ]);
  assert.deepEqual(split('The troops came from the U.S. The army said so.'), [
    'The troops came from the U.S.',
    'The army said so.',
  ]);
});

test('a closing quote stays with the sentence it ends', () => {
  assert.deepEqual(split('“We will stay,” he said. “Go home.” They left.'), [
    '“We will stay,” he said.',
    '“Go home.”',
    'They left.',
  ]);
});

test('hard-wrapped wire copy is read as running text, indented lines start paragraphs', () => {
  const text =
    'Showers continued in the zone, alleviating the drought since early\nJanuary, the review said.\n    The dry period means a late crop.';
  const doc = createPipeline([sentences()]).run(Doc.create(text));
  assert.equal(doc.layer('paragraph').length, 2);
  assert.deepEqual(
    doc.layer('sentence').map((s) => doc.surface(s)),
    [
      'Showers continued in the zone, alleviating the drought since early\nJanuary, the review said.',
      'The dry period means a late crop.',
    ],
  );
});

test('names with apostrophes and hyphens stay whole, possessives split', () => {
  assert.deepEqual(tokens("Kata’ib Hezbollah and al-Muhandis, Iraq’s PMU; the country's 1,000-strong unit"), [
    'Kata’ib',
    'Hezbollah',
    'and',
    'al-Muhandis',
    ',',
    'Iraq',
    '’s',
    'PMU',
    ';',
    'the',
    'country',
    "'s",
    '1,000-strong',
    'unit',
  ]);
  assert.deepEqual(tokens('On 2020-01-24 at 5.30 p.m. (local time)'), [
    'On',
    '2020-01-24',
    'at',
    '5.30',
    'p.m.',
    '(',
    'local',
    'time',
    ')',
  ]);
});

test('tokens carry exact offsets', () => {
  const text = '  “Oh women,” Sadr said…';
  for (const t of scanTokens(text)) assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
  assert.equal(scanTokens(text).length, 8);
});
